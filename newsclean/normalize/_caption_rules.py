"""The caption splitter's word lists, read from :mod:`newsclean.rules` data files.

Used by :mod:`newsclean.normalize.caption`; the agencies are the caption half of the organisations
table shared with bylines. Compared case-insensitively unless said otherwise.
"""

from __future__ import annotations

import re
from typing import Final

from ..rules.vocab import alternation, ordered, sections_for, words
from .scripts import DENSE

DENSE_WORD: Final = re.compile(f"[{DENSE}]+")
"""A word of a script written without spaces (kana, CJK ideographs, Hangul)."""

CREDIT_LABELS: Final = ordered("credit_labels")
"""Labels before ":", "..." or "by" that introduce a credit ("Photograph: X")."""
CJK_LABELS: Final = tuple(w for w in CREDIT_LABELS if DENSE_WORD.fullmatch(w))
"""The labels written in Chinese, Japanese or Korean: also before a slash ("图/刘海洋")."""
BARE_LABELS: Final = words("bare_labels")
CAPTION_LABELS: Final = ordered("caption_labels")
AGENCIES: Final = frozenset(
    w.casefold() for w in words("organisations", *sections_for("organisations", "credits"))
)
"""A trailing bare word from this set is a credit ("... in Paris. Reuters")."""
CREDIT_HINTS: Final = ordered("credit_hints")
ORG_WORDS: Final = words("org_words")
"""Words that end an outlet's name ("News", "Times"): "Yahoo" + "News" is one credit."""
NOT_CREDIT_WORDS: Final = words("not_credit_words")
NOT_CREDIT_TAILS: Final = words("not_credit_tails")
ORGANISATIONS: Final = frozenset(w.casefold() for w in words("organisations"))
"""Every outlet and agency: a credit printed first may name any of them ("© The Independent")."""
CREDIT_CHROME: Final = ordered("credit_chrome", "copy")
"""Aggregator words between "©" and the credit ("Provided by"), not part of the credit."""
TRAILING_CHROME: Final = ordered("credit_chrome", "trailing")
"""Button text printed after a credit ("Purchase Licensing Rights"), cut before the split."""
ARCHIVE_MARKS: Final = frozenset(w.casefold() for w in words("archive_marks"))
"""An archive mark after a credit chain ("AP Photo/Jo Roe, File") belongs to the credit."""
CREDIT_LEADS: Final = ordered("credit_leads")
"""A short string starting with one of these ("Courtesy of the artist") is a credit."""

_IMAGE = alternation(ordered("credit_compounds", "image"))
_SOURCE = alternation(ordered("credit_compounds", "source"))
_LINK = alternation(ordered("credit_compounds", "link"))
COMPOUND_LABEL: Final = (
    rf"(?:{_IMAGE})\s?(?:{_SOURCE})(?![^\W\d_])"
    rf"|(?:{_SOURCE})\s(?:(?:{_LINK})\s?)?(?:{_IMAGE})(?![^\W\d_])"
)
"""A two-word credit label made of an image word and a source word ("Image source",
"Bildquelle", "Fuente de la imagen"): a regex (literal alternations, linear time)."""
COMPOUND_HEADS: Final = frozenset(
    w[:1] for w in ordered("credit_compounds", "image") + ordered("credit_compounds", "source")
)
TITLES: Final = frozenset(w.rstrip(".") for w in words("honorifics"))
"""Titles before a name ("Mayor", "Sen."): a caption about that person starts with one."""
