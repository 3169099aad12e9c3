"""Every record newsclean writes loads as zyte-common-items' ``Article``, the schema it follows.

newsclean only adds fields to that schema (``aggregator``, ``publisher``, ``truncated``, …);
the ones the schema defines must keep its names, types and formats.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from zyte_common_items import Article as ZyteArticle

from newsclean import clean_html, clean_text

from .conftest import FIXTURES

EXPECTED = sorted(FIXTURES.glob("*/*/expected.json"))  # site cases and text cases
SCHEMA_FIELDS = ("url", "headline", "articleBody", "datePublished", "inLanguage", "description")


def _load(record: dict[str, Any]) -> ZyteArticle:
    # A caption the text form shows without its picture's URL is kept in ``images`` with
    # ``url: null``; the schema's Image requires a URL (README, "The Article record").
    record = {**record, "images": [i for i in record.get("images") or [] if i.get("url")]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a field of the wrong type warns in zyte-common-items
        return ZyteArticle.from_dict(record)


@pytest.mark.parametrize("path", EXPECTED, ids=[f"{p.parent.name}/{p.name}" for p in EXPECTED])
def test_every_fixture_record_loads_as_a_zyte_article(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    if not record.get("url"):  # the schema requires one; newsclean leaves it null when unknown
        record["url"] = "https://example.org/x"
    article = _load(record)
    for name in SCHEMA_FIELDS:
        assert getattr(article, name) == record.get(name)
    assert [a.name for a in article.authors or []] == [a["name"] for a in record["authors"]]
    assert [i.url for i in article.images or []] == [i["url"] for i in record["images"] if i["url"]]


def test_a_fresh_record_loads_and_its_download_date_is_utc_with_a_z() -> None:
    record = clean_html(
        "<html lang='en'><head><title>Dam opens | Ledger</title></head><body><article>"
        "<h1>Dam opens</h1><p class='byline'>By Jo Bloggs</p><time datetime='2025-03-18T07:41'"
        "></time><p>The new dam opened on Friday after four years.</p></article></body></html>",
        url="https://example.org/dam",
    ).to_dict()
    loaded = _load(record)
    assert loaded.metadata is not None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", loaded.metadata.dateDownloaded or "")
    assert loaded.authors is not None and loaded.authors[0].name == "Jo Bloggs"


def test_text_records_load_too() -> None:
    record = clean_text("Bridge reopens\n\nThe river bridge reopened on Monday.").to_dict()
    record["url"] = "https://example.org/bridge"
    assert _load(record).articleBody == "The river bridge reopened on Monday."


def test_a_deduplicated_record_loads_and_keeps_its_story_fields() -> None:
    from newsclean import Article

    record = clean_text("Bridge reopens\n\nThe river bridge reopened on Monday.").to_dict()
    assert "storyId" not in record  # only once the dedup stage has run
    record.update(url="https://example.org/bridge", storyId="st-0123456789abcdef",
                  duplicateOf="https://publisher.example/bridge")
    assert _load(record).articleBody == "The river bridge reopened on Monday."
    assert Article.from_dict(record).to_dict() == record
