"""The English month-name stamp read without dateparser (``dates._english_day``) gives the
datetime dateparser gives, with the settings ``_parse_text`` passes it, on a grid of stamps
in the shapes English pages print (weekday or none, month first or day first, a time or
none, twelve- or twenty-four-hour), and leaves to dateparser what it does not read."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

import pytest

from newsclean.normalize import dates
from newsclean.rules import vocab

LANGUAGES = ["en", "fr", "de", "es"]
BASE = datetime(2026, 6, 15, 12, 0)
MONTHS = vocab.ordered("months", "en")
WEEKDAYS = vocab.ordered("weekdays", "en")


def _settings(day_first: bool) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": BASE,
        "PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month"],
    }
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    return settings


def _stamps() -> list[str]:
    """Every month and weekday word in a plain stamp, then a seeded sample of combinations."""
    out = [f"{month} 4, 2025" for month in MONTHS] + [f"4 {month} 2025" for month in MONTHS]
    out += [f"{day}, 13 March 2025" for day in WEEKDAYS] + [f"{d} March 2025" for d in (1, 31)]
    rng = random.Random(13)
    for _ in range(400):
        day, month, year = rng.choice((1, 2, 9, 12, 13, 28, 29, 30, 31)), rng.choice(MONTHS), 2025
        date = rng.choice((f"{month} {day}, {year}", f"{month}. {day} {year}",
                           f"{day} {month} {year}", f"{day} {month}, {year}",
                           f"{month} {day:02} {year}"))
        weekday = rng.choice(("", "", f"{rng.choice(WEEKDAYS)} ", f"{rng.choice(WEEKDAYS)}, ",
                              f"{rng.choice(WEEKDAYS).title()}. "))
        hour = rng.choice((0, 1, 7, 9, 11, 12, 13, 19, 23))
        time = rng.choice(("", "", f" {hour}:05", f", {hour}:30 am", f" at {hour}:42 pm",
                           f", at {hour}:00PM", f" {hour}:15am", f" {hour:02}:59"))
        out.append(weekday + date + time)
    return out


@pytest.mark.parametrize("day_first", [False, True])
def test_english_day_reads_what_dateparser_reads(day_first: bool) -> None:
    read = 0
    for stamp in _stamps():
        fast = dates._english_day(stamp, LANGUAGES)
        if fast is None:
            continue
        read += 1
        assert fast == dates._dateparser(stamp, _settings(day_first), LANGUAGES), stamp
    assert read > 300  # the grid is mostly of stamps it reads


def test_english_day_leaves_other_languages_first_to_dateparser() -> None:
    assert dates._english_day("Mar 4, 2025", ["es", "en"]) is None  # "mar": martes in Spanish
    assert dates._english_day("March 4, 2025", ["en"]) == datetime(2025, 3, 4)


def test_english_day_leaves_impossible_days_and_clock_times_to_dateparser() -> None:
    assert dates._english_day("February 30, 2025", LANGUAGES) is None
    assert dates._english_day("March 4, 2025 13:10 pm", LANGUAGES) is None
    assert dates._english_day("March 4, 2025 at noon", LANGUAGES) is None
