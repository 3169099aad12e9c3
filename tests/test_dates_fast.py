"""The stamps read without dateparser (``dates._fast_day``: English month-name days and
all-numeric days; a clock time alone, which no parser reads a day in) give what dateparser
gives with the settings ``_parse_text`` passes it, on grids of stamps in the shapes pages
print (weekday or none, month first or day first, a time or none, twelve- or twenty-four-hour,
each first language), and leave to dateparser what they do not read."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsclean.normalize import _date_rules, dates
from newsclean.rules import vocab

LANGUAGES = list(_date_rules.DEFAULT_LANGUAGES)  # English first, as without a hint
BASE = datetime(2026, 6, 15, 12, 0)
MONTHS = vocab.ordered("months", "en")
WEEKDAYS = vocab.ordered("weekdays", "en")
HOURS = (0, 1, 7, 9, 11, 12, 13, 19, 23)


def _first(language: str) -> list[str]:
    return [language, *(lang for lang in LANGUAGES if lang != language)]


def _dateparser(stamp: str, languages: list[str], day_first: bool, parser: str) -> Any:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": BASE, "PARSERS": [parser],
    }
    if parser == "absolute-time":
        settings.update(PARSERS=["custom-formats", parser], REQUIRE_PARTS=["day", "month"])
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    return dates._dateparser(stamp, settings, languages)


def _time(rng: random.Random) -> str:
    hour = rng.choice(HOURS)
    return rng.choice(("", "", f" {hour}:05", f", {hour}:30 am", f"  {hour}:42 pm",
                       f",  {hour}:00PM", f" {hour}:15am", f" {hour:02}:59", f" {hour}:37:36 AM",
                       f" - {hour}:10PM", f" – {hour:02}:20", f" — {hour}:40", f", {hour}:05 a.m.",
                       f" {hour}:05 p.m", f" {hour}:05 P.M."))


def _english_stamps() -> list[str]:
    """Every month and weekday word in a plain stamp, then a seeded sample of combinations."""
    out = [f"{month} 4, 2025" for month in MONTHS] + [f"4 {month} 2025" for month in MONTHS]
    out += [f"{day}, 13 March 2025" for day in WEEKDAYS] + [f"{d} March 2025" for d in (1, 31)]
    rng = random.Random(13)
    for _ in range(300):
        day, month, year = rng.choice((1, 2, 9, 12, 13, 28, 29, 30, 31)), rng.choice(MONTHS), 2025
        date = rng.choice((f"{month} {day}, {year}", f"{month}. {day} {year}",
                           f"{day} {month} {year}", f"{day} {month}, {year}",
                           f"{month} {day:02} {year}", f"{month} {day}th, {year}",
                           f"{day}{rng.choice(('st', 'nd', 'rd', 'th'))} {month} {year}"))
        weekday = rng.choice(("", "", f"{rng.choice(WEEKDAYS)} ", f"{rng.choice(WEEKDAYS)}, ",
                              f"{rng.choice(WEEKDAYS).title()}. "))
        out.append(weekday + date + _time(rng))
        clock = _time(rng).strip(" ,")
        if clock:  # the time first: "6:12am, 8 Jun, 2023"
            out.append(f"{clock}{rng.choice((', ', ' ', '  '))}{weekday}{date}")
    return out


def _numeric_stamps() -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(300):
        a, b = rng.choice((1, 3, 9, 12, 13, 28, 31)), rng.choice((1, 2, 5, 12, 13, 30))
        sep = rng.choice("./-")
        out.append(f"{a:0{rng.choice((1, 2))}}{sep}{b:02}{sep}{rng.choice((2024, 2025))}"
                   + _time(rng) + rng.choice(("", "", " Uhr")))
    return out


def _check(stamps: list[str], languages: list[str], day_first: bool) -> int:
    read = 0
    for stamp in stamps:
        fast = dates._fast_day(stamp, languages, day_first)
        if fast is not None:
            read += 1
            assert fast == _dateparser(stamp, languages, day_first, "absolute-time"), stamp
    return read


@pytest.mark.parametrize("day_first", [False, True])
def test_english_day_reads_what_dateparser_reads(day_first: bool) -> None:
    assert _check(_english_stamps(), LANGUAGES, day_first) > 250


@pytest.mark.parametrize("language", LANGUAGES)
def test_numeric_day_reads_what_dateparser_reads(language: str) -> None:
    day_first = language != "en"  # (_day_first: every other first language reads day first)
    read = _check(_numeric_stamps(), _first(language), day_first)
    if language == "en":
        read += _check(_numeric_stamps(), _first(language), True)  # (an en-GB page)
    assert read > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_parser_reads_a_day_in_a_clock_time_alone(language: str) -> None:
    for hour in HOURS:
        for stamp in (f"{hour}:05", f"{hour:02}:30 pm", f"{hour}:42AM", f"{hour}:15:09",
                      f"{hour}:20 p.m.", f"{hour}:10 a.m"):
            assert dates._CLOCK_ONLY_RE.fullmatch(stamp)
            for day_first in (False, True):
                for parser in ("absolute-time", "relative-time"):
                    assert _dateparser(stamp, _first(language), day_first, parser) is None


def test_fast_day_leaves_other_languages_first_to_dateparser() -> None:
    assert dates._fast_day("Mar 4, 2025", _first("es"), True) is None  # "mar": martes
    assert dates._fast_day("March 4, 2025", LANGUAGES, False) == datetime(2025, 3, 4)
    assert dates._fast_day("March 4, 2025", ["en"], False) is None  # a caller's own list


def test_fast_day_leaves_impossible_days_and_clock_times_to_dateparser() -> None:
    assert dates._fast_day("February 30, 2025", LANGUAGES, False) is None
    assert dates._fast_day("March 4, 2025 13:10 pm", LANGUAGES, False) is None
    assert dates._fast_day("March 4, 2025 noon", LANGUAGES, False) is None
    assert dates._fast_day("13/13/2025", LANGUAGES, False) is None
    assert dates._fast_day("04.03.2025, 10:20 Uhr", LANGUAGES, True) is None  # German only
    assert dates._fast_day("31-05-2025", LANGUAGES, False) == datetime(2025, 5, 31)


def _named_stamps(language: str) -> list[str]:
    """Each of dateparser's month words of ``language`` in the day-month-year shapes."""
    named = dates._named_day(language)
    assert named is not None
    rng = random.Random(language)
    out = []
    for word in named[1]:
        for _ in range(4):
            day = rng.choice((1, 2, 9, 12, 28, 29, 30, 31))
            of = rng.choice(("", "de ")) if "de" in named[0].pattern else ""
            dot = rng.choice(("", ".")) if rng.random() < 0.2 else ""
            cased = rng.choice((word, word.title(), word.upper()))
            comma = rng.choice(("", ",")) if rng.random() < 0.3 else ""
            out.append(f"{day}{dot} {of}{cased}{comma} {of}2025{_time(rng)}"
                       + rng.choice(("", "", " Uhr")))
    return out


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_named_day_reads_what_dateparser_reads(language: str) -> None:
    assert _check(_named_stamps(language), _first(language), True) > 20


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_absolute_parser_reads_no_day_in_an_age(language: str) -> None:
    ages = [f"{n} {unit} ago" for n in (1, 3, 12, 24) for unit in ("month", "Months", "years")]
    ages += ["a month ago", "one year ago"]
    ages += [f"{n}{space}{unit}" for n in (1, 5, 23) for space in ("", " ") for unit in "hdmwH"]
    units = vocab.ordered("time_units", "en", "en-short", *(lang for lang in LANGUAGES
                                                           if lang != "en"))
    shapes = ("hace {n} {u}", "Vor {n} {u}.", "il y a {n} {u}", "há {n} {u}", "{n} {u} fa",
              "{n} {u} geleden")
    rng = random.Random(language)
    ages += rng.sample([s.format(n=n, u=u) for u in units for n in (1, 24) for s in shapes], 80)
    for stamp in ages:
        assert dates._AGE_RE.fullmatch(stamp)
        for day_first in (False, True):
            assert _dateparser(stamp, _first(language), day_first, "absolute-time") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_card_age_counts_back_as_the_relative_parser_does(language: str) -> None:
    now = datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))  # the day clocks change
    for n in (1, 5, 23, 59):
        for stamp in (f"{n}h", f"{n} d", f"{n}W", f"{n} m"):
            base = now.replace(tzinfo=None)
            settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base,
                        "PARSERS": ["relative-time"], "DATE_ORDER": "DMY"}
            read = dates._dateparser(stamp, settings, _first(language))
            assert read is not None
            assert dates._parse_text(stamp, now, _first(language)) == read.replace(
                tzinfo=now.tzinfo
            ), stamp


