"""Article text between the byline/date and the first paragraph is kept (tests/data/keeptext2):
a list or table printed there leaves the headline over the byline, a row of figures is no
headline, a heading over figure rows no publisher, an upper-case dateline neither publisher nor
byline, and a fact box's date under its label neither the page's date nor a button row. Each
family is pinned with strings written for these tests, beside the chrome that must still go."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_text
from newsclean.core.header import dateline, figure_row
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "keeptext2"

_TOP = ["Skip to content", "Home", "News", "Sport", "Business", "Weather"]
_TITLE = "Councillors back the new riverside cycle path after a long debate"
_BY, _DATE = "By Nell Farrant", "March 3, 2026"
_P1 = ("The council voted nine to two in favour of the plan on Tuesday evening after a long "
       "debate about its cost.")
_P2 = "Work on the first of the two bridges is due to start in the spring, the council said."
_BOTTOM = ["Share this story", "Facebook", "WhatsApp", "Related stories",
           "Ferry fares to rise in April", "© 2026 Brackvale Courier"]


def _clean(*lines: str, url: str = "https://www.brackvalecourier.example/news/story"):
    return clean_text("\n".join(lines), url=url)


def _body(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in (article.articleBody or "").split("\n") if line.strip()]


def test_keeptext2_pages_keep_every_body_line_without_chrome_leak() -> None:
    score = score_folder(DATA / "tune")
    assert score["body_recall"] == 1.0
    assert score["chrome_leak"] == 0.0 and score["header_leak"] == 0.0
    assert score["exact"] == 1.0


@pytest.mark.parametrize(
    "row",
    ["Fenby 8 7 9 6 — 30", "1. TSV Hollfeld 12 9 2 1 31:9 29", "Ada Moss 911 734 52%",
     "Hollins 14 11 6 15 — 46"],
)
def test_a_row_of_figures_is_a_table_row(row: str) -> None:
    assert figure_row(row)


@pytest.mark.parametrize(
    "title",
    ["Rovers 2-1 Town: late header settles the derby", "Dow closes above 40,000 for the first time",
     "Five things to know before the 2026 budget", "Ages 3 to 5 go free on Saturday"],
)
def test_a_headline_with_a_figure_is_no_table_row(title: str) -> None:
    assert not figure_row(title)


@pytest.mark.parametrize(
    "lines",
    [
        # a list's heading and its items before the first paragraph
        ["What the plan includes", "Two bridges over the Brack", "A lit path along the east bank",
         "Parking for forty bikes", "Benches every 200 metres"],
        # a box score: a sport's label, the result, figure rows
        ["NETBALL", "Moorside d. Fenby 41-30", "Fenby 8 7 9 6 — 30", "Moorside 10 12 9 10 — 41"],
        # a league table under its heading
        ["The table", "1. Moorside 12 9 2 1 31 29", "2. Fenby Town 12 8 2 2 27 26"],
    ],
)
def test_text_between_the_date_and_the_first_paragraph_leaves_the_headline_over_the_byline(
    lines: list[str],
) -> None:
    art = _clean(*_TOP, _TITLE, _BY, _DATE, *lines, _P1, _P2, *_BOTTOM)
    assert art.headline == _TITLE
    assert art.bylineRaw == _BY and art.datePublishedRaw == _DATE
    assert art.publisher is None
    assert _body(art) == [*lines, _P1, _P2]


def test_a_short_title_line_right_under_the_byline_still_gives_way_to_the_headline() -> None:
    """The rule the list guard widens: a title-cased deck right under the date."""
    deck = "A Path For Walkers And Riders Alike"
    art = _clean(*_TOP, _TITLE, _BY, _DATE, deck, _P1, *_BOTTOM)
    assert art.headline == _TITLE


def test_with_no_byline_or_date_the_line_nearest_the_text_is_still_the_headline() -> None:
    art = _clean(*_TOP, "Hollins Echo", "Bypass plan is back on the table", _P1, _P2, *_BOTTOM)
    assert art.headline == "Bypass plan is back on the table"
    assert _body(art) == [_P1, _P2]


@pytest.mark.parametrize(
    "line", ["FENWICK FALLS, OHIO", "VALDEOSO, ESPAÑA", "BRACHTAL, DEUTSCHLAND", "HOLLINS, TEXAS"]
)
def test_an_upper_case_town_and_country_is_a_dateline(line: str) -> None:
    assert dateline(line)


@pytest.mark.parametrize(
    "line",
    ["JANE ROE, LONDON",  # a person and her town: a byline
     "THE HOLLINS ECHO",  # a masthead
     "Fenwick Falls, Ohio",  # not printed as a dateline
     "HOLLINS, BRACKVALE COUNTY"],  # no country or state the places list knows
)
def test_a_name_or_masthead_in_capitals_is_no_dateline(line: str) -> None:
    assert not dateline(line)


@pytest.mark.parametrize("header", [[_BY, _DATE], []])
def test_a_dateline_over_the_first_paragraph_is_kept_as_text(header: list[str]) -> None:
    art = _clean(*_TOP, _TITLE, *header, "FENWICK FALLS, OHIO", _P1, _P2, *_BOTTOM)
    assert art.headline == _TITLE and art.publisher is None
    assert art.bylineRaw == (_BY if header else None)
    assert _body(art) == ["FENWICK FALLS, OHIO", _P1, _P2]


def test_a_masthead_under_the_headline_is_still_the_publisher() -> None:
    art = _clean(*_TOP, _TITLE, "The Hollins Echo", _BY, _DATE, _P1, *_BOTTOM)
    assert art.publisher == "The Hollins Echo"
    assert _body(art) == [_P1]


def test_a_heading_over_figure_rows_is_no_publisher() -> None:
    rows = ["Die Tabelle", "1. TSV Hollfeld 12 9 2 1 31:9 29", "2. SC Brachtal 12 8 2 2 27:14 26"]
    art = _clean(*_TOP, "Kreisliga: Hollfeld bleibt nach dem Derby an der Spitze", "Von Jana Weber",
                 "12.05.2026", *rows, _P1, *_BOTTOM)
    assert art.publisher is None and art.bylineRaw == "Von Jana Weber"
    assert _body(art) == [*rows, _P1]


@pytest.mark.parametrize(
    "box",
    [
        ["Brackvale Lido", "Opened", "14 June 1926", "Length", "50 metres"],
        ["Teatro Comunale", "Inaugurazione", "12 ottobre 1876", "Posti", "640"],
    ],
)
def test_a_fact_box_date_under_its_label_is_neither_the_page_date_nor_a_button(
    box: list[str],
) -> None:
    art = _clean(*_TOP, _TITLE, _BY, _DATE, *box, _P1, _P2, *_BOTTOM)
    assert art.datePublishedRaw == _DATE and art.dateModifiedRaw is None
    assert _body(art) == [*box, _P1, _P2]


def test_buttons_between_the_date_and_the_text_still_go() -> None:
    art = _clean(*_TOP, _TITLE, _BY, _DATE, "Listen", "Save", "Gift article", _P1, *_BOTTOM)
    assert _body(art) == [_P1]


def test_a_date_label_over_a_second_date_is_still_header_not_a_fact_box() -> None:
    art = _clean(*_TOP, _TITLE, _BY, _DATE, "Updated", "March 4, 2026", _P1, *_BOTTOM)
    assert art.datePublishedRaw == _DATE
    assert _body(art) == [_P1]


_VERSE = ["The river keeps its counsel in the reeds", "and every bridge remembers every flood",
          "we built the bank of stone and borrowed time", "where once the heron watched the mill",
          "come spring the path will carry us along", "from station lamp to chapel bell and back"]


@pytest.mark.parametrize("title", [_TITLE, "Path opened with a poem"])
@pytest.mark.parametrize("stamped", [True, False])
def test_verse_before_the_first_paragraph_is_text_not_a_headline_or_chrome(
    title: str, stamped: bool
) -> None:
    header = [title, _BY, _DATE] if stamped else [title, ""]
    art = _clean(*_TOP, *header, *_VERSE, _P1, _P2, *_BOTTOM)
    assert art.headline == title
    assert _body(art) == [*_VERSE, _P1, _P2]


def test_a_short_teaser_rail_over_the_headline_still_goes() -> None:
    rail = ["Most read", "Ferry fares to rise in April", "Bypass plan is back on the table"]
    art = _clean(*_TOP, *rail, _TITLE, _BY, _DATE, _P1, _P2, *_BOTTOM)
    assert art.headline == _TITLE
    assert _body(art) == [_P1, _P2]


@pytest.mark.parametrize(
    "contents",
    [["Contents", "1 History", "1.1 Early years", "2 The mill", "3 Products"],
     ["Inhalt", "1. Früh planen", "2. Kinder einbeziehen", "3. Der Umzugstag"]],
)
def test_a_numbered_contents_list_under_the_headline_is_no_byline_or_button_row(
    contents: list[str],
) -> None:
    art = _clean(*_TOP, _TITLE, *contents, _P1, _P2, *_BOTTOM)
    assert art.headline == _TITLE and art.bylineRaw is None
    assert _body(art) == [*contents, _P1, _P2]


def test_an_agency_name_alone_under_the_headline_is_still_the_byline() -> None:
    art = _clean(*_TOP, _TITLE, "Reuters", _P1, _P2, *_BOTTOM)
    assert art.bylineRaw == "Reuters"
    assert _body(art) == [_P1, _P2]


def test_verse_opening_a_page_with_no_headline_line_is_all_kept() -> None:
    verse = ["and so the river keeps its counsel", *_VERSE[1:4],
             "Come spring the path will carry us", "from station lamp to chapel bell"]
    art = _clean(*verse, _P1, _P2)
    assert art.headline is None
    assert _body(art) == [*verse, _P1, _P2]


def test_a_headline_with_its_own_source_and_byline_under_a_tickers_stamp_stays_the_headline(
) -> None:
    art = _clean("QuillFeed", "Top Stories", "LIVE: Council count in the eastern wards",
                 "Monday 7 December 2026", "Environment", _TITLE, "Brackvale Courier", _BY,
                 "5 hours ago", _P1, _P2)
    assert art.headline == _TITLE and art.bylineRaw == _BY


def test_a_masthead_over_its_date_and_time_is_still_the_publisher() -> None:
    assert not figure_row("23 июня 2026, 12:15")
    art = _clean(*_TOP, "В новом районе открыли школу на 1500 мест", "Уральский рабочий листок",
                 "23 июня 2026, 12:15", "В новом районе на западе города открылась школа на "
                 "полторы тысячи учеников.", "Строительство заняло два года, сообщили в мэрии.")
    assert art.publisher == "Уральский рабочий листок"
