"""The text path's shortcuts give the answers of the code they stand in front of.

Each shortcut (a byte-level control-character check, a bounded word split, an ASCII line
key, a rule set that holds a rule twice, floating chrome patterns split by script) is
checked against the plain definition it replaces, on invented strings.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from newsclean.core.header import is_cjk
from newsclean.normalize.text import key, more_words_than, normalize_text, squash, word_count
from newsclean.profiles import GENERIC_RULES

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
