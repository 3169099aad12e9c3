"""clean_html on publisher pages: the publisher the page names itself, the byline shown for
this article (not a related card's), dates with the page's own UTC offset, and in-article
chrome found by its structure (cross-link paragraphs, related blocks, source lines, press
contacts, support appeals, consent placeholders) while lists and tables stay. Invented pages
in the shape of real ones; the families' full pages are in ``fixtures/publishers/d-*``."""

from __future__ import annotations

import re

import pytest

from newsclean import clean_html
from newsclean.core.html import without_byline_label
from newsclean.profiles import profile_for
from newsclean.sites.msn import msn_content_id

BODY = "".join(
    f"<p>The county board voted {n} to {9 - n} on the plan after a long hearing in the old "
    f"courthouse on Main Street, with residents lining the hall to speak for it.</p>"
    for n in range(5, 9)
)


def page(head: str = "", before: str = "", article: str = "", after: str = "") -> str:
    return (f"<html lang='en'><head><title>Board backs plan</title>{head}</head><body>"
            f"{before}<article><h1>Board backs plan</h1>{article}{BODY}</article>{after}"
            "</body></html>")


URL = "https://www.ledger.example/news/2026/03/01/board-backs-plan/"


# --- publisher ----------------------------------------------------------------------------

@pytest.mark.parametrize("stated", [
    "Valley Ledger - Latest news from the valley",
    "Valley Ledger | Noticias del valle",
    "Valley Ledger — Tech, Policy, Culture",
])
def test_publisher_is_the_site_name_without_its_tagline(stated: str) -> None:
    html = page(f"<meta property='og:site_name' content='{stated}'>")
    assert clean_html(html, url=URL).publisher == "Valley Ledger"


def test_publisher_comes_from_jsonld_or_application_name_without_og_site_name() -> None:
    ld = ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
          ' "headline": "Board backs plan", "publisher": {"@id": "#org"}},'
          ' {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Hill Courier"}]}</script>')
    assert clean_html(page(ld), url=URL).publisher == "Hill Courier"
    named = page("<meta name='application-name' content='Hill Courier'>")
    assert clean_html(named, url=URL).publisher == "Hill Courier"


# --- byline -------------------------------------------------------------------------------

def test_byline_is_this_articles_not_a_trending_cards_before_it() -> None:
    rail = ("<aside class='trending'><div class='card'><a href='/x'>Other story</a>"
            "<span class='byline'>By Rosa Delgado</span></div></aside>")
    meta = "<div class='meta'><a rel='author' href='/a'>Kenji Albright</a></div>"
    cards = "<div class='related-stories'><div class='byline'>By Sam Whitford</div></div>"
    html = page(before=rail, article=meta, after=cards)
    assert [a.name for a in clean_html(html, url=URL).authors] == ["Kenji Albright"]


def test_byline_in_the_articles_own_footer_is_its_byline() -> None:
    footer = "<footer><p class='author'>By Wendell Okafor</p></footer>"
    html = page().replace("</article>", footer + "</article>")
    assert [a.name for a in clean_html(html, url=URL).authors] == ["Wendell Okafor"]


def test_a_cards_byline_is_the_last_resort_after_meta_author() -> None:
    rail = "<nav><div class='story-info'><span class='byline'>Joanna Pike</span></div></nav>"
    alone = page(before=rail)
    assert [a.name for a in clean_html(alone, url=URL).authors] == ["Joanna Pike"]
    stated = page("<meta name='byl' content='By Corey Lund'>", before=rail)
    assert [a.name for a in clean_html(stated, url=URL).authors] == ["Corey Lund"]


def test_jsonld_author_skips_organisations_and_meta_author_urls() -> None:
    head = ("<meta property='article:author' content='https://www.facebook.com/ledger'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Board'
            ' backs plan", "author": [{"@type": "Organization", "name": "Valley Ledger"},'
            ' {"@type": "Person", "name": "Itzel Barragán"}]}</script>')
    assert [a.name for a in clean_html(page(head), url=URL).authors] == ["Itzel Barragán"]


@pytest.mark.parametrize(("shown", "name"), [
    ("佐藤花子記者", "佐藤花子"),
    ("記者 陳嘉欣", "陳嘉欣"),
    ("ผู้เขียน: สมศรี วงศ์ใหญ่", "สมศรี วงศ์ใหญ่"),
    ("Ana Ruiz", "Ana Ruiz"),
])
def test_unspaced_script_bylines_lose_their_labels(shown: str, name: str) -> None:
    assert without_byline_label(shown) == name


