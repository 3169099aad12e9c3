"""Text normalisation shared by every cleaning path.

Kept deliberately small: the cleaner must never change article wording, only the
characters a scraper adds around it (line endings, NULs, control characters, odd spaces).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# Only runs that change: one plain space between words is not a match, so a paragraph is
# scanned, not rewritten space by space (twice as fast as replacing every run).
_FOLDABLE = re.compile(rf"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]{_SPACE}*| {_SPACE}+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
"""What ``_FOLDABLE`` folds besides two plain spaces: a line with neither is left as it is."""
_BULLET = re.compile(r"^[•·▪◦‣∙*\-–—]\s+")
_BULLETS = "•·▪◦‣∙*-–—"
"""The characters ``_BULLET`` can start with: a key that starts with none has no bullet."""


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL_WIDE = "\u200b\u200e\u200f\ufeff"
"""``_CONTROL`` in two parts: its ASCII controls as bytes, and its wide characters."""


def normalize_text(text: str) -> str:
    """Unify line endings and drop control characters; wording is left untouched."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _CONTROL.sub("", text) if _has_control(text) else text


def _has_control(text: str) -> bool:
    """Whether ``_CONTROL`` has anything to drop: the ASCII controls told from the UTF-8
    bytes (an ASCII byte never occurs inside a multi-byte sequence; deleting bytes is a C
    loop, several times faster than the class search), the four wide ones by a find each."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    if text.isascii():
        return False
    for char in _CONTROL_WIDE:  # noqa: SIM110 (a loop: no generator per page)
        if char in text:
            return True
    return False


def squash(line: str) -> str:
    """One line with runs of white space folded to one space and ends stripped."""
    if "  " not in line and (
        "\t" not in line
        if line.isascii()
        # every character _ODD_SPACE finds is unprintable (a tab, a space separator other
        # than " "): a printable line, told in one C loop, holds none, with no class search
        else line.isprintable() or _ODD_SPACE.search(line) is None
    ):
        return line.strip()  # nothing to fold (most lines): no sub
    return _FOLDABLE.sub(" ", line).strip()


def key(line: str) -> str:
    """Comparison key for phrase tables: NFKC, case-folded, curly quotes unified, no bullet."""
    if len(line) <= _CACHED_KEY_LEN:
        return _cached_key(line)
    return _key(line)


# A page's short lines are keyed several times (rule tables, header layouts, repeat checks).
_CACHED_KEY_LEN = 600


def _key(line: str) -> str:
    s = squash(line)
    if s.isascii():  # NFKC leaves ASCII as it is, casefold is lower, no curly quotes
        s = s.lower()
    else:
        s = unicodedata.normalize("NFKC", s).casefold()
        s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _BULLET.sub("", s) if s[:1] in _BULLETS else s


_cached_key = functools.lru_cache(maxsize=8192)(_key)

_LINE_CACHE = 4096
"""Lines remembered by each :func:`line_cache` predicate (a page has tens to hundreds)."""


def line_cache(func: Callable[[str], _T]) -> Callable[[str], _T]:
    """A predicate of one line's text alone (no page, no mutable state; its answer immutable),
    remembered for the last lines asked: the stages ask several such questions of the same
    short lines ("a share row?", "a title?", "a source line?"), and a stream of pages from one
    site repeats its chrome lines page after page. Bounded, so nothing grows per item."""
    return functools.lru_cache(maxsize=_LINE_CACHE)(func)


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet ("• ", "- ")."""
    return _BULLET.sub("", line)


def is_bullet(line: str) -> bool:
    """True for list items as aggregators flatten them ("  • text", "- text")."""
    return bool(_BULLET.match(line.strip()))


def ends_sentence(line: str) -> bool:
    """True when the line ends like prose (., !, ?, closing quote after one; the full-width
    。！？ of Japanese and Chinese, the danda । of Hindi and Bengali, Arabic and Urdu ؟ ۔ too)."""
    s = line.rstrip(" ”\"’')]」』）")
    return bool(s) and s[-1] in ".!?…:;。！？।؟۔"


def word_count(line: str) -> int:
    return len(line.split())


def more_words_than(line: str, n: int) -> bool:
    """``word_count(line) > n``, splitting no further than word ``n + 1``: a threshold on a
    paragraph does not split it all."""
    return len(line.split(None, n)) > n
