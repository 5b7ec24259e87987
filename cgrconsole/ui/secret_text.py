"""Where the console keeps passwords and tokens, in the UI language (the About box)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.secret_backends import BackendKind, SecretBackend


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def backend_text(backend: SecretBackend) -> str:
    texts = {
        BackendKind.WINDOWS: QCoreApplication.translate("Secrets", "Windows Credential Manager"),
        BackendKind.MACOS: QCoreApplication.translate("Secrets", "macOS Keychain"),
        BackendKind.SECRET_SERVICE: QCoreApplication.translate(
            "Secrets", "the system keyring (Secret Service: GNOME Keyring or KeePassXC)"
        ),
        BackendKind.KWALLET: QCoreApplication.translate("Secrets", "the system keyring (KWallet)"),
        BackendKind.FILE: QCoreApplication.translate(
            "Secrets", "the console's own encrypted file (this PC has no system keyring)"
        ),
        BackendKind.MEMORY: QCoreApplication.translate("Secrets", "memory only (demo): nothing is kept"),
    }
    if backend.kind in texts:
        return texts[backend.kind]
    return QCoreApplication.translate("Secrets", "the store named by PYTHON_KEYRING_BACKEND (%1)").replace(
        "%1", backend.name
    )


def kind_text(kind: str, label: str) -> str:
    """The store of kind ``kind`` (a ``BackendKind`` value) in words; ``label`` for a kind unknown here."""
    if kind not in {k.value for k in BackendKind} or kind == BackendKind.REQUESTED:
        return label
    return backend_text(SecretBackend(BackendKind(kind), None))


def stored_in_text(backend: SecretBackend) -> str:
    """One line, and for the console's own file what it does and does not protect against."""
    text = QCoreApplication.translate("Secrets", "Where passwords and tokens are kept: %1.").replace(
        "%1", backend_text(backend)
    )
    if backend.kind is not BackendKind.FILE:
        return text
    warning = QCoreApplication.translate(
        "Secrets",
        "The file %1 is encrypted with the key in %2. This protects a copy of the data folder or of "
        "that file alone. It does not protect against anyone who can read this "
        "user's files (the same user, an administrator, a stolen disk without disk encryption). "
        "Install and unlock GNOME Keyring or KWallet, or encrypt the disk.",
    )
    return f"{text}\n\n" + warning.replace("%1", str(backend.vault)).replace("%2", str(backend.key_file))
