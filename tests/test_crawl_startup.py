"""A crawl starts its worker processes before it pays for the cleaners: importing the pipeline,
the middleware or the package imports no cleaner, and ``open_spider`` starts the pool before
it imports them. Each check runs in a fresh interpreter, where nothing is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsclean

CLEANERS = ("newsclean.core.html", "newsclean.core.text", "newsclean.sites.base")


def _run(code: str) -> object:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_pipeline_and_middleware_imports_no_cleaner() -> None:
    loaded = _run(
        "import json, sys\n"
        "import newsclean, newsclean.pipelines, newsclean.scrapy.middleware\n"
        "import newsclean.scrapy.workers\n"
        f"print(json.dumps([m for m in {CLEANERS!r} if m in sys.modules]))"
    )
    assert loaded == []


def test_opening_the_pipeline_with_workers_starts_the_pool_and_imports_no_cleaner() -> None:
    seen = _run(
        "import json, sys\n"
        "from scrapy.utils.test import get_crawler\n"
        "from newsclean.scrapy import workers\n"
        "from newsclean.scrapy.pipeline import CleanArticlePipeline\n"
        "seen = {}\n"
        "def start(pool):\n"
        "    seen['at_start'] = 'newsclean.core.html' in sys.modules\n"
        "workers.WorkerPool.start = start\n"
        "crawler = get_crawler(settings_dict={'NEWSCLEAN_WORKERS': 1})\n"
        "pipeline = CleanArticlePipeline.from_crawler(crawler)\n"
        "pipeline.open_spider()\n"
        "seen['after_open'] = 'newsclean.core.html' in sys.modules\n"
        "pipeline.pool = None\n"
        "print(json.dumps(seen))"
    )
    assert seen == {"at_start": False, "after_open": False}


def test_a_crawl_in_workers_never_imports_the_cleaners_in_the_crawl_process() -> None:
    """The JSON-API fields come from the first worker ready (its hello), so the crawl process
    cleans nothing and loads nothing that cleans, and its records are still cleaned."""
    seen = _run(
        "import json, sys, scrapy\n"
        "from scrapy.crawler import CrawlerProcess\n"
        "from scrapy import signals\n"
        "items = []\n"
        "class Pages(scrapy.Spider):\n"
        "    name = 'pages'\n"
        "    async def start(self):\n"
        "        yield {'url': 'https://example.com/a', 'text': 'Tide tables\\n\\n"
        "The harbour printed new tide tables.'}\n"
        "        yield {'url': 'https://example.com/b', 'msn_json': 'not json'}\n"
        "process = CrawlerProcess({'ITEM_PIPELINES': "
        "{'newsclean.pipelines.CleanArticlePipeline': 300}, 'NEWSCLEAN_WORKERS': 1, "
        "'LOG_LEVEL': 'ERROR', 'TELNETCONSOLE_ENABLED': False})\n"
        "crawler = process.create_crawler(Pages)\n"
        "def scraped(item):\n"
        "    items.append(item)\n"
        "crawler.signals.connect(scraped, signals.item_scraped)\n"
        "process.crawl(crawler)\n"
        "process.start()\n"
        f"loaded = [m for m in {CLEANERS!r} if m in sys.modules]\n"
        "print(json.dumps([loaded, sorted((i.url, i.articleBody, list(i.metadata.flags)) "
        "for i in items)]))"
    )
    loaded, items = seen  # type: ignore[misc]
    assert loaded == []
    (url_a, body_a, _), (url_b, _, flags_b) = items
    assert (url_a, body_a) == ("https://example.com/a", "The harbour printed new tide tables.")
    # the JSON-API field was known without the site registry: the MSN adapter refused it
    assert url_b == "https://example.com/b"
    assert flags_b[0].startswith("clean-failed: JSONDecodeError")


def test_every_public_name_resolves_from_the_package() -> None:
    from newsclean.core.html import clean_html
    from newsclean.normalize.byline import parse_byline

    assert newsclean.clean_html is clean_html
    assert newsclean.parse_byline is parse_byline
    for name in newsclean.__all__:
        assert getattr(newsclean, name) is not None
        assert name in dir(newsclean)


def test_a_name_the_package_does_not_have_is_an_attribute_error() -> None:
    try:
        newsclean.clean_everything  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "clean_everything" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_star_import_gives_the_public_api() -> None:
    names = _run(
        "import json\n"
        "from newsclean import *\n"
        "print(json.dumps(sorted(n for n in dir() if not n.startswith('_') and n != 'json')))"
    )
    assert names == sorted(newsclean.__all__)


def test_the_public_names_are_the_lazy_ones() -> None:
    assert sorted(newsclean.__all__) == sorted(newsclean._WHERE)


def test_a_worker_does_not_run_the_crawls_main_script(tmp_path: Path) -> None:
    """Every process that runs the script leaves its pid in ``marks``: the crawl itself and a
    project's own process from the same fork server do, a newsclean worker does not."""
    script = tmp_path / "crawl_main.py"
    script.write_text(
        "import os, sys\n"
        "open(os.path.join(sys.argv[1], str(os.getpid())), 'w').close()\n"
        "if __name__ == '__main__':\n"
        "    from newsclean.scrapy.workers import WORKER_NAME_PREFIX, worker_context\n"
        "    context = worker_context()\n"
        "    for name in (WORKER_NAME_PREFIX + 'main-worker', 'project-process'):\n"
        "        process = context.Process(target=os.getpid, name=name)\n"
        "        process.start()\n"
        "        process.join()\n"
        "        assert process.exitcode == 0\n"
        "    print(os.getpid())\n",
        encoding="utf-8",
    )
    marks = tmp_path / "marks"
    marks.mkdir()
    out = subprocess.run([sys.executable, str(script), str(marks)], capture_output=True,
                         text=True, check=True)
    crawl = out.stdout.split()[-1]
    ran = {path.name for path in marks.iterdir()}
    assert crawl in ran
    assert len(ran) == 2  # the crawl and the project's process, not the worker


def test_the_fork_server_and_its_workers_import_no_twisted() -> None:
    """Twisted is the crawl process's (its reactor and Deferreds): what the fork server loads,
    every worker carries and no worker uses."""
    loaded = _run(
        "import json, sys\n"
        "import newsclean.scrapy.preload\n"
        "from newsclean.scrapy import workers, workers_ipc\n"
        "print(json.dumps([m for m in sys.modules if m.split('.')[0] in ('twisted', 'scrapy')]))"
    )
    assert loaded == []


def test_the_fork_server_loads_the_language_model_and_leaves_no_thread_running() -> None:
    """The fork server loads the language model on a thread beside its imports: the model is
    there for every worker, and that thread is over before the server forks one."""
    state = _run(
        "import json, threading\n"
        "import newsclean.scrapy.preload\n"
        "from newsclean.normalize import language\n"
        "print(json.dumps([language._identifier is not None, threading.active_count()]))"
    )
    assert state == [True, 1]
