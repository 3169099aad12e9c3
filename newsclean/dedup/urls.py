"""URL keys: two records whose URLs normalise to the same key are one story.

A key is w3lib's ``canonicalize_url`` (sorted query, no fragment, normalised escapes) with what
varies between links to the same page removed too: tracking parameters (a vocabulary,
``rules/tracking_params.txt``), ``www.``, the scheme, a trailing slash and an AMP suffix.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from w3lib.url import canonicalize_url

from ..rules.vocab import ordered

_AMP_SUFFIX = re.compile(r"(?:/amp|\.amp)/?$", re.IGNORECASE)


_NAMES = ordered("tracking_params")
_EXACT = frozenset(n for n in _NAMES if not n.endswith("*"))
_PREFIXES = tuple(n[:-1] for n in _NAMES if n.endswith("*"))


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in _EXACT or name.startswith(_PREFIXES)


def url_key(url: str | None) -> str | None:
    """The comparable form of an http(s) URL; None for anything else.

    >>> url_key("https://www.Example.com/news/story-1/?utm_source=x&id=3#top")
    'example.com/news/story-1?id=3'
    >>> url_key("http://example.com/news/story-1/amp/?id=3") == url_key("https://example.com/news/story-1?id=3")
    True
    >>> url_key("not a url") is None
    True
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(canonicalize_url(url.strip()))
        host = (parts.hostname or "").removeprefix("www.")
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _AMP_SUFFIX.sub("", parts.path).rstrip("/")
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    return f"{host}{path}?{query}" if query else f"{host}{path}"
