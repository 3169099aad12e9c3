"""Defaults of every ``NEWSCLEAN_*`` setting, in one place (the add-on applies them)."""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # Pipeline on/off; per spider through ``custom_settings``.
    "NEWSCLEAN_ENABLED": True,
    # "article": emit a newsclean Article; "inplace": clean the item's own fields.
    "NEWSCLEAN_OUTPUT": "article",
    # Item field names, by role; empty means auto-detect from common names.
    "NEWSCLEAN_FIELDS": {},
    # Record every removed line and its rule in metadata.removed.
    "NEWSCLEAN_EXPLAIN": False,
    # What to do with an item that cannot be cleaned: "flag" (pass it on, marked) or "drop".
    "NEWSCLEAN_ON_ERROR": "flag",
    # Inputs larger than this many bytes are cut to it before cleaning (and flagged).
    "NEWSCLEAN_MAX_INPUT_BYTES": 5_000_000,
    # Wall-clock seconds one item may take to clean (0: no limit); past it the item is
    # flagged or dropped per NEWSCLEAN_ON_ERROR.
    "NEWSCLEAN_TIME_BUDGET": 10.0,
    # Offline replay: folder of stored pages (with urls.json maps); empty means off.
    "NEWSCLEAN_REPLAY_DIR": "",
    # Pipeline priority the add-on uses in ITEM_PIPELINES.
    "NEWSCLEAN_PIPELINE_PRIORITY": 300,
}

ITEM_FIELD_CANDIDATES: dict[str, tuple[str, ...]] = {
    "html": (
        "html",
        "body_html",
        "raw_html",
        "page_html",
        "articleBodyHtml",
        "content_html",
        "page",
    ),
    "text": (
        "text",
        "articleBody",
        "body",
        "content",
        "article",
        "article_text",
        "body_text",
        "raw_text",
        "story",
    ),
    "url": ("url", "link", "page_url", "source_url", "href"),
    "byline": ("bylineRaw", "byline", "author", "authors", "author_name", "creator"),
    "aggregator": ("aggregator",),
}
"""Field names tried in order when ``NEWSCLEAN_FIELDS`` does not name a role."""
