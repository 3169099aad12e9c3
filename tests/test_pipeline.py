"""Unit tests of ``CleanArticlePipeline`` and the ``newsclean.Addon`` (no reactor, no crawl).

Crawlers come from ``scrapy.utils.test.get_crawler``, which applies the settings (add-ons
included) and creates ``crawler.stats``; components are built with ``build_from_crawler``,
the way Scrapy's own managers build them.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
from typing import Any

import pytest
import scrapy
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from newsclean import Article
from newsclean.scrapy.pipeline import CleanArticlePipeline

from .conftest import IN_THREAD

PIPELINE_PATH = "newsclean.scrapy.pipeline.CleanArticlePipeline"
URL = "https://www.inkl.com/news/lighthouse-keepers-return-to-skerry-point"

# An inkl page in text form (invented text; only the chrome phrases are the site's).
PAGE_TEXT = (
    "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
    "Harbour Gazette\nHarbour Gazette\nWorld\nMina Castellanos\n\n"
    "Lighthouse keepers return to Skerry Point\n\n"
    "The last keepers left Skerry Point in 1987.\n\nNow two have moved back.\n\n"
    "Sign up to read this article\n"
    "Read news from 100’s of titles, curated specifically for you.\n"
)
BODY = "The last keepers left Skerry Point in 1987.\n\nNow two have moved back."

# A publisher's own page in HTML (invented text), with chrome lines and a sign-up gate.
PAGE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable doubles as harbour bridge closes</title>
<meta property="og:title" content="Ferry timetable doubles as harbour bridge closes">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="promo"><p>Download the app</p></div>
<article>
<h1>Ferry timetable doubles as harbour bridge closes</h1>
<p class="byline">By ANNIKA VOSS and Tomasz Brell, Associated Press</p>
<p>Ferries across Northport harbour will run twice as often from Monday while the old
swing bridge is closed for repairs.</p>
<p>The operator said it had borrowed two vessels from a neighbouring port.</p>
<p>Story continues</p>
<p>Commuters were told to allow an extra twenty minutes for their journey.</p>
<p>Sign up to read this article</p>
</article>
<footer><p>Download the app</p></footer>
</body></html>
"""
HTML_URL = "https://news.example.org/local/ferry-timetable-doubles"
CHROME = (
    "Sign up to read this article",
    "Story continues",
    "Download the app",
    "Get all your news in one place.",
    "Start reading",
)


def make_crawler(settings: dict[str, Any] | None = None) -> Crawler:
    return get_crawler(settings_dict={**IN_THREAD, **(settings or {})})


def make_pipeline(settings: dict[str, Any] | None = None) -> tuple[CleanArticlePipeline, Crawler]:
    crawler = make_crawler(settings)
    return build_from_crawler(CleanArticlePipeline, crawler), crawler


def stat(crawler: Crawler, key: str) -> Any:
    return crawler.stats.get_value(f"newsclean/{key}")


def assert_clean(body: str) -> None:
    for line in CHROME:
        assert line not in body


# --- item types --------------------------------------------------------------------------


class TextItem(scrapy.Item):
    text = scrapy.Field()
    url = scrapy.Field()


class HtmlItem(scrapy.Item):
    page_html = scrapy.Field()
    link = scrapy.Field()
    headline = scrapy.Field()
    articleBody = scrapy.Field()
    authors = scrapy.Field()
    truncated = scrapy.Field()


class HeadlineOnlyItem(scrapy.Item):
    page_html = scrapy.Field()
    headline = scrapy.Field()


@dataclasses.dataclass
class StoryDataclass:
    text: str
    url: str
    articleBody: str | None = None
    publisher: str | None = None
    metadata: dict[str, Any] | None = None


@dataclasses.dataclass
class BodyDataclass:
    body: str
    page_url: str
    headline: str | None = None
    truncated: bool | None = None


def test_stats_exist_before_the_crawl() -> None:
    crawler = make_crawler()
    crawler.stats.inc_value("probe")
    assert crawler.stats.get_value("probe") == 1


