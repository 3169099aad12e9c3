"""Find any term of a vocabulary inside a line, in any script.

A rule of composition ("a line that names signing in *and* reading on is a wall", "a line
that names a cookie choice *and* content not shown is a consent notice") asks whether a line
holds one of many short terms, in many languages. Terms in spaced scripts match whole words
("app" in "In der Lesezeit-App weiterlesen" but not in "apple"); a term written with a
trailing ``*`` is a stem ("abonnent*" in "Abonnenten"); Chinese, Japanese and Korean terms
match anywhere, as those scripts glue words ("登录后查看全文", "로그인하고").
"""

from __future__ import annotations

import re

from ..normalize.text import key
from ..rules import vocab

_LETTER = "0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f"
"""Letters of the spaced scripts (on a case-folded key): a word-bound term may not touch one;
a CJK character may (the "app" of "资讯app")."""
_GLUED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def _source(term: str) -> str:
    stem = term.endswith("*")
    word = key(term.removesuffix("*"))
    if _GLUED.search(word):
        return re.escape(word)
    return f"(?<![{_LETTER}]){re.escape(word)}" + ("" if stem else f"(?![{_LETTER}])")


def terms(name: str, use: str) -> re.Pattern[str]:
    """One search pattern for the terms of every section of ``rules/<name>.txt`` whose name
    lists ``use`` (``[read en]``, ``[read de]`` for "read"), searched on a line's key."""
    found = vocab.ordered(name, *vocab.sections_for(name, use))
    return re.compile("|".join(_source(t) for t in sorted(found, key=len, reverse=True)))
