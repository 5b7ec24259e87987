"""The About box says where this PC keeps passwords and tokens; for the console's own file (a Linux PC
without a system keyring) it says what that does and does not protect against — in the officer's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cgrconsole.core.secret_backends import BackendKind, open_backend
from cgrconsole.core.secrets import SecretStore
from cgrconsole.ui.theme import apply_theme


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_the_about_box_names_the_store_and_warns_about_the_file_screenshot(
    qtbot, qapp, language: str, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save
    from test_translation_coverage import english_in, widget_texts

    apply_theme(qapp)
    vault, key = tmp_path / "share" / "secrets.vault", tmp_path / "config" / "secrets.key"
    secrets = SecretStore(choose=lambda: open_backend("linux", vault, key, available=lambda _kind: False))
    engine = engine_factory([], secrets=secrets)
    window = open_window(engine)
    assert engine.secrets_backend is not None and engine.secrets_backend.kind is BackendKind.FILE
    seen: list[str] = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(widget_texts(box))
        save(box, f"about_secrets{'' if language == 'en' else '_' + language}.png", tmp_path)
        box.accept()

    QTimer.singleShot(200, read_about)
    window._about()
    assert seen, "the About box was shown"
    text = seen[0]
    assert str(vault) in text and str(key) in text
    if language == "en":
        assert "console's own encrypted file" in text and "does not protect" in text
    else:
        assert "зашифрованный файл консоли" in text and "не защищает" in text
        paths = [vault, key, engine.paths.archive_dir, engine.paths.log_dir, engine.paths.data_dir]
        without_paths = list(seen)
        for path in paths:  # the places are data, not words to translate
            without_paths = [t.replace(str(path), "") for t in without_paths]
        assert english_in(without_paths, language) == {}
