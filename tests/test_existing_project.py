"""End to end: newsclean dropped into an existing Scrapy project with its own item schema.

The project, its items (a dict, a ``scrapy.Item`` declaring only its own fields, a dataclass),
its spider and the pages it crawls are written to ``tmp_path``; pages are read through
``file://`` URLs, so no network is used. The add-on is enabled with one ``ADDONS`` line, and
``NEWSCLEAN_FIELDS`` names only the field auto-detection cannot guess (``writer``; ``page_html``
and ``link`` are common names). Each case is one ``scrapy crawl`` subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHROME_LINES = (
    "Sign up to read this article",
    "Story continues",
    "Download the app",
    "Get the Harbour Ledger app",
    "Read news from 100’s of titles",
)

# Gated page: byline in the page, chrome inside the body, sign-up gate after paragraph 3.
GATED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable doubles as harbour bridge closes | Harbour Ledger</title>
<meta property="og:title" content="Ferry timetable doubles as harbour bridge closes">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/signin">Sign in</a></nav>
<div class="app-banner"><p>Download the app</p><p>Get the Harbour Ledger app</p></div>
<article>
<h1>Ferry timetable doubles as harbour bridge closes</h1>
<p class="byline">By ANNIKA VOSS and Tomasz Brell, Associated Press</p>
<p>Ferries across Northport harbour will run twice as often from Monday while the old swing
bridge is closed for six weeks of repairs.</p>
<p>The operator said it had borrowed two vessels from a neighbouring port to cover the extra
crossings at the morning and evening peaks.</p>
<p>Story continues</p>
<p>Commuters who used the bridge were told to allow an extra twenty minutes for the journey.</p>
<div class="gate">
<p>Sign up to read this article</p>
<p>Read news from 100’s of titles, curated specifically for you.</p>
</div>
</article>
<footer><p>Download the app</p><p>© Harbour Ledger</p></footer>
</body></html>
"""
GATED = {
    "headline": "Ferry timetable doubles as harbour bridge closes",
    "first": "Ferries across Northport harbour will run twice as often from Monday",
    "last": "Commuters who used the bridge were told to allow an extra twenty minutes "
    "for the journey.",
    "paragraphs": 3,
    "authors": ["Annika Voss", "Tomasz Brell"],
    "truncated": True,
}

# Free page: no byline in the page (the item's ``writer`` field carries it), complete body.
FREE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Allotment waiting list falls for the first time in a decade | Harbour Ledger</title>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Allotment waiting list falls for the first time in a decade</h1>
<p>The waiting list for council allotments in Northport has fallen for the first time in ten
years after forty new plots opened beside the old railway cutting.</p>
<p>Download the app</p>
<p>Gardeners on the list said they had waited an average of four years for a plot.</p>
<p>Story continues</p>
<p>The council said a further twenty plots would open next spring.</p>
</article>
<aside><p>Download the app</p></aside>
</body></html>
"""
FREE = {
    "headline": "Allotment waiting list falls for the first time in a decade",
    "first": "The waiting list for council allotments in Northport has fallen",
    "last": "The council said a further twenty plots would open next spring.",
    "paragraphs": 3,
    "authors": ["Rosa Delgado"],
    "truncated": False,
}
FREE_WRITER = "by ROSA DELGADO"

ITEMS_PY = '''
import dataclasses

import scrapy


class StoryItem(scrapy.Item):
    """The project's own schema: only these fields exist."""

    page_html = scrapy.Field()
    link = scrapy.Field()
    writer = scrapy.Field()
    headline = scrapy.Field()
    articleBody = scrapy.Field()
    authors = scrapy.Field()
    truncated = scrapy.Field()


@dataclasses.dataclass
class StoryRecord:
    page_html: str
    link: str
    writer: str | None = None
    headline: str | None = None
    articleBody: str | None = None
    authors: list | None = None
    truncated: bool | None = None
