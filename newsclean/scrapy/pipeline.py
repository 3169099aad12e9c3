"""``CleanArticlePipeline``: the Scrapy face of the core.

It reads any item itemadapter supports (dict, ``scrapy.Item``, dataclass, attrs, pydantic),
finds the page text or HTML in it (by ``NEWSCLEAN_FIELDS`` or by common field names), and
either emits a newsclean ``Article`` or writes the clean fields back into the item. It never
lets an exception escape: a page it cannot clean is passed on flagged, or dropped with a logged
reason, as ``NEWSCLEAN_ON_ERROR`` says, and every outcome is counted in stats.
"""

from __future__ import annotations

import dataclasses
import gc
import inspect
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future

from ..article import Article
from ..core.job import CleanJob, JobResult, check_job, run_job_within
from ..core.learned import LearnedChrome
from ..core.limits import failed_article
from ..core.options import CleanOptions
from ..core.page import Facts
from ..learn import Bound, ChromeLearner, ChromeStoreError, Policy, open_chrome_store, with_chrome
from ..redisconn import is_redis_url
from .settings import DEFAULTS, ITEM_FIELD_CANDIDATES, BadSettingError, check_setting_names
from .workers import WorkerPool, reactor_running, worker_count

if TYPE_CHECKING:
    from ..dedup.scrapy import DedupStage

logger = logging.getLogger(__name__)

PageKind = Literal["html", "text"]

_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_OUTPUT_MODES = ("article", "inplace")
_ERROR_MODES = ("flag", "drop")


def check_pipeline_settings(settings: BaseSettings) -> None:
    """Raise :class:`BadSettingError` for a value the pipeline cannot use: called by the
    pipeline and, before anything starts, by ``newsclean crawl``, so a typo in a value is
    one clear error instead of a traceback from inside the crawl."""
    output = str(settings.get("NEWSCLEAN_OUTPUT", DEFAULTS["NEWSCLEAN_OUTPUT"]))
    if output not in _OUTPUT_MODES:
        raise BadSettingError(f"NEWSCLEAN_OUTPUT must be one of {_OUTPUT_MODES}, not {output!r}")
    on_error = str(settings.get("NEWSCLEAN_ON_ERROR", DEFAULTS["NEWSCLEAN_ON_ERROR"]))
    if on_error not in _ERROR_MODES:
        raise BadSettingError(
            f"NEWSCLEAN_ON_ERROR must be one of {_ERROR_MODES}, not {on_error!r}"
        )
    unknown = set(settings.getdict("NEWSCLEAN_FIELDS", {})) - set(ITEM_FIELD_CANDIDATES)
    if unknown:
        raise BadSettingError(
            f"NEWSCLEAN_FIELDS has unknown roles {sorted(unknown)}; "
            f"known: {sorted(ITEM_FIELD_CANDIDATES)}"
        )
    worker_count(settings.get("NEWSCLEAN_WORKERS", DEFAULTS["NEWSCLEAN_WORKERS"]))
_A = TypeVar("_A")
_R = TypeVar("_R")


