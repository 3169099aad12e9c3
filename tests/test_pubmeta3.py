"""Publisher pages, round 7 (issue 12, lane pubmeta3): a ``<time>`` whose attribute is in UTC
shows the page's own offset in its text; a Korean paper's reporter alone in the text's last
paragraph signs the page (not a "most viewed" card's reporter); Drupal's "Submitted by <a>…</a>
on …" is a byline; a share button naming the site between paragraphs is chrome. Invented pages
and strings in the shape of real ones; the whole tuning pages are ``fixtures/metadata/tune7``
(``fixtures/metadata/holdout7`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsclean import clean_html
from newsclean.article import Article
from newsclean.core.chromeshape import site_share_button
from tests.test_publisher_metadata6 import check_labelled_page
from tools.regen_fixtures import Case, cases

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE7 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune7"
STORY = """<html lang='{lang}'><head><meta charset='utf-8'>
<title>Harbour bridge to close for repairs | Quay Herald</title>
<meta property='og:site_name' content='Quay Herald'>{head}</head><body>
<nav><a href='/'>Home</a></nav><article><h1>Harbour bridge to close for repairs</h1>{body}
<p>The harbour bridge will close for three weekends in May while crews replace worn expansion
joints, the council said on Tuesday.</p>
<p>Buses will run a diversion through the old town during the closures.</p>{after}
</article></body></html>"""


def page(head: str = "", body: str = "", after: str = "", lang: str = "en") -> str:
    """A story page: ``head`` tags, ``body`` under its headline, ``after`` its text."""
    return STORY.format(lang=lang, head=head, body=body, after=after)


def clean(html: str) -> Article:
    return clean_html(html, now=NOW, url="https://quayherald.example/news/bridge-repairs-4410")


def utc_meta(stamp: str) -> str:
    return f"<meta property='article:published_time' content='{stamp}'>"


# --- a <time>'s text gives the offset of its UTC attribute ------------------------------------

@pytest.mark.parametrize(("attr", "text", "want"), [
    ("2026-03-02T15:10:00Z", "02.03.2026 - 16:10 Uhr", "2026-03-02T16:10:00+01:00"),
    ("2026-01-27T23:05:00Z", "Jan 27, 2026, 6:05 p.m. ET", "2026-01-27T18:05:00-05:00"),
    ("2026-04-09T02:30:00Z", "2026/4/9 11:30", "2026-04-09T11:30:00+09:00"),
])
def test_a_utc_time_element_is_read_in_the_offset_its_text_shows(
        attr: str, text: str, want: str) -> None:
    body = f"<p class='meta'>By Ana Lis <time datetime='{attr}'>{text}</time></p>"
    assert clean(page(utc_meta(attr), body)).datePublished == want


def test_a_time_element_showing_only_the_day_leaves_the_utc_date() -> None:
    body = "<p class='meta'><time datetime='2026-03-02T15:10:00Z'>2 March 2026</time></p>"
    art = clean(page(utc_meta("2026-03-02T15:10:00Z"), body))
    assert art.datePublished == "2026-03-02T15:10:00+00:00"


def test_another_instants_time_text_does_not_move_the_date() -> None:
    body = "<p class='meta'><time datetime='2026-03-01T09:00:00Z'>01.03.2026 - 10:00 Uhr</time></p>"
    art = clean(page(utc_meta("2026-03-02T15:10:00Z"), body))
    assert art.datePublished == "2026-03-02T15:10:00+00:00"


def test_a_zoneless_header_time_is_the_wall_clock_of_a_utc_meta_date() -> None:
    body = "<p class='meta'><time datetime='2026-04-07T08:15'>7 April 2026, 8:15am</time></p>"
    art = clean(page(utc_meta("2026-04-07T07:15:00Z"), body))
    assert art.datePublished == "2026-04-07T08:15:00+01:00"


@pytest.mark.parametrize("label", ["Updated", "Aktualisiert am:", "Actualizado el", "수정"])
def test_a_time_after_an_update_label_is_not_the_published_date(label: str) -> None:
    body = (f"<p class='dates'>{label} <time datetime='2026-04-08T10:00:00+01:00'>8.4.2026"
            "</time> · <time datetime='2026-04-07T08:15:00+01:00'>7.4.2026</time></p>")
    assert clean(page(body=body)).datePublished == "2026-04-07T08:15:00+01:00"


def test_a_time_after_an_edited_by_credit_is_still_the_published_date() -> None:
    body = ("<p class='dates'>Edited by Jane Roe · <time datetime='2026-04-07T08:15:00+01:00'>"
            "7.4.2026</time></p>")
    assert clean(page(body=body)).datePublished == "2026-04-07T08:15:00+01:00"


# --- a Korean reporter alone in the last paragraph signs the page -----------------------------

KO_CARD = ("<div class='most-viewed'><h3>많이 본 뉴스</h3><ul><li><a href='/article/2026040711'>"
           "시내버스 요금 동결</a><span class='byline'>최수빈 기자</span></li></ul></div>")


@pytest.mark.parametrize("closing", [
    "정민호 기자 minho@quayherald.example",
    "정민호 기자",
    "정민호·김하늘 기자",
])
def test_a_korean_closing_reporter_line_signs_the_page_not_a_cards_reporter(
        closing: str) -> None:
    html = page("<meta name='author' content='Quay Herald'>",
                after=f"<p>{closing}</p></article>{KO_CARD}<article>", lang="ko")
    names = [a.name for a in clean(html).authors]
    assert names and names[0] == "정민호" and "최수빈" not in names


def test_a_sentence_mentioning_a_reporter_is_no_closing_credit() -> None:
    html = page(after="<p>정민호 기자가 현장을 취재했다고 밝혔다.</p>", lang="ko")
    assert clean(html).authors == []


# --- Drupal's "Submitted by" line --------------------------------------------------------------

def test_drupals_submitted_by_line_is_the_byline() -> None:
    body = ("<footer class='node__meta'><div class='node__submitted'>Submitted by <span>"
            "<a href='/user/41'>Wendy Caldera</a></span> on Tue, 03/24/2026 - 14:18</div>"
            "</footer>")
    assert [a.name for a in clean(page(body=body)).authors] == ["Wendy Caldera"]


# --- a share button naming the site -----------------------------------------------------------

@pytest.mark.parametrize(("text", "names", "button"), [
    ("Share Stateline Notes", {"statelinenotes"}, True),
    ("Teilen Quay Herald", {"quayherald"}, True),
    ("Share the Road", {"statelinenotes"}, False),  # a subheading, not the site
    ("Share Stateline Notes with a friend today.", {"statelinenotes"}, False),
    ("Share Stateline Notes", set(), False),
])
def test_a_share_button_is_one_naming_the_site(text: str, names: set[str], button: bool) -> None:
    assert site_share_button(text, names) is button


def test_a_share_button_naming_the_site_between_paragraphs_leaves_the_text() -> None:
    html = page(after="<p>Crews will start on the north side.</p><blockquote><p>Share Quay "
                      "Herald</p></blockquote><p>The council will publish the dates next week.</p>")
    body = clean(html).articleBody or ""
    assert "Share Quay Herald" not in body and "publish the dates" in body


# --- a cross-link label in brackets or after a bullet ----------------------------------------

@pytest.mark.parametrize(("label", "title", "lang"), [
    ("【関連記事】", "港の駐車場、来月から有料に", "ja"),
    ("▶ 관련기사:", "구항 주차장 유료화 결정", "ko"),
    ("■ Lesen Sie auch:", "Parkhaus am Hafen wird teurer", "de"),
    ("［相关阅读］", "港口停车场下月起收费", "zh-CN"),
])
def test_a_bracketed_or_bulleted_cross_link_label_leaves_the_text(
        label: str, title: str, lang: str) -> None:
    link = f"<p>{label}<a href='/news/2026/03/02/parking-4102'>{title}</a></p>"
    body = clean(page(after=link + "<p>The council will publish the dates next week.</p>",
                      lang=lang)).articleBody or ""
    assert title not in body and "publish the dates" in body


def test_a_bracketed_aside_in_a_sentence_stays() -> None:
    text = "【解説】港の駐車場は来月から有料になり、料金は1時間200円となる見込みだ。"
    body = clean(page(after=f"<p>{text}</p>", lang="ja")).articleBody or ""
    assert "料金は1時間200円" in body


# --- the tuning pages ---------------------------------------------------------------------------

PAGES = cases(TUNE7)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tune7_page_reads_as_labelled(case: Case) -> None:
    check_labelled_page(case)
