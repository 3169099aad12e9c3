"""Publisher pages, round 2 (issue 12): the byline's parts (a desk before the name, a city or
role after it, a label in an element of its own), site names with a full-width tagline bar,
cross-links, appeals and press contacts in more languages, an event's date line in the body,
the day a URL is filed under, and lists, tables and subheadings the main-content extractor
left out mid-article. Invented pages and strings in the shape of real ones; the whole tuning
pages are ``fixtures/metadata/tune2`` (``fixtures/metadata/holdout2`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean_html
from newsclean.core.holes import restore_holes, without_trailing_heading
from newsclean.core.html import byline_text, site_name
from tools.regen_fixtures import Case, cases

from .test_page_metadata import assert_labelled_fields

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE2 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune2"

PARAS = ("<p>The harbour board approved forty new moorings for small boats on Tuesday after a "
         "year of talks with the sailing club and the fishermen's union.</p>"
         "<p>Work on the pontoons starts in April and should be finished before the summer "
         "season, the board's chairwoman told the meeting.</p>")


def page(meta: str = "", header: str = "", body: str = PARAS, after: str = "",
         lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Moorings approved</title>"
            f"{meta}</head><body><article><h1>Moorings approved</h1>{header}"
            f"<div class='article-body'>{body}</div></article>{after}</body></html>")


def first(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html)


# --- the byline's parts -------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "text"), [
    ("<div class='byline'><span class='byline__ressort'>Lokales</span> "
     "<span class='byline__name'>Jonas Abel</span></div>", "Jonas Abel"),
    ("<div class='autor'><span class='autor-nombre'>Irene Soler</span>"
     "<span class='autor-ciudad'>Alicante</span></div>", "Irene Soler"),
    ("<p class='byline'><a href='/a/ruth'>Ruth Engel</a> <span class='byline-role'>Science "
     "Editor</span> <a class='twitter-follow' href='#'>@ruthengel</a></p>", "Ruth Engel"),
    ("<div class='post-author'><span class='label'>Tekst</span> <a href='/a'>Ewa Lis</a></div>",
     "Tekst: Ewa Lis"),
    ("<div class='post-author'><span>Autor</span><a href='/a'>Ewa Lis</a></div>",
     "Autor: Ewa Lis"),
    ("<div class='byline'>By <a href='/a'>Ewa Lis</a></div>", "By Ewa Lis"),
])
def test_a_bylines_desk_city_role_and_own_label_element_are_read_apart(
    markup: str, text: str
) -> None:
    assert byline_text(first(markup)) == text


_BYLINE_PIECES = ["<span class='byline__name'>", "<span class='byline-role'>", "<a href='/a'>",
                  "</span>", "</a>", "Ana Lis", " ", "\n  ", "|", " | ", "Autor", "Tekst",
                  "<span>", "Science Editor of the weekly supplement", "x" * 30, "\u00a0"]


@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=30), st.integers(0, 120))
def test_a_byline_read_with_a_length_cap_is_the_same_text_or_sure_to_be_longer(
    pieces: list[str], cap: int,
) -> None:
    """Read with a cap, a byline element's text is given as without one, or None only when
    that text is longer than the cap (the reading stops there)."""
    el = first("<div class='byline'>" + "".join(pieces) + "</div>")
    whole = byline_text(el)
    capped = byline_text(el, longer_than=cap)
    assert capped == whole if capped is not None else len(whole) > cap


def test_a_byline_box_holding_a_column_is_passed_over_for_the_byline_after_it() -> None:
    """An author box holding a long biography (a byline class on a whole column) is no
    byline; the byline marked after it names the author."""
    bio = "".join(f"<p>Paragraph {i} of a long biography of the columnist.</p>" for i in range(40))
    page = ("<html><head><title>Harbour plan approved</title></head><body><article>"
            "<h1>Harbour plan approved</h1>"
            f"<div class='author-box'><div class='author-bio'>{bio}</div></div>"
            "<p class='byline'>By Marta Kowal</p>"
            "<p>The council approved the harbour plan on Monday after a long debate.</p>"
            "<p>Work on the new quay starts in spring and ends before the autumn storms.</p>"
            "</article></body></html>")
    assert [a.name for a in clean_html(page).authors] == ["Marta Kowal"]


def test_a_desk_before_the_name_is_no_part_of_the_author() -> None:
    header = ("<div class='byline'><span class='byline__desk'>Wirtschaft</span> "
              "<span class='byline__name'>Jonas Abel</span></div>")
    assert [a.name for a in clean_html(page(header=header), now=NOW).authors] == ["Jonas Abel"]


def test_a_pinyin_author_class_names_the_chinese_author_and_not_the_editor() -> None:
    header = "<span class='zuozhe'>作者：梁文静</span><span class='bianji'>编辑：孔立</span>"
    art = clean_html(page(header=header, lang="zh-CN"), now=NOW)
    assert [a.name for a in art.authors] == ["梁文静"]


@pytest.mark.parametrize(("header", "authors"), [
    ("<div class='c-sub'><span class='c-txt'>Von Helga Wirth</span>"
     "<span class='c-txt'>18.02.2026</span></div>", ["Helga Wirth"]),
    ("<p class='sub'>Por Irene Soler</p>", ["Irene Soler"]),
    ("<div class='m'><a href='/autores/irene-soler'>Irene Soler</a> y "
     "<a href='/autores/ana-lis'>Ana Lis</a></div>", ["Irene Soler", "Ana Lis"]),
    ("<div class='m'><a href='https://ledger.example/people/kofi-mensah/'>Kofi Mensah</a>"
     "</div>", ["Kofi Mensah"]),
    ("<div class='m'><a href='/authors/'>All authors</a></div>", []),
    ("<div class='m'><a href='/topics/harbour/'>Harbour Master</a></div>", []),
])
def test_a_byline_under_the_headline_without_a_byline_class_is_found(
    header: str, authors: list[str]
) -> None:
    assert [a.name for a in clean_html(page(header=header), now=NOW).authors] == authors


def test_an_author_link_in_a_related_card_is_another_storys() -> None:
    after = ("<div class='related-stories'><a href='/x'>Ferry fares rise</a>"
             "<a href='/author/ben-ode'>Ben Ode</a></div>")
    html = page(after=after).replace("<h1>", "<div class='related-top'><a href='/author/"
                                     "ben-ode'>Ben Ode</a></div><h1>")
    assert clean_html(html, now=NOW).authors == []


ZH_BODY = ("<p>　　记者8日从古镇管委会获悉，今年2月推出的夜游线路开通首月共接待游客五万余人次，"
           "带动周边餐饮消费明显增长。</p><p>　　管委会负责人表示，下一步将延长周末运营时间，"
           "并增加无障碍设施。</p>")


@pytest.mark.parametrize(("header", "authors"), [
    ("<div class='author'><a href='/u/1'>周雨桐</a><span class='btn'>关注</span></div>",
     ["周雨桐"]),
    ("<div class='article-author'>记者 周雨桐 摄影 王强</div>", ["周雨桐"]),
    ("<div class='info'><span>作者：</span><span>周雨桐</span></div>", ["周雨桐"]),
    ("<div class='info'><span>2026年3月8日</span><span>文/周雨桐</span></div>", ["周雨桐"]),
    ("<div class='author'>2026-03-08 10:32 来源：东吴晚报</div>", []),
    ("<span class='author'>责任编辑：陆晓峰</span>", []),
])
def test_a_chinese_byline_beside_a_button_date_source_or_photo_credit_is_the_name_only(
    header: str, authors: list[str]
) -> None:
    art = clean_html(page(header=header, body=ZH_BODY, lang="zh-CN"), now=NOW)
    assert [a.name for a in art.authors] == authors


def test_an_author_tag_naming_the_site_or_its_desk_is_no_person() -> None:
    meta = ("<meta property='og:site_name' content='东吴网'>"
            "<meta name='author' content='东吴网新闻中心'>")
    art = clean_html(page(meta=meta, body=ZH_BODY, lang="zh-CN"), now=NOW)
    assert art.authors == [] and art.publisher == "东吴网"


# --- publisher ----------------------------------------------------------------------------

@pytest.mark.parametrize(("stated", "name"), [
    ("みなと日報｜地域のニュース", "みなと日報"),
    ("東方晨報　最新ニュース", "東方晨報"),
    ("  Harbour Ledger  ", "Harbour Ledger"),
    ("Harbour Ledger | News from the bay", "Harbour Ledger"),
])
def test_a_site_name_loses_its_tagline_after_a_full_width_bar(stated: str, name: str) -> None:
    assert site_name({"og:site_name": stated}, []) == name


@pytest.mark.parametrize("meta", [
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
    "\"Moorings approved\", \"publisher\": \"Harbour Ledger\"}</script>",
    "<meta name='publisher' content='Harbour Ledger'>",
    "<meta name='apple-mobile-web-app-title' content='Harbour Ledger'>",
])
def test_a_site_named_only_by_a_bare_json_ld_name_or_a_publisher_tag_is_the_publisher(
    meta: str
) -> None:
    assert clean_html(page(meta=meta), now=NOW).publisher == "Harbour Ledger"


def test_a_publisher_tag_holding_a_url_names_no_site() -> None:
    meta = "<meta name='publisher' content='https://www.facebook.com/harbourledger'>"
    assert clean_html(page(meta=meta), now=NOW).publisher is None


# --- chrome inside the article ------------------------------------------------------------

@pytest.mark.parametrize(("chrome", "lang"), [
    ("<p><strong>Przeczytaj też:</strong> <a href='/x'>Most zwodzony znów otwarty</a></p>", "pl"),
    ("<p>Ver también: <a href='/x'>El puerto amplía el muelle norte</a></p>", "es"),
    ("<p><b>Saiba mais:</b> <a href='/x'>Porto recebe novo rebocador</a></p>", "pt"),
    ("<p>Weiterlesen: <a href='/x'>Hafenfest fällt aus</a></p>", "de"),
    ("<p>Medienkontakt: Hafenamt Lindau, Tel. 08382 000000</p>", "de"),
    ("<p>Źródło: Urząd Morski w Gdyni</p>", "pl"),
    ("<div class='box'><h3>Apoie o jornalismo independente</h3><p>Seja assinante.</p></div>", "pt"),
    ("<div class='cta'><h2>Support nonprofit local news</h2><p>Give today.</p></div>", "en"),
])
def test_cross_links_sources_contacts_and_appeals_in_more_languages_leave_the_body(
    chrome: str, lang: str
) -> None:
    head, tail = PARAS.split("</p>", 1)
    body = clean_html(page(body=f"{head}</p>{chrome}{tail}", lang=lang), now=NOW).articleBody
    assert "moorings" in body and "pontoons" in body
    gone = lxml.html.fragment_fromstring(chrome).text_content().split()[-1]
    assert gone not in body


# --- dates --------------------------------------------------------------------------------

EVENT = ("<dl class='event-info'><dt>When</dt><dd>April 18, 2026, 7 p.m.</dd>"
         "<dt>Where</dt><dd>Harbour Hall</dd></dl>")


def test_an_events_date_line_days_after_the_stated_date_stays_in_the_body() -> None:
    meta = "<meta property='article:published_time' content='2026-03-02T09:00:00-05:00'>"
    art = clean_html(page(meta=meta, body=EVENT + PARAS), now=NOW)
    assert art.datePublished == "2026-03-02T09:00:00-05:00"
    assert "April 18, 2026, 7 p.m." in (art.articleBody or "")


def test_a_dated_list_item_after_the_lead_paragraphs_is_article_text() -> None:
    details = ("<h3>If you go</h3><dl><dt>When</dt><dd>April 9, 7 p.m.</dd>"
               "<dt>Where</dt><dd>Harbour Hall</dd></dl>")
    art = clean_html(page(body=PARAS + details), now=NOW)
    assert art.datePublished is None
    assert "April 9, 7 p.m." in (art.articleBody or "")


def test_a_dated_list_item_over_the_article_is_still_its_stamp() -> None:
    header = "<ul class='meta'><li>By Ann Lee</li><li>March 4, 2025</li></ul>"
    assert (clean_html(page(header=header), now=NOW).datePublished or "")[:10] == "2025-03-04"


def test_a_shown_stamp_of_the_stated_day_is_still_the_stamp() -> None:
    meta = "<meta property='article:published_time' content='2026-03-02T09:00:00-05:00'>"
    art = clean_html(page(meta=meta, body="<p>March 2, 2026</p>" + PARAS), now=NOW)
    assert "March 2, 2026" not in (art.articleBody or "")
    assert (art.datePublished or "").startswith("2026-03-02")


@pytest.mark.parametrize("stamp", [
    "<time>March 5, 2026</time>",
    "<div><span>Posted:</span> <span>05.03.2026, 10:32</span></div>",
    "<span class='sub'>Publicado el 5 de marzo de 2026</span>",
])
def test_a_stamp_under_the_headline_that_no_class_names_dates_the_page(stamp: str) -> None:
    assert (clean_html(page(header=stamp), now=NOW).datePublished or "")[:10] == "2026-03-05"


def test_a_sentence_under_the_headline_that_mentions_a_day_does_not_date_the_page() -> None:
    header = "<p class='dek'>The board met on March 3, 2026 at the harbour office</p>"
    assert clean_html(page(header=header), now=NOW).datePublished is None


UTC_META = "<meta property='article:published_time' content='2026-03-12T13:45:00Z'>"


@pytest.mark.parametrize("stamp", [
    "<p>Actualizado 12/03/2026 16:00</p>",
    "<p>Updated March 12, 2026 4:00 p.m.</p>",
])
def test_an_update_stamp_in_any_language_is_the_modified_date_and_places_nothing(
    stamp: str
) -> None:
    art = clean_html(page(meta=UTC_META, body=stamp + PARAS), now=NOW)
    assert art.datePublished == "2026-03-12T13:45:00+00:00"
    assert art.dateModified == "2026-03-12T16:00:00"


def test_a_page_dated_only_by_its_url_gets_that_day() -> None:
    meta = "<link rel='canonical' href='https://ledger.example/2026/02/17/moorings-approved/'>"
    assert clean_html(page(meta=meta), now=NOW).datePublished == "2026-02-17"


@pytest.mark.parametrize("url", [
    "https://ledger.example/2026/02/30/moorings/",  # no such day
    "https://ledger.example/2031/02/17/moorings/",  # after the year after now
    "https://ledger.example/news/20260217-moorings/",  # no separators: an id as likely
])
def test_no_day_is_read_from_a_url_that_files_none(url: str) -> None:
    meta = f"<link rel='canonical' href='{url}'>"
    assert clean_html(page(meta=meta), now=NOW).datePublished is None


def test_the_markup_date_wins_over_the_url_day() -> None:
    meta = ("<link rel='canonical' href='https://ledger.example/2026/02/17/moorings/'>"
            "<meta property='article:published_time' content='2026-02-18T07:00:00+01:00'>")
    assert clean_html(page(meta=meta), now=NOW).datePublished == "2026-02-18T07:00:00+01:00"


# --- blocks the extractor left out --------------------------------------------------------

def test_a_list_left_out_between_two_kept_paragraphs_goes_back_in_its_place() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><article><p>Three berths are planned:</p>"
        "<ul><li>North quay</li><li>Ferry slip</li></ul><h2>Costs</h2>"
        "<p>The board expects the work to cost four million.</p></article></body></html>")
    lines = ["Three berths are planned:", "The board expects the work to cost four million."]
    assert restore_holes(root.find(".//article"), lines) == [
        "Three berths are planned:", "- North quay", "- Ferry slip", "Costs",
        "The board expects the work to cost four million."]


@pytest.mark.parametrize("tail", [
    # at the end of the article: a related list, not a hole
    "<p>The board expects the work to cost four million.</p><ul><li>North quay</li></ul>",
    # a run holding a paragraph: the extractor's own choice
    "<ul><li>North quay</li></ul><p>Sign up for our newsletter.</p>"
    "<p>The board expects the work to cost four million.</p>",
    # linked titles between paragraphs: a related list
    "<ul><li><a href='/a'>Ferry fares rise again in June</a></li></ul>"
    "<p>The board expects the work to cost four million.</p>",
    # another story's card
    "<div class='related-card'><h3>Ferry fares rise</h3></div>"
    "<p>The board expects the work to cost four million.</p>",
])
def test_what_the_extractor_left_out_at_the_edges_or_as_links_stays_out(tail: str) -> None:
    root = lxml.html.document_fromstring(
        f"<html><body><article><p>Three berths are planned:</p>{tail}</article></body></html>")
    lines = ["Three berths are planned:", "The board expects the work to cost four million."]
    assert restore_holes(root.find(".//article"), lines) == lines


def test_a_subheading_over_a_table_is_kept_with_the_table() -> None:
    body = (PARAS + "<h2>Mooring fees</h2><table><tr><th>Boat</th><th>Fee</th></tr>"
            "<tr><td>Under 8 m</td><td>€300</td></tr></table>"
            "<p>Fees are due at the start of the season and cover water and power.</p>")
    art = clean_html(page(body=body), now=NOW)
    assert "Mooring fees" in (art.articleBody or "") and "€300" in (art.articleBody or "")


@pytest.mark.parametrize(("tail", "heading"), [
    ("<h3>Around the region</h3><ul><li><a href='/a'>Ferry back</a></li></ul>",
     "Around the region"),
    ("<div><strong>Further coverage</strong><ul><li><a href='/a'>Ferry back</a></li></ul></div>",
     "Further coverage"),
    ("<p><b>Leia também</b></p><ul><li><a href='/a'>Balsa volta a operar</a></li></ul>",
     "Leia também"),
])
def test_a_heading_left_as_the_last_line_over_a_dropped_list_goes(
    tail: str, heading: str
) -> None:
    root = lxml.html.document_fromstring(
        f"<html><body><article><p>The quay reopens in May.</p>{tail}</article></body></html>")
    lines = ["The quay reopens in May.", heading]
    assert without_trailing_heading(root.find(".//article"), lines) == lines[:1]


@pytest.mark.parametrize("tail", [
    "<p><b>Contributing: Ann Lee</b></p>",  # a bold closing line heads nothing
    "<p>Read the board's report <b>here</b></p>",
])
def test_a_bold_closing_line_that_heads_nothing_stays(tail: str) -> None:
    root = lxml.html.document_fromstring(
        f"<html><body><article><p>The quay reopens in May.</p>{tail}</article></body></html>")
    lines = ["The quay reopens in May.", lxml.html.fragment_fromstring(tail).text_content()]
    assert without_trailing_heading(root.find(".//article"), lines) == lines


# --- the tuning pages ---------------------------------------------------------------------

PAGES = cases(TUNE2)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tuning_page_gives_its_fields_and_keeps_its_text_without_chrome(case: Case) -> None:
    art = clean_html(case.body(), now=NOW)
    want = case.spec() or {}
    assert_labelled_fields(art, want)
    body = " ".join((art.articleBody or "").split())
    assert [s for s in want["bodyContains"] if s not in body] == []
    assert [s for s in want["bodyWithout"] if s in body] == []
