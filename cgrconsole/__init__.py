"""cgrconsole: the operator console for vehicle checkpoints and border waiting zones."""

__version__ = "0.1.0"
