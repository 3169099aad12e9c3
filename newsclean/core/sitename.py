"""The site's name as the page spells it for readers.

Why: a page often states its own name twice, once as a compact handle or brand token
(``og:site_name`` "TheHill", "floridatoday", "@politifact") and once as readers see it (the
JSON-LD publisher "The Hill", the title's "… | CTV News", the Twitter handle "@Florida_Today").
The handle is no name to show; the spelt-out form with the same letters is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import lxml.etree

_HANDLE = re.compile(r"^@(?=\w)")
_NOT_LETTERS = re.compile(r"[\W_]+")
# A title's parts: "Headline | Site", "Site - Headline" (the same separators a tagline uses).
_TITLE_PARTS = re.compile(r"\s+[-|–—:·•]\s+|\s*[｜\u3000]\s*")


def _letters(value: str) -> str:
    """Letters and digits only, case and accents folded: a host spells "Älvdalsbladet" or
    "Grünblick" as "alvdalsbladet", "grunblick"."""
    folded = unicodedata.normalize("NFKD", value.casefold())
    return _NOT_LETTERS.sub("", "".join(ch for ch in folded if not unicodedata.combining(ch)))


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


_TITLE_SITE_WORDS = 5  # "… - The New York Times": a name, not a second headline
_SHORT_SUFFIX = 3  # "co" in "bbc.co.uk", "com" in "abc.com.au": part of the suffix


def _host_label(url: str | None) -> str:
    """The registered label of a URL's host: "nytimes" for "https://www.nytimes.com/…",
    "wikipedia" for "en.wikipedia.org", "bbc" for "news.bbc.co.uk"."""
    host = (url or "").split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].casefold()
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return ""
    labels.pop()  # the top-level domain
    if len(labels) >= 2 and len(labels[-1]) <= _SHORT_SUFFIX:
        labels.pop()
    return labels[-1]


def _names_host(name: str, label: str) -> bool:
    """True when ``name`` spells the host's label: as its letters ("Salon.com", "Dropbox"), or
    as the initials of its words and its last word whole ("New York Times" → "nytimes")."""
    letters = _letters(name)
    if not letters or not label:
        return False
    if label in letters or letters in label:
        return True
    words = [w for w in re.findall(r"\w+", name.casefold()) if w != "the"]
    return len(words) >= 2 and "".join(w[0] for w in words[:-1]) + words[-1] == label


def title_site(title: str | None, url: str | None) -> str | None:
    """The site's name from the last part of its ``<title>`` ("United States to Lift Sudan
    Sanctions - The New York Times"), when no tag names the site: only a short part that
    spells the page's own host, so a section or a second headline is never taken."""
    if not title:
        return None
    parts = _TITLE_PARTS.split(" ".join(title.split()))
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if 0 < len(last.split()) <= _TITLE_SITE_WORDS and _names_host(last, _host_label(url)):
        return last
    return None


# schema.org microdata: the publisher's element ("<div itemprop='publisher' itemscope
# itemtype='…/Organization'><meta itemprop='name' content='…'>") or a bare "<meta
# itemprop='publisher' content='…'>".
_MICRODATA_PUBLISHERS = lxml.etree.XPath(
    "/descendant::*/@itemprop[contains(concat(' ', normalize-space(.), ' '), ' publisher ')]/.."
)
_MICRODATA_NAMES = lxml.etree.XPath(
    "descendant::*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]"
)
_NAME_CHARS = 80  # a site's name, not a paragraph


def microdata_publisher(root: Any) -> str | None:
    """The publisher a page names in microdata, when no tag and no JSON-LD names its site:
    the ``name`` inside the ``itemprop="publisher"`` element (its ``content`` or its text),
    or the publisher element's own ``content``."""
    for el in _MICRODATA_PUBLISHERS(root):
        names = [*_MICRODATA_NAMES(el), el] if el.get("itemscope") is not None else [el]
        for named in names:
            value = named.get("content")
            if value is None and named is not el:
                value = named.text_content()
            value = " ".join((value or "").split())
            if value and len(value) <= _NAME_CHARS and not value.startswith(("http", "/")):
                return value
    return None
