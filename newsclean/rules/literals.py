"""Cheap pre-checks for regexes: the literal text a match cannot do without.

Most lines a chrome pattern is tried on are prose that it does not match. A pattern such as
``all rights reserved\\.?$`` can only match a line that contains "all rights reserved", and
``str.__contains__`` says "no" several times faster than ``Pattern.search`` does. The
literals are read from each pattern's own parse tree when the pattern is compiled (once per
process), so a pattern added to ``rules/*.txt`` gets its pre-check with no code change; a
pattern whose required text cannot be told (it starts with a class, it is case-insensitive)
gets no pre-check and is always tried, never skipped.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

_sre_parse: Any
try:  # the parser ``re`` itself uses; private, so a change in it only turns the gates off
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _sre_parse = None

Literals = tuple[str, ...]
"""Alternatives, one of which every match contains (one element: that literal)."""

_MIN_GATE = 2
"""Shorter literals ("a", "é") are in nearly every line: no use as a gate."""


def required_literals(pattern: re.Pattern[str] | str, flags: int = 0) -> Literals | None:
    """Literals one of which every match of ``pattern`` contains, or None when that cannot
    be read from the pattern (then it must always be tried).

    >>> required_literals(r"^all rights reserved\\.?$")
    ('all rights reserved',)
    >>> sorted(required_literals(r"(?:動画|写真)はこちら$"))
    ['はこちら']
    >>> sorted(required_literals(r"^(?:read more|weiterlesen)(?: ?»)?$"))
    ['read more', 'weiterlesen']
    >>> required_literals(r"[a-z]+ ago$", re.IGNORECASE) is None
    True
    """
    source = pattern
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _best(list(parsed))


def longest_match(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` can span when every match must end at the
    text's end (the pattern's last item is ``$`` or ``\\Z``), else None. Such a pattern
    cannot match a longer text from its start, and searched, it can only match in the text's
    last that many characters (one more: ``$`` also matches before a final newline).

    >>> longest_match(re.compile(r"[\\d.,]{1,7}[km]? followers$"))
    18
    >>> longest_match(re.compile(r"all rights reserved")) is None
    True
    >>> longest_match(re.compile(r"(?:share|like).*$")) is None
    True
    """
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    items = list(parsed)
    if not items or items[-1][0] is not _sre_parse.AT:
        return None
    if items[-1][1] not in (_sre_parse.AT_END, _sre_parse.AT_END_STRING):
        return None
    if parsed.state.flags & re.MULTILINE:
        return None  # ("$" before any newline)
    longest = parsed.getwidth()[1]
    return None if longest >= _sre_parse.MAXREPEAT else int(longest)


def _best(items: Sequence[tuple[Any, Any]]) -> Literals | None:
    """The most selective literal set among the required items of one sequence."""
    candidates: list[Literals] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_parse.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(("".join(run),))
            run = []
        found: Literals | None = None
        if op is _sre_parse.BRANCH:
            found = _any_of(av[1])
        elif op is _sre_parse.SUBPATTERN and not av[1] and not av[2]:
            found = _best(list(av[3]))  # a group without inline flags
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and av[0] >= 1:
            found = _best(list(av[2]))  # required at least once
        elif op is _sre_parse.IN:
            found = _any_literal_in(av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(("".join(run),))
    return max(candidates, key=_selectivity, default=None)


def _any_of(branches: Sequence[Any]) -> Literals | None:
    out: list[str] = []
    for branch in branches:
        found = _best(list(branch))
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


def _any_literal_in(items: Sequence[tuple[Any, Any]]) -> Literals | None:
    """A class of plain characters (``[·•|]``): one of them is required."""
    if all(op is _sre_parse.LITERAL for op, _ in items):
        return tuple(chr(av) for _, av in items)
    return None


def _selectivity(literals: Literals) -> tuple[int, int]:
    """The shortest alternative's length first (a gate is as weak as its shortest literal),
    fewer alternatives second."""
    return min(len(s) for s in literals), -len(literals)


def literal_gate(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test that is False only for text ``pattern`` cannot match (True when unsure)."""
    literals = required_literals(pattern)
    if literals is None or min(len(s) for s in literals) < _MIN_GATE:
        return _always
    if len(literals) == 1:
        (literal,) = literals
        return lambda text: literal in text

    def holds_one(text: str) -> bool:
        for literal in literals:  # noqa: SIM110 (a loop: no generator per call)
            if literal in text:
                return True
        return False

    return holds_one


def _always(text: str) -> bool:
    return True
