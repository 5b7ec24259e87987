import logging
from pathlib import Path

from cgrconsole.logs import LOG_FILE, SECRETS, setup_logging


def test_secrets_and_url_passwords_never_reach_the_log_file(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO", console=False)
    SECRETS.add_secret("Tok-3n-XYZ")
    log = logging.getLogger("cgrconsole.test")
    log.info("auth with token %s", "Tok-3n-XYZ")
    log.warning("camera rtsp://admin:pa55word@10.0.0.5/stream failed")
    try:
        raise ValueError("token Tok-3n-XYZ rejected")
    except ValueError:
        log.exception("call failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "Tok-3n-XYZ" not in text and "pa55word" not in text
    assert "auth with token ***" in text and "rtsp://admin:***@10.0.0.5/stream" in text
    assert "ValueError: token *** rejected" in text
    setup_logging(None, console=False)


def test_the_file_log_is_rotated_at_its_cap_and_old_files_dropped(tmp_path: Path, monkeypatch) -> None:
    """The size cap the log viewer states: ``LOG_MAX_BYTES`` a file, ``LOG_BACKUPS`` old files kept."""
    from cgrconsole import logs

    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 4000)
    monkeypatch.setattr(logs, "LOG_BACKUPS", 2)
    setup_logging(tmp_path, "INFO", console=False)
    log = logging.getLogger("cgrconsole.test")
    for i in range(400):  # ~60 kB: many times the cap
        log.info("line %04d %s", i, "x" * 60)
    setup_logging(None, console=False)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    assert all((tmp_path / n).stat().st_size <= 4000 for n in names)
    assert "line 0399" in (tmp_path / LOG_FILE).read_text(encoding="utf-8")
