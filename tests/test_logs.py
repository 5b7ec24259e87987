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
