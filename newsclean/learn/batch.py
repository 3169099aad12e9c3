"""Records of a JSONL batch (``{"url", "text" | "html"}`` per line) cleaned with learned chrome:
what ``newsclean clean --jsonl [--learn-chrome]`` runs.

With learning, the batch is read twice: every page is observed first, then every page is
cleaned with all that was learned, so the first pages of a host lose their chrome too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..article import Article
from ..core.html import clean_html
from ..core.text import clean_text
from ..jsonlines import json_lines
from . import ChromeLearner, clean_learning


class BadRecord(ValueError):
    """A line of the batch that is not a page record (not JSON, no text or HTML)."""


def read_records(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | BadRecord]]:
    """Each non-blank line's number and its record, or why it is not one."""
    for number, record in json_lines(lines):
        if isinstance(record, ValueError):
            yield number, BadRecord(f"not JSON ({record})")
        elif not isinstance(record, dict):
            yield number, BadRecord(f"a JSON {type(record).__name__}, not an object")
        elif not any(isinstance(record.get(f), str) and record[f] for f in ("html", "text")):
            yield number, BadRecord('no "html" or "text" string')
        else:
            yield number, record


def clean_record(
    record: dict[str, Any], learner: ChromeLearner | None, **options: Any
) -> Article:
    """One record's Article (``html`` wins over ``text``), with learned chrome when
    ``learner`` is given."""
    url = record.get("url") if isinstance(record.get("url"), str) else None
    html = record.get("html")
    clean: Callable[..., Article] = clean_html if isinstance(html, str) and html else clean_text
    data = html if clean is clean_html else record["text"]
    if learner is None:
        return clean(data, url=url, **options)
    return clean_learning(clean, data, url=url, learner=learner, **options)