def test_dict_item_with_text_becomes_article() -> None:
    pipe, crawler = make_pipeline()
    out = pipe.process_item({"text": PAGE_TEXT, "url": URL})
    assert isinstance(out, Article)
    assert out.url == URL
    assert out.aggregator == "inkl"
    assert out.publisher == "Harbour Gazette"
    assert out.headline == "Lighthouse keepers return to Skerry Point"
    assert out.articleBody == BODY
    assert [a.name for a in out.authors] == ["Mina Castellanos"]
    assert out.truncated is True
    assert stat(crawler, "items/cleaned") == 1
    assert stat(crawler, "items/truncated") == 1


def test_dict_item_with_html_becomes_article() -> None:
    pipe, crawler = make_pipeline()
    out = pipe.process_item({"html": PAGE_HTML, "url": HTML_URL})
    assert isinstance(out, Article)
    assert out.headline == "Ferry timetable doubles as harbour bridge closes"
    assert out.articleBody.startswith("Ferries across Northport harbour")
    assert out.articleBody.endswith("an extra twenty minutes for their journey.")
    assert_clean(out.articleBody)
    assert [a.name for a in out.authors] == ["Annika Voss", "Tomasz Brell"]
    assert out.organizations == ["Associated Press"]
    assert out.truncated is True
    assert stat(crawler, "items/cleaned") == 1
    assert stat(crawler, "items/truncated") == 1


def test_html_bytes_are_accepted() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item({"html": PAGE_HTML.encode("utf-8"), "url": HTML_URL})
    assert isinstance(out, Article)
    assert out.headline == "Ferry timetable doubles as harbour bridge closes"


def test_scrapy_item_fields_auto_detected() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item(TextItem(text=PAGE_TEXT, url=URL))
    assert isinstance(out, Article)
    assert out.url == URL
    assert out.articleBody == BODY


def test_scrapy_item_with_page_html_and_link_auto_detected() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item(HtmlItem(page_html=PAGE_HTML, link=HTML_URL))
    assert isinstance(out, Article)
    assert out.url == HTML_URL
    assert out.headline == "Ferry timetable doubles as harbour bridge closes"


def test_dataclass_item_fields_auto_detected() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item(BodyDataclass(body=PAGE_TEXT, page_url=URL))
    assert isinstance(out, Article)
    assert out.url == URL
    assert out.articleBody == BODY


def test_attrs_item() -> None:
    attr = pytest.importorskip("attr")

    @attr.define
    class AttrsItem:
        content: str
        source_url: str

    pipe, _ = make_pipeline()
    out = pipe.process_item(AttrsItem(content=PAGE_TEXT, source_url=URL))
    assert isinstance(out, Article)
    assert out.url == URL
    assert out.articleBody == BODY


def test_html_field_preferred_over_text_field() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item({"html": PAGE_HTML, "text": "unrelated text", "url": HTML_URL})
    assert out.headline == "Ferry timetable doubles as harbour bridge closes"


def test_empty_candidate_field_is_skipped_for_the_next_one() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item({"text": "", "body": PAGE_TEXT, "url": URL})
    assert isinstance(out, Article)
    assert out.articleBody == BODY


def test_newsclean_fields_mapping() -> None:
    pipe, _ = make_pipeline(
        {"NEWSCLEAN_FIELDS": {"text": "payload", "url": "where", "byline": "writer"}}
    )
    # "payload"/"where"/"writer" are no common names: only the mapping can find them.
    page = PAGE_TEXT.replace("Mina Castellanos\n", "")
    out = pipe.process_item({"payload": page, "where": URL, "writer": "By JOHN SMITH"})
    assert isinstance(out, Article)
    assert out.url == URL
    assert out.articleBody == BODY
    assert out.bylineRaw == "By JOHN SMITH"
    assert [a.name for a in out.authors] == ["John Smith"]


def test_newsclean_fields_mapping_as_json_string() -> None:
    # -s NEWSCLEAN_FIELDS='{"text": "payload"}' on the command line arrives as a string.
    pipe, _ = make_pipeline({"NEWSCLEAN_FIELDS": '{"text": "payload"}'})
    out = pipe.process_item({"payload": PAGE_TEXT, "url": URL})
    assert isinstance(out, Article)
    assert out.articleBody == BODY


