"""Load a shipped ``plate_net.onnx`` back into :class:`training.model.PlateCRNN`, to fine-tune it.

The ONNX export folds each batch norm into its convolution, so the network gets the folded weights and
batch norms that pass through (mean 0, variance 1, scale 1, the folded bias as shift). Fine-tuning keeps
those batch norms in eval mode (:func:`freeze_batch_norms`): in train mode their batch statistics would
change what the loaded weights compute. The LSTM's gates are in ONNX order (i, o, f, c) and are put back
in torch's (i, f, c, o).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

from training.model import PlateCRNN

ONNX_TO_TORCH_GATES = (0, 2, 3, 1)  # torch's i, f, g, o taken from ONNX's i, o, f, c


def _gates(array: np.ndarray, hidden: int) -> torch.Tensor:
    blocks = [array[k * hidden : (k + 1) * hidden] for k in ONNX_TO_TORCH_GATES]
    return torch.from_numpy(np.concatenate(blocks).copy())


def load_onnx(net: PlateCRNN, path: Path) -> None:
    """Set ``net``'s weights to those of the exported model at ``path``."""
    graph = onnx.load(str(path)).graph
    values = {i.name: np.array(numpy_helper.to_array(i)) for i in graph.initializer}  # writable copies
    convs = [n for n in graph.node if n.op_type == "Conv"]
    lstm = next(n for n in graph.node if n.op_type == "LSTM")
    matmul = next(n for n in graph.node if n.op_type == "MatMul")
    modules = [*net.features, *net.collapse]
    pairs = [
        (m, modules[i + 1]) for i, m in enumerate(modules) if isinstance(m, nn.Conv2d)
    ]  # each conv is followed by its batch norm
    if len(pairs) != len(convs):
        raise ValueError(f"{path}: {len(convs)} convolutions, the network has {len(pairs)}")
    with torch.no_grad():
        for (conv, norm), node in zip(pairs, convs, strict=True):
            conv.weight.copy_(torch.from_numpy(values[node.input[1]]))
            norm.running_mean.zero_()
            norm.running_var.fill_(1.0 - norm.eps)
            norm.weight.fill_(1.0)
            norm.bias.copy_(torch.from_numpy(values[node.input[2]]))
        w, r, b = (values[name] for name in lstm.input[1:4])
        hidden = net.rnn.hidden_size
        for direction, suffix in enumerate(("", "_reverse")):
            getattr(net.rnn, f"weight_ih_l0{suffix}").copy_(_gates(w[direction], hidden))
            getattr(net.rnn, f"weight_hh_l0{suffix}").copy_(_gates(r[direction], hidden))
            getattr(net.rnn, f"bias_ih_l0{suffix}").copy_(_gates(b[direction][: 4 * hidden], hidden))
            getattr(net.rnn, f"bias_hh_l0{suffix}").copy_(_gates(b[direction][4 * hidden :], hidden))
        net.head.weight.copy_(torch.from_numpy(values[matmul.input[1]].T.copy()))
        net.head.bias.copy_(torch.from_numpy(values["head.bias"]))


def freeze_batch_norms(net: nn.Module) -> None:
    """Batch norms back in eval mode (after each ``net.train()``), so they keep their loaded statistics."""
    for module in net.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.eval()
