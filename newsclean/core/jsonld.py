"""Lenient JSON-LD reading, shared by the metadata and date steps.

Pages wrap their JSON-LD in HTML comments or CDATA sections, end it with a ";", leave raw
control characters in strings and a comma before a closing bracket; a strict parser would drop
all of those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_OPENER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_CLOSER = re.compile(r"(?://\s*)?(?:-->|\]\]>)\s*;?\s*$")
MAX_DEPTH = 20
# A string (kept as it is) or a comma right before "]" / "}" (dropped): one left-to-right scan,
# so a ", ]" inside a string is never touched. A string always matches (an unterminated one
# runs to the end), so no start is retried: linear time on any input.
_STRING_OR_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\[\s\S])*+(?:"|\\?\Z))|,(\s*[\]}])')


def _without_trailing_commas(text: str) -> str:
    return _STRING_OR_TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), text)


def load(text: str) -> Any:
    """The script's JSON value, or None when it is not JSON even without its wrappers.

    >>> load('<![CDATA[ {"@type": "NewsArticle"} ]]>')
    {'@type': 'NewsArticle'}
    >>> load('<!-- //<![CDATA[ {"@type": "NewsArticle"} //]]> -->;')
    {'@type': 'NewsArticle'}
    >>> load('{"keywords": ["a, ]", "b", ], }')
    {'keywords': ['a, ]', 'b']}
    """
    cleaned = text
    for _ in range(2):  # "<!-- //<![CDATA[" and the like: two wrappers at most
        cleaned = _OPENER.sub("", cleaned)
        # The closer pattern tries every position of the script (0.05 ms a page): asked only
        # of a script holding one of its two literals.
        if "-->" in cleaned or "]]>" in cleaned:
            cleaned = _CLOSER.sub("", cleaned)
    cleaned = cleaned.strip().rstrip(";")
    for attempt in range(2):
        try:
            return json.loads(cleaned, strict=False)
        except RecursionError:  # absurdly nested: skip it
            return None
        except ValueError:  # broken: once more without trailing commas, then skip it
            if attempt or "," not in cleaned:
                return None
            cleaned = _without_trailing_commas(cleaned)
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
