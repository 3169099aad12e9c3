"""A crawl starts its worker processes before it pays for the cleaners: importing the pipeline,
the middleware or the package imports no cleaner, and ``open_spider`` starts the pool before
it imports them. Each check runs in a fresh interpreter, where nothing is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_the_pool_starts_before_the_cleaners_are_imported() -> None:
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
    assert seen == {"at_start": False, "after_open": True}


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
