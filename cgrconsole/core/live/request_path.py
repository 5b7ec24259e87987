"""Path hygiene for the live stream's HTTP server: what is refused before any route sees the request.

Media is served from memory by exact name, so a traversal could not reach a file anyway; refusing
these paths outright keeps the routes simple and makes every probe visible in the audit log.
Only the raw (still percent-encoded) path is trusted: servers decode ``%2e%2e`` to ``..`` before
routing, and a double encoding (``%252e``) survives one decoding as ``%2e``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote_to_bytes

# A percent escape of one of these is refused: dot, slashes, percent (double encoding), NUL and
# the other control characters, colon (a drive letter). Nothing we serve needs them encoded.
_REFUSED_ESCAPES = frozenset({0x2E, 0x2F, 0x5C, 0x25, 0x3A, *range(0x20), 0x7F})
_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")
# Unreserved and sub-delimiter characters of RFC 3986, "@", and escapes: what a path may hold.
_PATH_CHARACTERS = re.compile(rb"[A-Za-z0-9._~!$&'()*+,;=@%/-]*")


def path_problem(scope: Mapping[str, Any]) -> tuple[int, str] | None:
    """(HTTP status, why in English for the audit log) when the path is refused; None when it is clean."""
    raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
    if not raw.startswith(b"/"):
        return 400, "not an absolute path"
    if not _PATH_CHARACTERS.fullmatch(raw):
        return 400, "characters a path may not hold (backslash, NUL, control, colon, space)"
    for escape in _ESCAPE.finditer(raw):
        if int(escape.group(1), 16) in _REFUSED_ESCAPES:
            return 400, "an encoded dot, slash, colon, percent or control character"
    if raw.count(b"%") != len(_ESCAPE.findall(raw)):
        return 400, "a malformed percent escape"
    if b"//" in raw:
        return 400, "an empty path segment (//)"
    decoded = unquote_to_bytes(raw)
    segments = decoded.split(b"/")
    if any(segment in (b".", b"..") for segment in segments):
        return 400, "a dot segment (. or ..)"
    try:
        decoded.decode("utf-8")
    except UnicodeDecodeError:
        return 400, "a path that is not UTF-8"
    decoded_path = scope.get("path", "")
    if any(segment in (".", "..") for segment in decoded_path.split("/")) or "\\" in decoded_path:
        return 400, "a dot segment (. or ..)"
    if raw != b"/" and raw.endswith(b"/"):
        return 404, "a folder (there are no listings)"
    return None
