"""The site's name as the page spells it for readers.

Why: a page often states its own name twice, once as a compact handle or brand token
(``og:site_name`` "TheHill", "floridatoday", "@politifact") and once as readers see it (the
JSON-LD publisher "The Hill", the title's "… | CTV News", the Twitter handle "@Florida_Today").
The handle is no name to show; the spelt-out form with the same letters is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HANDLE = re.compile(r"^@(?=\w)")
_NOT_LETTERS = re.compile(r"[\W_]+")
# A title's parts: "Headline | Site", "Site - Headline" (the same separators a tagline uses).
_TITLE_PARTS = re.compile(r"\s+[-|–—:·•]\s+|\s*[｜\u3000]\s*")


def _letters(value: str) -> str:
    return _NOT_LETTERS.sub("", value).casefold()


def spelt_out(name: str, stated: Iterable[str | None], title: str | None,
              handle: str | None) -> str:
    """``name`` without a handle's "@", or, when it has no space, the form with most spaces that
    another statement of the page gives the same letters ("TheHill" → "The Hill" from JSON-LD,
    "CTVNews" → "CTV News" from the title's last part, "floridatoday" → "Florida Today" from
    the handle "@Florida_Today")."""
    name = _HANDLE.sub("", name)
    if " " in name or not name:
        return name
    letters = _letters(name)
    titled = _TITLE_PARTS.split(title) if title else []
    others = [*stated, *titled[1:], *titled[:1],
              _HANDLE.sub("", handle).replace("_", " ") if handle else None]
    spelt = [" ".join(o.split()) for o in others if o and _letters(o) == letters]
    # the form with most words: a handle's "GulfShore_Daily" spells less than "Gulf Shore Daily"
    return max(spelt, key=lambda o: o.count(" "), default=name)