@pytest.mark.parametrize("text", [
    "運輸署今日宣布，長洲碼頭擴建工程將於下月中動工。",  # a body sentence
    "精彩视频推荐",  # a section label: longer than a name
    "旧駅舎を図書館に改修へ　市が基本計画案を発表、二〇二八年春の開館を目指す",  # a headline
])
def test_an_unspaced_script_sentence_is_not_a_byline(text: str) -> None:
    assert without_byline_label(text) is None


# --- dates --------------------------------------------------------------------------------

def test_date_keeps_the_pages_own_offset_when_meta_gives_utc() -> None:
    head = ("<meta property='article:published_time' content='2026-03-02T18:30:00Z'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Board'
            ' backs plan", "datePublished": "2026-03-03T05:30:00+11:00"}</script>')
    assert clean_html(page(head), url=URL).datePublished == "2026-03-03T05:30:00+11:00"


def test_a_different_instant_does_not_replace_the_first_source() -> None:
    head = ("<meta property='article:published_time' content='2026-03-02T18:30:00Z'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Board'
            ' backs plan", "datePublished": "2026-03-01T05:30:00+11:00"}</script>')
    assert clean_html(page(head), url=URL).datePublished == "2026-03-02T18:30:00+00:00"


def test_time_in_a_header_outside_article_dates_the_page_but_a_teasers_does_not() -> None:
    teaser = "<aside><time datetime='2025-01-01T10:00:00+01:00'>1.1.2025</time></aside>"
    header = "<div class='head'><time datetime='2026-01-14T17:05:00+01:00'>14.1.</time></div>"
    html = (f"<html><body>{teaser}{header}<div class='story'><h1>Board backs plan</h1>{BODY}"
            "</div></body></html>")
    assert clean_html(html, url=URL).datePublished == "2026-01-14T17:05:00+01:00"


def test_a_visible_chinese_stamp_dates_a_page_without_machine_dates() -> None:
    stamp = "<div class='date-source'><span class='date'>2026年03月05日 11:24</span></div>"
    html = page(article=stamp)
    assert clean_html(html, url=URL).datePublished == "2026-03-05T11:24:00"


# --- chrome inside the article ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "<strong>Read more:</strong> <a href='/a'>Dock prices hit a five-year low</a>",
    "<strong>Lea también:</strong> <a href='/b'>Incendio consume 70 locales</a>",
    "LIRE AUSSI. <a href='/c'>La passerelle fermée jusqu'à nouvel ordre</a>",
    "Czytaj też: <a href='/d'>Bilety okresowe drożeją od marca</a>",
    "<b>Auch interessant:</b> <a href='/e'>Notaufnahme: Wartezeiten werden kürzer</a>",
])
def test_cross_link_paragraphs_leave_the_body(line: str) -> None:
    body = clean_html(page(article=f"<p>{line}</p>"), url=URL).articleBody
    link_text = re.sub(r"<[^>]+>", "", line).split(":")[-1].split(".")[-1].strip()
    assert link_text not in body
    assert "courthouse on Main Street" in body


def test_a_paragraph_that_only_mentions_read_more_stays() -> None:
    text = "Read more about the plan in the county's own summary, which runs to forty pages."
    html = page(article=f"<p>{text} <a href='/s'>summary</a></p>")
    body = clean_html(html, url=URL).articleBody
    assert "forty pages" in body


def test_related_block_after_the_article_leaves_with_its_heading() -> None:
    block = ("<div class='more'><h3>More from Business</h3><ul><li><a href='/1'>Bank fee"
             " review lands on desk</a></li><li><a href='/2'>Airline trims winter routes</a>"
             "</li></ul></div>")
    html = page().replace("</article>", block + "</article>")
    body = clean_html(html, url=URL).articleBody
    assert "More from Business" not in body and "Airline trims" not in body


def test_lists_tables_and_subheadings_of_the_article_stay() -> None:
    extra = ("<h2>What changes for residents</h2><ul><li>Pre-registration stays open.</li>"
             "<li>The promised monthly price holds for two years.</li></ul><table><tr><th>Suburb"
             "</th><th>Rent</th></tr><tr><td>Marrick Park</td><td>$820</td></tr></table>")
    body = clean_html(page(article=extra), url=URL).articleBody
    for text in ("What changes for residents", "Pre-registration stays open", "Marrick Park"):
        assert text in body