class CleanArticlePipeline:
    """Clean article items; see the README's settings table for the ``NEWSCLEAN_*`` knobs."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        check_pipeline_settings(settings)
        self.crawler = crawler
        self.output = str(settings.get("NEWSCLEAN_OUTPUT", DEFAULTS["NEWSCLEAN_OUTPUT"]))
        self.on_error = str(settings.get("NEWSCLEAN_ON_ERROR", DEFAULTS["NEWSCLEAN_ON_ERROR"]))
        self.explain = settings.getbool("NEWSCLEAN_EXPLAIN", DEFAULTS["NEWSCLEAN_EXPLAIN"])
        self.max_bytes = settings.getint(
            "NEWSCLEAN_MAX_INPUT_BYTES", DEFAULTS["NEWSCLEAN_MAX_INPUT_BYTES"]
        )
        self.fields: dict[str, str] = dict(settings.getdict("NEWSCLEAN_FIELDS", {}))
        self.time_budget = settings.getfloat("NEWSCLEAN_TIME_BUDGET",
                                             DEFAULTS["NEWSCLEAN_TIME_BUDGET"])
        workers = worker_count(settings.get("NEWSCLEAN_WORKERS", DEFAULTS["NEWSCLEAN_WORKERS"]))
        self.pool = WorkerPool.shared(workers, self.time_budget) if workers else None
        self._replaced_before = self.pool.replaced if self.pool is not None else 0
        self._warned_no_body: set[type] = set()  # item classes told in-place has no body field
        self.learner: ChromeLearner | None = None
        self._store_errors = 0
        if settings.getbool("NEWSCLEAN_LEARN_CHROME", DEFAULTS["NEWSCLEAN_LEARN_CHROME"]):
            self.learner = _open_learner(settings)
            self._store_errors = int(self.learner is None)
        self._dedup = _dedup_stage(crawler)
        self._fields: tuple[str, ...] | None = None
        """The JSON-API item fields, once known (see :meth:`_json_fields`)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        check_setting_names(crawler.settings)
        if not crawler.settings.getbool("NEWSCLEAN_ENABLED", True):
            raise NotConfigured("NEWSCLEAN_ENABLED is False")
        return cls(crawler)

    def _inc(self, key: str) -> None:
        # Stats are read lazily: since Scrapy 2.18 they do not exist before the crawl starts.
        self.crawler.stats.inc_value(f"newsclean/{key}")

    def _field(self, adapter: ItemAdapter, role: str, *, empty: bool = False) -> str | None:
        """The item's field for ``role``: the configured name, else the first common one set
        (with ``empty``, the first one there at all)."""
        if role in self.fields:
            name = self.fields[role]
            return name if name in adapter else None
        for name in ITEM_FIELD_CANDIDATES[role]:
            if name in adapter and (empty or adapter.get(name)):
                return name
        return None

    def process_item(self, item: Any) -> Any:
        fields = self._json_fields()
        if fields is None:  # the workers know them, and none is ready yet
            return self._process_when_greeted(item)
        return self._process(item, fields)

    def _json_fields(self) -> tuple[str, ...] | None:
        """The item fields that carry a JSON-API site's data (``msn_json``). With workers in a
        crawl, the first worker ready says them (its :class:`~.workers.Hello`), so the crawl
        process never imports the cleaners: None until then. Else the site registry's."""
        if self._fields is None:
            if self.pool is None or not reactor_running():
                self._fields = _local_json_fields()
            elif self.pool.hello is not None:
                self._fields = self.pool.hello.json_fields
        return self._fields

    async def _process_when_greeted(self, item: Any) -> Any:
        """An item that comes before any worker is ready: it waits for the first (its job
        would anyway), then goes on as the others."""
        assert self.pool is not None
        try:
            self._fields = (await maybe_deferred_to_future(self.pool.greeted())).json_fields
        except Exception:  # no worker could start (its job fails too, flagged): no hello
            self._fields = _local_json_fields()
        result = self._process(item, self._fields)
        return await result if inspect.isawaitable(result) else result

    def _process(self, item: Any, json_fields: tuple[str, ...]) -> Any:
        adapter = ItemAdapter(item)
        for json_field in json_fields:
            if adapter.get(json_field):
                return self._process_json(item, adapter, json_field)
        source = self._source(adapter)
        if source is None:
            self._inc("items/skipped_no_text")
            logger.debug(
                "newsclean: item has no text or HTML field, passed on as is: %r",
                list(adapter.keys()),
            )
            return item
        url_field = self._field(adapter, "url")
        url = _as_str(adapter.get(url_field)) if url_field else None
        agg_field = self._field(adapter, "aggregator")
        aggregator = _as_str(adapter.get(agg_field)) if agg_field else None
        chrome = self._learned_chrome(url)
        options = CleanOptions(
            url=url,
            aggregator=aggregator,
            explain=self.explain,
            max_bytes=self.max_bytes,
            content_type=self._content_type(adapter),
            encoding=self._encoding(adapter),
            facts=with_chrome(self._facts(adapter), chrome),
        )
        kind, source_field = source
        job = CleanJob(kind, adapter.get(source_field), options)
        return self._finish(item, adapter, source_field, url, job, chrome)

    def _source(self, adapter: ItemAdapter) -> tuple[PageKind, str] | None:
        """(kind, field) of the page to clean: the HTML field, else the text field; else one
        of them that is there but empty, since an empty page is still a page: it is cleaned
        into an Article flagged for it, not passed on as is."""
        roles: tuple[PageKind, ...] = ("html", "text")
        for empty in (False, True):
            for role in roles:
                if (name := self._field(adapter, role, empty=empty)) is not None:
                    return role, name
        return None

    # --- a JSON-API site's items (its spider's) -------------------------------------------
    def _process_json(self, item: Any, adapter: ItemAdapter, field: str) -> Any:
        """Items ``{"url": <page URL>, <the site's JSON field>: <dict or JSON text>}``: a site
        that serves its articles as JSON (see ``newsclean.sites.JsonAdapter``), cleaned
        through the same core by the site's adapter."""
        url_field = self._field(adapter, "url")
        url = _as_str(adapter.get(url_field)) if url_field else None
        options = CleanOptions(url=url, explain=self.explain)
        job = CleanJob("json", adapter.get(field), options, json_field=field)
        return self._finish(item, adapter, field, url, job)

    def _finish(
        self, item: Any, adapter: ItemAdapter, field: str, url: str | None, job: CleanJob,
        chrome: LearnedChrome | None = None,
    ) -> Any:
        """Clean within the time budget, here or in a worker; a failure is flagged or dropped,
        never raised on."""
        try:
            check_job(job)
            if self.pool is not None and reactor_running():
                return self._finish_in_worker(item, adapter, field, url, job, chrome)
            result = run_job_within(job, self.time_budget)
        except Exception as exc:
            return self._failed(item, adapter, field, url, exc)
        return self._emit(item, adapter, field, result, chrome)

    async def _finish_in_worker(
        self, item: Any, adapter: ItemAdapter, field: str, url: str | None, job: CleanJob,
        chrome: LearnedChrome | None,
    ) -> Any:
        assert self.pool is not None
        try:
            result = await maybe_deferred_to_future(self.pool.submit(job))
        except Exception as exc:
            return self._failed(item, adapter, field, url, exc)
        return self._emit(item, adapter, field, result, chrome)

    def _emit(
        self, item: Any, adapter: ItemAdapter, field: str, result: JobResult,
        chrome: LearnedChrome | None,
    ) -> Any:
        if chrome is not None and self.learner is not None:
            # The sightings come back with the result: a worker filled its own copy of them.
            self._store_call(self.learner.done, replace(chrome, sightings=list(result.sightings)))
        article = result.article
        self._count(article)
        if self._dedup is not None:
            article = self._dedup(article)
        if self.output == "article":
            return article
        return self._write_back(item, adapter, field, article)

    # --- learned chrome (NEWSCLEAN_LEARN_CHROME) -----------------------------------------
    def _learned_chrome(self, url: str | None) -> LearnedChrome | None:
        return None if self.learner is None else self._store_call(self.learner.for_page, url)

    def _store_call(self, method: Callable[[_A], _R], arg: _A) -> _R | None:
        """A store call; a store that fails (locked past its timeout, disk full) costs the
        page its learning, never the item."""
        try:
            return method(arg)
        except ChromeStoreError as exc:
            self._store_errors += 1
            self._inc("learned_chrome/store_errors")
            logger.warning("newsclean: learned chrome skipped for %s: %s", arg, exc)
            return None

    def open_spider(self) -> None:
        """Start the workers; without them, import the cleaners here (about 1.3 s of compiling
        rules), before the first item, and freeze the heap after it, so full collections do
        not walk the compiled rules. With workers the crawl process never imports them (see
        :meth:`_json_fields`)."""
        if self.pool is not None:
            self.pool.start()
        else:
            _local_json_fields()
        _freeze_heap()

    def close_spider(self) -> None:
        if self.pool is not None:
            # Counted once, at the end: items in flight together all saw the same replacement.
            replaced = self.pool.replaced - self._replaced_before
            if replaced:
                self.crawler.stats.set_value("newsclean/workers/replaced", replaced)
            self.pool.release()
        if self._dedup is not None:
            self._dedup.close()
        self._close_learner()

    def _close_learner(self) -> None:
        if self.learner is None:
            if self._store_errors:
                self.crawler.stats.set_value("newsclean/learned_chrome/store_errors", 1)
            return
        totals = self.learner.totals
        stats = self.crawler.stats
        stats.set_value("newsclean/learned_chrome/lines_removed", totals.lines_removed)
        stats.set_value("newsclean/learned_chrome/pages_with_removals",
                        totals.pages_with_removals)
        stats.set_value("newsclean/learned_chrome/pages_counted", totals.pages)
        stats.set_value("newsclean/learned_chrome/hosts", len(totals.hosts))
        logger.info(
            "newsclean: learned chrome removed %d lines from %d pages, hosts seen: %d; %d new "
            "pages counted into %s", totals.lines_removed, totals.pages_with_removals,
            len(totals.hosts), totals.pages, getattr(self.learner.store, "path", "the store"),
        )
        self.learner.close()

    def _facts(self, adapter: ItemAdapter) -> Facts | None:
        """The item's own author field stands in for a byline the page does not show."""
        name = self._field(adapter, "byline")
        byline = _byline_text(adapter.get(name)) if name else None
        return Facts(fallback={"bylineRaw": byline}) if byline else None

    def _content_type(self, adapter: ItemAdapter) -> str | None:
        """The page's Content-Type, from a headers field or a content-type field."""
        name = self._field(adapter, "headers")
        if name is not None:
            value = _header(adapter.get(name), "Content-Type")
            if value:
                return value
        name = self._field(adapter, "content_type")
        return _as_text(adapter.get(name)) if name else None

    def _encoding(self, adapter: ItemAdapter) -> str | None:
        name = self._field(adapter, "encoding")
        return _as_text(adapter.get(name)) if name else None

    def _count(self, article: Article) -> None:
        self._inc("items/cleaned")
        if article.truncated:
            self._inc("items/truncated")
        for flag in article.metadata.flags:
            # By kind ("empty-body", not its detail): stats keys must stay a small set.
            self._inc(f"flags/{flag.split(':', 1)[0]}")
        if not article.articleBody:
            self._inc("items/empty_body")

    def _failed(
        self, item: Any, adapter: ItemAdapter, field: str, url: str | None, exc: Exception
    ) -> Any:
        reason = f"{type(exc).__name__}: {exc}"
        self._inc(f"errors/{type(exc).__name__}")
        if self.on_error == "drop":
            self._inc("items/dropped")
            raise DropItem(f"newsclean could not clean {url or 'item'} ({reason})")
        self._inc("items/flagged")
        logger.warning("newsclean could not clean %s, passed on flagged: %s", url or "item", reason)
        if self.output == "article":
            return failed_article(adapter.get(field), url, exc)
        if "newsclean_error" in adapter.field_names() or isinstance(item, dict):
            adapter["newsclean_error"] = reason
        return item

    def _write_back(
        self, item: Any, adapter: ItemAdapter, source_field: str, article: Article
    ) -> Any:
        """Write the Article into the item, keeping the raw input: a dict gets every Article
        field, a declared item (``scrapy.Item``, dataclass, attrs, pydantic) the ones it
        declares; values are :meth:`Article.to_dict`'s. ``url`` is only filled, never
        overwritten; the body's field is chosen by :func:`_body_field`."""
        is_dict = isinstance(item, dict)
        declared = set() if is_dict else set(adapter.field_names())
        # Read before anything is written: the role the source field was found under.
        json_fields = self._json_fields() or ()
        source_is_text = source_field not in {*json_fields, self._field(adapter, "html")}
        data = article.to_dict()
        for name in _ARTICLE_FIELDS:
            # (storyId/duplicateOf are absent from ``data`` unless the dedup stage ran)
            if name == "articleBody" or name not in data or not (is_dict or name in declared):
                continue
            if name != "url" or not adapter.get("url"):  # the item's own URL stays as it is
                adapter[name] = data[name]
        target = _body_field(declared, is_dict, source_field, source_is_text)
        if target is not None:
            adapter[target] = article.articleBody
        elif type(item) not in self._warned_no_body:
            self._warned_no_body.add(type(item))
            logger.warning(
                "newsclean: %s declares no articleBody field and its source %r is not a text "
                "field: in-place output has nowhere to put the clean body",
                type(item).__name__, source_field,
            )
        return item