def test_unmapped_field_is_not_guessed() -> None:
    pipe, crawler = make_pipeline()
    item = {"payload": PAGE_TEXT, "where": URL}
    assert pipe.process_item(item) is item
    assert item == {"payload": PAGE_TEXT, "where": URL}
    assert stat(crawler, "items/skipped_no_text") == 1


def test_newsclean_fields_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"NEWSCLEAN_FIELDS.*unknown roles.*'htm'"):
        make_pipeline({"NEWSCLEAN_FIELDS": {"htm": "page"}})


def test_disabled_pipeline_is_not_configured() -> None:
    crawler = make_crawler({"NEWSCLEAN_ENABLED": False})
    with pytest.raises(NotConfigured):
        build_from_crawler(CleanArticlePipeline, crawler)


def test_invalid_output_mode_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"NEWSCLEAN_OUTPUT.*'article'.*'inplace'.*'json'"):
        make_pipeline({"NEWSCLEAN_OUTPUT": "json"})


def test_invalid_on_error_mode_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"NEWSCLEAN_ON_ERROR.*'ignore'"):
        make_pipeline({"NEWSCLEAN_ON_ERROR": "ignore"})


@pytest.mark.parametrize(
    "item",
    [
        {"title": "No text here", "price": 3},
        TextItem(url=URL),
    ],
    ids=["dict", "scrapy-item-unset"],
)
def test_items_without_text_pass_through_untouched(item: Any) -> None:
    pipe, crawler = make_pipeline()
    before = ItemAdapter(item).asdict()
    assert pipe.process_item(item) is item
    assert ItemAdapter(item).asdict() == before
    assert stat(crawler, "items/skipped_no_text") == 1
    assert stat(crawler, "items/cleaned") is None


@pytest.mark.parametrize(
    ("item", "flag"),
    [
        ({"text": "", "url": URL}, "empty-input"),
        ({"html": b"", "url": URL}, "empty-or-unparseable-html"),
        ({"html": b"", "text": "", "url": URL}, "empty-or-unparseable-html"),
    ],
    ids=["empty-text", "empty-html-bytes", "both-empty"],
)
def test_an_empty_page_becomes_an_article_flagged_why(item: dict[str, Any], flag: str) -> None:
    # An empty response body is still a page the user asked for: it is counted and flagged,
    # not passed on as the user's raw item (whose bytes a JSON feed cannot even write).
    pipe, crawler = make_pipeline()
    out = pipe.process_item(item)
    assert isinstance(out, Article)
    assert out.url == URL and out.articleBody == ""
    assert out.metadata.flags == [flag]
    assert stat(crawler, "items/cleaned") == 1
    assert stat(crawler, "items/skipped_no_text") is None


def test_an_empty_html_field_gives_way_to_a_text_field_that_has_the_page() -> None:
    pipe, _ = make_pipeline()
    out = pipe.process_item({"html": b"", "text": PAGE_TEXT, "url": URL})
    assert isinstance(out, Article)
    assert out.articleBody == BODY


def test_on_error_drop_raises_dropitem_with_reason() -> None:
    pipe, crawler = make_pipeline({"NEWSCLEAN_ON_ERROR": "drop"})
    with pytest.raises(DropItem, match=rf"{URL}.*TypeError.*int"):
        pipe.process_item({"text": 42, "url": URL})
    assert stat(crawler, "items/dropped") == 1
    assert stat(crawler, "errors/TypeError") == 1
    assert stat(crawler, "items/cleaned") is None


def test_on_error_flag_passes_article_on_flagged(caplog: pytest.LogCaptureFixture) -> None:
    pipe, crawler = make_pipeline()  # "flag" is the default
    with caplog.at_level(logging.WARNING, logger="newsclean.scrapy.pipeline"):
        out = pipe.process_item({"text": ["not", "a", "string"], "url": URL})
    assert isinstance(out, Article)
    assert out.url == URL
    assert any(f.startswith("clean-failed: TypeError") for f in out.metadata.flags)
    assert stat(crawler, "items/flagged") == 1
    assert stat(crawler, "errors/TypeError") == 1
    assert "could not clean" in caplog.text


def test_on_error_flag_inplace_marks_dict_item() -> None:
    pipe, crawler = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = {"text": 42, "url": URL}
    out = pipe.process_item(item)
    assert out is item
    assert item["text"] == 42
    assert item["newsclean_error"].startswith("TypeError")
    assert stat(crawler, "items/flagged") == 1


