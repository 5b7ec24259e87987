"""A configuration problem that is still its English text, and can be said again in the UI's language.

The loader and the settings types say what is wrong as ``key: what`` strings, logged and printed in
English. ``Problem`` is such a string (a ``str``: callers that partition, join or compare it keep
working) that also keeps the parts: the TOML ``key``, the English ``template`` with named
``{placeholders}`` and their ``values``. The window translates the template and fills it in
(``cgrconsole.ui.config_problems.problem_text``); the key and the values stay as the file has them.

Templates are marked with ``QT_TRANSLATE_NOOP(CONTEXT, "...")`` so that ``pyside6-lupdate`` finds
them in these Qt-free files. A value may itself be a ``Problem`` without a key (a part of a sentence,
such as "a number 5"): it is translated the same way.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "ConfigProblem"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` unchanged; the call marks it for lupdate under ``context`` (Qt is not imported here)."""
    return text


class Problem(str):
    """``key: template.format(**values)`` as a ``str``, with its parts kept for translation."""

    key: str
    template: str
    values: dict[str, Any]

    def __new__(cls, key: str, template: str, **values: Any) -> Problem:
        said = template.format(**values)
        self = super().__new__(cls, f"{key}: {said}" if key else said)
        self.key = key
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (e.g. to a worker process) as the same Problem
        return (_rebuild, (self.key, self.template, self.values))


def _rebuild(key: str, template: str, values: dict[str, Any]) -> Problem:
    return Problem(key, template, **values)


def detail(key: str, text: str) -> Problem:
    """``key: text``, ``text`` from elsewhere (a ``Problem`` part is translated, other text is kept)."""
    return Problem(key, "{detail}", detail=text)