@pytest.mark.parametrize("chrome", [
    "<p>Quelle: Brauerei Hofmann GmbH</p>",
    "<p><strong>Pressekontakt:</strong><br>Lena Staudt<br>Telefon: 06352 000000</p>",
    "<p>Local journalism needs your support. Subscribe today for 99 cents.</p>",
    "<div><p>This content is not available due to your privacy preferences.</p>"
    "<p>Update your settings here to see it.</p></div>",
])
def test_source_press_support_and_consent_lines_leave_the_body(chrome: str) -> None:
    body = clean_html(page(article=chrome), url=URL).articleBody
    first_words = re.sub(r"<[^>]+>", " ", chrome).split()[:2]
    assert " ".join(first_words) not in body
    assert "courthouse on Main Street" in body


# --- aggregator editions ------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://news.yahoo.co.jp/articles/3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901",
    "https://uk.news.yahoo.com/ferry-strike-strands-islanders-123456789.html",
    "https://de.nachrichten.yahoo.com/brand-im-hafen-101500123.html",
    "https://es-us.noticias.yahoo.com/lluvias-en-la-costa-130000456.html",
])
def test_yahoo_editions_are_yahoo_articles(url: str) -> None:
    profile = profile_for(url)
    assert profile.name == "yahoo"
    assert profile.article_url is not None and profile.article_url.match(url)


@pytest.mark.parametrize(("url", "market"), [
    ("https://www.msn.com/ja-jp/news/national/ar-AA1abCd", "ja-jp"),
    ("https://www.msn.com/sr-latn-rs/vesti/ar-BB1xYz", "sr-latn-rs"),
    ("https://www.msn.com/en-gb/ar-AA1qRs", "en-gb"),
])
def test_msn_markets_are_read_from_the_url(url: str, market: str) -> None:
    found = msn_content_id(url)
    assert found is not None and found[0] == market


def test_a_chinese_section_label_in_the_text_is_not_taken_for_the_byline() -> None:
    html = ("<html lang='zh'><body><article><h1>公交线路试运行</h1>"
            "<p><strong>精彩视频推荐</strong></p>"
            "<p>3月5日上午，江湾新区首条无人驾驶公交线路开始试运行，全程9.6公里。</p>"
            "<p>新区计划年内再开通两条无人驾驶公交线路。</p></article></body></html>")
    article = clean_html(html, url=URL)
    assert article.authors == [] and article.bylineRaw is None


def test_yahoo_japan_page_takes_the_provider_and_no_body_sentence_as_byline() -> None:
    html = ("<html lang='ja'><body><div id='ym_newsarticle'><div class='hd'><h1>市が新図書館の"
            "計画案</h1><p class='source'><a href='/media/x'>北日報</a> 3/6(金) 7:00配信</p></div>"
            "<div class='articleMain'><div class='paragraph'><p class='ynDetailText'>市は5日、"
            "旧駅舎を図書館に改修する基本計画案をまとめた。<br><br>事業費は約8億円を見込む。</p></div>"
            "<div class='ynDetailRelArticle'><ul><li><a href='/r'>関連の記事</a></li></ul></div>"
            "</div></div></body></html>")
    article = clean_html(html, url="https://headlines.yahoo.co.jp/hl?a=20260306-00000001-kitan-l01")
    assert article.aggregator == "yahoo"
    assert article.publisher == "北日報"
    assert article.authors == []
    assert "旧駅舎を図書館に改修する" in article.articleBody
    assert "関連の記事" not in article.articleBody


def test_consent_placeholder_in_a_yahoo_body_is_chrome() -> None:
    paragraphs = "".join(f"<p>The ferry strike entered its {n} day on Tuesday, leaving the"
                         " island short of fresh food and fuel.</p>" for n in ("third", "fourth"))
    html = ("<html lang='en-GB'><body><header class='caas-header'><h1>Ferry strike drags on"
            "</h1></header><div class='caas-attr-provider-name'>Harbour Post</div>"
            f"<div class='caas-body'>{paragraphs}<div class='embed'><p>This content is not"
            " available due to your privacy preferences.</p><p>Update your settings here to see"
            " it.</p></div></div></body></html>")
    article = clean_html(html, url="https://uk.news.yahoo.com/ferry-strike-drags-on-101500123.html")
    assert article.aggregator == "yahoo" and article.publisher == "Harbour Post"
    assert "privacy preferences" not in article.articleBody
    assert "Update your settings" not in article.articleBody
    assert "fourth day" in article.articleBody
