"""The plate recognizer's network: a small CRNN (conv blocks, one BiLSTM, CTC over time steps).

Input: N x 1 x HEIGHT x WIDTH grayscale in [0, 1] (the plate crop stretched to that size). Output:
N x STEPS x CLASSES logits, class 0 being the CTC blank, then :data:`ALPHABET` in order. Used by the
training script only; at run time the exported ONNX file runs in OpenCV's DNN module (``plate_net.py``).
"""

from __future__ import annotations

import torch
from torch import nn

from cgrconsole.core.anpr.plate_net import ALPHABET, INPUT_HEIGHT, INPUT_WIDTH

CLASSES = len(ALPHABET) + 1  # + the CTC blank (index 0)


def _block(c_in: int, c_out: int) -> list[nn.Module]:
    return [nn.Conv2d(c_in, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True)]


class PlateCRNN(nn.Module):
    """Conv features (height collapsed by a last conv) -> BiLSTM -> per-step class logits."""

    def __init__(self, width: float = 1.0) -> None:
        """``width`` scales every layer's channels and the LSTM (1.0: 361 k parameters; 1.4: 701 k)."""
        super().__init__()
        c1, c2, c3, c4, c5, c6, hidden = (round(c * width) for c in (24, 48, 64, 64, 96, 128, 96))
        self.features = nn.Sequential(
            *_block(1, c1),
            nn.MaxPool2d(2),  # H/2 x W/2
            *_block(c1, c2),
            nn.MaxPool2d(2),  # H/4 x W/4: one step per 4 input columns
            *_block(c2, c3),
            *_block(c3, c4),
            nn.MaxPool2d((2, 1)),  # H/8 x W/4
            *_block(c4, c5),
        )
        self.collapse = nn.Sequential(
            nn.Conv2d(c5, c6, (INPUT_HEIGHT // 8, 1), bias=False), nn.BatchNorm2d(c6), nn.ReLU(inplace=True)
        )
        self.rnn = nn.LSTM(c6, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        f = self.collapse(self.features(x))  # N x 128 x 1 x W/4
        seq = f.squeeze(2).permute(0, 2, 1)  # N x T x 128
        out, _ = self.rnn(seq)
        return self.head(out)


STEPS = INPUT_WIDTH // 4
