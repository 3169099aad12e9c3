"""Scripts whose one character is a syllable or a word (Han, kana, Hangul), in one place: a
character of theirs carries several times what a Latin letter does, so length thresholds
measured in characters must weigh them."""

from __future__ import annotations

import re
from typing import Final

DENSE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
"""Kana, CJK ideographs (with extension A and compatibility) and Hangul syllables."""

_DENSE_CHAR: Final = re.compile(f"[{DENSE}]")

MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75"
    "\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bd7"
    "\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece"
    "\u200c\u200d"
)
"""Combining marks (vowel signs, viramas, points; the zero-width joiners of Persian and Indic
spelling) of the scripts the rules hold words in, Devanagari and Thai among them: ``\\w`` does
not match them, so a pattern reading a word as a run of letters stops inside "दिसंबर" or
"ธันวาคม" unless it lets these through."""
WORD_RUN: Final = rf"(?:[^\W\d_]|[{MARKS}])+"
"""A word as a run of letters and the combining marks among them (see :data:`MARKS`)."""

DENSE_WEIGHT: Final = 3
"""What one dense-script character counts for against a threshold set in Latin characters: a
Chinese or Japanese word is one or two characters, an English one about six with its space."""


def weighted_length(text: str) -> int:
    """``len(text)``, with each dense-script character counted :data:`DENSE_WEIGHT` times.

    >>> weighted_length("Harbour"), weighted_length("地铁十二号线")
    (7, 18)
    """
    if text.isascii():
        return len(text)
    return len(text) + (DENSE_WEIGHT - 1) * len(_DENSE_CHAR.findall(text))