_MONTH_AGES = [f"{n} {unit} ago" for n in ("a", "an", "one", "One", "A", 0, 1, 2, 3, 11, 12, 13,
                                           24, 25, 100, 1999, 2024, 2026, 9999)
               for unit in ("month", "months", "Months", "MONTH", "year", "years", "Year")]
_MONTH_BASES = [  # month ends, leap days, a clock change, a year's first day, odd seconds
    datetime(2026, 3, 31, 23, 59, 58, 123456, tzinfo=ZoneInfo("Europe/Berlin")),
    datetime(2024, 2, 29, 3, 30, tzinfo=ZoneInfo("America/New_York")),
    datetime(2025, 1, 31, 12, 0, tzinfo=ZoneInfo("UTC")),
    datetime(2025, 12, 31, 0, 0, 1, tzinfo=ZoneInfo("Asia/Tokyo")),
    datetime(2026, 1, 1, 6, 15),
    datetime(2025, 5, 30, 18, 45, 9),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_age_in_months_or_years_counts_back_as_the_relative_parser_does(
    language: str,
) -> None:
    for now in _MONTH_BASES:
        for stamp in _MONTH_AGES:
            assert dates._AGE_RE.fullmatch(stamp) and dates._MONTHS_AGO_RE.fullmatch(stamp)
            base = now.replace(tzinfo=None)
            settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base,
                        "PARSERS": ["relative-time"]}
            read = dates._dateparser(stamp, settings, _first(language))
            expected = None if read is None else read.replace(tzinfo=now.tzinfo)
            assert dates._parse_text(stamp, now, _first(language)) == expected, (stamp, now)


def test_an_age_in_months_leaves_a_caller_s_languages_to_dateparser() -> None:
    now = datetime(2026, 3, 31, 12, 0)
    assert dates.parse_date("3 months ago", now=now) == "2025-12-31T12:00:00+00:00"
    assert dates.parse_date("a year ago", now=datetime(2024, 2, 29)) == "2023-02-28T00:00:00+00:00"
    assert dates._parse_text("3 months ago", now, ["de"]) is None  # (dateparser: no German)
