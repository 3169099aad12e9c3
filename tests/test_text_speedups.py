"""The text path's shortcuts give the answers of the code they stand in front of.

Each shortcut (a byte-level control-character check, a bounded word split, an ASCII line
key, a rule set that holds a rule twice, floating chrome patterns split by script) is
checked against the plain definition it replaces, on invented strings.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.core.header import is_cjk
from newsclean.core.text import _INLINE_GATE, _INLINE_LITERALS
from newsclean.normalize.text import (
    is_bullet,
    key,
    more_words_than,
    normalize_text,
    squash,
    word_count,
)
from newsclean.profiles import GENERIC_RULES
from newsclean.rules import MAX_CHROME_LINE, LineRule, RuleSet
from newsclean.rules.literals import longest_match

# What normalize_text drops: C0 controls but tab, line feed and carriage return; DEL; the
# zero-width space, the two direction marks and the byte-order mark.
_DROPPED = {chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"} | {
    "\x7f", "\u200b", "\u200e", "\u200f", "\ufeff",
}


@pytest.mark.parametrize("base", ["plain words", "naïve café — “quoted”", "日本語の記事"])
def test_normalize_text_drops_exactly_the_control_characters(base: str) -> None:
    for code in [*range(0x300), 0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x1F600]:
        char = chr(code)
        if char in "\r\u2028":
            continue  # line endings, turned into "\n"
        expected = base + ("" if char in _DROPPED else char) + " end"
        assert normalize_text(base + char + " end") == expected, hex(code)


def test_normalize_text_keeps_a_clean_page_as_it_is() -> None:
    page = "Council backs the new bridge\n\nThe vote was 7–2 on Monday, “a fair result”.\n"
    assert normalize_text(page) == page


@pytest.mark.parametrize(
    "line",
    ["", "   ", "one", "two words", " lead and trail ", "tabs\tand\u00a0nbsp\u3000too",
     "many   spaces  between   the words of a longer line here"],
)
def test_more_words_than_agrees_with_the_word_count(line: str) -> None:
    for n in range(8):
        assert more_words_than(line, n) == (word_count(line) > n)


@pytest.mark.parametrize(
    "line",
    ["• Share On Facebook", "  ALL RIGHTS   RESERVED. ", "- Read\tmore", "Plain Title 2024",
     "* bullet with 'quotes'"],
)
def test_an_ascii_line_key_is_the_full_key(line: str) -> None:
    full = unicodedata.normalize("NFKC", squash(line)).casefold()
    full = full.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    assert key(line) == re.sub(r"^[•·▪◦‣∙*\-–—]\s+", "", full)


def test_ascii_text_is_never_cjk_and_cjk_text_still_is() -> None:
    assert not is_cjk("Council backs the bridge")
    assert not is_cjk("")
    assert is_cjk("市議会が新しい橋の建設を承認した")


@pytest.mark.parametrize(
    "line",
    ["All rights reserved.", "© 2024 The Ledger. All Rights Reserved", "무단 전재 및 재배포 금지",
     "Follow us on Instagram", "Straight to your inbox.", "The council met on Monday.",
     "未经授权禁止转载", "Tous droits réservés"],
)
def test_a_rule_set_holding_its_rules_twice_matches_as_once(line: str) -> None:
    twice = GENERIC_RULES + GENERIC_RULES
    once = GENERIC_RULES.match(line)
    assert twice.match(line) == once
    assert (once is None) == (line == "The council met on Monday.")


def _plain_match(rules: RuleSet, line: str) -> LineRule | None:
    """RuleSet.match without its shortcuts: each rule in order, every pattern searched."""
    k = key(line)
    if len(line) > MAX_CHROME_LINE or not k:
        return None
    bullet = is_bullet(line)
    for rule in rules.rules:
        hit = k in rule.phrases or any(p.search(k) for p in rule.patterns)
        if hit and (bullet or not rule.bulleted):
            return rule
    return None


# Lines of the shapes the gated patterns turn on: counts, follower lines, rights notices,
# Korean rail headings, service blurbs, weather strips, each alone, after prose of growing
# length (a "…$" pattern is tried only where its longest match fits) or with prose after it.
_CHROME_TAILS = [
    "3 comments", "1.2k shares", "12 followers", "All rights reserved.", "최신 뉴스",
    "많이 본 뉴스", "오늘의 주요 뉴스", "Weiterlesen", "무단 전재 및 재배포 금지",
    "Brightwire is a free news aggregator for busy readers.", "☀ 21°C Lisbon",
    "Sports news: The derby ends level", "♥ 14 like", "关于我们 编辑：王明",
    "straight to your inbox", "【関連記事】", "［関連リンク］", "【责任编辑：王明】",
    "💬 3 comment",
    "Ledgerly — a news reader for the whole family", "© 2025 Harbour Post. All Rights Reserved",
]
_PROSE = "The harbour board met again on Thursday and the vote was put off. "


@given(
    st.integers(min_value=0, max_value=9),
    st.sampled_from(_CHROME_TAILS),
    st.sampled_from(["", " ", ".", " and more words follow here", "\u00a0"]),
)
@settings(max_examples=300, deadline=None)
def test_gated_rule_set_matches_what_every_pattern_searched_does(
    repeats: int, tail: str, after: str
) -> None:
    line = _PROSE * repeats + tail + after
    assert GENERIC_RULES.match(line) == _plain_match(GENERIC_RULES, line)


def test_an_end_anchored_pattern_searched_from_its_reach_sees_the_text_before() -> None:
    # pos is no slice: a look-behind or a word boundary still reads the characters before it
    for source, text in ((r"\bfoo$", "oofoo"), (r"(?<=o)foo$", "oofoo")):
        pattern = re.compile(source)
        reach = longest_match(pattern)
        assert reach == 3
        assert bool(pattern.search(text, len(text) - reach - 1)) == bool(pattern.search(text))
    assert longest_match(re.compile(r"\d+ followers$")) is None
    assert longest_match(re.compile(r"read more")) is None


def test_a_class_of_plain_characters_gives_the_first_characters() -> None:
    from newsclean.rules import _first_chars

    assert _first_chars("[【［\\[]関連記事") == frozenset("【［[")
    assert _first_chars("[♡♥]?\\s*like$") is None  # optional class, then a class of spaces
    assert _first_chars("[【\\[]?(?:责任编辑|编辑) ?[:：]") == frozenset("【[责编")
    for unknown in ("[^ ].{0,30} news", "[a-z]{3} news", "[\\d.,]{1,7} likes", "[-–] x"):
        assert _first_chars(unknown) is None


@given(
    st.lists(
        st.sampled_from([*_INLINE_LITERALS, "The council met. ", "\n", "chars", "[+", "Read ",
                         "See all ", "Läs", "続き", " ", "coverage"]),
        max_size=8,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_the_page_gate_of_inline_chrome_passes_every_page_holding_a_literal(text: str) -> None:
    holds = any(literal in text for literal in _INLINE_LITERALS)
    assert _INLINE_GATE is not None
    assert holds <= (_INLINE_GATE.search(text) is not None)


def test_inline_chrome_is_still_cut_behind_the_page_gate() -> None:
    from newsclean import clean_text

    text = ("Bridge reopens\n\nThe bridge reopened on Monday after repairs. Read more\n\n"
            "Crews worked through the weekend to finish the deck [+2412 chars]")
    body = clean_text(text, explain=True)
    cut = [removal.line.strip() for removal in body.metadata.removed or []]
    assert "Read more" in cut and "[+2412 chars]" in cut


@given(
    st.lists(st.sampled_from(["Crews at work on Friday.", " ", "(KQRN 5)", "（KQRN 5）", ")",
                              "(", "KQRN", ".", "\n", "x" * 20, " (AP) ", "）", "\u3000"]),
             max_size=8).map("".join)
)
@settings(max_examples=400, deadline=None)
def test_the_site_credit_end_test_agrees_with_the_pattern(line: str) -> None:
    from newsclean.core import text as textmod
    from newsclean.core.header import PAREN_CREDIT

    # every line the pattern takes passes the end test, so the test skips no credit
    if PAREN_CREDIT.match(line.strip()) is not None:
        assert line.strip().endswith(textmod._CLOSING_BRACKETS)
    assert textmod._site_credit("Crews at work on Friday. (KQRN 5) ", "kqrn5com") is not None


def test_a_rule_finds_its_unanchored_branch_anywhere_in_the_line() -> None:
    rule = LineRule.of("test:mixed", patterns=[r"^share this$|newsletter$", r"^print$"])
    assert rule.matches("print") and rule.matches("share this")
    assert rule.matches("sign up for our newsletter")  # "^" opens only the first branch
    assert not rule.matches("the print edition")
