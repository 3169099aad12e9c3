"""Numeric dates: dotted ones are day first everywhere, slash ones follow the page's locale,
and a time printed after a separator belongs to the date before it. Invented stamps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean import clean_text
from newsclean.normalize.dates import find_dates_in_text, is_date_line, parse_date

NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        # dotted numeric dates are day first in any language
        ("11.02.2026", "2026-02-11"),
        ("3.9.25", "2025-09-03"),
        ("11.02.2026, 17:45 Uhr", "2026-02-11T17:45:00"),
        ("11.02.2026 17:45 h", "2026-02-11T17:45:00"),
        ("Erstellt am 11.02.2026 um 17:45 Uhr", "2026-02-11T17:45:00"),
        # a time after a separator is the time of the date before it
        ("11.02.2026 · 17:45 Uhr", "2026-02-11T17:45:00"),
        ("11.02.2026 | 17.45 Uhr", "2026-02-11T17:45:00"),
        ("February 11, 2026 · 5:45 pm", "2026-02-11T17:45:00"),
        ("February 11, 2026 • 5:45 pm • 3 min read", "2026-02-11T17:45:00"),
    ],
)
def test_dotted_dates_are_day_first_and_keep_the_time_after_a_separator(
    raw: str, iso: str
) -> None:
    assert parse_date(raw, now=NOW) == iso
    assert find_dates_in_text([raw], now=NOW).published == iso


@pytest.mark.parametrize("raw", ["11.02.2026", "11.02.2026 17:45", "11.2.26"])
def test_dotted_dates_are_day_first_even_when_read_as_english(raw: str) -> None:
    assert (parse_date(raw, now=NOW, languages=["en"]) or "").startswith("2026-02-11")


def test_a_name_then_a_time_is_not_joined_into_a_stamp() -> None:
    assert not is_date_line("By Ola Brandt · 17:45")
    assert find_dates_in_text(["By Ola Brandt · 17:45"], now=NOW).published is None


def test_stand_labels_a_german_stamp_as_its_last_update() -> None:
    found = find_dates_in_text(["Stand: 11.02.2026, 17:45 Uhr"], now=NOW)
    assert found.modified == "2026-02-11T17:45:00"
    assert is_date_line("Stand: 11.02.2026, 17:45 Uhr")
    assert not is_date_line("Stand der Dinge: der Rat berät am 11.02.2026")


@pytest.mark.parametrize(
    ("raw", "locale", "iso"),
    [
        ("02/11/2026", None, "2026-02-11"),  # no locale: American month first, as before
        ("02/11/2026", "en", "2026-02-11"),
        ("02/11/2026", "en-US", "2026-02-11"),
        ("11/02/2026", "en-GB", "2026-02-11"),
        ("11/02/2026", "en_AU", "2026-02-11"),
        ("11/02/2026", "de", "2026-02-11"),
        ("11/02/2026", "pt-BR", "2026-02-11"),
        ("Publié le 11/02/2026 à 17h45", "en", "2026-02-11T17:45:00"),  # the label's language
        ("2026.02.11", "en", "2026-02-11"),  # year first stays year first
    ],
)
def test_slash_dates_follow_the_page_locale(raw: str, locale: str | None, iso: str) -> None:
    assert parse_date(raw, now=NOW, locale=locale) == iso


_BODY_DE = (
    "Rund dreißig Helfer haben am Samstag das Ufer des Stausees von Müll befreit. Die Aktion"
    " dauerte vier Stunden.\n\nDer Verein plant die nächste Sammlung für den Herbst."
)
_BODY_EN = (
    "Thirty volunteers cleared litter from the reservoir shore on Saturday, the trust said."
    " The clean-up took four hours.\n\nThe next one is planned for the autumn."
)


@pytest.mark.parametrize(
    ("stamp", "body", "iso"),
    [
        ("11.02.2026 · 17:45 Uhr", _BODY_DE, "2026-02-11T17:45:00"),
        ("Stand: 11.02.2026, 17:45 Uhr", _BODY_DE, "2026-02-11T17:45:00"),
        ("11/02/2026", _BODY_DE, "2026-02-11"),  # a German page: day first
        ("02/11/2026", _BODY_EN, "2026-02-11"),  # an English page: month first
    ],
)
def test_a_date_line_under_the_headline_is_the_articles_date_not_body(
    stamp: str, body: str, iso: str
) -> None:
    art = clean_text(f"Helfer räumen das Seeufer auf\n\n{stamp}\n\n{body}")
    assert art.datePublished == iso or art.dateModified == iso
    assert stamp not in art.articleBody
