"""Ages in the default languages but English ("hace 3 horas", "vor einer Stunde", "il y a 2
jours", "3 ore fa", "há 2 horas", "2 uur geleden") are read from rules/time_units.txt and
rules/age_frames.txt without dateparser (``dates._age_back``): on a grid of every unit word and
frame of each language, in the cases and counts pages print, from bases on month ends and the
day clocks change, with each default language first, ``_parse_text`` answers what it answered
when dateparser read them."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from newsclean.normalize import _date_rules, dates
from newsclean.rules import vocab

LANGUAGES = list(_date_rules.DEFAULT_LANGUAGES)
AGE_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]
OTHER_LANGUAGES = [lang for lang in vocab.load("age_frames").sections if lang not in LANGUAGES]
BASES = [
    datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # the day clocks change
    datetime(2024, 3, 1, 0, 10, 5, 123456, tzinfo=ZoneInfo("America/Sao_Paulo")),  # leap
    datetime(2026, 1, 1, 0, 0, tzinfo=ZoneInfo("UTC")),
]
COUNTS = ("1", "2", "3", "13", "24", "59", "0", "100", "9999")


def _first(language: str) -> list[str]:
    return [language, *(lang for lang in LANGUAGES if lang != language)]


def _ages(language: str) -> list[str]:
    """Every unit word and frame of ``language``, each count, cased as pages print them."""
    frames = vocab.mapping("age_frames", language)
    units = [w for w, u in vocab.mapping("time_units", language).items()
             if u] if language in vocab.load("time_units").sections else []
    units += [w for w, role in frames.items() if role in dates._UNIT_NAMES]
    ones = [w for w, role in frames.items() if role == "1"]
    out = []
    for frame, role in frames.items():
        if role not in ("before", "after"):
            continue
        for unit in units:
            for count in (*COUNTS, *ones):
                for cased in (unit, unit.title(), unit.upper()):
                    if dates._DENSE_RE.search(frame):  # "3小时前"
                        out.append(f"{count}{cased}{frame}")
                        continue
                    age = f"{count} {cased}"
                    dot = "." if len(unit) <= 3 else ""  # "vor 3 Std."
                    stamp = f"{frame} {age}{dot}" if role == "before" else f"{age}{dot} {frame}"
                    out.append(stamp)
    return out


def _sample(language: str) -> list[str]:
    out = _ages(language)
    head = [*out[:3], *(s[0].upper() + s[1:] for s in out[:3])]  # "Hace 3 horas"
    return head + random.Random(language).sample(out, min(len(out), 90))


def _as_dateparser_read(stamp: str, now: datetime, languages: list[str]) -> datetime | None:
    """What ``_parse_text`` answered before it read ages itself: dateparser's answer."""
    saved = dates._age_back
    dates._age_back = lambda text: None
    try:
        return dates._parse_text(stamp, now, languages)
    finally:
        dates._age_back = saved


@pytest.mark.parametrize("first", LANGUAGES)
@pytest.mark.parametrize("language", AGE_LANGUAGES)
def test_an_age_counts_back_as_dateparser_counts_it(language: str, first: str) -> None:
    read = 0
    for now in BASES:
        for stamp in _sample(language):
            assert dates._age_back(stamp) is not None, stamp  # every word of the data is read
            expected = _as_dateparser_read(stamp, now, _first(first))
            assert dates._parse_text(stamp, now, _first(first)) == expected, (stamp, now)
            read += expected is not None  # (None: 9999 years back, before year 1)
    assert read > 200


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_an_age_in_another_language_is_read_only_when_its_label_asks(language: str) -> None:
    assert OTHER_LANGUAGES == ["pl", "ru", "zh", "ja"]
    labelled = [language, *LANGUAGES]  # (_parse_retry: a stamp after an "Опубликовано:" label)
    for now in BASES:
        for stamp in _sample(language)[:70]:
            assert dates._age_back(stamp) is not None, stamp
            expected = _as_dateparser_read(stamp, now, labelled)
            assert dates._parse_text(stamp, now, labelled) == expected, (stamp, now)
    for first in LANGUAGES:  # no default language reads it: no date, as dateparser answers
        for stamp in _sample(language)[:24]:
            assert _as_dateparser_read(stamp, BASES[0], _first(first)) is None, stamp
            assert dates._parse_text(stamp, BASES[0], _first(first)) is None, stamp


def test_an_age_is_read_only_with_the_default_languages() -> None:
    now = datetime(2026, 6, 15, 12, 0, tzinfo=ZoneInfo("UTC"))
    assert dates._parse_text("vor 3 Stunden", now, ["de"]) == datetime(
        2026, 6, 15, 9, 0, tzinfo=ZoneInfo("UTC")
    )  # (dateparser's reading: a caller's own list goes to it)
    assert dates._parse_text("hace 3 horas", now, ["en"]) is None
    assert dates._parse_text("2 часа назад", now, ["de", "ru"]) == datetime(
        2026, 6, 15, 10, 0, tzinfo=ZoneInfo("UTC")
    )  # (the same: dateparser asked in Russian)
    assert dates.parse_date("2 часа назад", now=now) is None
    assert dates.parse_date("Опубликовано: 2 часа назад", now=now) == "2026-06-15T10:00:00+00:00"


@pytest.mark.parametrize("stamp", [
    "hace 3 horas de lectura", "vor 3 Stunden und 5 Minuten", "3 ore fa circa", "ore fa",
    "hace horas", "il y a 3", "geleden 2 uur", "3 horas hace", "vor 12345 Stunden",
    "1 秒钟前", "３小时前", "小时前", "3小时之前",  # (dateparser reads no "1 秒钟前")
])
def test_other_text_around_an_age_is_not_read_as_one(stamp: str) -> None:
    assert dates._age_back(stamp) is None


def test_an_age_on_a_stamp_line_is_read_after_its_label() -> None:
    now = datetime(2026, 6, 15, 12, 0, tzinfo=ZoneInfo("UTC"))
    assert dates.parse_date("vor 3 Stunden", now=now) == "2026-06-15T09:00:00+00:00"
    assert dates.parse_date("Actualizado: hace 2 días", now=now) == "2026-06-13T12:00:00+00:00"
    assert dates.parse_date("há um dia", now=now) == "2026-06-14T12:00:00+00:00"
    assert dates._age_back("il y a une heure") == ("fr", "hour", "une")
    assert dates.parse_date("vor einem Monat", now=now) == "2026-05-15T12:00:00+00:00"


@pytest.mark.parametrize("zone", ["CET", "(EST)", "CEST", "GMT"])
def test_an_age_with_a_zone_counts_back_in_that_zone_as_dateparser_does(zone: str) -> None:
    for language in AGE_LANGUAGES:
        for stamp in random.Random(zone + language).sample(_ages(language), 5):
            for now in BASES:
                expected = _as_dateparser_read(f"{stamp} {zone}", now, LANGUAGES)
                assert expected is not None and expected.tzinfo is not None, stamp
                assert dates._parse_text(f"{stamp} {zone}", now, LANGUAGES) == expected, stamp
