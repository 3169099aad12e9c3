"""Publisher pages, round 5 (issue 12): dates a page shows but its markup does not give. A
labelled stamp in many languages ("Publicerad … kl. 08.15", "Yayınlanma:", "Опубликовано:",
"發布時間："), a stamp after a byline in one sentence ("Par …, publié le …, modifié le …"), two
stamps in spans with no separator, a stamp with a reporter's credit after it, a weekday before
the date in a language the parser is not asked for, a layout column classed like a rail that
holds the headline, and a date only in the address the page was fetched from. Invented pages
and strings in the shape of real ones; the whole tuning pages are ``fixtures/metadata/tune5``
(``fixtures/metadata/holdout5`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newsclean import clean_html
from newsclean.core.page import date_texts, scan_head
from newsclean.normalize.dates import find_dates_in_html, find_dates_in_text
from tools.regen_fixtures import Case, cases

NOW = datetime(2026, 6, 1, tzinfo=UTC)
BENCH_NOW = datetime(2026, 1, 1, tzinfo=UTC)  # bench/bench_metadata.py's, for relative ages
TUNE5 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune5"

PARAS = ("<p>The harbour authority opened the new slipway on Tuesday after two winters of "
         "work on the breakwater and the access road.</p>"
         "<p>Fishing crews said the deeper water would let them launch at any tide, and the "
         "sailing club plans a regatta there in August.</p>")


def page(header: str, *, lang: str = "en", wrapper: str = "main", extra: str = "") -> str:
    """A page whose only date is what ``header`` shows under the headline."""
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Slipway opens</title>"
            f"<meta property='og:site_name' content='Quayside Post'></head><body>"
            f"<{wrapper}><h1>Slipway opens</h1>{header}<div class='story'>{PARAS}</div>"
            f"</{wrapper}>{extra}</body></html>")


def published(html: str, **options: str) -> str | None:
    return clean_html(html, now=NOW, **options).datePublished  # type: ignore[misc]


# --- labelled stamps in many languages ------------------------------------------------------

@pytest.mark.parametrize(("line", "want"), [
    ("Publicerad 3 maj 2026 kl. 06.45", "2026-05-03T06:45:00"),
    ("Yayınlanma: 4 Mayıs 2026 Pazartesi 09:10", "2026-05-04T09:10:00"),
    ("Опубликовано: 5 мая 2026, 18:20", "2026-05-05T18:20:00"),
    ("Publikováno: 6. května 2026 7:55", "2026-05-06T07:55:00"),
    ("Publicat: 7 mai 2026, 12:00", "2026-05-07T12:00:00"),
    ("Gepubliceerd: 8 mei 2026 10:30", "2026-05-08T10:30:00"),
    ("Erstmals veröffentlicht am 09.05.2026 um 16:05 Uhr", "2026-05-09T16:05:00"),
    ("發布時間：2026/05/10 08:40", "2026-05-10T08:40:00"),
])
def test_a_labelled_stamp_reads_in_its_labels_language(line: str, want: str) -> None:
    assert find_dates_in_text([line], now=NOW).published == want


@pytest.mark.parametrize(("line", "kind"), [
    ("Uppdaterad 3 maj 2026 kl. 09.00", "modified"),
    ("Güncelleme: 4 Mayıs 2026 11:30", "modified"),
    ("Обновлено: 5 мая 2026, 19:00", "modified"),
    ("Bijgewerkt: 8 mei 2026 12:15", "modified"),
    ("更新時間：2026/05/10 09:00", "modified"),
])
def test_an_update_label_in_those_languages_gives_the_modified_date(line: str, kind: str) -> None:
    found = find_dates_in_text([line], now=NOW)
    assert found.modified is not None and found.published is None


# --- stamps sharing a line with a byline or with each other -----------------------------------

def test_stamps_after_a_byline_in_one_sentence_are_each_read() -> None:
    found = find_dates_in_text(
        ["Par Maëlle Quéré, publié le 2 mai 2026 à 7h40, modifié le 2 mai 2026 à 11h05"], now=NOW)
    assert (found.published, found.modified) == ("2026-05-02T07:40:00", "2026-05-02T11:05:00")


def test_two_stamps_in_spans_with_no_separator_are_told_apart() -> None:
    found = find_dates_in_text(
        ["Published 7:05 AM EDT, Fri May 1, 2026 Updated 9:40 AM EDT, Fri May 1, 2026"], now=NOW)
    assert found.published == "2026-05-01T07:05:00-04:00"
    assert found.modified == "2026-05-01T09:40:00-04:00"


def test_a_second_time_of_the_same_day_after_a_comma_stays_one_stamp() -> None:
    found = find_dates_in_text(["Updated May 2, 2026 — 5.10pm, first published at 2.45pm"],
                               now=NOW)
    assert found.published is None  # the day of "first published at 2.45pm" is the update's


@pytest.mark.parametrize(("line", "want"), [
    ("发布时间：2026-05-11 14:20 来源：本网 作者：郑晓峰", "2026-05-11T14:20:00"),
    ("發布時間：2026/05/11 14:20 記者黃子涵／報導", "2026-05-11T14:20:00"),
    ("Posted on May 11, 2026 by newsdesk", "2026-05-11"),
])
def test_a_labelled_stamp_is_read_before_the_credit_that_follows_it(line: str, want: str) -> None:
    assert find_dates_in_text([line], now=NOW).published == want


@pytest.mark.parametrize("line", [
    "Released May 11, the album sold out its first pressing within a single afternoon in town",
    "Posted on the notice board outside the town hall by the harbour master",
])
def test_a_sentence_that_opens_with_a_label_word_is_no_stamp(line: str) -> None:
    assert find_dates_in_text([line], now=NOW).published is None


@pytest.mark.parametrize(("line", "want"), [
    ("Thứ năm, 14/5/2026, 09:30 (GMT+7)", "2026-05-14T09:30:00+07:00"),
    ("Jumat, 15 Mei 2026 10:05 WIB", "2026-05-15T10:05:00+07:00"),
    ("Yayınlanma: Cuma, 15 Mayıs 2026 10:05", "2026-05-15T10:05:00"),
])
def test_a_weekday_in_another_language_before_the_date_is_passed_over(
    line: str, want: str
) -> None:
    assert find_dates_in_text([line], now=NOW).published == want


# --- where the stamp sits on the page ---------------------------------------------------------

def test_a_stamp_in_a_rail_classed_column_that_holds_the_headline_dates_the_page() -> None:
    html = page("<span class='date'>Thứ sáu, 15/5/2026, 16:20 (GMT+7)</span>", lang="vi",
                wrapper="div class='sidebar-1'")
    assert published(html) == "2026-05-15T16:20:00+07:00"


def test_a_stamp_in_a_real_sidebar_beside_the_story_does_not() -> None:
    rail = ("<div class='sidebar'><span class='date'>Thứ năm, 14/5/2026, 08:00 (GMT+7)</span>"
            "<a href='/x'>Chợ hoa mở cửa</a></div>")
    head = scan_head(lxml.html.document_fromstring(page("", lang="vi", extra=rail)))
    assert date_texts(head) == [] or all("14/5/2026" not in t for t in date_texts(head))


def test_a_byline_sentence_with_its_stamps_outside_the_article_dates_the_page() -> None:
    html = page("<p class='signature'>Par Maëlle Quéré, publié le 2 mai 2026 à 7h40</p>",
                lang="fr", wrapper="div class='entete'")
    assert published(html) == "2026-05-02T07:40:00"


@pytest.mark.parametrize(("stamp", "want"), [
    ("<abbr class='published' title='2026-05-16T07:15:00-05:00'>16 de mayo</abbr>",
     "2026-05-16T07:15:00-05:00"),
    ("<span class='article-date' data-published='2026-05-16T07:15:00+02:00'>vor 2 Stunden"
     "</span>", "2026-05-16T07:15:00+02:00"),
    ("<span class='date' data-timestamp='1778915700'>2 hours ago</span>",
     "2026-05-16T07:15:00+00:00"),
])
def test_a_machine_date_in_a_stamps_attribute_beats_the_words_it_shows(
    stamp: str, want: str
) -> None:
    html = page(f"<div class='entry-meta'>By Ines Varga · {stamp}</div>")
    assert published(html) == want


def test_a_time_without_datetime_gives_the_date_in_its_title() -> None:
    html = page("<p>By Ines Varga <time title='2026-05-16 07:15'>2 hours ago</time></p>")
    assert published(html) == "2026-05-16T07:15:00"


def test_an_attribute_stamp_classed_as_an_update_is_the_modified_date() -> None:
    html = page("<abbr class='updated' title='2026-05-17T09:00:00+01:00'>yesterday</abbr>"
                "<p class='date'>16 May 2026</p>")
    art = clean_html(html, now=NOW)
    assert (art.datePublished, art.dateModified) == ("2026-05-16", "2026-05-17T09:00:00+01:00")


@pytest.mark.parametrize("value", ["12345", "Ines Varga", "2026 season"])
def test_an_attribute_that_is_no_date_is_not_read_as_one(value: str) -> None:
    html = page(f"<p class='date' title='{value}' data-id='1778915700'>16 May 2026</p>")
    assert published(html) == "2026-05-16"


def test_a_stamp_classed_in_turkish_before_the_headline_dates_the_page() -> None:
    html = page("", lang="tr").replace(
        "<h1>", "<div class='haber-ust'><span class='tarih'>16.05.2026 - 08:20</span></div><h1>")
    assert published(html) == "2026-05-16T08:20:00"


def test_an_unclassed_stamp_in_the_row_above_the_headline_dates_the_page() -> None:
    html = page("", lang="pl").replace(
        "<h1>", "<div class='art-top'><a href='/kraj/'>Kraj</a> <span>16.05.2026, 06:10</span>"
                "</div><h1>")
    assert published(html) == "2026-05-16T06:10:00"


def test_a_dated_teaser_rail_further_above_the_headline_does_not() -> None:
    rail = ("<div class='top-stories'><a href='/a'>Regatta moved</a> <span>18.05.2026, 09:00"
            "</span></div><div class='crumbs'><a href='/'>Start</a></div><p>Kraj</p>")
    assert published(page("", lang="pl").replace("<h1>", rail + "<h1>")) is None


def test_a_time_without_datetime_in_a_rail_does_not_date_the_page() -> None:
    rail = ("<aside class='latest'><ul><li><a href='/a'>Regatta moved</a> <time>May 18, 2026"
            "</time></li></ul></aside>")
    html = page("<p>By Ines Varga, <time>May 16, 2026</time></p>").replace("<main>",
                                                                             rail + "<main>")
    assert published(html) == "2026-05-16"


def test_two_stamps_after_a_byline_and_a_place_on_one_long_line() -> None:
    line = ("By Ines Varga | Harbour Town | Published: May 16, 2026 08:05 IST | Updated: May "
            "16, 2026 09:41 IST")
    art = clean_html(page(f"<div class='editor-details'>{line}</div>"), now=NOW)
    assert (art.datePublished, art.dateModified) == (
        "2026-05-16T08:05:00+05:30", "2026-05-16T09:41:00+05:30")


# --- the address the page was fetched from ----------------------------------------------------

def test_the_fetched_address_dates_a_page_nothing_else_dates() -> None:
    url = "https://quaysidepost.example/2026/05/12/slipway-opens/"
    assert published(page(""), url=url) == "2026-05-12"


def test_the_canonical_address_comes_before_the_fetched_one() -> None:
    html = page("").replace(
        "</head>", "<link rel='canonical' href='https://quaysidepost.example/2026/05/11/x/'>"
                   "</head>")
    url = "https://quaysidepost.example/2026/05/12/slipway-opens/"
    assert find_dates_in_html(html, now=NOW, url=url).published == "2026-05-11"


def test_a_shown_stamp_comes_before_the_fetched_address() -> None:
    html = page("<p class='byline'>Published: 10 May 2026</p>")
    assert published(html, url="https://quaysidepost.example/2026/05/12/x/") == "2026-05-10"


def test_the_fetched_address_names_the_site_from_the_title() -> None:
    html = ("<html><head><title>Slipway opens - Quayside Post</title></head><body><article>"
            f"<h1>Slipway opens</h1>{PARAS}</article></body></html>")
    art = clean_html(html, now=NOW, url="https://www.quaysidepost.example/news/slipway")
    assert art.publisher == "Quayside Post"


@pytest.mark.parametrize(("title", "host", "site"), [
    ("Ny bro över älven - Älvdalsbladet", "www.alvdalsbladet.example", "Älvdalsbladet"),
    ("Neue Brücke eröffnet | Grünblick", "gruenblick.example", None),  # "ue": no host spells it
    ("Nuevo puente | El Heraldo Andino", "elheraldoandino.example", "El Heraldo Andino"),
])
def test_a_title_names_the_site_when_its_host_spells_the_name_without_accents(
    title: str, host: str, site: str | None
) -> None:
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title.split(' ')[0]}"
            f"</h1>{PARAS}</article></body></html>")
    art = clean_html(html, now=NOW, url=f"https://{host}/a/slug")
    assert art.publisher == site


# --- the publisher named only in microdata -------------------------------------------------

def publisher(marks: str, head: str = "") -> str | None:
    html = (f"<html lang='en'><head><title>Slipway opens</title>{head}</head><body><article "
            f"itemscope itemtype='https://schema.org/NewsArticle'>{marks}<h1>Slipway opens</h1>"
            f"{PARAS}</article></body></html>")
    return clean_html(html, now=NOW).publisher


@pytest.mark.parametrize("marks", [
    "<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
    "<meta itemprop='name' content='Quayside Post'></div>",
    "<span itemprop='publisher' itemscope><span itemprop='logo' itemscope><meta itemprop='url' "
    "content='https://quaysidepost.example/logo.png'></span><span itemprop='name'>Quayside Post"
    "</span></span>",
    "<meta itemprop='publisher' content='Quayside Post'>",
])
def test_a_publisher_named_only_in_microdata_is_the_publisher(marks: str) -> None:
    assert publisher(marks) == "Quayside Post"


def test_a_microdata_publisher_given_as_an_address_names_no_one() -> None:
    assert publisher("<link itemprop='publisher' content='https://quaysidepost.example/'>") is None


def test_a_site_name_tag_comes_before_the_microdata_publisher() -> None:
    marks = "<meta itemprop='publisher' content='Quayside Media Group'>"
    head = "<meta property='og:site_name' content='Quayside Post'>"
    assert publisher(marks, head) == "Quayside Post"


# --- the tuning pages -------------------------------------------------------------------------

PAGES = cases(TUNE5)


@pytest.mark.parametrize("case", PAGES, ids=[c.name for c in PAGES])
def test_tune5_page_reads_as_labelled(case: Case) -> None:
    """Date (to the minute, in the page's offset) and publisher; authors are another lane's
    (the zh-TW page's "記者…／報導" credit after its stamp is not read yet)."""
    want = case.spec() or {}
    art = clean_html(case.body(), now=BENCH_NOW, url=case.url)
    stamp = want["datePublished"].replace("Z", "+00:00")
    assert (art.datePublished or "").startswith(stamp[:16])
    assert art.datePublished is not None and art.datePublished.endswith(stamp[19:])
    assert art.publisher == want["publisher"]
    body = " ".join((art.articleBody or "").split())
    assert [s for s in want.get("bodyContains", []) if s not in body] == []
    assert [s for s in want.get("bodyWithout", []) if s in body] == []
