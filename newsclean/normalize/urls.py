"""A page URL's host, and never an exception. The URL comes from a crawl, a JSONL line or a
user's argument; one that does not parse ("http://[::1") names no host, so every rule that
asks for the host reads "" instead of stopping the clean (urlsplit raises ValueError)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit


def url_host(url: str | None) -> str:
    """The lower-case host of ``url`` without a trailing dot; "" when there is none.

    >>> url_host("https://WWW.Example.com./a"), url_host("http://[::1"), url_host(None)
    ('www.example.com', '', '')
    """
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""


_FOLDED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def slug(text: str) -> str:
    """``text`` as a URL's folder spells it: lower case, accents dropped, words joined by
    hyphens ("Xã hội" → "xa-hoi", "Économie" → "economie"); "" for words of other scripts.

    >>> slug("Xã hội"), slug("Local News"), slug("社会")
    ('xa-hoi', 'local-news', '')
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDED))
    plain = "".join(c for c in folded if c.isascii())
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def url_folders(url: str | None) -> frozenset[str]:
    """The folders of ``url``'s path, the last part (the story's own slug) aside, as slugs
    ("https://x.example/xa-hoi/trieu-cuong-t88.html" → {"xa-hoi"}); numbers (dates, ids) and
    one-letter folders are no section's name."""
    if not url:
        return frozenset()
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return frozenset()
    folders = [p for p in path.split("/") if p][:-1]
    return frozenset(
        s for p in folders if len(s := slug(p.replace("_", "-"))) > 1 and not s.isdigit()
    )
