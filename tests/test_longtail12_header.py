"""longtail12: the header zone of long-tail readers, one test per behaviour (invented lines;
the pages are in ``tests/data/longtail12``)."""

from __future__ import annotations

import json
import pathlib

import pytest

from newsclean import clean_text
from newsclean.normalize.dates import is_date_line

PAGES = pathlib.Path(__file__).parent / "data" / "longtail12" / "tune"


@pytest.mark.parametrize(
    "line",
    [
        "7 दिसंबर 2026, 09:40 अपराह्न",  # Hindi: month and "p.m." with vowel signs
        "शुक्रवार, 5 जनवरी 2026",
        "الأحد ٧ ديسمبر ٢٠٢٦ - ١٠:٣٠ ص",  # Arabic weekday, Arabic-Indic digits, "a.m."
        "7 ธ.ค. 2569 10:45 น.",  # Thai dotted month, Buddhist year, hour mark
        "7 грудня 2026, 10:20",  # Ukrainian genitive
        "7. joulukuuta 2026 klo 10.20",  # Finnish
        "7. prosinca 2026. u 10:20",  # Croatian
        "7 בדצמבר 2026",  # Hebrew with its glued preposition
        "Ahad, 7 Disember 2026 10:20 pagi",  # Malay
        "søndag 7. desember 2026",  # Norwegian
    ],
)
def test_non_latin_and_more_date_lines_are_date_lines(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "वह 7 जनवरी को दिल्ली पहुंचे और सभा को संबोधित किया",
        "Опалення відновили 7 грудня 2026 у трьох районах",
        "ชาวบ้านริมโขงเตรียมรับมือน้ำลดต่ำผิดปกติ 7 ธ.ค.",
    ],
)
def test_a_sentence_naming_a_date_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def _page(name: str) -> tuple[dict, dict]:
    case = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return case["labels"], clean_text(case["text"], url=case["url"]).to_dict()


def _body_lines(article: dict) -> set[str]:
    return {line.strip() for line in (article.get("articleBody") or "").split("\n")}


@pytest.mark.parametrize("name", ["khabarpul-hi-menu-section", "khaosai-th-date", "novynaryk-uk-source"])
def test_a_non_latin_date_line_leaves_the_body(name: str) -> None:
    labels, article = _page(name)
    body = _body_lines(article)
    dates = [h for h in labels["header_lines"] if is_date_line(h)]
    assert dates and not any(d in body for d in dates)
    assert labels["first_body_paragraph"] in body


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("रिपोर्ट: सुनीता वर्मा", "सुनीता वर्मा"),
        ("Автор: Оксана Литвин", "Оксана Литвин"),
        ("بقلم: سارة الحسن", "سارة الحسن"),
    ],
)
def test_author_labels_in_more_languages_are_taken_off_the_name(line: str, author: str) -> None:
    from newsclean import parse_byline

    assert parse_byline(line).authors == (author,)


@pytest.mark.parametrize("line", ["Autor: Redakcja Regionalna", "Redacción Deportes"])
def test_a_desk_and_its_beat_credit_no_person(line: str) -> None:
    from newsclean import parse_byline

    assert parse_byline(line).authors == ()


def test_a_person_after_a_desk_word_is_still_a_person() -> None:
    from newsclean import parse_byline

    assert parse_byline("Guest Jane Doe").authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("label", "name"),
    [("Джерело", "Вечірній Поділ"), ("المصدر", "صحيفة الوادي"), ("Kaynak", "Liman Postası")],
)
def test_a_source_label_in_any_language_names_the_publisher(label: str, name: str) -> None:
    text = "\n".join([
        "Island ferry timetable cut for winter after crew shortage",
        f"{label}: {name}",
        "The operator said on Sunday it had filled only four of eleven deck posts since summer.",
        "Islanders said the change would make hospital visits hard.",
    ])
    article = clean_text(text, url="https://reader.example/story/1").to_dict()
    assert article.get("publisher") == name
    assert f"{label}: {name}" not in article["articleBody"]
    assert "deck posts since summer" in article["articleBody"]
