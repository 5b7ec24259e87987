"""TOML tables into the settings dataclasses, with every problem named by its key.

``build(cls, table, where, problems)`` reads the fields of dataclass ``cls`` from ``table``. It never
stops at the first problem: an unknown key, a missing required key or a value of the wrong type is
appended to ``problems`` as ``key: what is wrong``, and the field keeps its default, so the rest of
the file can still be checked (and, in the window, still be used). A dataclass that cannot be built
(a required key missing or wrong) comes back as None. In a list of tables, each entry that cannot be
built is left out; its problems are named.

Fields whose metadata has ``config=False`` are not read from the file (they are set by the loader).
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from typing import Any, Literal

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

_BAD = object()  # a value that could not be converted (already reported)


def build(cls: type, data: Any, where: str, problems: list[str]) -> Any:
    """An instance of ``cls`` from ``data`` (bad values keep their defaults), or None (reported)."""
    if not isinstance(data, dict):
        if where:
            problems.append(
                Problem(
                    where,
                    QT_TRANSLATE_NOOP("ConfigProblem", "expected a table, got {kind}"),
                    kind=_kind(data),
                )
            )
        else:
            problems.append(
                Problem(
                    "",
                    QT_TRANSLATE_NOOP("ConfigProblem", "the file: expected a table, got {kind}"),
                    kind=_kind(data),
                )
            )
        return None
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.metadata.get("config", True)}
    for key in data:
        if key not in fields:
            hint = difflib.get_close_matches(key, fields, n=1)
            if hint:
                template = QT_TRANSLATE_NOOP("ConfigProblem", "unknown key (did you mean '{hint}'?)")
                problems.append(Problem(_join(where, key), template, hint=hint[0]))
            else:
                template = QT_TRANSLATE_NOOP("ConfigProblem", "unknown key; known keys: {keys}")
                problems.append(Problem(_join(where, key), template, keys=", ".join(fields)))
    values: dict[str, Any] = {}
    complete = True
    for name, f in fields.items():
        key = _join(where, name)
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if name not in data:
            if required:
                problems.append(Problem(key, QT_TRANSLATE_NOOP("ConfigProblem", "required key is missing")))
                complete = False
            continue
        value = _convert(hints[name], data[name], key, problems)
        if value is _BAD:
            complete = complete and not required
            continue
        values[name] = value
    return cls(**values) if complete else None


def _convert(hint: Any, value: Any, key: str, problems: list[str]) -> Any:
    """``value`` as ``hint`` says, or ``_BAD`` after naming the problem."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)

    def bad(template: str, **values: Any) -> Any:
        problems.append(Problem(key, template, **values))
        return _BAD

    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, key, problems)
    if dataclasses.is_dataclass(hint):
        built = build(hint, value, key, problems)  # type: ignore[arg-type]
        return _BAD if built is None else built
    if origin is Literal:
        if value in args:
            return value
        choices = ", ".join(map(repr, args))
        return bad(
            QT_TRANSLATE_NOOP("ConfigProblem", "must be one of {choices}, got {value!r}"),
            choices=choices,
            value=value,
        )
    if origin is dict:
        if not isinstance(value, dict):
            return bad(QT_TRANSLATE_NOOP("ConfigProblem", "expected a table, got {kind}"), kind=_kind(value))
        converted = {k: _convert(args[1], v, f"{key}.{k}", problems) for k, v in value.items()}
        return {k: v for k, v in converted.items() if v is not _BAD}
    if origin is tuple:
        if not isinstance(value, list):
            return bad(QT_TRANSLATE_NOOP("ConfigProblem", "expected a list, got {kind}"), kind=_kind(value))
        if len(args) == 2 and args[1] is Ellipsis:  # a list of tables: keep the entries that are good
            items = [_convert(args[0], v, f"{key}[{i}]", problems) for i, v in enumerate(value, 1)]
            return tuple(item for item in items if item is not _BAD)
        if len(value) != len(args):
            template = QT_TRANSLATE_NOOP("ConfigProblem", "expected a list of {expected} values, got {got}")
            return bad(template, expected=len(args), got=len(value))
        items = [
            _convert(a, v, f"{key}[{i}]", problems)
            for i, (a, v) in enumerate(zip(args, value, strict=True), 1)
        ]
        return _BAD if any(item is _BAD for item in items) else tuple(items)
    if hint is bool:
        if isinstance(value, bool):
            return value
        return bad(
            QT_TRANSLATE_NOOP("ConfigProblem", "expected true or false, got {kind}"), kind=_kind(value)
        )
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return bad(QT_TRANSLATE_NOOP("ConfigProblem", "expected a number, got {kind}"), kind=_kind(value))
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return bad(
                QT_TRANSLATE_NOOP("ConfigProblem", "expected a whole number, got {kind}"), kind=_kind(value)
            )
        return value
    if hint is str:
        if isinstance(value, str):
            return value
        return bad(
            QT_TRANSLATE_NOOP("ConfigProblem", "expected text in quotes, got {kind}"), kind=_kind(value)
        )
    raise TypeError(f"unsupported config type {hint!r}")  # a programming error, not a user one


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


_KINDS = {
    bool: QT_TRANSLATE_NOOP("ConfigProblem", "true/false"),
    int: QT_TRANSLATE_NOOP("ConfigProblem", "a number"),
    float: QT_TRANSLATE_NOOP("ConfigProblem", "a number"),
    str: QT_TRANSLATE_NOOP("ConfigProblem", "text"),
    list: QT_TRANSLATE_NOOP("ConfigProblem", "a list"),
    dict: QT_TRANSLATE_NOOP("ConfigProblem", "a table"),
}


def _kind(value: Any) -> Problem:
    """What the file has instead, e.g. "a number 5" (a part of a problem's text, translated with it)."""
    kind = Problem("", _KINDS[type(value)]) if type(value) in _KINDS else type(value).__name__
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return Problem("", "{kind} {value!r}", kind=kind, value=value)
    return Problem("", "{kind}", kind=kind)
