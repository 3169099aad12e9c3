"""Publisher pages' authors, dates and publisher where the page shows them in other ways than
meta tags: byline classes in other languages ("autor", "firma", "signature"), visible stamps
read part by part with their labels, day-first numeric stamps, Thai Buddhist-era years, and
non-Latin byline elements that hold a button, a headline or a bracketed dateline. Invented
pages and strings in the shape of real ones; the whole tuning pages are the cases
of ``fixtures/metadata/tune`` (the held-out ones in ``fixtures/metadata/holdout`` are never
read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newsclean import Article, clean_html
from newsclean.core.html import without_byline_label
from newsclean.normalize.dates import find_dates_in_text, parse_date
from tools.regen_fixtures import Case, cases

from .test_html_page_facts import BODY

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune"


def page(meta: str = "", header: str = "", after: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Moorings approved</title>"
            f"{meta}</head><body><div class='story'><h1>Moorings approved</h1>{header}"
            f"<div class='story-text'>{BODY}</div></div>{after}</body></html>")


def names(html: str) -> list[str]:
    return [a.name for a in clean_html(html, now=NOW).authors]


# --- bylines ------------------------------------------------------------------------------

@pytest.mark.parametrize("element", [
    "<span class='autor'>Por Leonor Gallardo Vives</span>",
    "<div class='noticia-firma'>Leonor Gallardo Vives</div>",
    "<span class='article__signature'>Par Leonor Gallardo Vives</span>",
    "<span class='Verfasser'>Von Leonor Gallardo Vives</span>",
    "<p class='entry-writer'>By Leonor Gallardo Vives</p>",
])
def test_a_byline_in_a_foreign_or_rarer_byline_class_is_found(element: str) -> None:
    assert names(page(header=element)) == ["Leonor Gallardo Vives"]


def test_a_foreign_byline_class_in_a_related_block_is_another_storys() -> None:
    related = ("<div class='relacionadas'><a href='/x'>Otra nota</a>"
               "<span class='autor'>Por Benito Aranda</span></div>")
    html = page(meta="<meta name='author' content='Leonor Gallardo'>", after=related)
    assert names(html) == ["Leonor Gallardo"]


def test_meta_author_comes_before_a_rarer_byline_mark() -> None:
    html = page(meta="<meta name='author' content='Leonor Gallardo'>",
                header="<span class='signature'>Benito Aranda</span>")
    assert names(html) == ["Leonor Gallardo"]


@pytest.mark.parametrize("text", [
    "点击关注", "分享到微信", "作者的其他文章", "フォローする", "記事を保存", "공유하기", "แชร์",
    "北陸の温泉街でライトアップ始まる", "시립미술관 야간 개장 확대",
])
def test_a_non_latin_button_or_headline_in_a_byline_element_is_no_name(text: str) -> None:
    assert without_byline_label(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("【記者 周文彬／高雄報導】", "周文彬"),
    ("（記者：村井一樹）", "村井一樹"),
    ("周文彬／高雄報導", "周文彬"),
    ("ผู้สื่อข่าว: วรรณา ทองดี", "วรรณา ทองดี"),
    ("이서준 기자", "이서준 기자"),
])
def test_brackets_datelines_and_labels_leave_the_name(text: str, name: str) -> None:
    assert without_byline_label(text) == name


def test_a_korean_button_next_to_the_byline_never_becomes_the_author() -> None:
    header = ("<div class='byline'><button>구독하기</button></div>"
              "<span class='reporter'>이서준 기자</span>")
    assert names(page(header=header, lang="ko")) == ["이서준"]


def test_a_thai_menu_word_above_the_headline_is_no_byline() -> None:
    html = ("<html lang='th'><head><meta charset='utf-8'></head><body>"
            "<div class='topbar'><a>หน้าแรก</a><a>กีฬา</a></div>"
            "<h1>สนามกีฬาจังหวัดเปิดให้ใช้ฟรี</h1>"
            "<p>องค์การบริหารส่วนจังหวัดเปิดสนามกีฬาให้ประชาชนใช้ฟรีทุกวันตั้งแต่เช้า</p>"
            "</body></html>")
    assert names(html) == []


# --- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "published", "modified"), [
    ("Von Jonas Pietsch | Erstellt: 11.03.2026, 06:40 Uhr", "2026-03-11T06:40:00", None),
    ("Actualizado: 9 de abril de 2026 · Publicado el 8 de abril de 2026",
     "2026-04-08", "2026-04-09"),
    ("Publicado em 02/04/2026 às 07h05 — Atualizado em 02/04/2026 às 09h30",
     "2026-04-02T07:05:00", "2026-04-02T09:30:00"),
    ("Le 04/02/2026 à 21h40", "2026-02-04T21:40:00", None),
])
def test_a_stamp_line_is_read_part_by_part_with_its_labels(
    line: str, published: str, modified: str | None
) -> None:
    found = find_dates_in_text([line], now=NOW)
    assert (found.published, found.modified) == (published, modified)


def test_a_dash_without_a_label_after_it_joins_a_date_and_its_time() -> None:
    assert find_dates_in_text(["April 2, 2026 — 6.15pm"], now=NOW).published == (
        "2026-04-02T18:15:00")


def test_a_thai_stamp_counts_its_buddhist_era_year_back() -> None:
    assert parse_date("3 มี.ค. 2569 - 14:05 น.", now=NOW) == "2026-03-03T14:05:00"


@pytest.mark.parametrize("stamp", [
    "<p class='meta-line'><span>Von Jonas Pietsch</span> | Erstellt: 11.03.2026, 06:40 Uhr</p>",
    "<div class='press-date'><div>March 11, 2026</div></div>",
    "<div class='noticia-fecha'>Publicado el 11 de marzo de 2026</div>",
])
def test_a_visible_stamp_dates_a_page_without_machine_dates(stamp: str) -> None:
    assert (clean_html(page(header=stamp), now=NOW).datePublished or "")[:10] == "2026-03-11"


def test_a_machine_date_of_the_shown_day_gives_its_time_and_offset() -> None:
    html = page(meta="<meta property='article:published_time' content='2026-03-11T08:00:00+01:00'>",
                header="<div class='noticia-fecha'>Publicado el 11 de marzo de 2026</div>")
    assert clean_html(html, now=NOW).datePublished == "2026-03-11T08:00:00+01:00"


def test_a_shown_stamp_of_another_day_than_a_utc_machine_date_stays() -> None:
    html = page(meta="<meta property='article:published_time' content='2026-03-10T23:30:00Z'>",
                header="<div class='noticia-fecha'>Publicado el 11 de marzo de 2026</div>")
    assert clean_html(html, now=NOW).datePublished == "2026-03-11"


# --- the tuning pages ---------------------------------------------------------------------

PAGES = cases(TUNE)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tuning_page_gives_its_authors_date_and_publisher(case: Case) -> None:
    assert_labelled_fields(clean_html(case.body(), now=NOW), case.spec() or {})


def assert_tuning_page(case: Case) -> None:
    """A labelled tuning page's fields, with every ``bodyContains`` string in its text and no
    ``bodyWithout`` string."""
    art = clean_html(case.body(), now=NOW)
    want = case.spec() or {}
    assert_labelled_fields(art, want)
    body = " ".join((art.articleBody or "").split())
    assert [s for s in want.get("bodyContains", []) if s not in body] == []
    assert [s for s in want.get("bodyWithout", []) if s in body] == []


def assert_labelled_fields(art: Article, want: dict[str, Any]) -> None:
    """A labelled page's authors, date (to the minute, in its offset) and publisher."""
    assert [a.name for a in art.authors] == want["authors"]
    stamp = want["datePublished"].replace("Z", "+00:00")
    assert (art.datePublished or "").startswith(stamp[:16])
    assert art.datePublished is not None and art.datePublished.endswith(stamp[19:])
    assert art.publisher == want["publisher"]