def _local_json_fields() -> tuple[str, ...]:
    """The JSON-API item fields from the site registry, imported here. It imports the cleaners,
    so it is imported on first use (:meth:`CleanArticlePipeline.open_spider`), not with this
    module."""
    from ..sites import json_adapters

    return tuple(a.field for a in json_adapters())


_FROZEN = False


def _freeze_heap() -> None:
    """Put what is alive as the first crawl of the process opens (Scrapy, the spider,
    newsclean's compiled rules: it lives as long as the crawl) out of the garbage collector's
    sight. Every full collection walked all of it again: in a crawl of 910 pages, 8-10 pauses
    of the reactor, 0.45 s of its CPU (up to 0.4 s of wall each on a busy machine) while the
    workers waited for pages; 0.07 s frozen. Once per process, after a collection, so that no
    garbage is frozen with it."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


def _open_learner(settings: BaseSettings) -> ChromeLearner | None:
    """The learner over ``NEWSCLEAN_CHROME_DB``'s store; None (logged: the crawl goes on
    without learning) when it is not a usable store (a bad file, a Redis that does not answer)."""
    spec = str(settings.get("NEWSCLEAN_CHROME_DB") or DEFAULTS["NEWSCLEAN_CHROME_DB"])
    if settings.get("REDIS_URL") and not is_redis_url(spec):
        logger.info("newsclean: learned chrome is kept in %s on this machine only; set "
                    "NEWSCLEAN_CHROME_DB to the Redis URL to share it with other workers", spec)
    try:
        bound = Bound(max_lines=settings.getint("NEWSCLEAN_CHROME_MAX_LINES",
                                                DEFAULTS["NEWSCLEAN_CHROME_MAX_LINES"]))
        store = open_chrome_store(spec, bound)
    except ChromeStoreError as exc:
        logger.error("newsclean: NEWSCLEAN_LEARN_CHROME is on but %s; learning is off", exc)
        return None
    return ChromeLearner(store, Policy(min_pages=settings.getint("NEWSCLEAN_CHROME_MIN_PAGES", 5)))


def _dedup_stage(crawler: Crawler) -> DedupStage | None:
    """``NEWSCLEAN_DEDUP``'s stage, or None when it is "off"."""
    mode = str(crawler.settings.get("NEWSCLEAN_DEDUP", DEFAULTS["NEWSCLEAN_DEDUP"]))
    if mode == "off":
        return None
    db = str(crawler.settings.get("NEWSCLEAN_DEDUP_DB", DEFAULTS["NEWSCLEAN_DEDUP_DB"]))
    from ..dedup.scrapy import DedupStage  # datasketch (numpy, scipy) only when dedup is on

    return DedupStage(mode, db, lambda: crawler.stats)


def _body_field(
    declared: set[str], is_dict: bool, source_field: str, source_is_text: bool
) -> str | None:
    """Where the clean body goes: ``articleBody`` when the item can hold it; else a *text*
    source field itself (raw text becomes clean text, the same kind of value, rather than the
    body being lost); never an HTML or JSON source; else nowhere."""
    if is_dict or "articleBody" in declared:
        return "articleBody"
    return source_field if source_is_text else None


def _as_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _byline_text(value: Any) -> str | None:
    """An item's own author field as byline text ("A, B" for a list)."""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value if v)
    return value if isinstance(value, str) and value.strip() else None


def _as_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) and value.strip() else None


def _header(headers: Any, name: str) -> str | None:
    """One header's value from a Scrapy ``Headers`` (bytes, lists) or a plain mapping."""
    if not hasattr(headers, "items"):
        return None
    wanted = name.lower()
    for key, value in headers.items():
        key = key.decode("latin-1") if isinstance(key, bytes) else key
        if isinstance(key, str) and key.lower() == wanted:
            if isinstance(value, list | tuple):
                value = value[-1] if value else None
            return _as_text(value)
    return None
