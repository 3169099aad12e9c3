"""Behaviour of ``newsclean.normalize.dates``: parsing stamps, date lines, a page's dates."""

from __future__ import annotations

import dataclasses
import time
import warnings
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import parsel
import pytest

from newsclean.core.page import HeadFacts, scan_head
from newsclean.normalize import dates
from newsclean.normalize.dates import (
    FoundDates,
    find_dates_in_html,
    find_dates_in_text,
    is_date_line,
    names_update_label,
    parse_date,
)

NOW = datetime(2023, 6, 19, 12, 0, tzinfo=UTC)
SYDNEY_NOW = datetime(2023, 6, 19, 12, 0, tzinfo=timezone(timedelta(hours=10)))


# --- parse_date: machine strings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-06-19T09:30:00Z", "2023-06-19T09:30:00+00:00"),
        ("2023-06-19T09:30:00.000+0100", "2023-06-19T09:30:00+01:00"),
        ("2023-06-19T09:30:00.123456-04:00", "2023-06-19T09:30:00-04:00"),
        ("2023-06-19 09:30:00+05:30", "2023-06-19T09:30:00+05:30"),
        ("2023-06-19", "2023-06-19"),
        ("Mon, 05 Jun 2023 15:04:00 GMT", "2023-06-05T15:04:00+00:00"),
        ("Mon, 05 Jun 2023 15:04:00 +0200", "2023-06-05T15:04:00+02:00"),
        ("1686900000", "2023-06-16T07:20:00+00:00"),
    ],
)
def test_machine_dates_keep_their_offset_and_drop_fractions(raw: str, expected: str) -> None:
    assert parse_date(raw, now=NOW) == expected


def test_iso_strings_take_the_stdlib_path_without_dateparser(monkeypatch: Any) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("dateparser must not be called for ISO 8601 input")

    monkeypatch.setattr("dateparser.parse", fail)
    assert parse_date("2024-02-29T23:59:59+11:00") == "2024-02-29T23:59:59+11:00"
    assert parse_date("Tue, 14 Nov 2023 08:00:00 GMT") == "2023-11-14T08:00:00+00:00"


def test_english_relative_stamps_take_the_fast_path_without_dateparser(monkeypatch: Any) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("dateparser must not be called for '5 hours ago'")

    monkeypatch.setattr("dateparser.parse", fail)
    assert parse_date("5 hours ago", now=NOW) == "2023-06-19T07:00:00+00:00"


def test_invalid_iso_values_give_none_instead_of_raising() -> None:
    assert parse_date("2023-13-45T99:99:99Z", now=NOW) is None


# --- parse_date: visible stamps -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Updated: 4:45pm, 2 Mar, 2022", "2022-03-02T16:45:00"),
        ("Published 8:15 AM Tue, March 7, 2023", "2023-03-07T08:15:00"),
        ("Last updated on 11 May 2023 at 21:10", "2023-05-11T21:10:00"),
        ("First published on 3 April 2023", "2023-04-03"),
        ("Posted: Jan 9, 2023", "2023-01-09"),
        ("Publié le 14 février 2023 à 07h45", "2023-02-14T07:45:00"),
        ("Aktualisiert am 02.05.2023, 18:20 Uhr", "2023-05-02T18:20:00"),
        ("22 Sep 2022 · 6 min read", "2022-09-22"),
        ("30 Nov 2022 | 3 min read", "2022-11-30"),
    ],
)
def test_labels_and_read_times_are_stripped_before_parsing(raw: str, expected: str) -> None:
    assert parse_date(raw, now=NOW) == expected


