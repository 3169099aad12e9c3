"""Lenient JSON-LD reading, shared by the metadata and date steps.

Pages wrap their JSON-LD in HTML comments or CDATA sections, end it with a ";" and leave raw
control characters in strings; a strict parser would drop all of those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_OPENER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_CLOSER = re.compile(r"(?://\s*)?(?:-->|\]\]>)\s*;?\s*$")
MAX_DEPTH = 20


def load(text: str) -> Any:
    """The script's JSON value, or None when it is not JSON even without its wrappers.

    >>> load('<![CDATA[ {"@type": "NewsArticle"} ]]>')
    {'@type': 'NewsArticle'}
    """
    cleaned = text
    for _ in range(2):  # "<!-- //<![CDATA[" and the like: two wrappers at most
        cleaned = _CLOSER.sub("", _OPENER.sub("", cleaned))
    cleaned = cleaned.strip().rstrip(";")
    try:
        return json.loads(cleaned, strict=False)
    except (ValueError, RecursionError):  # broken or absurdly nested: skip it
        return None


def nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in document order: top-level lists, ``@graph`` and nested values."""
    if depth > MAX_DEPTH:  # bound the walk on pathological nesting
        return
    if isinstance(data, list):
        for item in data:
            yield from nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, list | dict):
                yield from nodes(value, depth + 1)
