"""Line rules: how chrome is described as data and matched.

A rule is a named family of exact phrases and patterns. Its ``action`` says what a match means:

- ``drop``: the line is chrome (share buttons, app promos, "Story continues");
- ``gate``: the line is a paywall or sign-up prompt, so the body is incomplete (``truncated``);
- ``cut``: a gate after which the page holds only the gate's sales block and rails, so every
  following line goes too.

Exact phrases are compared on :func:`newsclean.normalize.text.key` (case-folded, quotes unified,
bullet removed); patterns are searched on that key as well, so they are written in lower case.
Every pattern is anchored and free of nested quantifiers, keeping matching linear-time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..normalize.text import is_bullet, key

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
    combined: re.Pattern[str] | None = None
    """All ``patterns`` as one alternation: one search per line instead of one per pattern."""
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
            combined=_alternation(sources),
            bulleted=bulleted,
        )

    def matches(self, line_key: str) -> bool:
        if line_key in self.phrases:
            return True
        return self.combined is not None and self.combined.search(line_key) is not None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules tried in order; the first match names the line's rule."""

    rules: tuple[LineRule, ...] = field(default_factory=tuple)
    _phrases: frozenset[str] = field(init=False, repr=False, compare=False)
    _anchored: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _floating: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Most lines match nothing: one set lookup and two regex calls say so for the whole set.
        # Anchored patterns go into a ``match`` (an "^" inside a searched alternation would be
        # tried at every position); the few floating ones into a ``search``.
        sources = [p.pattern for rule in self.rules for p in rule.patterns]
        anchored = [p[1:] for p in sources if p.startswith("^")]
        floating = [p for p in sources if not p.startswith("^")]
        object.__setattr__(self, "_phrases", frozenset().union(*(r.phrases for r in self.rules)))
        object.__setattr__(self, "_anchored", _alternation(anchored))
        object.__setattr__(self, "_floating", _alternation(floating))

    def match(self, line: str) -> LineRule | None:
        if len(line) > MAX_CHROME_LINE:
            return None  # paragraphs: no chrome phrase or pattern is anywhere near this long
        k = key(line)
        if not k:
            return None
        if (
            k not in self._phrases
            and (self._anchored is None or self._anchored.match(k) is None)
            and (self._floating is None or self._floating.search(k) is None)
        ):
            return None
        bullet = is_bullet(line)
        for rule in self.rules:
            if rule.matches(k) and (bullet or not rule.bulleted):
                return rule
        return None

    def __add__(self, other: RuleSet) -> RuleSet:
        return RuleSet(self.rules + other.rules)


def _alternation(sources: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in sources)) if sources else None


def ruleset(rules: Sequence[LineRule]) -> RuleSet:
    return RuleSet(tuple(rules))
