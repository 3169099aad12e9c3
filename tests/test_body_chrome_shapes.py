"""Chrome inside a publisher article told by its shape in any language (issue 12, pubbody):
a short label before a headline linked to the site itself is a cross-link, a small box around
a button to the site's donation or membership page is an appeal, and source lines and press
contacts in more languages leave the body; lists, fact boxes, tables and sentences that carry
a link stay. Invented strings; the whole pages are ``fixtures/publishers/body-tune``
(``body-holdout`` is never read by tests)."""

from __future__ import annotations

import re

import pytest

from newsclean import clean_html
from newsclean.core.maincontent import _SUPPORT_PATH
from tools.regen_fixtures import Case, cases

from .conftest import FIXTURES

URL = "https://www.lakesidegazette.example/news/2026/05/02/ferry-dock-rebuilt/"
FIRST = ("<p>The county finished rebuilding the ferry dock on Friday, three weeks ahead of "
         "schedule and slightly under the budget set by the harbour board last year.</p>")
LAST = ("<p>The first sailings from the new dock leave on Monday morning, and the old "
        "waiting room will be turned into a small museum of the ferry's history.</p>")


def body_of(middle: str, lang: str = "en", url: str = URL) -> str:
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Dock rebuilt</title></head>"
            "<body><nav><a href='/'>Home</a> <a href='/donate/'>Donate</a></nav>"
            f"<article><h1>Ferry dock rebuilt ahead of schedule</h1>"
            f"<div class='article-body'>{FIRST}{middle}{LAST}</div></article></body></html>")
    body = clean_html(html, url=url).articleBody or ""
    assert "finished rebuilding the ferry dock" in body and "small museum" in body
    return body


@pytest.mark.parametrize(("markup", "lang"), [
    ("<p><strong>Lue myös:</strong> <a href='/uutiset/laituri-suljettiin-myrskyn-vuoksi'>"
     "Laituri suljettiin myrskyn vuoksi kahdeksi viikoksi</a></p>", "fi"),
    ("<p>Διαβάστε επίσης: <a href='/eidiseis/neo-ploio-gia-to-nisi'>Νέο πλοίο για το νησί "
     "από τον Ιούνιο</a></p>", "el"),
    ("<p><b>KAPCSOLÓDÓ</b> <a href='/hirek/uj-komp-erkezik'>Új komp érkezik a tavi "
     "átkeléshez nyárra</a></p>", "hu"),
    ("<div class='inline-link'><span class='label'>Citește și</span><a href='/stiri/"
     "debarcaderul-vechi'>Debarcaderul vechi va fi transformat în muzeu</a></div>", "ro"),
    ("<p>→ Vidi i: <a href='https://www.lakesidegazette.example/vijesti/trajekt-kasni'>"
     "Trajekt kasni zbog popravka motora</a></p>", "hr"),
    ("<p><em>Previously:</em> <a href='/news/2026/01/dock-closed/'>Ferry dock closes for "
     "winter rebuild</a> | <a href='/news/2026/02/dock-cost/'>Dock rebuild cost rises</a></p>",
     "en"),
])
def test_a_short_label_and_a_headline_linked_to_the_site_is_a_cross_link_in_any_language(
    markup: str, lang: str
) -> None:
    body = body_of(markup, lang)
    assert markup.split("</a>")[0].rsplit(">", 1)[-1] not in body


@pytest.mark.parametrize(("markup", "gone"), [
    ("<p><a href='/uutiset/laituri-2/'><strong>Lue myös:</strong> Laituri suljettiin myrskyn "
     "vuoksi kahdeksi viikoksi</a></p>", "Laituri suljettiin"),
    ("<p><a href='/news/2026/03/old-dock-to-become-museum/'>Old ferry dock to become a small "
     "museum</a></p>", "Old ferry dock to become"),
    # between comments, the same (a comment is no neighbour to read)
    ("<!-- ad slot --><p><a href='/news/2026/03/old-dock-to-become-museum/'>Old ferry dock to "
     "become a small museum</a></p><!-- /ad slot -->", "Old ferry dock to become"),
    ("<div class='story-card'><h3>Đọc tiếp</h3><div><a href='/tin/1.html'><h4>Phà mới chạy "
     "tuyến qua sông từ tháng sáu</h4></a><span>2 giờ trước</span></div><div><a href="
     "'/tin/2.html'><h4>Bến phà cũ sẽ thành bảo tàng nhỏ</h4></a><span>5 giờ trước</span>"
     "</div></div>", "Bến phà cũ sẽ thành"),
])
def test_a_linked_headline_alone_or_a_list_of_them_under_any_heading_goes(
    markup: str, gone: str
) -> None:
    assert gone not in body_of(markup)


@pytest.mark.parametrize("markup", [
    # a linked sentence, not a headline
    "<p><a href='/docs/dock-report/'>The full engineering report on the dock is here.</a></p>",
    # a link that is a name or a place, not a headline
    "<p><strong>Website:</strong> <a href='/venues/harbour-hall'>Harbour Hall</a></p>",
    # a headline on another site: a document the article points to
    "<p><strong>Report:</strong> <a href='https://portauthority.example/reports/2026'>"
    "The port authority's annual report on ferry safety</a></p>",
    # a label opening a sentence that carries a link
    "<p><strong>Watch:</strong> the board's full meeting is archived on the "
    "<a href='/video/board-meeting-may'>district video portal page</a> until June.</p>",
    # a line of a fact box: its neighbours open with other labels
    "<p><strong>When:</strong> Saturday, 10 a.m.</p><p><strong>Tickets:</strong> <a href="
    "'/events/dock-opening-day-tickets'>Book free places for the opening day tour</a></p>"
    "<p><strong>Where:</strong> North pier</p>",
])
def test_labelled_links_that_are_facts_documents_or_sentences_stay(markup: str) -> None:
    body = body_of(markup)
    assert markup.split("</a>")[0].rsplit(">", 1)[-1] in body