def test_label_with_weekday_and_gmt_offset_parses_although_dateparser_alone_fails() -> None:
    raw = "Updated: Wed, October 4, 2023 at 9:41 PM GMT+2"
    assert parse_date(raw, now=NOW) == "2023-10-04T21:41:00+02:00"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Generic US zones follow summer time (dateparser alone gives -05:00 for ET all year).
        ("Published 9:20 AM ET Thu, July 13, 2023", "2023-07-13T09:20:00-04:00"),
        ("9:20 AM ET Thu, January 12, 2023", "2023-01-12T09:20:00-05:00"),
        ("August 1, 2023 6:00 PM PT", "2023-08-01T18:00:00-07:00"),
        ("Feb 2, 2023 11:00 CT", "2023-02-02T11:00:00-06:00"),
        ("July 4, 2023 10:00 (CT)", "2023-07-04T10:00:00-05:00"),
        ("Oct 3, 2023 2:10 p.m. EDT", "2023-10-03T14:10:00-04:00"),
        ("08:05 JST, March 21, 2023", "2023-03-21T08:05:00+09:00"),
        ("4 May 2023 16:30 AEST", "2023-05-04T16:30:00+10:00"),
        ("1 August 2023 13:00 BST", "2023-08-01T13:00:00+01:00"),
        ("12 January 2023 07:00 CET", "2023-01-12T07:00:00+01:00"),
        ("3 March 2023 11:00 IST", "2023-03-03T11:00:00+05:30"),
    ],
)
def test_zone_abbreviations_become_offsets(raw: str, expected: str) -> None:
    assert parse_date(raw, now=NOW) == expected


def test_absolute_date_without_zone_is_returned_without_offset() -> None:
    assert parse_date("March 7, 2023 8:15 AM", now=NOW) == "2023-03-07T08:15:00"


@pytest.mark.parametrize("raw", ["0100-06-05T00:00:00Z", "+0100 (PT) 5 June", "June 5, 1850"])
def test_implausible_years_are_rejected(raw: str) -> None:
    assert parse_date(raw, now=NOW) is None


def test_dates_up_to_a_year_after_now_are_kept() -> None:
    assert parse_date("2024-03-01T00:00:00Z", now=NOW) == "2024-03-01T00:00:00+00:00"
    assert parse_date("2025-03-01T00:00:00Z", now=NOW) is None


def test_date_without_year_is_taken_from_the_past() -> None:
    assert parse_date("Dec 24", now=NOW) == "2022-12-24"


@pytest.mark.parametrize("raw", ["2023", "June", "11:45", "5", "4 min read", "Updated:"])
def test_partial_stamps_are_not_completed_from_now(raw: str) -> None:
    assert parse_date(raw, now=NOW) is None


# --- parse_date: relative stamps ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9 hours ago", "2023-06-19T03:00:00+00:00"),
        ("58 min ago", "2023-06-19T11:02:00+00:00"),
        ("3 days ago", "2023-06-16T12:00:00+00:00"),
        ("2h ago", "2023-06-19T10:00:00+00:00"),
        ("an hour ago", "2023-06-19T11:00:00+00:00"),
        ("Yesterday", "2023-06-18T12:00:00+00:00"),
        ("just now", "2023-06-19T12:00:00+00:00"),
        ("Posted 20 mins ago", "2023-06-19T11:40:00+00:00"),
        ("2 months ago", "2023-04-19T12:00:00+00:00"),
        ("Yesterday at 4:30 PM", "2023-06-18T16:30:00+00:00"),
        ("il y a 2 heures", "2023-06-19T10:00:00+00:00"),
        ("vor 3 Stunden", "2023-06-19T09:00:00+00:00"),
    ],
)
def test_relative_stamps_count_back_from_now_in_its_zone(raw: str, expected: str) -> None:
    assert parse_date(raw, now=NOW) == expected


def test_relative_stamps_carry_the_zone_of_now() -> None:
    assert parse_date("9 hours ago", now=SYDNEY_NOW) == "2023-06-19T03:00:00+10:00"
    assert parse_date("vor 2 Stunden", now=SYDNEY_NOW) == "2023-06-19T10:00:00+10:00"


def test_naive_now_is_taken_as_utc() -> None:
    naive = datetime(2023, 6, 19, 12, 0)
    assert parse_date("1 hour ago", now=naive) == "2023-06-19T11:00:00+00:00"


