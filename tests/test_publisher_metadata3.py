"""Publisher pages, round 3 (issue 12): which source names the article's author when a page
has several (a person wins over a desk or an agency named earlier), meta tags carrying several
RDFa properties, the outlet's name set beside its reporter in the byline, and the site's name
as the page spells it out ("TheHill" → "The Hill"). Invented pages and strings in the shape of
real ones; the whole tuning pages are ``fixtures/metadata/tune3`` (``fixtures/metadata/
holdout3`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newsclean import clean_html
from newsclean.core.page import scan_head
from newsclean.core.sitename import spelt_out, title_site
from tools.regen_fixtures import Case, cases

from .test_page_metadata import assert_tuning_page

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE3 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune3"

PARAS = ("<p>The county opened its third cooling centre on Monday as the heat advisory was "
         "extended through the weekend for the whole river valley.</p>"
         "<p>Volunteers will check on older residents who live alone, the emergency manager "
         "told reporters at the library.</p>")


def page(meta: str = "", header: str = "", ld: str = "") -> str:
    script = f"<script type='application/ld+json'>{ld}</script>" if ld else ""
    return (f"<html lang='en'><head><meta charset='utf-8'><title>Cooling centre opens</title>"
            f"{meta}{script}</head><body><article><h1>Cooling centre opens</h1>{header}"
            f"<div class='article-body'>{PARAS}</div></article></body></html>")


def authors(html: str) -> list[str]:
    return [a.name for a in clean_html(html, now=NOW).authors]


# --- which source names the author ------------------------------------------------------------

@pytest.mark.parametrize("meta_author", ["Newsroom Desk", "Metro Desk", "Nordpresse Agency"])
def test_a_person_in_json_ld_wins_over_a_desk_in_the_author_meta_tag(meta_author: str) -> None:
    html = page(meta=f"<meta name='author' content='{meta_author}'>",
                ld='{"@type":"NewsArticle","headline":"Cooling centre opens",'
                   '"author":{"@type":"Person","name":"Odile Marchetti"}}')
    assert authors(html) == ["Odile Marchetti"]


def test_a_later_meta_tag_naming_a_person_wins_over_one_naming_a_desk() -> None:
    html = page(meta="<meta name='author' content='Metro Desk'>"
                     "<meta name='parsely-author' content='Odile Marchetti'>")
    assert authors(html) == ["Odile Marchetti"]


def test_a_desk_alone_is_still_read_when_no_source_names_a_person() -> None:
    art = clean_html(page(meta="<meta name='author' content='Metro Desk'>"), now=NOW)
    assert art.authors == [] and art.bylineRaw == "Metro Desk"


def test_a_related_card_byline_does_not_beat_a_desk_the_page_names_itself() -> None:
    html = page(meta="<meta name='author' content='Metro Desk'>").replace(
        "</article>", "</article><aside class='related'><div class='card'><h3><a href='/x'>"
        "Pool hours extended</a></h3><span class='byline'>By Tobias Rennert</span></div></aside>")
    assert authors(html) == []


CARDS = ("<div class='more'><div class='bloc'><h3><a href='/a/1'>Pool hours extended</a></h3>"
         "<span class='{mark}'>By Tobias Rennert</span></div></div>")


def test_a_card_byline_is_not_taken_when_json_ld_names_an_organisation_as_author() -> None:
    html = page(ld='{"@type":"NewsArticle","headline":"Cooling centre opens",'
                   '"author":{"@type":"Organization","name":"Continental Wire Service"}}')
    html = html.replace("</article>", "</article>" + CARDS.format(mark="byline"))
    assert authors(html) == []


def test_a_card_byline_is_still_the_last_resort_when_the_page_names_no_author() -> None:
    html = page().replace("</article>", "</article>" + CARDS.format(mark="byline"))
    assert authors(html) == ["Tobias Rennert"]


def test_an_unmarked_by_line_under_a_cards_linked_title_is_not_the_byline() -> None:
    short = "<p>The county opened a cooling centre on Monday.</p><p>It stays open late.</p>"
    html = page().replace(PARAS, short).replace(
        "</article>", "</article>" + CARDS.format(mark="small"))
    assert authors(html) == []


@pytest.mark.parametrize("thread", [
    "<div class='comments'><div class='comment-author'>Jim Beam</div><p>Nice piece.</p></div>",
    "<ol id='comment-list'><li><span class='byline'>Jim Beam</span> says</li></ol>",
])
def test_a_commenters_name_is_never_the_byline(thread: str) -> None:
    assert authors(page().replace("</article>", f"{thread}</article>")) == []


@pytest.mark.parametrize("word", ["Nachrichtenagentur", "Agentur"])
def test_an_agency_word_in_german_makes_the_author_tag_an_organisation(word: str) -> None:
    html = page(meta=f"<meta name='author' content='Nordpresse {word}'>",
                ld='{"@type":"NewsArticle","headline":"Cooling centre opens",'
                   '"author":[{"@type":"Person","name":"Greta Albers"}]}')
    assert authors(html) == ["Greta Albers"]


@pytest.mark.parametrize("markup", [
    "<p id='byline'>Odile Marchetti</p>",
    "<div id='article-author'><a href='#om'>Odile Marchetti</a></div>",
    "<span itemprop='author creator'>Odile Marchetti</span>",
    "<a rel='author external' href='#om'>Odile Marchetti</a>",
])
def test_a_byline_marked_by_its_id_or_a_property_list_is_read(markup: str) -> None:
    assert authors(page(header=markup)) == ["Odile Marchetti"]


def test_a_meta_row_set_right_above_the_headline_gives_the_byline() -> None:
    html = page().replace("<h1>", "<div class='meta'><span>By Odile Marchetti</span> "
                                  "<span>June 3, 2026</span></div><h1>")
    assert authors(html) == ["Odile Marchetti"]


def test_a_teaser_rail_above_the_headline_gives_no_byline() -> None:
    rail = ("<section class='trending'><div class='card'><a href='/x'>Pool hours extended</a>"
            "<span>By Tobias Rennert</span></div></section>")
    assert authors(page().replace("<article>", f"<article>{rail}")) == []


def test_the_byline_under_the_headline_wins_over_a_line_above_it() -> None:
    html = page(header="<p>By Odile Marchetti</p>").replace(
        "<h1>", "<div class='kicker'><span>By Tobias Rennert</span></div><h1>")
    assert authors(html) == ["Odile Marchetti"]


@pytest.mark.parametrize(("line", "name"), [
    ("Posted by <a href='#u'>Odile Marchetti</a> on June 3, 2026", "Odile Marchetti"),
    ("Von <a href='#u'>Greta Albers</a> | 03.06.2026", "Greta Albers"),
])
def test_a_label_in_the_lines_own_text_introduces_the_linked_name(line: str, name: str) -> None:
    assert authors(page(header=f"<div class='post-info'>{line}</div>")) == [name]


def test_json_ld_creator_names_the_author_when_no_author_is_given() -> None:
    html = page(ld='{"@type":"NewsArticle","headline":"Cooling centre opens",'
                   '"creator":["Odile Marchetti"]}')
    assert authors(html) == ["Odile Marchetti"]


def test_a_microdata_author_named_only_in_a_meta_tag_is_read() -> None:
    html = page(header="<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
                       "<meta itemprop='name' content='Odile Marchetti'></div>")
    assert authors(html) == ["Odile Marchetti"]


# --- meta tags ------------------------------------------------------------------------------

def test_a_meta_tag_with_several_rdfa_properties_gives_each_its_value() -> None:
    root = lxml.html.document_fromstring(
        "<html><head><meta property='dc:creator schema:author' content='Wendell Oduya'>"
        "<meta property='og:title' content='A'></head><body></body></html>")
    tags = scan_head(root).tags
    assert tags["dc:creator"] == tags["schema:author"] == "Wendell Oduya"


@pytest.mark.parametrize("name", ["dc:creator", "dcterms.creator", "dcterms:creator"])
def test_dublin_core_creator_tags_in_any_spelling_name_the_author(name: str) -> None:
    assert authors(page(meta=f"<meta name='{name}' content='Wendell Oduya'>")) == [
        "Wendell Oduya"]


@pytest.mark.parametrize("name", ["Author", "AUTHOR", "DC.Creator", "Parsely-Author"])
def test_an_author_meta_tag_is_read_whatever_the_case_of_its_name(name: str) -> None:
    assert authors(page(meta=f"<meta name='{name}' content='Wendell Oduya'>")) == [
        "Wendell Oduya"]


# --- the outlet beside its reporter ---------------------------------------------------------

@pytest.mark.parametrize("mark", ["publication", "article-source", "byline__source"])
def test_the_outlet_named_beside_the_reporter_is_no_part_of_the_name(mark: str) -> None:
    header = (f"<div class='byline-section'><div class='attribution'>\n<span class='author'>"
              f"\n Rhea Castillo\n</span>\n<span class='{mark}'>\n Suncoast Today\n</span></div>"
              f"<div class='publish-date'>Published 5:12 AM EST Feb 27, 2026</div></div>")
    assert authors(page(header=header)) == ["Rhea Castillo"]


# --- the site's name ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "stated", "title", "handle", "want"), [
    ("TheHill", ["The Hill"], None, None, "The Hill"),
    ("CTVNews", [], "Snow day for the valley | CTV News", None, "CTV News"),
    ("floridatoday", [], "Snow day", "@Florida_Today", "Florida Today"),
    ("gulfshoredaily", ["Gulf Shore Daily"], None, "@GulfShore_Daily", "Gulf Shore Daily"),
    ("@valleybeacon", [], "Snow day | Valley Beacon", None, "Valley Beacon"),
    ("@politifact", [], "Snow day | PolitiFact Ohio", None, "politifact"),
    ("Healthline", ["Healthline Media"], None, None, "Healthline"),  # other words: kept
    ("Ledger", ["The Ledger Group"], "Ledger", None, "Ledger"),
])
def test_a_compact_site_name_takes_the_spelt_out_form_with_the_same_letters(
    name: str, stated: list[str], title: str | None, handle: str | None, want: str
) -> None:
    assert spelt_out(name, stated, title, handle) == want


def test_the_masthead_link_spells_out_a_compact_og_site_name() -> None:
    html = page(meta="<meta property='og:site_name' content='harbourledger'>").replace(
        "<body>", "<body><header><a class='logo' href='/'>Harbour Ledger</a></header>")
    assert clean_html(html, now=NOW).publisher == "Harbour Ledger"


@pytest.mark.parametrize(("title", "url", "want"), [
    ("Ferry cuts loom - The Harbor City Times", "https://www.hctimes.example/a",
     "The Harbor City Times"),
    ("Ferry cuts loom - Ledgerline.com", "https://ledgerline.example/2026/a", "Ledgerline.com"),
    ("Ferry cuts loom | Ledgerline", "https://news.ledgerline.co.uk/a", "Ledgerline"),
    ("Ferry cuts loom - Opinion", "https://www.ledgerline.example/a", None),  # a section
    ("Ferry cuts loom - Ledgerline", None, None),  # no host to check it against
    ("Ferry cuts loom", "https://ledgerline.example/a", None),
])
def test_the_titles_last_part_names_the_site_only_when_it_spells_the_host(
    title: str, url: str | None, want: str | None
) -> None:
    assert title_site(title, url) == want


def test_a_page_no_tag_names_takes_its_site_from_the_title() -> None:
    html = page(meta="<link rel='canonical' href='https://www.valleystar.example/a'>").replace(
        "<title>Cooling centre opens</title>", "<title>Cooling centre opens - Valley Star</title>")
    assert clean_html(html, now=NOW).publisher == "Valley Star"


# --- the tuning pages ---------------------------------------------------------------------

PAGES = cases(TUNE3)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tuning_page_gives_its_fields_and_keeps_its_text(case: Case) -> None:
    assert_tuning_page(case)


# --- bylines in scripts without capitals -----------------------------------------------------

CJK_PARAS = ("<p>市政府昨日宣布，将在今年年底前完成老旧小区改造工程，涉及居民超过两万户。</p>"
             "<p>改造内容包括加装电梯、更换管网和增设停车位等多个方面。</p>")


def cjk_page(header: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>老旧小区改造年底完成</title></head><body>"
            f"<div class='article'><h1>老旧小区改造年底完成</h1>{header}"
            f"<div class='content'>{CJK_PARAS}</div></div></body></html>")


@pytest.mark.parametrize(("header", "lang", "name"), [
    ("<div class='meta'>โดย สมชาย ใจดี | 11 มี.ค. 2569</div>", "th", "สมชาย ใจดี"),
    ("<div class='info'>홍길동 기자 | 입력 2026.04.21 14:32</div>", "ko", "홍길동"),
    ("<div class='info'>记者 陈静 ｜ 2026-03-03 08:00</div>", "zh-CN", "陈静"),
])
def test_an_unmarked_byline_ends_at_the_bar_before_its_date(
    header: str, lang: str, name: str
) -> None:
    assert authors(cjk_page(header, lang)) == [name]


@pytest.mark.parametrize("row", ["<span>分享到</span><a>微信</a><a>微博</a>",
                                 "<a>微博</a> <a>朋友圈</a>"])
def test_a_share_row_in_an_author_box_names_no_one(row: str) -> None:
    assert authors(cjk_page(f"<div class='author'>{row}</div>", "zh-CN")) == []


# --- dates from rarer meta tags -------------------------------------------------------------

@pytest.mark.parametrize("name", ["dc:date", "published_date", "publication_date",
                                  "article:published", "rnews:datepublished", "displaydate"])
def test_a_rarer_publication_tag_dates_the_page_in_its_offset(name: str) -> None:
    html = page(meta=f"<meta name='{name}' content='2026-04-08T13:00:00+02:00'>")
    assert clean_html(html, now=NOW).datePublished == "2026-04-08T13:00:00+02:00"


def test_json_ld_wins_over_a_rarer_publication_tag() -> None:
    html = page(meta="<meta name='published_date' content='2026-04-01T09:00:00+02:00'>",
                ld='{"@type":"NewsArticle","headline":"Cooling centre opens",'
                   '"datePublished":"2026-04-08T13:00:00+02:00"}')
    assert clean_html(html, now=NOW).datePublished == "2026-04-08T13:00:00+02:00"


@pytest.mark.parametrize("name", ["timestamp", "release_date"])
def test_a_render_time_or_another_things_date_does_not_date_the_page(name: str) -> None:
    html = page(meta=f"<meta name='{name}' content='2026-04-08T13:00:00+02:00'>")
    assert clean_html(html, now=NOW).datePublished is None


# --- JSON-LD: the page's own article node, names given in parts or escaped ---------------------

RELATED_FIRST = ('[{"@type":"NewsArticle","headline":"Pool hours extended",'
                 '"datePublished":"2026-03-01T08:00:00-05:00",'
                 '"author":{"@type":"Person","name":"Tobias Rennert"}},'
                 '{"@type":"NewsArticle","headline":"Cooling centre opens",'
                 '"datePublished":"2026-05-02T10:30:00-05:00",'
                 '"author":{"@type":"Person","name":"Odile Marchetti"}}]')


def test_the_json_ld_node_whose_headline_the_page_shows_gives_author_and_date() -> None:
    art = clean_html(page(ld=RELATED_FIRST), now=NOW)
    assert [a.name for a in art.authors] == ["Odile Marchetti"]
    assert art.datePublished == "2026-05-02T10:30:00-05:00"


@pytest.mark.parametrize(("person", "name"), [
    ('{"@type":"Person","givenName":"Odile","familyName":"Marchetti"}', "Odile Marchetti"),
    ('{"@type":"Person","name":"Odile Marchett&#233;"}', "Odile Marchetté"),
    ('{"@type":"Person","name":"Ana &amp; Lis"}', None),
])
def test_a_json_ld_person_named_in_parts_or_with_escaped_letters_is_read(
    person: str, name: str | None
) -> None:
    html = page(ld=f'{{"@type":"NewsArticle","headline":"Cooling centre opens","author":{person}}}')
    got = authors(html)
    assert got == [name] if name else "Ana &amp; Lis" not in " ".join(got)
