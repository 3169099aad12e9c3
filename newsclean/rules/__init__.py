"""Line rules: how chrome is described as data and matched.

A rule is a named family of exact phrases and patterns. Its ``action`` says what a match means:

- ``drop``: the line is chrome (share buttons, app promos, "Story continues");
- ``gate``: the line is a paywall or sign-up prompt, so the body is incomplete (``truncated``);
- ``cut``: a gate after which the page holds only the gate's sales block and rails, so every
  following line goes too.

Exact phrases are compared on :func:`newsclean.normalize.text.key` (case-folded, quotes unified,
bullet removed); patterns are searched on that key as well, so they are written in lower case.
Every pattern is anchored (or, searched, starts with a literal) and free of nested
quantifiers, keeping matching linear-time.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..normalize.text import is_bullet, key
from .literals import longest_match, required_literals

Action = Literal["drop", "gate", "cut"]

MAX_CHROME_LINE = 600
"""Longest line a rule is tried on (the longest known chrome line is under 300 characters)."""


@dataclass(frozen=True, slots=True)
class LineRule:
    """A family of chrome lines, e.g. app promos or paywall prompts."""

    name: str
    action: Action = "drop"
    phrases: frozenset[str] = frozenset()
    patterns: tuple[re.Pattern[str], ...] = ()
    anchored: re.Pattern[str] | None = None
    """The ``patterns`` that open with "^" as one alternation, matched at the line's start only
    (searched, an alternation of "^" branches is tried at every position of the line)."""
    floating: re.Pattern[str] | None = None
    """The other ``patterns`` as one alternation: one search per line instead of one each."""
    bulleted: bool = False
    """Match only list items (a nav rail's "• Politics", not a "Politics" section line)."""

    @classmethod
    def of(
        cls,
        name: str,
        phrases: Iterable[str] = (),
        patterns: Iterable[str] = (),
        action: Action = "drop",
        bulleted: bool = False,
    ) -> LineRule:
        """Build a rule from plain phrases (any case) and lower-case regex sources."""
        sources = list(patterns)
        return cls(
            name=name,
            action=action,
            phrases=frozenset(key(p) for p in phrases),
            patterns=tuple(re.compile(p) for p in sources),
            anchored=_alternation([p for p in sources if _at_start(p)]),
            floating=_alternation([p for p in sources if not _at_start(p)]),
            bulleted=bulleted,
        )

    def matches(self, line_key: str) -> bool:
        if line_key in self.phrases:
            return True
        if self.anchored is not None and self.anchored.match(line_key) is not None:
            return True
        return self.floating is not None and self.floating.search(line_key) is not None


@dataclass(frozen=True, slots=True, eq=False)
class RuleSet:
    """Rules tried in order; the first match names the line's rule. (Equal only to itself:
    a line's rule is remembered per set, by identity, and a set never changes.)"""

    rules: tuple[LineRule, ...] = field(default_factory=tuple)
    _phrases: frozenset[str] = field(init=False, repr=False, compare=False)
    _unique: tuple[LineRule, ...] = field(init=False, repr=False, compare=False)
    _anchored: dict[str, re.Pattern[str]] = field(init=False, repr=False, compare=False)
    _anywhere: tuple[Reaching, ...] = field(init=False, repr=False, compare=False)
    _ascii_anywhere: tuple[Reaching, ...] = field(init=False, repr=False, compare=False)
    _floating_reach: int = field(init=False, repr=False, compare=False)
    _floating: tuple[Gated, ...] = field(init=False, repr=False, compare=False)
    _ascii_floating: tuple[Gated, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Most lines match nothing: one set lookup and two regex calls say so for the whole set.
        # Anchored patterns go into a ``match`` (an "^" inside a searched alternation would be
        # tried at every position); the few floating ones into a ``search``.
        # A profile's rules joined with the generic ones may hold a rule twice (the generic
        # profile's own rules are the generic ones): each pattern is compiled in once.
        sources = list(dict.fromkeys(p.pattern for rule in self.rules for p in rule.patterns))
        anchored = [p[1:] for p in sources if p.startswith("^")]
        floating = [p for p in sources if not p.startswith("^")]
        object.__setattr__(self, "_phrases", frozenset().union(*(r.phrases for r in self.rules)))
        # (a repeated rule matches where its first copy did, which wins: tried once)
        object.__setattr__(self, "_unique", tuple(dict.fromkeys(self.rules)))
        by_char, anywhere = _by_first_char(anchored)
        object.__setattr__(self, "_anchored", by_char)
        # The anchored patterns that may start with any character (".{1,20} ?주요 뉴스$")
        # are tried on every line, and a lead of "." backtracks at each length before it
        # fails: each goes behind a literal its match needs, as the floating ones do, and
        # behind its longest match (a line longer than a "…$" pattern's reach is no match).
        object.__setattr__(self, "_anywhere", _reaching(anywhere, ascii_only=False))
        object.__setattr__(self, "_ascii_anywhere", _reaching(anywhere, ascii_only=True))
        # Searched one by one: each starts with a literal, which re scans for quickly, where
        # one alternation of them would be tried branch by branch at every position. Each
        # is searched only in a line holding a literal it requires ("all rights reserved"):
        # an ``in`` test is several times cheaper than a search that finds nothing.
        object.__setattr__(self, "_floating", _gated(floating))
        object.__setattr__(
            self, "_ascii_floating", tuple(p for p in self._floating if p[0].isascii())
        )
        # every floating match ends in a line's last this many characters (each one's
        # literal too): a long line's tail is the only part scanned for the literals
        object.__setattr__(self, "_floating_reach", max((p[2] for p in self._floating), default=0))

    def match(self, line: str) -> LineRule | None:
        if len(line) > MAX_CHROME_LINE:
            return None  # paragraphs: no chrome phrase or pattern is anywhere near this long
        return _matched(self, line)

    def _match(self, line: str) -> LineRule | None:
        k = key(line)
        if not k:
            return None
        anchored = self._anchored.get(k[0])
        if (
            k not in self._phrases
            and (anchored is None or anchored.match(k) is None)
            and not self._anywhere_match(k)
            and not self._floating_match(k)
        ):
            return None
        bullet = is_bullet(line)
        for rule in self._unique:
            if rule.matches(k) and (bullet or not rule.bulleted):
                return rule
        return None

    def _anywhere_match(self, k: str) -> bool:
        anywhere = self._ascii_anywhere if k.isascii() else self._anywhere
        size = len(k)
        for reach, literals, pattern in anywhere:  # the longest reach first
            if size > reach:
                return False  # no pattern left reaches that far
            for literal in literals:
                if literal in k:
                    if pattern.match(k):
                        return True
                    break
        return False

    def _floating_match(self, k: str) -> bool:
        # an ASCII key (a flag of the string, no scan) holds none of the other literals
        floating = self._ascii_floating if k.isascii() else self._floating
        size = len(k)
        start = size - self._floating_reach if size > self._floating_reach else 0
        tail = k[start:] if start else k
        for literal, pattern, reach in floating:
            # a "…$" pattern is searched only where its longest match could start (a look-
            # behind or "\b" still sees the characters before: ``pos`` is no slice)
            if literal in tail and pattern.search(k, size - reach if size > reach else 0):
                return True
        return False

    def __add__(self, other: RuleSet) -> RuleSet:
        return RuleSet(self.rules + other.rules)


@functools.lru_cache(maxsize=8192)
def _matched(rules: RuleSet, line: str) -> LineRule | None:
    """The rule of a line, remembered for the last lines asked: the chrome stage asks it of
    each line and again of a line's neighbours, and a stream of pages from one site repeats
    its chrome lines page after page."""
    return rules._match(line)


Gated = tuple[str, re.Pattern[str], int]
"""A pattern behind a literal its every match holds, with its reach: the most characters a
match can span when it must end at the line's end (``$``), else ``sys.maxsize``."""


def _gated(sources: list[str]) -> tuple[Gated, ...]:
    """Each pattern behind a literal a line must hold for it to match ("all rights reserved"),
    one entry per literal when it needs one of several: an ``in`` test is several times
    cheaper than a search that finds nothing. A pattern with no such literal gets ``""``
    (always tried)."""
    out: list[Gated] = []
    for src in sources:
        pattern = re.compile(src)
        longest = longest_match(pattern)
        reach = sys.maxsize if longest is None else longest + 1  # ("$" before a final "\n")
        out.extend((literal, pattern, reach) for literal in required_literals(pattern) or ("",))
    return tuple(out)


Reaching = tuple[int, tuple[str, ...], re.Pattern[str]]
"""An anchored pattern's reach (see :data:`Gated`), the literals one of which its every match
holds (``("",)``: none known), and the pattern."""


def _reaching(sources: list[str], ascii_only: bool) -> tuple[Reaching, ...]:
    """The patterns by reach, the longest first: a line is tried only on those that reach as
    far as its length. ``ascii_only``: for ASCII lines, with only the ASCII literals (a pattern
    that needs another script's literal cannot match them)."""
    out: list[Reaching] = []
    for src in sources:
        pattern = re.compile(src)
        longest = longest_match(pattern)
        reach = sys.maxsize if longest is None else longest + 1
        literals = required_literals(pattern) or ("",)
        if ascii_only:
            literals = tuple(literal for literal in literals if literal.isascii())
        if literals:
            out.append((reach, literals, pattern))
    out.sort(key=lambda item: -item[0])
    return tuple(out)


def _by_first_char(sources: list[str]) -> tuple[dict[str, re.Pattern[str]], list[str]]:
    """The anchored patterns as one alternation per first character a match can start with,
    and apart, the patterns that may start with any. Hundreds of anchored patterns in one
    alternation are each tried at position 0; a line needs only those its first character
    allows, which keeps the no-match answer for a paragraph cheap as the lists grow."""
    anywhere: list[str] = []
    buckets: dict[str, list[str]] = {}
    for src in sources:
        first = _first_chars(src)
        if first is None:
            anywhere.append(src)
        else:
            for char in first:
                buckets.setdefault(char, []).append(src)
    table = {char: re.compile(_joined(srcs)) for char, srcs in buckets.items()}
    return table, anywhere


_OPTIONAL = ("?", "*", "{0")
_SPECIAL = set(".^$*+?{}[]\\|()")


def _first_chars(src: str) -> frozenset[str] | None:
    """The characters a match of ``src`` can start with, when plain to read from its source:
    a literal, ``\\d``, an escaped literal, a class of plain characters, or a ``(?:a|b)``
    group of such branches. None
    when it could start with anything (a class, a dot, an optional first item)."""
    if not src:
        return None
    if src.startswith("(?:"):
        depth, end = 0, -1
        for token in _REGEX_TOKEN.finditer(src):
            depth += {"(": 1, ")": -1}.get(token.group(), 0)
            if depth == 0:
                end = token.start()
                break
        if end < 0:
            return None
        out: set[str] = set()
        for branch in _top_level_branches(src[3:end]):
            chars = _first_chars(branch)
            if chars is None:
                return None
            out |= chars
        return _then(frozenset(out), src[end + 1 :])
    if src.startswith("\\d"):
        first, rest = frozenset("0123456789"), src[2:]
    elif src.startswith("\\") and len(src) > 1 and not src[1].isalnum():
        first, rest = frozenset(src[1]), src[2:]
    elif src[0] not in _SPECIAL:
        first, rest = frozenset(src[0]), src[1:]
    elif (m := _PLAIN_CLASS.match(src)) is not None:
        first = frozenset(_CLASS_ESCAPE.sub(r"\1", m.group(1)))
        rest = src[m.end() :]
    else:
        return None
    return _then(first, rest)


_PLAIN_CLASS = re.compile(r"\[((?:\\[^\w\s]|[^\\\]\-^])+)\]")
"""A class of plain characters ("[【［\\[＜<〈]", "[♡♥❤]"): no range, no negation, no
escape but of a sign. Any such character may start a match, and only they."""
_CLASS_ESCAPE = re.compile(r"\\(.)")


def _then(first: frozenset[str], rest: str) -> frozenset[str] | None:
    """``first`` when the item it starts is required; with "?" after it, also what the rest
    can start with ("(?:the )?full" starts with "t" or "f"); None after "*" or "{0,"."""
    if rest.startswith("?"):
        after = _first_chars(rest[1:])
        return None if after is None else first | after
    return None if rest.startswith(_OPTIONAL) else first


def _top_level_branches(body: str) -> list[str]:
    """``body`` split at the "|" that are not inside a group or a class."""
    branches, depth, start = [], 0, 0
    for token in _REGEX_TOKEN.finditer(body):
        mark = token.group()
        depth += {"(": 1, ")": -1}.get(mark, 0)
        if mark == "|" and depth == 0:
            branches.append(body[start : token.start()])
            start = token.end()
    branches.append(body[start:])
    return branches


_REGEX_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|[()|]")
"""An escape or a character class (skipped whole), or a parenthesis or bar."""


def _joined(sources: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sources)


def _at_start(src: str) -> bool:
    """Whether every match of ``src`` starts the line: "^" opens it and no "|" outside a
    group offers a branch without it ("^a|b" matches "b" anywhere)."""
    return src.startswith("^") and len(_top_level_branches(src)) == 1


def _alternation(sources: list[str]) -> re.Pattern[str] | None:
    return re.compile(_joined(sources)) if sources else None


def ruleset(rules: Sequence[LineRule]) -> RuleSet:
    return RuleSet(tuple(rules))
