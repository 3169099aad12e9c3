"""``newsclean dedup``: Article JSONL in, the same records out with their stories set.

Whole-file: every record is observed first, then each is written with its story's final
id and canonical (the best copy in the file, and in the store when ``--db`` names one kept
from earlier runs). A line that is not an Article record is reported by number and skipped.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..article import Article
from ..jsonlines import json_lines
from .stage import Deduper, identity
from .store import open_store

_TEXT_FIELDS = ("url", "canonicalUrl", "aggregator")


def _article(data: Any) -> Article:
    """The line's Article; ``ValueError`` saying why it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    # The fields the stage reads must have their types: anything else is not our record.
    if not isinstance(data.get("articleBody", ""), str):
        raise ValueError("articleBody is not a string")
    for name in _TEXT_FIELDS:
        if not isinstance(data.get(name), str | None):
            raise ValueError(f"{name} is not a string or null")
    if not isinstance(data.get("truncated", False), bool):
        raise ValueError("truncated is not true or false")
    try:
        return Article.from_dict(data)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"not an Article record ({exc})") from exc


def dedup_lines(lines: Iterable[str], out: TextIO, err: TextIO, *, name: str,
                db: str = ":memory:") -> int:
    """Write ``lines``' records with ``storyId``/``duplicateOf``; 1 when a line was skipped."""
    status = 0
    deduper = Deduper(open_store(db))
    try:
        kept: list[tuple[Article, str]] = []
        for number, data in json_lines(lines):
            try:
                if isinstance(data, ValueError):
                    raise data
                article = _article(data)
            except ValueError as exc:
                err.write(f"newsclean: {name}:{number}: {exc}; line skipped\n")
                status = 1
                continue
            kept.append((article, deduper.observe(article).story_id))
        store = deduper.store
        written: set[str] = set()  # canonical records already written
        for article, story in kept:
            story = store.resolve(story)
            best = store.canonical(story)
            canonical = best.identity if best else None
            own = identity(article)
            # The canonical record stands once: a second copy of it (the same URL written twice,
            # as a crawl worker killed between writing and acknowledging leaves it) points to it.
            stands = canonical in (None, own) and own not in written
            if stands:
                written.add(own)
            marked = dataclasses.replace(
                article, storyId=story, duplicateOf=None if stands else (canonical or own)
            )
            out.write(json.dumps(marked.to_dict(), ensure_ascii=False) + "\n")
    finally:
        deduper.store.close()
    return status
