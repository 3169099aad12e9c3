"""Learning chrome across a crawl: the store of per-host line counts and the glue a caller
(the Scrapy pipeline, ``newsclean clean --learn-chrome``) uses around the pure cleaner.

The cleaner only reads: it is handed a :class:`~newsclean.core.learned.LearnedChrome` (the
host's learned lines) in its ``Facts`` and appends what the page showed to its ``sightings``.
:class:`ChromeLearner` makes that handle for a URL and records the sightings afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..article import Article
from ..core.learned import LearnedChrome, Policy, Sighting, host_of
from ..core.page import Facts
from .store import (
    DEFAULT_PATH,
    ENV_PATH,
    MAX_LINES,
    Bound,
    ChromeStore,
    ChromeStoreError,
    SqliteChromeStore,
    open_chrome_store,
)

__all__ = [
    "MAX_LINES",
    "Bound",
    "ChromeLearner",
    "ChromeStore",
    "ChromeStoreError",
    "LearnTotals",
    "Policy",
    "SqliteChromeStore",
    "clean_learning",
    "default_path",
    "open_chrome_store",
    "with_chrome",
]


def default_path() -> str:
    """``$NEWSCLEAN_CHROME_DB`` (a file or a redis:// URL), else ``.newsclean/chrome.sqlite``
    under the working folder."""
    return os.environ.get(ENV_PATH) or DEFAULT_PATH


@dataclass(slots=True)
class LearnTotals:
    """What learning did so far, for stats and the closing log line."""

    pages: int = 0
    """Pages counted (a page seen again is not counted twice)."""
    lines_removed: int = 0
    pages_with_removals: int = 0
    hosts: set[str] = field(default_factory=set)


class ChromeLearner:
    """Hands the cleaner a host's learned chrome and records what each page showed.

    ``learn=False`` only applies what the store already holds (the second pass of a batch,
    or a crawl that reads a store another one filled)."""

    def __init__(self, store: ChromeStore, policy: Policy | None = None, *,
                 learn: bool = True) -> None:
        self.store = store
        self.policy = policy or Policy()
        self.learn = learn
        self.totals = LearnTotals()

    def for_page(self, url: str | None) -> LearnedChrome | None:
        """The handle for one page (None when the URL names no host: nothing to learn)."""
        host = host_of(url)
        if host is None:
            return None
        return LearnedChrome(host=host, known=self.store.chrome_lines(host, self.policy),
                             sightings=[])

    def done(self, chrome: LearnedChrome | None) -> None:
        """After cleaning: count the removals and, when learning, record the sightings."""
        if chrome is None:
            return
        for seen in chrome.sightings or ():
            self._count(seen)
            if self.learn and self.store.record(seen):
                self.totals.pages += 1

    def _count(self, seen: Sighting) -> None:
        self.totals.hosts.add(seen.host)
        if seen.removed:
            self.totals.lines_removed += seen.removed
            self.totals.pages_with_removals += 1

    def close(self) -> None:
        self.store.close()


def with_chrome(facts: Facts | None, chrome: LearnedChrome | None) -> Facts | None:
    """``facts`` carrying ``chrome`` (the caller's facts stay as they are)."""
    if chrome is None:
        return facts
    return (facts or Facts()).merged(Facts(chrome=chrome))


def clean_learning(
    clean: Callable[..., Article],
    data: Any,
    *,
    url: str | None,
    learner: ChromeLearner,
    facts: Facts | None = None,
    **options: Any,
) -> Article:
    """``clean(data, url=url, facts=…, **options)`` with the host's learned chrome applied,
    then what the page showed recorded (``clean`` is ``clean_text`` or ``clean_html``)."""
    chrome = learner.for_page(url)
    article = clean(data, url=url, facts=with_chrome(facts, chrome), **options)
    learner.done(chrome)
    return article