def test_on_error_flag_inplace_does_not_set_undeclared_field() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = TextItem(text=42, url=URL)
    assert pipe.process_item(item) is item  # no KeyError for "newsclean_error"
    assert dict(item) == {"text": 42, "url": URL}


def test_inplace_dict_keeps_its_text_and_gains_every_article_field() -> None:
    pipe, crawler = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = {"text": PAGE_TEXT, "url": URL, "headline": None, "truncated": None, "extra": 1}
    out = pipe.process_item(item)
    assert out is item
    assert item["text"] == PAGE_TEXT
    assert item["articleBody"] == BODY
    assert item["url"] == URL
    assert item["headline"] == "Lighthouse keepers return to Skerry Point"
    assert item["publisher"] == "Harbour Gazette"
    assert item["authors"] == [{"name": "Mina Castellanos", "nameRaw": "Mina Castellanos"}]
    assert item["truncated"] is True
    assert item["extra"] == 1
    article = make_pipeline()[0].process_item({"text": PAGE_TEXT, "url": URL}).to_dict()
    del article["metadata"]["dateDownloaded"], item["metadata"]["dateDownloaded"]
    assert {k: item[k] for k in article} == article  # every field, as "article" output has it
    assert stat(crawler, "items/cleaned") == 1
    assert stat(crawler, "items/truncated") == 1


def test_inplace_dict_keeps_its_raw_html() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = {"html": PAGE_HTML, "link": HTML_URL}
    pipe.process_item(item)
    assert item["html"] == PAGE_HTML
    assert item["articleBody"].startswith("Ferries across Northport harbour")
    assert_clean(item["articleBody"])
    assert item["link"] == HTML_URL
    assert item["url"] == HTML_URL  # filled: the dict had no url of its own


def test_inplace_never_overwrites_the_items_url() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace", "NEWSCLEAN_FIELDS": {"url": "link"}})
    item = {"text": PAGE_TEXT, "link": URL, "url": "https://mirror.example/copy"}
    pipe.process_item(item)
    assert item["url"] == "https://mirror.example/copy"


def test_inplace_scrapy_item_sets_exactly_its_declared_fields() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = HtmlItem(page_html=PAGE_HTML, link=HTML_URL)
    out = pipe.process_item(item)
    assert out is item
    assert isinstance(out, HtmlItem)
    assert item["page_html"] == PAGE_HTML
    assert item["articleBody"].startswith("Ferries across Northport harbour")
    assert_clean(item["articleBody"])
    assert item["headline"] == "Ferry timetable doubles as harbour bridge closes"
    assert item["authors"] == [
        {"name": "Annika Voss", "nameRaw": "ANNIKA VOSS"},
        {"name": "Tomasz Brell", "nameRaw": "Tomasz Brell"},
    ]
    assert item["truncated"] is True
    assert item["link"] == HTML_URL
    assert set(item.keys()) == {
        "page_html", "link", "headline", "articleBody", "authors", "truncated"
    }


def test_inplace_html_item_without_a_body_field_keeps_its_html_and_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    with caplog.at_level(logging.WARNING, logger="newsclean.scrapy.pipeline"):
        for _ in range(2):
            item = HeadlineOnlyItem(page_html=PAGE_HTML)
            pipe.process_item(item)
            assert dict(item) == {
                "page_html": PAGE_HTML,
                "headline": "Ferry timetable doubles as harbour bridge closes",
            }
    assert caplog.text.count("nowhere to put the clean body") == 1


def test_inplace_dataclass_with_text_field_gets_the_clean_body_there() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = BodyDataclass(body=PAGE_TEXT, page_url=URL)
    out = pipe.process_item(item)
    assert out is item
    assert item.body == BODY  # no articleBody field: the text field is cleaned in place
    assert item.headline == "Lighthouse keepers return to Skerry Point"
    assert item.truncated is True
    assert item.page_url == URL


