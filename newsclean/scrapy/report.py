"""``NEWSCLEAN_REPORT = "report.html"``: the crawl's audit report, written when the spider closes.

Each scraped item's report record (:func:`newsclean.report.compact`: the fields, lines and rules
the report shows) goes to a temporary spool file as it is scraped, so memory stays flat however
long the crawl; a dropped item keeps only its URL and reason. At ``spider_closed`` the report
is written from the spool with the crawl's ``newsclean/*`` stats beside it, named in the stats
(``newsclean/report/path``) and the log. ``%(name)s`` in the path is the spider's name, for
several spiders in one process. A report that cannot be written is logged and counted
(``newsclean/report/errors``); it never fails the crawl.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from ..article import Article
from ..report import compact, write_report

logger = logging.getLogger(__name__)

_STATS = ("item_scraped_count", "item_dropped_count")
"""Scrapy's own counters shown beside the ``newsclean/*`` ones."""


class ReportExtension:
    """Write the HTML report of the items a crawl produced (``NEWSCLEAN_REPORT``)."""

    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.path = path
        # Open for the crawl's life, closed at spider_closed.
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.items = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        path = str(crawler.settings.get("NEWSCLEAN_REPORT") or "").strip()
        if not path:
            raise NotConfigured  # no message: Scrapy would log a warning on every crawl
        ext = cls(crawler, path)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newsclean/report/{key}")

    def _spool(self, record: dict[str, Any]) -> None:
        self.spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.items += 1

    def item_scraped(self, item: Any) -> None:
        try:
            data = item.to_dict() if isinstance(item, Article) else ItemAdapter(item).asdict()
            self._spool(compact(data))
        except Exception as exc:  # one odd item costs its record, never the crawl
            self._inc("errors")
            logger.warning("newsclean: report: item left out (%s: %s)", type(exc).__name__, exc)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        try:
            url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        except Exception:  # an item class whose fields cannot be read
            url = None
        reason = f"dropped: {type(exception).__name__}: {exception}"
        self._spool(compact({"url": url if isinstance(url, str) else None,
                             "metadata": {"flags": [reason]}}, outcome="dropped"))

    def spider_closed(self, spider: Any, reason: str) -> None:
        path = Path(self.path.replace("%(name)s", str(getattr(spider, "name", "spider"))))
        stats = self.crawler.stats.get_stats()
        shown = {k: v for k, v in stats.items()
                 if (k.startswith("newsclean/") or k in _STATS) and isinstance(v, int | float)}
        extra = {"stats": shown, "crawl": {"spider": getattr(spider, "name", ""),
                                           "reason": reason}}
        part = path.with_name(f".{path.name}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.spool.seek(0)
            with part.open("w", encoding="utf-8") as out:
                summary = write_report((json.loads(line) for line in self.spool), out,
                                       extra=extra)
            os.replace(part, path)
        except OSError as exc:
            self._inc("errors")
            logger.error("newsclean: report not written to %s: %s", path, exc)
            return
        finally:
            self.spool.close()
        self.crawler.stats.set_value("newsclean/report/path", str(path))
        self.crawler.stats.set_value("newsclean/report/pages", summary.pages)
        logger.info("newsclean: report of %d pages written to %s", summary.pages, path)