SECTION = ("<html><head><meta charset='utf-8'><title>Harbour news</title></head><body>"
           "<main><h2>Harbour</h2><ul>"
           "<li><a href='/news/1/'>Ferry dock rebuilt ahead of schedule</a></li>"
           "<li><a href='/news/2/'>Harbour board approves forty new moorings</a></li>"
           "<li><a href='/news/3/'>Fishing fleet returns early after storm warning</a></li>"
           "</ul></main></body></html>")


def test_a_section_pages_lists_of_headlines_are_its_content_not_related_blocks() -> None:
    body = clean_html(SECTION, url="https://www.lakesidegazette.example/harbour/").articleBody
    assert "Harbour board approves forty new moorings" in (body or "")


@pytest.mark.parametrize(("markup", "lang"), [
    ("<div class='callout'><h3>Neighbours keep this paper going</h3><p>Everything we publish "
     "is free to read because readers chip in.</p><a class='btn' href='/donate/'>Donate</a>"
     "</div>", "en"),
    ("<aside class='cta'><p><strong>Ohne Sie geht es nicht.</strong> Werden Sie Teil unserer "
     "Leserschaft.</p><a href='/abo/'>Jetzt abonnieren</a></aside>", "de"),
    ("<div class='box'><p>Journalistiek kost geld. Help ons de regio te blijven volgen.</p>"
     "<div class='buttons'><a href='/nl/steun-ons/'>Ja, ik help</a></div></div>", "nl"),
    ("<section class='promo'><h4>Faça parte</h4><p>Leitores mantêm nosso trabalho de pé todos"
     " os meses.</p><a href='https://lakesidegazette.example/assine?origem=artigo'>Quero "
     "ajudar</a></section>", "pt"),
])
def test_a_box_around_a_button_to_the_sites_support_page_goes_whatever_it_says(
    markup: str, lang: str
) -> None:
    body = body_of(markup, lang)
    for gone in ("chip in", "Leserschaft", "regio te blijven", "Leitores mantêm"):
        assert gone not in body


@pytest.mark.parametrize("markup", [
    # another organisation's page: a fact the article gives
    "<div class='infobox'><p>The ferry society takes gifts of old photographs and tickets "
    "all summer.</p><a href='https://ferrysociety.example/donate'>Donate</a></div>",
    # a paragraph of the article, in a wrapper of its own, that links to such a page
    "<div class='paragraph'><p>The harbour board said on Friday that the names of its "
    "<a href='/members/'>members</a> would be published before the next vote on fares.</p>"
    "</div>",
])
def test_support_links_in_the_article_text_or_to_other_sites_stay(markup: str) -> None:
    body = body_of(markup)
    assert ("ferry society takes gifts" in body) or ("names of its members" in body)


@pytest.mark.parametrize(("path", "appeal"), [
    ("/donate/", True), ("/en/support-us", True), ("/membership", True),
    ("/suscripcion/digital", True), ("/news/2026/05/people-give-blood/", False),
    ("/donations-tracker-2026", False), ("/members-of-parliament/list", False),
])
def test_a_support_page_is_told_by_its_whole_path_segment(path: str, appeal: bool) -> None:
    assert bool(_SUPPORT_PATH.match(path)) is appeal


@pytest.mark.parametrize(("markup", "lang", "gone"), [
    ("<p>Bron: gemeente Lakeside</p>", "nl", "gemeente Lakeside"),
    ("<p><em>Lähde: Satamalaitos</em></p>", "fi", "Satamalaitos"),
    ("<p><strong>Source:</strong> Lakeside harbour board minutes</p>", "en", "minutes"),
    ("<p><strong>Media inquiries:</strong> harbour office, press@harbour.example</p>", "en",
     "press@harbour.example"),
    ("<p>Presskontakt: Hamnkontoret, tel. 000-00 00 00</p>", "sv", "Hamnkontoret"),
])
def test_source_lines_and_press_contacts_in_more_languages_leave_the_body(
    markup: str, lang: str, gone: str
) -> None:
    assert gone not in body_of(markup, lang)


TUNE = cases(FIXTURES / "publishers" / "body-tune")


def words(text: str) -> str:
    """Words only, case-blind: a table row between bars or a list item after a dash still
    reads as its cells' or item's words."""
    return " " + " ".join(re.findall(r"\w+", text)).casefold() + " "


@pytest.mark.parametrize("page", TUNE, ids=[p.name for p in TUNE])
def test_tuning_page_keeps_its_lists_and_details_and_drops_its_chrome(page: Case) -> None:
    spec = page.spec() or {}
    body = words(clean_html(page.body(), url=page.url).articleBody or "")
    for line in spec["articleBody"].split("\n"):
        assert words(line) in body, line
    for kept in spec["keep"]:
        assert words(kept) in body, kept
    for gone in spec["without"]:
        assert words(gone) not in body, gone


@pytest.mark.parametrize("url", [URL, None])
def test_links_and_urls_that_do_not_parse_are_no_links_of_the_site(url: str | None) -> None:
    html = ("<html><body><article><h1>Dock</h1>" + FIRST
            + "<p><b>Catch up:</b> <a href='http://[::1/news/x'>Ferry dock rebuilt ahead of "
            "the season</a></p><div class='box'><p>Readers keep this paper going.</p>"
            "<a href='http://[bad/donate/'>Donate</a></div>" + LAST + "</article></body></html>")
    body = clean_html(html, url=url).articleBody or ""
    assert "finished rebuilding" in body and "small museum" in body