def test_missing_now_uses_the_current_utc_time() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    result = parse_date("2 hours ago")
    after = datetime.now(UTC)
    assert result is not None
    parsed = datetime.fromisoformat(result)
    assert parsed.utcoffset() == timedelta(0)
    assert before - timedelta(hours=2, seconds=1) <= parsed <= after - timedelta(hours=2)


# --- parse_date: languages and robustness ---------------------------------------------------


def test_languages_argument_limits_what_dateparser_tries() -> None:
    assert parse_date("3 de mayo de 2023", languages=["es"]) == "2023-05-03"
    assert parse_date("3 mai 2023", languages=["en"]) is None


def test_unknown_language_code_gives_none_instead_of_raising() -> None:
    assert parse_date("3 May 2023", languages=["xx-not-a-language"]) is None


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "not a date at all",
        "🙂🙂🙂",
        "x" * 100_000,
        "June 5, 2023 " * 1_000,
        "9999-99-99",
        "99999999999999999999",
        None,
        12345,
    ],
)
def test_garbage_gives_none_and_never_raises(raw: Any) -> None:
    assert parse_date(raw, now=NOW) is None


def test_parsing_emits_no_warnings() -> None:
    samples = [
        "2023-06-19T09:30:00Z",
        "Updated: 4:45pm, 2 Mar, 2022",
        "Published 9:20 AM ET Thu, July 13, 2023",
        "Publié le 14 février 2023 à 07h45",
        "il y a 2 heures",
        "2 months ago",
        "not a date at all",
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for raw in samples:
            parse_date(raw, now=NOW)
        find_dates_in_html('<meta name="date" content="June 5, 2023 3:04 PM EDT">', now=NOW)
    assert [str(w.message) for w in caught] == []


# --- is_date_line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "9 hours ago",
        "an hour ago",
        "Yesterday",
        "Updated: 4:45pm, 2 Mar, 2022",
        "08:05 JST, March 21, 2023",
        "22 Sep 2022 · 6 min read",
        "Published 9:20 AM ET Thu, July 13, 2023",
        "Updated: Wed, October 4, 2023 at 9:41 PM GMT+2",
        "Published 9:20 AM ET | Updated 11:02 AM ET",
        "2023-06-19T09:30:00Z",
        "19/06/2023",
        "4 min read",
        "May 5",
        "Monday, June 5th",
        "10:30 a.m.",
        "Publié le 14 février 2023 à 07h45",
        "Aktualisiert am 02.05.2023, 18:20 Uhr",
        "  March 2023  ",
    ],
)
def test_pure_stamps_are_date_lines(line: str) -> None:
    assert is_date_line(line) is True


@pytest.mark.parametrize(
    "line",
    [
        "On June 5, 2023 the council voted to close the pool.",
        "The 5 June 2023 meeting was cancelled.",
        "By Jane Roe · 22 Sep 2022 · 6 min read",
        "Read more",
        "Updated",
        "May",
        "Monday",
        "2023",
        "3.14",
        "Score: 2-1",
        "Call 0800 123 4567 today",
        "Just in",
        "Advertisement",
        "",
        "   ",
        "June 5, 2023 " * 20,
    ],
)
def test_text_that_merely_contains_a_date_is_not_a_date_line(line: str) -> None:
    assert is_date_line(line) is False


def test_non_string_is_not_a_date_line() -> None:
    assert is_date_line(None) is False  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    ["1" * 150, "1 " * 75, "june " * 30, "1:" * 75, "- " * 75, "updated " * 19, "a " * 75],
)
def test_date_line_check_stays_fast_on_pathological_lines(line: str) -> None:
    start = time.perf_counter()
    for _ in range(100):
        is_date_line(line)
    assert time.perf_counter() - start < 0.5


