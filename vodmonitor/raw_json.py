"""Read a PullEvents body while keeping each event's exact text, as VOD sent it.

``json.loads`` gives values but forgets the text they came from, and serialising them again
changes spacing, escapes and number forms. This walker decodes the body once, member by
member, and keeps the source slice of every EventSet entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any


def read_int(digits: str) -> int | str:
    """An integer as JSON wrote it. One longer than Python reads (4,300 digits, which
    ``int`` refuses with a ValueError) stays its text: data to show, like an ErrCode that
    does not fit 64 bits, never an error that costs the rest of the body."""
    try:
        return int(digits)
    except ValueError:
        return digits


def loads(text: str | bytes) -> Any:
    """``json.loads`` for text from outside: any integer is read (see ``read_int``)."""
    return json.loads(text, parse_int=read_int)


_decode = json.JSONDecoder(parse_int=read_int).raw_decode
_whitespace = re.compile(r"[ \t\n\r]*").match
_structure = re.compile(r'[\[\]{}"]')
_string = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_scalar_end = re.compile(r"[,\]}]")

# VOD's events nest five levels deep; far deeper is hostile, and would exhaust the recursion
# limit of the decoder and of everything that later walks the value.
MAX_DEPTH = 64


class RawJsonError(ValueError):
    """The text is not JSON of the expected shape."""


class UnreadableEntry:
    """Stands in for an EventSet entry that is not readable JSON, so that one bad entry is
    set aside on its own instead of failing the whole body."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"UnreadableEntry({self.reason!r})"


def value_extent(text: str, start: int) -> tuple[int, int]:
    """Where the JSON value opening at ``start`` ends, and how deeply it nests, found without
    decoding it (iteratively, so any depth is safe). Raises RawJsonError when the brackets
    or strings never close."""
    if start >= len(text):
        raise RawJsonError("unexpected end of text")
    if text[start] == '"':
        match = _string.match(text, start)
        if match is None:
            raise RawJsonError(f"unterminated string at offset {start}")
        return match.end(), 0
    if text[start] not in "[{":
        match = _scalar_end.search(text, start)
        return (match.start() if match else len(text)), 0
    depth = deepest = 0
    i = start
    while True:
        match = _structure.search(text, i)
        if match is None:
            raise RawJsonError(f"the value at offset {start} never closes")
        char, i = match.group(), match.start()
        if char == '"':
            string = _string.match(text, i)
            if string is None:
                raise RawJsonError(f"unterminated string at offset {i}")
            i = string.end()
            continue
        i += 1
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
            if depth == 0:
                return i, deepest


def read_entry(text: str, start: int) -> tuple[Any, int]:
    """One EventSet entry: its value, or an UnreadableEntry when it is malformed or nested
    too deeply; either way the offset after it, so the entries beside it are still read."""
    try:
        value, end = _decode(text, start)
    except (json.JSONDecodeError, RecursionError) as exc:
        end, _ = value_extent(text, start)
        if end <= start:  # no value at all here: the array itself is malformed
            raise RawJsonError(str(exc)) from None
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        return UnreadableEntry(f"not valid JSON: {reason}"), end
    # Counting brackets is cheap; only a value with many of them is measured exactly.
    if text.count("{", start, end) + text.count("[", start, end) > MAX_DEPTH:
        _, depth = value_extent(text, start)
        if depth > MAX_DEPTH:
            return UnreadableEntry(f"nested {depth} levels deep (at most {MAX_DEPTH})"), end
    return value, end


def _skip(text: str, i: int) -> int:
    return _whitespace(text, i).end()  # type: ignore[union-attr]


def _value(text: str, i: int) -> tuple[Any, int]:
    try:
        return _decode(text, i)
    except json.JSONDecodeError as exc:
        raise RawJsonError(str(exc)) from None


def _expect(text: str, i: int, char: str) -> None:
    if i >= len(text) or text[i] != char:
        found = repr(text[i]) if i < len(text) else "end of text"
        raise RawJsonError(f"expected {char!r} at offset {i}, found {found}")


def _walk(text: str, i: int, close: str, on_item: Callable[[str | None, int], int]) -> int:
    """Walk the object or array opening at ``i``; ``on_item(key, start)`` reads one value
    (key is None in arrays) and returns where it ends. Returns the offset after ``close``."""
    i = _skip(text, i + 1)
    if i < len(text) and text[i] == close:
        return i + 1
    while True:
        key = None
        if close == "}":
            key, i = _value(text, i)
            if not isinstance(key, str):
                raise RawJsonError(f"object key at offset {i} is not a string")
            i = _skip(text, i)
            _expect(text, i, ":")
            i = _skip(text, i + 1)
        i = _skip(text, on_item(key, i))
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
            continue
        _expect(text, i, close)
        return i + 1


def read_pull_body(text: str) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
    """Split ``{"Response": {...}}`` into the Response members other than EventSet, and the
    EventSet entries as (value, exact text). A missing or null EventSet gives no entries; an
    unreadable entry comes as an :class:`UnreadableEntry` with its text."""
    members: dict[str, Any] = {}
    entries: list[tuple[Any, str]] = []
    seen_response = False

    def entry(_key: str | None, start: int) -> int:
        value, end = read_entry(text, start)
        entries.append((value, text[start:end]))
        return end

    def response_member(key: str | None, start: int) -> int:
        if key == "EventSet" and text.startswith("[", start):
            entries.clear()  # a repeated key: the last one wins, as in json.loads
            return _walk(text, start, "]", entry)
        value, end = _value(text, start)
        if key == "EventSet" and value is not None:
            raise RawJsonError("EventSet is not a list")
        members[str(key)] = value
        return end

    def top_member(key: str | None, start: int) -> int:
        nonlocal seen_response
        if key == "Response":
            if not text.startswith("{", start):
                raise RawJsonError("Response is not an object")
            seen_response = True
            return _walk(text, start, "}", response_member)
        return _value(text, start)[1]

    i = _skip(text, 0)
    _expect(text, i, "{")
    end = _skip(text, _walk(text, i, "}", top_member))
    if end != len(text):
        raise RawJsonError(f"unexpected data after the body at offset {end}")
    if not seen_response:
        raise RawJsonError("the body has no Response object")
    return members, entries
