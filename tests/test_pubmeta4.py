"""Publisher pages, round 8 (issue 12, lane pubmeta4): a UTC markup date is read in the offset
the page's visible stamp shows (a stamp that is no ``<time>``: a Fusion "Published … EST" line,
a "Selasa, 01 Des 2026 10:20 WIB" span, a Czech "3. 12. 2026 9:10"); a month name in a language
outside the defaults is read in its own language; a Turkish "Eklenme Tarihi" labels a stamp.
Invented pages and strings in the shape of real ones; the whole tuning pages are
``fixtures/metadata/tune8`` (``fixtures/metadata/holdout8`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newsclean.core.maincontent import crosslink_parts
from newsclean.normalize.dates import find_dates_in_text, parse_date
from tests.test_publisher_metadata6 import check_labelled_page
from tests.test_pubmeta3 import clean, page, utc_meta
from tools.regen_fixtures import Case, cases

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE8 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune8"


# --- a visible stamp (no <time>) gives the offset of a UTC markup date ------------------------

@pytest.mark.parametrize(("machine", "stamp", "lang", "want"), [
    # a Fusion line: "Updated" first, both in Eastern time; the meta is on the next UTC day
    ("2026-12-02T03:30:00Z",
     "Updated Dec. 1, 2026, 11:10 p.m. EST Published Dec. 1, 2026, 10:30 p.m. EST", "en",
     "2026-12-01T22:30:00-05:00"),
    ("2026-12-01T03:20:00Z", "Selasa, 01 Des 2026 10:20 WIB", "id", "2026-12-01T10:20:00+07:00"),
    ("2026-12-03T08:10:00Z", "3. 12. 2026 9:10", "cs", "2026-12-03T09:10:00+01:00"),
    ("2026-12-02T07:45:00Z", "Eklenme Tarihi: 02.12.2026 10:45", "tr", "2026-12-02T10:45:00+03:00"),
    # an all-numeric day/month the machine date of the same moment tells apart
    ("2026-12-01T06:30:00Z", "01/12/2026 08:30", "he", "2026-12-01T08:30:00+02:00"),
])
def test_a_utc_date_is_read_in_the_offset_of_the_visible_stamp(
        machine: str, stamp: str, lang: str, want: str) -> None:
    body = f"<div class='article-meta'><span class='date'>{stamp}</span></div>"
    assert clean(page(utc_meta(machine), body, lang=lang)).datePublished == want


def test_a_visible_stamp_of_another_moment_leaves_the_utc_date() -> None:
    body = "<div class='article-meta'><span class='date'>01.12.2026 10:47</span></div>"
    got = clean(page(utc_meta("2026-12-01T03:20:00Z"), body)).datePublished
    assert got == "2026-12-01T03:20:00+00:00"  # 7 h 27 min away: no zone's offset


def test_a_visible_update_stamp_does_not_place_the_publication_date() -> None:
    stamp = "Updated Dec. 1, 2026, 11:30 p.m. EST"
    body = f"<div class='article-meta'><span class='date'>{stamp}</span></div>"
    got = clean(page(utc_meta("2026-12-02T03:30:00Z"), body)).datePublished
    assert got == "2026-12-02T03:30:00+00:00"


def test_a_zoneless_meta_date_on_the_utc_clock_gives_way_to_the_json_ld_offset() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry",'
          '"datePublished":"2026-12-03T10:00:00-05:00"}</script>')
    head = "<meta property='article:published_time' content='2026-12-03T15:00:00'>" + ld
    assert clean(page(head)).datePublished == "2026-12-03T10:00:00-05:00"


def test_a_zoneless_meta_date_of_another_clock_time_stays() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry",'
          '"datePublished":"2026-12-03T10:00:00-05:00"}</script>')
    head = "<meta property='article:published_time' content='2026-12-03T13:20:00'>" + ld
    assert clean(page(head)).datePublished == "2026-12-03T13:20:00"


def test_a_zoneless_meta_date_takes_the_offset_of_the_stamp_after_the_outlets_name() -> None:
    head = "<meta name='content_PublishedDate' content='2026-11-28 08:30:00'>"
    body = "<div class='read__time'>Kabar Priangan - 28/11/2026, 08:30 WIB</div>"
    assert clean(page(head, body, lang="id")).datePublished == "2026-11-28T08:30:00+07:00"


def test_the_content_author_meta_names_the_writer_not_a_most_read_boxs() -> None:
    head = "<meta name='content_author' content='Yudi Permana'>"
    box = ("<div class='most__wrap'><h3>Terpopuler</h3><div class='most__item'><a "
           "href='/read/2026/11/27/tol-macet'>Tol Cisumdawu Macet Lagi</a><span "
           "class='most__author'>Asep Sunandar</span></div></div>")
    art = clean(page(head, box, lang="id"))
    assert [a.name for a in art.authors] == ["Yudi Permana"]


@pytest.mark.parametrize(("attr", "text", "want"), [
    ("2026-12-01T23:29:49Z", "December 2, 2026", "2026-12-02"),  # a zone east of UTC
    ("2026-12-02T03:10:00Z", "December 1, 2026", "2026-12-01"),  # a zone west of UTC
    ("2026-12-01T08:00:00Z", "December 2, 2026", "2026-12-01T08:00:00+00:00"),  # no zone's day
])
def test_a_time_element_showing_the_next_or_previous_day_gives_that_day(
        attr: str, text: str, want: str) -> None:
    body = f"<p class='meta'>By Ana Lis <time datetime='{attr}'>{text}</time></p>"
    assert clean(page(utc_meta(attr), body)).datePublished == want


# --- month names in languages outside the defaults --------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("01 Des 2026 10:20 WIB", "2026-12-01T10:20:00+07:00"),
    ("Kamis, 3 Desember 2026", "2026-12-03"),
    ("7 grudnia 2026, 09:45", "2026-12-07T09:45:00"),
])
def test_a_month_name_of_another_language_reads_in_that_language(text: str, want: str) -> None:
    assert parse_date(text, now=NOW) == want


def test_dotted_dates_with_spaces_read_day_first() -> None:
    assert parse_date("3. 12. 2026 9:10", now=NOW) == "2026-12-03T09:10:00"


def test_turkish_eklenme_tarihi_labels_the_publication_date() -> None:
    line = "Eklenme Tarihi: 02.12.2026 10:45 Son Güncelleme: 02.12.2026 13:00"
    found = find_dates_in_text([line], now=NOW)
    assert (found.published, found.modified) == ("2026-12-02T10:45:00", "2026-12-02T13:00:00")


# --- a closing paragraph of a name in bold signs the text ------------------------------------

RELATED_CARD = ("<div class='box-related'><h3>Related</h3><a href='/news/pier-fares-5100'>Pier "
                "fares to rise</a><p class='author'>Jonas Ebbe</p></div>")


@pytest.mark.parametrize("signature", [
    "<p style='text-align:right;'><strong>Trần Minh Khoa</strong></p>",
    "<p><b>Agnieszka Kołodziej</b></p>",
])
def test_a_closing_bold_name_signs_the_page_not_a_related_cards_author(signature: str) -> None:
    art = clean(page(after=signature + RELATED_CARD))
    assert [a.name for a in art.authors] == [signature.split(">")[-3].split("<")[0]]


@pytest.mark.parametrize("closing", [
    "<p><strong>Więcej informacji wkrótce.</strong></p>",  # a sentence, not a name
    "<p><strong>Ceny biletów 2026</strong></p>",  # digits
    "<p><strong>Anna Nowak</strong> z Gdańska</p>",  # more than the bold name
])
def test_a_closing_bold_line_that_is_no_lone_name_signs_nothing(closing: str) -> None:
    assert clean(page(after=closing)).authors == []


# --- cross-link labels of more languages; label and headline printed apart -------------------

@pytest.mark.parametrize(("label", "lang"), [
    ("Přečtěte si také:", "cs"), ("Čítajte aj:", "sk"), ("Bunu da okuyun:", "tr"),
    ("Baca juga:", "id"), ("Xem thêm:", "vi"), ("עוד באתר:", "he"),
])
def test_a_cross_link_of_another_language_leaves_the_body(label: str, lang: str) -> None:
    crosslink = f"<p><strong>{label}</strong> <a href='/news/pier-5100'>Pier fares rise</a></p>"
    after = crosslink + ("<h2>Timetable</h2><ul><li>boats every hour on weekdays</li>"
                         "<li>every two hours at weekends</li></ul>")
    body = clean(page(after=after, lang=lang)).articleBody or ""
    assert "Pier fares rise" not in body
    assert "every two hours at weekends" in body


def test_a_cross_links_label_and_headline_are_told_apart() -> None:
    # the main-content extractor prints "<b>Xem thêm:</b> <a>…</a>" of a div as two lines
    el = lxml.html.fragment_fromstring(
        "<div><b>Xem thêm:</b> <a href='/news/pier-5100'>Giá vé tàu tăng</a></div>")
    assert crosslink_parts(el) == ("Xem thêm:", "Giá vé tàu tăng")
    assert crosslink_parts(lxml.html.fragment_fromstring("<p>Xem thêm</p>")) == ()


@pytest.mark.parametrize("label", ["Rückfragehinweis:", "Für Rückfragen:"])
def test_an_austrian_press_contact_leaves_the_body(label: str) -> None:
    after = (f"<p>Der Eintritt ist frei.</p><p><strong>{label}</strong><br>Stadtgemeinde "
             "Leoben, Presseabteilung<br>Tel.: +43 3842 000 00</p>")
    body = clean(page(after=after, lang="de-AT")).articleBody or ""
    assert "Der Eintritt ist frei." in body
    assert "Presseabteilung" not in body


PAGES = cases(TUNE8)
# trafilatura keeps only the lead of these two-paragraph texts ending in a list after a
# cross-link; a list at the text's end is not restored (core/holes.py)
OPEN = {
    "ar-portal-bqalam-time-pm-mawadi-dhat-sila",
    "tr-portal-muhabir-label-eklenme-tarihi-benzer-haberler",
}


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c.name in OPEN else c for c in PAGES
], ids=[case.name for case in PAGES])
def test_tune8_page_reads_as_labelled(case: Case) -> None:
    check_labelled_page(case)


@pytest.mark.parametrize(
    "text",
    ["07.02.2026, 15:12 Uhr", "1 Dec 2026 10.20 WIB", "7 décembre 2026 à 10h30",
     "Dec. 1, 2026, 10:30 p.m. EST", "2026年12月7日 15時20分", "2026.12.07 오후 3시 20분"],
)
def test_a_stamp_showing_a_time_of_day_is_read_to_place_a_utc_date(text: str) -> None:
    from newsclean.normalize.dates import _CLOCK_HINT

    assert _CLOCK_HINT.search(text)


@pytest.mark.parametrize("text", ["7 December 2026", "07.12.2026", "2026年12月7日"])
def test_a_day_alone_is_not_read_to_place_a_utc_date(text: str) -> None:
    from newsclean.normalize.dates import _CLOCK_HINT

    assert not _CLOCK_HINT.search(text)