def test_date_regexes_run_in_linear_time_on_huge_input() -> None:
    # Bypass the line-length cap to check the regexes themselves cannot backtrack badly.
    huge = "1 june 1:1 - updated " * 20_000
    start = time.perf_counter()
    dates._DATE_ANCHOR_RE.search(huge + "x")
    dates._LABEL_RE.match(huge)
    dates._ZONE_RE.search(huge)
    dates._TOKEN_RE.findall(huge)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Giovedì 5 maggio 2023, 10:30", "2023-05-05T10:30:00"),
        ("Pubblicato il 12 settembre 2024 alle 08:15", "2024-09-12T08:15:00"),
        ("sabato 3 giugno 2023", "2023-06-03"),
        ("Quinta-feira, 5 de maio de 2023 às 10:30", "2023-05-05T10:30:00"),
        ("Publicado em 9 de dezembro de 2022", "2022-12-09"),
        ("Donderdag 5 mei 2023 om 10:30", "2023-05-05T10:30:00"),
        ("Bijgewerkt op 12 maart 2024", "2024-03-12"),
        ("3 ore fa", "2023-06-19T09:00:00+00:00"),
        ("há 3 horas", "2023-06-19T09:00:00+00:00"),
        ("2 uur geleden", "2023-06-19T10:00:00+00:00"),
    ],
)
def test_italian_portuguese_and_dutch_stamps_are_date_lines(line: str, expected: str) -> None:
    # dateparser always tried it/pt/nl; the month and weekday words now say so to is_date_line
    assert is_date_line(line) is True
    assert parse_date(line, now=NOW) == expected


def test_italian_stamp_line_in_a_text_header_gives_both_dates() -> None:
    lines = ["Cronaca Esempio", "Pubblicato il 4 aprile 2024 · Aggiornato il 5 aprile 2024"]
    found = find_dates_in_text(lines, now=NOW)
    assert (found.published, found.modified) == ("2024-04-04", "2024-04-05")


def test_dutch_sentence_with_a_date_is_not_a_date_line() -> None:
    assert is_date_line("Op 5 mei 2023 ging de brug dicht.") is False


# --- find_dates_in_text ---------------------------------------------------------------------


def test_stamp_part_of_a_byline_row_is_the_published_date() -> None:
    lines = [
        "The Daily Example",
        "Harbour bridge to close",
        "By Jane Roe · 22 Sep 2022 · 6 min read",
    ]
    found = find_dates_in_text(lines, now=NOW)
    assert found == FoundDates(
        published="2022-09-22",
        published_raw="22 Sep 2022",
        modified=None,
        modified_raw=None,
    )


def test_updated_label_makes_the_modified_date() -> None:
    lines = ["08:05 JST, March 21, 2023", "Updated: 10:40 JST, March 21, 2023"]
    found = find_dates_in_text(lines, now=NOW)
    assert found.published == "2023-03-21T08:05:00+09:00"
    assert found.published_raw == "08:05 JST, March 21, 2023"
    assert found.modified == "2023-03-21T10:40:00+09:00"
    assert found.modified_raw == "10:40 JST, March 21, 2023"


def test_published_and_updated_on_one_line_are_both_found() -> None:
    line = "Published 9:20 AM ET Thu, July 13, 2023 | Updated 11:02 AM ET Thu, July 13, 2023"
    found = find_dates_in_text([line], now=NOW)
    assert found.published == "2023-07-13T09:20:00-04:00"
    assert found.modified == "2023-07-13T11:02:00-04:00"


def test_label_alone_on_a_line_applies_to_the_next_line() -> None:
    found = find_dates_in_text(["Last updated", "11 May 2023 21:10"], now=NOW)
    assert found.published is None
    assert found.modified == "2023-05-11T21:10:00"


def test_label_as_its_own_part_of_a_line_applies_to_the_next_part() -> None:
    found = find_dates_in_text(["Updated · 3 Mar 2022 · 5 min read"], now=NOW)
    assert found.modified == "2022-03-03"
    assert found.published is None


def test_relative_stamp_line_uses_now() -> None:
    found = find_dates_in_text(["Example Wire", "9 hours ago", "Body text."], now=SYDNEY_NOW)
    assert found.published == "2023-06-19T03:00:00+10:00"
    assert found.published_raw == "9 hours ago"


