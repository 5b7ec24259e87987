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

    def __init__(self, hidden: int = 96) -> None:
        super().__init__()
        self.features = nn.Sequential(
            *_block(1, 24),
            nn.MaxPool2d(2),  # H/2 x W/2
            *_block(24, 48),
            nn.MaxPool2d(2),  # H/4 x W/4: one step per 4 input columns
            *_block(48, 64),
            *_block(64, 64),
            nn.MaxPool2d((2, 1)),  # H/8 x W/4
            *_block(64, 96),
        )
        self.collapse = nn.Sequential(
            nn.Conv2d(96, 128, (INPUT_HEIGHT // 8, 1), bias=False), nn.BatchNorm2d(128), nn.ReLU(inplace=True)
        )
        self.rnn = nn.LSTM(128, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        f = self.collapse(self.features(x))  # N x 128 x 1 x W/4
        seq = f.squeeze(2).permute(0, 2, 1)  # N x T x 128
        out, _ = self.rnn(seq)
        return self.head(out)


STEPS = INPUT_WIDTH // 4
