"""``newsclean crawl``: run aggregator spiders in one process, optionally replaying stored pages.

``scrapy crawl <name>`` runs one spider; this runs several into one JSONL file, which is what
the Quickstart's main job needs (all stored fixture pages, offline).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

SPIDERS = ("inkl", "yahoo", "msn", "newsbreak")


def crawl(spiders: Sequence[str], output: Path, replay_dir: Path | None,
          log_level: str = "INFO") -> int:
    """Crawl ``spiders`` and write their Articles to ``output`` (JSON lines); 0 on success."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from . import scrapy_settings

    parts = output.with_name(f".{output.name}.parts")
    parts.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    settings.setmodule(scrapy_settings, priority="project")
    # One feed per spider (they run at once), joined in spider order afterwards.
    feed = str(parts / "%(name)s.jsonl")
    settings.set("FEEDS", {feed: {"format": "jsonlines", "overwrite": True}}, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
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
    failed = [c for c in crawlers if c.stats.get_value("log_count/ERROR")]
    return 1 if failed else 0
