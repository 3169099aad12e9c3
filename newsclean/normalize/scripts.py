"""Scripts whose one character is a syllable or a word (Han, kana, Hangul), in one place: a
character of theirs carries several times what a Latin letter does, so length thresholds
measured in characters must weigh them."""

from __future__ import annotations

import re
from typing import Final

DENSE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
"""Kana, CJK ideographs (with extension A and compatibility) and Hangul syllables."""

_DENSE_CHAR: Final = re.compile(f"[{DENSE}]")

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