def test_inplace_dataclass_with_article_body_keeps_its_text() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = StoryDataclass(text=PAGE_TEXT, url=URL)
    pipe.process_item(item)
    assert item.text == PAGE_TEXT
    assert item.articleBody == BODY
    assert item.publisher == "Harbour Gazette"
    assert item.metadata is not None and item.metadata["flags"] == []
    assert item.url == URL


def test_inplace_text_field_item_gets_the_clean_body_in_that_field() -> None:
    pipe, _ = make_pipeline({"NEWSCLEAN_OUTPUT": "inplace"})
    item = TextItem(text=PAGE_TEXT, url=URL)
    pipe.process_item(item)
    assert dict(item) == {"text": BODY, "url": URL}


def test_untruncated_page_not_counted_as_truncated() -> None:
    pipe, crawler = make_pipeline()
    page = PAGE_TEXT.split("Sign up to read")[0]
    out = pipe.process_item({"text": page, "url": URL})
    assert out.truncated is False
    assert stat(crawler, "items/cleaned") == 1
    assert stat(crawler, "items/truncated") is None


def test_max_input_bytes_cuts_and_flags() -> None:
    pipe, crawler = make_pipeline({"NEWSCLEAN_MAX_INPUT_BYTES": 200})
    out = pipe.process_item({"text": PAGE_TEXT + "x" * 500, "url": URL})
    assert "input-truncated" in out.metadata.flags
    assert stat(crawler, "flags/input-truncated") == 1


def test_max_input_bytes_counts_bytes_not_characters() -> None:
    # 150 characters, 300 bytes in UTF-8: over a 200-byte limit.
    pipe, _ = make_pipeline({"NEWSCLEAN_MAX_INPUT_BYTES": 200})
    out = pipe.process_item({"text": "é" * 150, "url": URL})
    assert "input-truncated" in out.metadata.flags


# --- the add-on ----------------------------------------------------------------------------


def pipelines_of(crawler: Crawler) -> list[Any]:
    """The pipeline classes Scrapy would load, in order (import paths resolved)."""
    paths = build_component_list(crawler.settings.getwithbase("ITEM_PIPELINES"))
    return [load_object(p) for p in paths]


def test_addon_adds_pipeline_and_defaults() -> None:
    crawler = make_crawler({"ADDONS": {"newsclean.Addon": 0}})
    assert CleanArticlePipeline in pipelines_of(crawler)
    assert crawler.settings.getwithbase("ITEM_PIPELINES")[CleanArticlePipeline] == 300
    assert crawler.settings["NEWSCLEAN_OUTPUT"] == "article"
    assert crawler.settings.getpriority("NEWSCLEAN_OUTPUT") == 15  # "addon"


def test_addon_lowers_scrapys_items_per_response_unless_the_project_sets_it() -> None:
    assert make_crawler({"ADDONS": {"newsclean.Addon": 0}}).settings.getint(
        "CONCURRENT_ITEMS") == 16
    own = make_crawler({"ADDONS": {"newsclean.Addon": 0}, "CONCURRENT_ITEMS": 50})
    assert own.settings.getint("CONCURRENT_ITEMS") == 50


def test_addon_by_class_object() -> None:
    from newsclean import Addon

    crawler = make_crawler({"ADDONS": {Addon: 0}})
    assert CleanArticlePipeline in pipelines_of(crawler)


def test_no_addon_no_pipeline() -> None:
    assert CleanArticlePipeline not in pipelines_of(make_crawler())


def test_user_disabling_pipeline_wins_over_addon() -> None:
    crawler = make_crawler(
        {"ADDONS": {"newsclean.Addon": 0}, "ITEM_PIPELINES": {PIPELINE_PATH: None}}
    )
    assert CleanArticlePipeline not in pipelines_of(crawler)


def test_user_pipeline_priority_wins_over_addon() -> None:
    crawler = make_crawler(
        {"ADDONS": {"newsclean.Addon": 0}, "ITEM_PIPELINES": {PIPELINE_PATH: 800}}
    )
    assert pipelines_of(crawler).count(CleanArticlePipeline) == 1
    merged = crawler.settings.getwithbase("ITEM_PIPELINES")
    assert [v for k, v in merged.items() if k in (PIPELINE_PATH, CleanArticlePipeline)] == [800]


