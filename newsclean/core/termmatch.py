"""Find any term of a vocabulary inside a line, in any script.

A rule of composition ("a line that names signing in *and* reading on is a wall", "a line
that names a cookie choice *and* content not shown is a consent notice") asks whether a line
holds one of many short terms, in many languages. Terms in spaced scripts match whole words
("app" in "In der Lesezeit-App weiterlesen" but not in "apple"); a term written with a
trailing ``*`` is a stem ("abonnent*" in "Abonnenten"); Chinese, Japanese and Korean terms
match anywhere, as those scripts glue words ("登录后查看全文", "로그인하고").

The line is cut into words once and the terms searched as runs of whole words between single
spaces: a pattern starting with a space is tried only where a word starts, where one with a
word-boundary test, tried at every position of a line, cost a page more than all its other
rules.
"""

from __future__ import annotations

import functools
import re

from ..normalize.scripts import DENSE
from ..normalize.text import key
from ..rules import vocab

_WORD = re.compile(
    r"[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f"
    r"\u0591-\u05c7\u05d0-\u05ea\u0621-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f"
    r"\u0900-\u0963\u0966-\u097f]+"
)
"""A word of the spaced scripts (on a case-folded key): "sign-in" and "l'article" are two.
Hebrew, Arabic (Urdu, Persian) and Devanagari letters and marks too, without their stops
("۔", "।") and commas ("،")."""
_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
"""ASCII punctuation to spaces: an ASCII line's words as ``_WORD`` cuts them."""
_GLUED = re.compile(f"[{DENSE}]")
"""A term in a script that glues its words (kana, Han, Hangul: normalize/scripts.py)."""


class Terms:
    """The terms of some sections of a vocabulary, looked up in a line's key."""

    __slots__ = ("_glued", "_spaced")

    def __init__(self, found: tuple[str, ...]) -> None:
        whole: list[str] = []
        stems: list[str] = []
        glued: list[str] = []
        for term in found:
            word = key(term.removesuffix("*"))
            if _GLUED.search(word):
                glued.append(word)
            elif parts := _WORD.findall(word):
                (stems if term.endswith("*") else whole).append(" ".join(parts))
        alternatives = [f"(?:{vocab.alternation(whole)}) "] if whole else []
        alternatives += [f"(?:{vocab.alternation(stems)})"] if stems else []
        self._spaced = re.compile(f" (?:{'|'.join(alternatives)})") if alternatives else None
        self._glued = tuple(glued)

    def search(self, k: str) -> bool:
        """True when the key ``k`` of a line holds one of the terms."""
        if self._glued and not k.isascii() and any(g in k for g in self._glued):
            return True
        return self._spaced is not None and self._spaced.search(_spaced(k)) is not None


@functools.lru_cache(maxsize=4096)
def _spaced(k: str) -> str:
    """A key's words between single spaces (" sign in to read "), cut once for the several
    vocabularies one line is looked up in: a term is a run of whole words there."""
    if k.isascii():  # (most lines: punctuation made spaces in one pass, no regex)
        return f" {' '.join(k.translate(_TO_SPACE).split())} "
    return f" {' '.join(_WORD.findall(k))} "


def terms(name: str, use: str) -> Terms:
    """The terms of every section of ``rules/<name>.txt`` whose name lists ``use``
    (``[read en]``, ``[read de]`` for "read"), to look up in a line's key."""
    return Terms(vocab.ordered(name, *vocab.sections_for(name, use)))
