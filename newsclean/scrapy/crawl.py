"""``newsclean crawl``: run aggregator spiders in one process, optionally replaying stored pages.

``scrapy crawl <name>`` runs one spider; this runs several into one JSONL file, which is what
the Quickstart's main job needs (all stored fixture pages, offline).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..sites import spider_names

SPIDERS = spider_names()
"""Every site's spider, from the site registry (:mod:`newsclean.sites`)."""


def crawl(spiders: Sequence[str], output: Path, replay_dir: Path | None,
          log_level: str = "INFO", *, redis_url: str | None = None,
          overrides: Mapping[str, str] | None = None, explain: bool = False) -> int:
    """Crawl ``spiders`` and write their Articles to ``output`` (JSON lines); 0 on success.

    ``redis_url``: run on the shared Redis queue there (:mod:`.redis_settings`), as one of any
    number of workers. ``overrides``: settings given as ``-s NAME=VALUE``.

    Raises :class:`~newsclean.scrapy.middleware.ReplayConfigError` before anything starts (no
    request, no output file touched) when replay is asked for (``replay_dir`` or the
    ``NEWSCLEAN_REPLAY_DIR`` environment variable) but the folder cannot be replayed, and
    :class:`~newsclean.scrapy.redis_settings.RedisUnavailableError` when ``redis_url`` does
    not answer, and :class:`~newsclean.scrapy.settings.BadSettingError` for a ``NEWSCLEAN_*``
    value the pipeline cannot use.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from . import project as scrapy_settings
    from .middleware import check_replay_settings
    from .pipeline import check_pipeline_settings

    settings = Settings()
    settings.setmodule(scrapy_settings, priority="project")
    if redis_url is not None:
        from .redis_settings import check_redis, redis_crawl_settings

        check_redis(redis_url)  # one clear error, before any crawler starts
        settings.setdict(redis_crawl_settings(redis_url), priority="project")
    settings.setdict(dict(overrides or {}), priority="cmdline")
    if replay_dir is not None:
        settings.set("NEWSCLEAN_REPLAY_DIR", str(replay_dir), priority="cmdline")
    # Checked here, by the name the user gave and before Scrapy logs a line, so a bad folder
    # is one clear error and no output file is touched.
    check_replay_settings(settings)
    check_pipeline_settings(settings)  # and a bad value (NEWSCLEAN_WORKERS=two) the same way
    parts = output.with_name(f".{output.name}.parts")
    parts.mkdir(parents=True, exist_ok=True)
    # One feed per spider (they run at once), joined in spider order afterwards.
    feed = str(parts / "%(name)s.jsonl")
    settings.set("FEEDS", {feed: {"format": "jsonlines", "overwrite": True}}, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if explain:  # `newsclean crawl --explain`: what `newsclean report` reads
        settings.set("NEWSCLEAN_EXPLAIN", True, priority="cmdline")
    if replay_dir is not None:
        settings.set("NEWSCLEAN_REPLAY_DIR", str(replay_dir.resolve()), priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in spiders:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    with output.open("wb") as out:
        for name in spiders:
            part = parts / f"{name}.jsonl"
            if part.exists():
                out.write(part.read_bytes())
                part.unlink()
    parts.rmdir()
    if process.bootstrap_failed:
        return 1
    failed = [c for c in crawlers if c.stats.get_value("log_count/ERROR")]
    return 1 if failed else 0