def test_dates_inside_body_sentences_are_ignored() -> None:
    lines = [
        "The Daily Example",
        "On June 5, 2023 the council voted to close the pool.",
        "Residents were told on 7 June 2023 at 10:00.",
    ]
    assert find_dates_in_text(lines, now=NOW) == FoundDates(None, None, None, None)


def test_first_stamp_of_each_kind_wins() -> None:
    lines = ["2 Mar 2022", "Updated 3 Mar 2022", "9 Apr 2021", "Updated 4 Apr 2021"]
    found = find_dates_in_text(lines, now=NOW)
    assert (found.published_raw, found.modified_raw) == ("2 Mar 2022", "3 Mar 2022")


@pytest.mark.parametrize("lines", [[], [""], [None, 5, b"2023-06-19"], ["x" * 1_000_000]])
def test_unusable_lines_give_empty_found_dates(lines: Any) -> None:
    assert find_dates_in_text(lines, now=NOW) == FoundDates()


def test_whole_text_instead_of_lines_is_split_into_lines() -> None:
    text = "Harbour bridge to close\n22 Sep 2022 · 6 min read\nBody text."
    assert find_dates_in_text(text, now=NOW).published == "2022-09-22"


def test_found_dates_is_immutable() -> None:
    found = FoundDates(published="2023-06-19T09:30:00+00:00")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.published = None  # type: ignore[misc]


# --- find_dates_in_html ---------------------------------------------------------------------

META_PAGE = """<html><head>
<meta name="parsely-pub-date" content="2023-06-19T01:00:00Z">
<meta property="og:updated_time" content="2023-06-20T10:00:00+10:00">
<meta property="article:published_time" content="2023-06-19T09:30:00.000+0100">
</head><body><p>Text</p></body></html>"""


def test_meta_tags_are_ranked_by_trust_not_page_order() -> None:
    found = find_dates_in_html(META_PAGE, now=NOW)
    assert found.published == "2023-06-19T09:30:00+01:00"
    assert found.published_raw == "2023-06-19T09:30:00.000+0100"
    assert found.modified == "2023-06-20T10:00:00+10:00"


def test_selector_input_is_accepted() -> None:
    found = find_dates_in_html(parsel.Selector(text=META_PAGE), now=NOW)
    assert found.published == "2023-06-19T09:30:00+01:00"


def test_scanned_head_facts_give_the_same_dates_without_reading_the_markup_again() -> None:
    head = scan_head(parsel.Selector(text=META_PAGE).root)
    assert find_dates_in_html(head=head, now=NOW) == find_dates_in_html(META_PAGE, now=NOW)
    assert find_dates_in_html(head=HeadFacts(), now=NOW) == FoundDates()
    assert find_dates_in_html(now=NOW) == FoundDates()


def test_jsonld_with_a_trailing_comma_still_gives_its_dates() -> None:
    html = """<script type="application/ld+json">{"@type": "NewsArticle",
      "keywords": ["Science", "News", ], "datePublished": "2019-11-18T16:06:51-05:00",}
    </script>"""
    assert find_dates_in_html(html, now=NOW).published == "2019-11-18T16:06:51-05:00"


def test_jsonld_graph_list_and_value_objects_are_read_article_first() -> None:
    html = """<script type="application/ld+json">[
      {"@type": "WebSite", "datePublished": "2001-01-01T00:00:00Z"},
      {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle"], "datePublished": {"@value": "2023-06-19T08:00:00Z"},
         "dateModified": ["2023-06-19T09:15:00Z"]}]}
    ]</script>"""
    found = find_dates_in_html(html, now=NOW)
    assert found.published == "2023-06-19T08:00:00+00:00"
    assert found.modified == "2023-06-19T09:15:00+00:00"


