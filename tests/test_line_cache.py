"""Line-keyed caches of the text path (textspeed4): a remembered answer is the answer.

The predicates under ``normalize.text.line_cache`` and ``RuleSet.match`` read one line's text
and immutable vocabularies only, so asking again (in the same page or the next) must give what
the function itself gives; the caches are bounded and emptied by the cold bench like the
others. The lines are invented.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from newsclean.core import chromeshape, consent, figures, header, truncation
from newsclean.normalize.text import _LINE_CACHE
from newsclean.rules import LineRule, RuleSet, _matched

LINES = [
    "Share on Facebook Share on X Share by email",
    "Facebook X WhatsApp E-Mail",
    "38 comments",
    "This content is not available due to your privacy preferences.",
    "Log in to keep reading",
    "Council approves new harbour budget",
    "The council approved the harbour budget on Monday after a long debate.",
    "Source: Valley Post",
    "By Marta Lindqvist",
    "Harbour Times - 2 hours ago",
    "Dales Weekly • 5 hrs ago",
    "A well-known, long-standing member of the council said so.",
    "March 4, 2026 10:15 AM",
    "The mayor opens the bridge. (Photo: Ann Lee/Valley Post)",
    "",
    "   ",
]

CACHED = [
    chromeshape.share_row,
    chromeshape.count_line,
    consent.consent_notice,
    truncation.is_wall,
    header.looks_like_title,
    header._paragraph_like,
    header._source_of,
    header.byline_of,
    header._dot_dated_source,
    header.is_date_stamp,
    figures._caption_parts,
    truncation.reported,
    chromeshape.speaks_to_reader,
    header.is_cjk,
    chromeshape.weak_line,
    chromeshape._card_meta,
    chromeshape.count_heading,
    truncation._text_paragraph,
]


@pytest.mark.parametrize("predicate", CACHED, ids=lambda f: f.__name__)
def test_remembered_answer_is_the_functions_own(predicate: object) -> None:
    plain = predicate.__wrapped__  # type: ignore[attr-defined]
    for line in LINES * 2:  # the second round finds every line remembered
        assert predicate(line) == plain(line), line  # type: ignore[operator]


@pytest.mark.parametrize("predicate", CACHED, ids=lambda f: f.__name__)
def test_line_caches_are_bounded_and_cleared_by_the_cold_bench(predicate: object) -> None:
    info = predicate.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize == _LINE_CACHE
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench_text import _caches

    assert any(cache is predicate for cache in _caches())
    assert any(cache is _matched for cache in _caches())


def test_rule_of_a_line_is_remembered_per_rule_set() -> None:
    """Two sets that name the same line differently each keep their own answer."""
    promo = LineRule.of("promo", phrases=["Download the app"])
    gate = LineRule.of("gate", phrases=["Download the app"], action="gate")
    first, second = RuleSet((promo,)), RuleSet((gate,))
    for _ in range(2):
        rule = first.match("Download the app")
        assert rule is not None and rule.name == "promo"
        rule = second.match("Download the app")
        assert rule is not None and rule.name == "gate"
    assert first != RuleSet((promo,))  # equal only to itself: the cache's key


def test_a_paragraph_longer_than_any_chrome_line_is_not_remembered() -> None:
    rules = RuleSet((LineRule.of("promo", phrases=["Download the app"]),))
    before = _matched.cache_info().currsize
    assert rules.match("word " * 200) is None
    assert _matched.cache_info().currsize == before


def test_dot_dated_source_needs_a_spaced_mark() -> None:
    """The gate in front of the source-and-date pattern: a dot or dash between spaces, which
    every match holds; hyphenated prose has none and is not searched."""
    assert header._dot_dated_source("Harbour Times - 2 hours ago") == (
        "Harbour Times", "2 hours ago"
    )
    assert header._dot_dated_source("Głos Podhala · 4 czerwca 2026") is not None
    assert header._dot_dated_source("Harbour Times-2 hours ago") is None
    assert header._dot_dated_source("A long-standing, well-known member spoke.") is None


def test_spaced_mark_gate_never_hides_a_match() -> None:
    """Every line the source-and-date pattern matches passes the gate (grid of sources,
    marks and spacings)."""
    sources = ["Harbour Times", "Dales Weekly", "La Gazette du Val", "X"]
    marks = ["-", "–", "—", "·", "•", "|", "/"]
    spaces = ["", " ", "  ", "\u00a0", "\t"]
    whens = ["2 hours ago", "5 hrs ago", "4 czerwca 2026", "3h"]
    for source, mark, left, right, when in itertools.product(
        sources, marks, spaces, spaces, whens
    ):
        line = f"{source}{left}{mark}{right}{when}"
        if header._PUB_DOT_DATE.match(line):
            assert header._SPACED_MARK.search(line), line