@pytest.mark.parametrize(("machine", "shown", "published"), [
    ("2026-03-11T05:40:00Z", "Erstellt: 11.03.2026, 06:40 Uhr", "2026-03-11T06:40:00+01:00"),
    ("2026-03-11T05:40:27Z", "Erstellt: 11.03.2026, 06:40 Uhr", "2026-03-11T06:40:27+01:00"),
    ("2026-03-10T21:30:00+00:00", "Erstellt: 11.03.2026, 03:00 Uhr", "2026-03-11T03:00:00+05:30"),
    ("2026-03-11T05:40:00Z", "Erstellt: 11.03.2026, 06:52 Uhr", "2026-03-11T06:52:00"),
    ("2026-03-11T05:40:00Z", "Erstellt: 11.03.2026", "2026-03-11T05:40:00+00:00"),
])
def test_a_utc_machine_date_takes_the_offset_its_shown_wall_clock_implies(
    machine: str, shown: str, published: str
) -> None:
    html = page(meta=f"<meta property='article:published_time' content='{machine}'>",
                header=f"<p class='meta-line'>{shown}</p>", lang="de")
    html = html.replace("<div class='story-text'>", f"<div class='story-text'><p>{shown}</p>")
    assert clean_html(html, now=NOW).datePublished == published


@pytest.mark.parametrize("text", ["王文章", "공유진 기자", "สมัคร ทองประเสริฐ"])
def test_a_name_holding_a_button_word_stays_a_name(text: str) -> None:
    assert without_byline_label(text) == text