def test_jsonld_with_comment_wrapper_control_characters_and_trailing_semicolon() -> None:
    html = (
        '<script type="Application/LD+JSON"><!-- {"@type": "BlogPosting",'
        ' "headline": "tab\there", "datePublished": "2023-02-01T06:00:00Z"}; --></script>'
    )
    assert find_dates_in_html(html, now=NOW).published == "2023-02-01T06:00:00+00:00"


def test_meta_beats_jsonld_and_jsonld_fills_the_missing_field() -> None:
    html = """<meta property="article:published_time" content="2023-06-19T09:30:00Z">
    <script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "2020-01-01T00:00:00Z", "dateModified": "2023-06-19T11:00:00Z"}</script>"""
    found = find_dates_in_html(html, now=NOW)
    assert found.published == "2023-06-19T09:30:00+00:00"
    assert found.modified == "2023-06-19T11:00:00+00:00"


def test_broken_jsonld_falls_back_to_time_pubdate() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
        '<time pubdate datetime="2023-06-18T07:00:00-04:00">June 18</time>'
    )
    found = find_dates_in_html(html, now=NOW)
    assert found.published == "2023-06-18T07:00:00-04:00"
    assert found.modified is None


def test_time_itemprops_give_both_dates() -> None:
    html = (
        '<div><time itemprop="dateModified" datetime="2023-06-19T10:00:00+02:00">b</time>'
        '<time itemprop="datePublished" datetime="2023-06-19T09:00:00+02:00">a</time></div>'
    )
    found = find_dates_in_html(html, now=NOW)
    assert found.published == "2023-06-19T09:00:00+02:00"
    assert found.modified == "2023-06-19T10:00:00+02:00"


def test_plain_time_counts_only_inside_the_article() -> None:
    outside = '<body><aside><time datetime="2020-01-01T00:00:00Z">old</time></aside></body>'
    inside = '<body><article><time datetime="2023-06-17T06:00:00Z">Sat</time></article></body>'
    assert find_dates_in_html(outside, now=NOW) == FoundDates()
    assert find_dates_in_html(inside, now=NOW).published == "2023-06-17T06:00:00+00:00"


def test_meta_with_visible_style_date_is_parsed_too() -> None:
    html = '<meta name="date" content="June 5, 2023 3:04 PM EDT">'
    found = find_dates_in_html(html, now=NOW)
    assert found.published == "2023-06-05T15:04:00-04:00"
    assert found.published_raw == "June 5, 2023 3:04 PM EDT"


def test_unparseable_meta_value_falls_through_to_the_next_source() -> None:
    html = (
        '<meta property="article:published_time" content="soon">'
        '<script type="application/ld+json">{"@type": "Article",'
        ' "datePublished": "2023-01-02T03:04:05Z"}</script>'
    )
    assert find_dates_in_html(html, now=NOW).published == "2023-01-02T03:04:05+00:00"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<<<>>>&&&\x00",
        "no markup at all",
        '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>",
        '<script type="application/ld+json">' + '{"a":' * 3000 + "1" + "}" * 3000 + "</script>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 7}</script>',
        None,
        42,
    ],
)
def test_unusable_html_gives_empty_found_dates(html: Any) -> None:
    assert find_dates_in_html(html, now=NOW) == FoundDates()


@pytest.mark.parametrize(
    "line",
    [
        "Updated 18:10 JST, June 19, 2023",
        "Stand: 04.03.2025, 10:20 Uhr",
        "Actualizado el 3 de marzo de 2025",
        "Published March 3, 2025 · LAST UPDATED March 4, 2025",
        "Mis à jour le 4 mars 2025",
    ],
)
def test_a_line_that_gives_a_modified_date_names_an_update_label(line: str) -> None:
    # The header reads a stamp's kind without parsing it when no update label is there; that
    # shortcut is right only if every line with a modified date is caught by the label test.
    assert find_dates_in_text([line]).modified is not None
    assert names_update_label(line)


def test_a_plain_stamp_names_no_update_label() -> None:
    assert not names_update_label("March 3, 2025 · 4 min read")