'''

SPIDER_PY = """
import json
from pathlib import Path

import scrapy

from legacynews.items import StoryItem, StoryRecord

PAGES = json.loads((Path(__file__).resolve().parents[2] / "pages.json").read_text())


class StoriesSpider(scrapy.Spider):
    name = "stories"

    def __init__(self, item_type="dict", **kwargs):
        super().__init__(**kwargs)
        self.item_type = item_type

    async def start(self):
        for page in PAGES:
            yield scrapy.Request(page["url"], cb_kwargs={"writer": page["writer"]})

    def parse(self, response, writer):
        fields = {"page_html": response.text, "link": response.url, "writer": writer}
        if self.item_type == "item":
            yield StoryItem(**fields)
        elif self.item_type == "dataclass":
            yield StoryRecord(**fields)
        else:
            yield fields
"""

SETTINGS_PY = """
BOT_NAME = "legacynews"
SPIDER_MODULES = ["legacynews.spiders"]
NEWSPIDER_MODULE = "legacynews.spiders"
ROBOTSTXT_OBEY = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

ADDONS = {{"newsclean.Addon": 0}}
NEWSCLEAN_FIELDS = {{"byline": "writer"}}
NEWSCLEAN_OUTPUT = {output!r}
"""


def write_project(root: Path, output: str) -> None:
    pkg = root / "legacynews"
    (pkg / "spiders").mkdir(parents=True)
    (root / "scrapy.cfg").write_text("[settings]\ndefault = legacynews.settings\n")
    (pkg / "__init__.py").write_text("")
    (pkg / "spiders" / "__init__.py").write_text("")
    (pkg / "items.py").write_text(ITEMS_PY)
    (pkg / "settings.py").write_text(SETTINGS_PY.format(output=output))
    (pkg / "spiders" / "stories.py").write_text(SPIDER_PY)
    pages = root / "site"
    pages.mkdir()
    (pages / "ferry.html").write_text(GATED_PAGE, encoding="utf-8")
    (pages / "allotments.html").write_text(FREE_PAGE, encoding="utf-8")
    listing = [
        {"url": (pages / "ferry.html").as_uri(), "writer": None},
        {"url": (pages / "allotments.html").as_uri(), "writer": FREE_WRITER},
    ]
    (root / "pages.json").write_text(json.dumps(listing))


def crawl(root: Path, item_type: str) -> tuple[list[dict[str, Any]], str]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "stories",
            "-a",
            f"item_type={item_type}",
            "-O",
            "out.jsonl",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    lines = (root / "out.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines], proc.stderr


def by_page(records: list[dict[str, Any]], url_key: str) -> dict[str, dict[str, Any]]:
    return {r[url_key].rsplit("/", 1)[-1]: r for r in records}


def check_body(body: str, expected: dict[str, Any]) -> None:
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith(expected["first"])
    assert paragraphs[-1] == expected["last"]
    assert len(paragraphs) == expected["paragraphs"]
    for chrome in CHROME_LINES:
        assert chrome not in body


def check_stats(log: str) -> None:
    assert "'newsclean/items/cleaned': 2" in log
    assert "'newsclean/items/truncated': 1" in log
    assert "newsclean/items/flagged" not in log


@pytest.mark.parametrize(
    ("item_type", "output"),
    [("dict", "article"), ("item", "inplace"), ("dataclass", "inplace")],
)
def test_existing_project_gets_clean_items(tmp_path: Path, item_type: str, output: str) -> None:
    write_project(tmp_path, output)
    records, log = crawl(tmp_path, item_type)
    assert len(records) == 2
    check_stats(log)

    if output == "article":
        # Article records: the item's schema is replaced by newsclean's.
        pages = by_page(records, "url")
        for name, expected in (("ferry.html", GATED), ("allotments.html", FREE)):
            article = pages[name]
            assert article["headline"] == expected["headline"]
            check_body(article["articleBody"], expected)
            assert [a["name"] for a in article["authors"]] == expected["authors"]
            assert article["truncated"] is expected["truncated"]
            assert "page_html" not in article
        assert pages["ferry.html"]["organizations"] == ["Associated Press"]
        assert pages["allotments.html"]["bylineRaw"] == FREE_WRITER
        return

    # In place: the item keeps its own schema and its raw HTML; its declared Article fields
    # are filled.
    pages = by_page(records, "link")
    for name, expected in (("ferry.html", GATED), ("allotments.html", FREE)):
        item = pages[name]
        assert set(item) <= {
            "page_html", "link", "writer", "headline", "articleBody", "authors", "truncated"
        }
        assert item["link"].startswith("file://")
        assert item["page_html"].startswith("<!DOCTYPE html>")
        assert item["headline"] == expected["headline"]
        check_body(item["articleBody"], expected)
        assert [a["name"] for a in item["authors"]] == expected["authors"]
        assert item["truncated"] is expected["truncated"]
    assert pages["allotments.html"]["writer"] == FREE_WRITER
