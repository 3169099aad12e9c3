"""Defaults of every ``NEWSCLEAN_*`` setting, in one place (the add-on applies them)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from ..core.limits import MAX_INPUT_BYTES, TIME_BUDGET
from ..learn.store import MAX_LINES

CONCURRENT_ITEMS = 16
"""Scrapy's ``CONCURRENT_ITEMS`` as the add-on (at its priority) and the newsclean project set
it. Scrapy starts that many asyncio tasks for *every* response, whatever it yields (a news page
yields one item): at its default of 100 that was about 0.8 ms of the reactor's CPU per page, a
quarter of its work per item in a crawl whose workers clean. 16 still lets one response's items
fill every worker (``PREFETCH`` jobs each) on most machines."""

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
    "NEWSCLEAN_MAX_INPUT_BYTES": MAX_INPUT_BYTES,
    # Wall-clock seconds one item may take to clean (0: no limit); past it the item is
    # flagged or dropped per NEWSCLEAN_ON_ERROR.
    "NEWSCLEAN_TIME_BUDGET": TIME_BUDGET,
    # Worker processes that clean items off the reactor thread: "auto" (one per core this
    # process may use), a number, or 0 to clean in the reactor thread (see
    # newsclean.scrapy.workers). The time budget is enforced inside each worker.
    "NEWSCLEAN_WORKERS": "auto",
    # Offline replay: folder of stored pages (with urls.json maps); empty means off.
    "NEWSCLEAN_REPLAY_DIR": "",
    # Story dedup over finished records: "off", "mark" (set storyId/duplicateOf) or "drop"
    # (also drop a record that is not its story's canonical copy).
    "NEWSCLEAN_DEDUP": "off",
    # The dedup store: an SQLite file kept across runs, or a redis:// URL (the redis extra);
    # empty means one in memory per crawl.
    "NEWSCLEAN_DEDUP_DB": "newsclean-stories.sqlite",
    # Pipeline priority the add-on uses in ITEM_PIPELINES.
    "NEWSCLEAN_PIPELINE_PRIORITY": 300,
    # Learn each host's chrome (lines repeated across its pages) as the crawl goes, and
    # remove it (README "Chrome learned from the crawl"); off unless enabled.
    "NEWSCLEAN_LEARN_CHROME": False,
    # The learned-chrome store: an SQLite file, shared safely by concurrent crawls on one
    # machine, or a redis:// URL (the redis extra), shared by every worker of a distributed
    # crawl; `newsclean crawl --redis URL` sets it to URL.
    "NEWSCLEAN_CHROME_DB": ".newsclean/chrome.sqlite",
    # Distinct pages of a host a line must appear on before it is learned as chrome.
    "NEWSCLEAN_CHROME_MIN_PAGES": 5,
    # Lines the learned-chrome store keeps per host (and pages it remembers per host); past
    # it, the lines seen on the fewest pages longest ago go (README "Learned chrome in Redis").
    "NEWSCLEAN_CHROME_MAX_LINES": MAX_LINES,
    # Distributed crawl (`newsclean crawl --redis`): seconds a worker's heartbeat key lives (it
    # is renewed every third of that); a worker silent this long has its in-flight requests
    # requeued by another. Longer than any one callback may block the worker.
    "NEWSCLEAN_REDIS_HEARTBEAT": 30.0,
    # Distributed crawl: a name for this worker in Redis (host name if empty; pid and a random
    # suffix are always added, so names never collide).
    "NEWSCLEAN_REDIS_WORKER_ID": "",
    # Write an HTML audit report of the crawl's items to this path when the spider closes
    # (newsclean.scrapy.report; "%(name)s" is the spider's name); empty means off. Turn
    # NEWSCLEAN_EXPLAIN on too, to see each removed line and its rule.
    "NEWSCLEAN_REPORT": "",
}

OTHER_SETTINGS = frozenset({"NEWSCLEAN_CONTACT"})
"""``NEWSCLEAN_*`` settings of the newsclean Scrapy project itself (no add-on default)."""


class UnknownSettingError(ValueError):
    """A ``NEWSCLEAN_*`` setting newsclean does not know: always a typo, and a typo can turn
    an offline replay into a live crawl, so the crawl does not start."""


class BadSettingError(ValueError):
    """A ``NEWSCLEAN_*`` setting whose value newsclean cannot use (``NEWSCLEAN_WORKERS = "two"``):
    refused when the crawl starts, like a misspelt name, rather than halfway through it."""


def check_setting_names(names: Iterable[str]) -> None:
    """Raise :class:`UnknownSettingError` for a ``NEWSCLEAN_*`` name that is not one of ours,
    naming the closest known one.

    >>> check_setting_names(["NEWSCLEAN_OUTPUT", "NEWSCLEAN_REPLAYDIR"])
    Traceback (most recent call last):
    ...
    newsclean.scrapy.settings.UnknownSettingError: unknown setting NEWSCLEAN_REPLAYDIR ...
    """
    known = set(DEFAULTS) | OTHER_SETTINGS
    for name in names:
        if name.startswith("NEWSCLEAN_") and name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f" (did you mean {close[0]}?)" if close else f"; known: {sorted(known)}"
            raise UnknownSettingError(f"unknown setting {name}{hint}")


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
    # How bytes in the html/text field are decoded: the response's headers (a Scrapy
    # ``Headers`` or a dict; its Content-Type charset), or a Content-Type string, or an
    # encoding known for certain. See the README's "Passing pages from a spider".
    "headers": ("headers", "response_headers"),
    "content_type": ("content_type", "Content-Type"),
    "encoding": ("encoding", "charset"),
}
"""Field names tried in order when ``NEWSCLEAN_FIELDS`` does not name a role."""