def test_user_pipeline_priority_setting_is_used_by_addon() -> None:
    crawler = make_crawler({"ADDONS": {"newsclean.Addon": 0}, "NEWSCLEAN_PIPELINE_PRIORITY": 50})
    assert crawler.settings.getwithbase("ITEM_PIPELINES")[CleanArticlePipeline] == 50


def test_user_output_setting_wins_over_addon() -> None:
    crawler = make_crawler({"ADDONS": {"newsclean.Addon": 0}, "NEWSCLEAN_OUTPUT": "inplace"})
    assert crawler.settings["NEWSCLEAN_OUTPUT"] == "inplace"
    pipe = build_from_crawler(CleanArticlePipeline, crawler)
    item = {"text": PAGE_TEXT, "url": URL}
    assert pipe.process_item(item) is item
    assert item["articleBody"] == BODY


def test_user_disabled_setting_wins_over_addon() -> None:
    crawler = make_crawler({"ADDONS": {"newsclean.Addon": 0}, "NEWSCLEAN_ENABLED": False})
    with pytest.raises(NotConfigured):
        build_from_crawler(CleanArticlePipeline, crawler)


# --- bytes: decoded from the response's own headers, as a browser would -------------------

RU_HTML = (
    "<html><head><title>Мост открыт</title></head><body><article><h1>Мост открыт</h1>"
    "<p>Мост через реку открыли после ремонта, который длился два года.</p>"
    "<p>Движение восстановлено в понедельник утром.</p></article></body></html>"
)


def test_undeclared_cp1251_html_bytes_are_decoded() -> None:
    pipeline, _ = make_pipeline()
    out = pipeline.process_item({"url": "https://example.org/ru", "html": RU_HTML.encode("cp1251")})
    assert "Движение восстановлено в понедельник утром." in out.articleBody


def test_response_headers_charset_decodes_the_body() -> None:
    """What a spider yields with ``response.body`` and ``response.headers``: the HTTP charset
    decides, as it does in a browser (KOI8-R reads as nonsense in any other Cyrillic table)."""
    pipeline, _ = make_pipeline()
    headers = scrapy.http.Headers({"Content-Type": "text/html; charset=koi8-r"})
    item = {"url": "https://example.org/ru", "html": RU_HTML.encode("koi8-r"), "headers": headers}
    out = pipeline.process_item(item)
    assert out.headline == "Мост открыт"
    assert "Мост через реку открыли" in out.articleBody


def test_content_type_and_encoding_fields_decode_text_bytes() -> None:
    pipeline, _ = make_pipeline()
    text = "Ça roule.\n\nLe pont a rouvert lundi après deux ans de travaux."
    by_type = pipeline.process_item(
        {"text": text.encode("cp1252"), "content_type": "text/plain; charset=windows-1252"}
    )
    by_name = pipeline.process_item({"text": text.encode("cp1252"), "encoding": "cp1252"})
    assert by_type.articleBody == by_name.articleBody
    assert "après deux ans" in by_type.articleBody


def test_a_declared_charset_that_cannot_be_true_is_flagged() -> None:
    pipeline, crawler = make_pipeline()
    item = {"html": RU_HTML.encode("cp1251"), "content_type": "text/html; charset=utf-8"}
    out = pipeline.process_item(item)
    assert "Движение восстановлено" in out.articleBody
    assert "charset-mismatch: declared utf-8" in out.metadata.flags
    assert stat(crawler, "flags/charset-mismatch") == 1  # counted by kind, detail in the item


def test_a_misspelt_newsclean_setting_stops_the_pipeline_with_the_right_name() -> None:
    from newsclean.scrapy.settings import UnknownSettingError

    with pytest.raises(UnknownSettingError, match="did you mean NEWSCLEAN_OUTPUT"):
        make_pipeline({"NEWSCLEAN_OUTPT": "inplace"})


def test_opening_the_crawl_puts_the_heap_alive_then_out_of_the_collectors_sight() -> None:
    # Every full collection of the crawl process walked Scrapy's and newsclean's long-lived
    # objects again, pausing the reactor (and the workers waiting for its pages).
    pipeline = CleanArticlePipeline.from_crawler(get_crawler(settings_dict=IN_THREAD))
    pipeline.open_spider()
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        pipeline.close_spider()
