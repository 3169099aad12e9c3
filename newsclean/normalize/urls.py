"""A page URL's host, and never an exception. The URL comes from a crawl, a JSONL line or a
user's argument; one that does not parse ("http://[::1") names no host, so every rule that
asks for the host reads "" instead of stopping the clean (urlsplit raises ValueError)."""

from __future__ import annotations

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
