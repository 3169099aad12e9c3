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
        "الأحد، 7 ديسمبر 2026",  # the Arabic comma
        "۱۶ آذر ۱۴۰۵، ساعت ۱۰:۲۰",  # Persian solar month, Persian digits
        "Objavljeno: 7. 12. 2026. u 10:20",  # Croatian label, spaced numeric date
        "2026年12月7日（日）10:15",  # full-width brackets round the weekday
        "วันอาทิตย์ที่ 7 ธันวาคม 2569",  # Thai weekday with "ที่" glued on
        "पब्लिश्ड: 07 दिसंबर 2026",  # Hindi label
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
        "In 7. 12. 2026 we",
    ],
)
def test_a_sentence_naming_a_date_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def _page(name: str) -> tuple[dict, dict]:
    case = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return case["labels"], clean_text(case["text"], url=case["url"]).to_dict()


def _body_lines(article: dict) -> set[str]:
    return {line.strip() for line in (article.get("articleBody") or "").split("\n")}


@pytest.mark.parametrize(
    "name", ["khabarpul-hi-menu-section", "khaosai-th-date", "novynaryk-uk-source"]
)
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


def _clean(lines: list[str]) -> dict:
    return clean_text("\n".join(lines), url="https://reader.example/n/1").to_dict()


_LEAD = (
    "The council approved the new fees on Sunday after a long debate about heating bills at the"
    " pool."
)


def test_published_by_a_paper_names_the_publisher_and_the_byline_under_it_the_author() -> None:
    article = _clean([
        "Community pool fees to rise by a third from April",
        "Published by The Marsh Chronicle",
        "By Deborah Eze",
        "December 6, 2026",
        _LEAD,
    ])
    assert article.get("publisher") == "The Marsh Chronicle"
    assert [a["name"] for a in article["authors"]] == ["Deborah Eze"]
    assert article["articleBody"] == _LEAD


def test_published_by_a_person_is_a_byline_not_a_publisher() -> None:
    article = _clean([
        "Community pool fees to rise by a third from April", "Published by Jane Roe",
        "December 6, 2026", _LEAD,
    ])
    assert article.get("publisher") is None
    assert [a["name"] for a in article["authors"]] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("menu", "label"),
    [
        (["होम", "ताज़ा", "राज्य", "खेल", "ऐप डाउनलोड करें"], "राज्य"),  # vowel signs in the label
        (["الرئيسية | محليات | اقتصاد | رياضة"], "اقتصاد"),  # the menu as one row
    ],
)
def test_a_caseless_label_repeating_a_menu_item_over_the_headline_is_the_section(
    menu: list[str], label: str
) -> None:
    headline = "Three districts on heavy rain alert as schools close"
    article = _clean(["Khabar", *menu, label, headline, "7 December 2026", _LEAD])
    assert article.get("articleSection") == label
    assert article["articleBody"] == _LEAD


def test_a_thai_headline_and_paragraph_are_told_apart_by_length() -> None:
    lead = ("ชาวบ้านริมแม่น้ำโขงหลายหมู่บ้านเริ่มเตรียมรับมือกับระดับน้ำที่ลดต่ำผิดปกติ "
            "หลังเขื่อนต้นน้ำปรับการปล่อยน้ำในช่วงหน้าแล้งของปีนี้")
    article = _clean(["ข่าวใส", "หน้าแรก", "ข่าวด่วน", "ชาวบ้านริมโขงเตรียมรับมือน้ำลดต่ำผิดปกติ",
                      "7 ธ.ค. 2569 10:45 น.", lead, "เจ้าหน้าที่แนะนำให้ชาวประมงระวังเรือเกยตื้น"])
    assert article["headline"] == "ชาวบ้านริมโขงเตรียมรับมือน้ำลดต่ำผิดปกติ"
    assert article["articleBody"].split("\n")[0] == lead
    assert "เจ้าหน้าที่แนะนำให้ชาวประมงระวังเรือเกยตื้น" in article["articleBody"]


@pytest.mark.parametrize(
    ("line", "author"),
    [("Elif DemirYayınlanma: 07.12.2026 11:20", "Elif Demir"),
     ("Ana Ruiz Published June 5, 2026", "Ana Ruiz")],
)
def test_a_date_label_glued_to_the_name_splits_byline_from_date(line: str, author: str) -> None:
    article = _clean(["Bridge works will close two lanes this weekend", line, _LEAD])
    assert [a["name"] for a in article["authors"]] == [author]
    assert article["articleBody"] == _LEAD


def test_a_sentence_with_a_date_label_word_is_no_glued_byline() -> None:
    line = "The council Published June 5, 2026"
    article = _clean(["Bridge works will close two lanes this weekend", "By Ana Ruiz", _LEAD, line])
    assert line in article["articleBody"]


@pytest.mark.parametrize("name", ["川口 真理子", "川口真理子"])
def test_a_bare_japanese_name_over_the_date_is_the_author_not_the_headline(name: str) -> None:
    lead = "港町の朝市を運営する協議会は、11月で終えていた日曜朝市を冬も続けると発表した。"
    article = _clean(["ヨミカエ", "トップ", "国内", "港の朝市、冬季も毎週日曜に開催へ", name,
                      "2026年12月7日 10時15分", lead])
    assert article["headline"] == "港の朝市、冬季も毎週日曜に開催へ"
    assert [a["name"] for a in article["authors"]] == [name]
    assert article["articleBody"] == lead


def test_a_han_line_over_no_date_stays_text() -> None:
    lead = "港町の朝市を運営する協議会は、冬の間も続けると発表した。"
    article = _clean(["港の朝市、冬季も毎週日曜に開催へ", "2026年12月7日", lead, "観光客増加"])
    assert "観光客増加" in article["articleBody"]


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.json")), ids=lambda p: p.stem)
def test_own_pages_lose_no_text_and_leak_no_header(path: pathlib.Path) -> None:
    labels, article = _page(path.stem)
    body = _body_lines(article)
    assert labels["first_body_paragraph"] in body
    leaked = [h for h in labels["header_lines"] if h in body]
    assert len(leaked) <= (1 if "standfirst" in path.stem else 0), leaked


def test_a_menu_opened_by_a_home_link_in_malay_ends_in_a_menu_item_not_a_section() -> None:
    article = _clean(["BeritaPantai", "Utama", "Nasional", "Sukan", "Hiburan",
                      "Jeti baharu siap dibina lebih awal daripada jadual", "Oleh Azman", _LEAD])
    assert article.get("articleSection") is None
    assert [a["name"] for a in article["authors"]] == ["Azman"]
    assert article["articleBody"] == _LEAD


PAGES2 = PAGES.parent / "tune2"


@pytest.mark.parametrize("path", sorted(PAGES2.glob("*.json")), ids=lambda p: p.stem)
def test_second_batch_pages_keep_text_and_leak_no_header(path: pathlib.Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    article = clean_text(case["text"], url=case["url"]).to_dict()
    body = _body_lines(article)
    labels = case["labels"]
    assert labels["first_body_paragraph"] in body
    assert not [h for h in labels["header_lines"] if h in body]
    assert article.get("headline") == labels["title"]


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON, Dec 7 (Reuters) -",
        "MADRID, 4 Mar. (EUROPA PRESS) -",
        "Lisboa, 4 dez (Lusa) -",
        "Roma, 4 dic (ANSA) -",
        "Warszawa (PAP)",
        "Kyiv, 7 December (Ukrinform)",
    ],
)
def test_an_agency_dateline_under_the_headline_credits_the_agency_not_a_publisher(
    dateline: str,
) -> None:
    article = _clean(["Pool fees to rise by a third from April", dateline, _LEAD])
    assert article.get("publisher") is None
    assert article["authors"] == []
    assert article["headline"] == "Pool fees to rise by a third from April"
    assert article["articleBody"] == _LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Apple, Google and Meta (again) -",
        "Officials said (in private) -",
        "The mayor, today (Monday)",
    ],
)
def test_a_bracketed_phrase_that_is_no_agency_is_no_dateline(line: str) -> None:
    from newsclean.core.header import agency_dateline

    assert agency_dateline(line) is None


@pytest.mark.parametrize(
    "line", ["Ana Ruiz - Local Desk", "Ana Ruiz | Dec 7, 2026 | 3 min read"]
)
def test_a_byline_with_its_desk_or_stamps_after_a_separator_names_the_author(line: str) -> None:
    article = _clean(["Pool fees to rise by a third from April", line, _LEAD])
    assert [a["name"] for a in article["authors"]] == ["Ana Ruiz"]
    assert article["articleBody"] == _LEAD


def test_a_headline_with_a_date_after_a_bar_is_no_byline() -> None:
    from newsclean.core.header import _byline_with_stamps

    assert _byline_with_stamps("The pool reopens after repairs | Dec 7, 2026") is None
    assert _byline_with_stamps("Ana Ruiz | Local Desk") is None  # no stamp: byline_of's


def test_a_kicker_under_an_app_menu_closed_by_its_profile_tab_is_the_section() -> None:
    lead = "Die Verkehrsbetriebe schicken ab Januar eine neue Kleinbuslinie durch die Altstadt."
    headline = "Neue Buslinie fährt ab Januar durch die Altstadt"
    tabs = _clean(["StadtApp", "Start", "Meine Stadt", "Ressorts", "Profil", "Verkehr", headline,
                   "Von Anna Weber", lead])
    assert tabs.get("articleSection") == "Verkehr"
    assert tabs["articleBody"] == lead
    sections = _clean(["StadtApp", "Start", "Politik", "Sport", "Kultur", "Verkehr", headline,
                       "Von Anna Weber", lead])
    assert sections.get("articleSection") is None  # a run of sections: its last item


def test_a_paper_named_over_the_date_is_no_bare_author() -> None:
    lead = "温泉街の観光協会は9日、冬の間、駅前の足湯を無料で開放すると発表した。"
    article = _clean(["温泉街で足湯を無料開放", "山陰民報", "2026年11月9日 11時30分", lead])
    assert article["authors"] == []
    assert article.get("publisher") == "山陰民報"


def test_a_menu_row_spaced_by_ideographic_spaces_is_no_headline() -> None:
    lead = "海水浴場の監視員が足りず、来年の夏は三カ所で遊泳を禁止する可能性があると市が述べた。"
    menu = "トップ\u3000速報\u3000ライブ\u3000エキスパート"
    stamp = "2026年12月7日 10時15分"
    article = _clean([menu, "海水浴場の監視員不足、来夏は遊泳禁止も", stamp, lead])
    assert article["headline"] == "海水浴場の監視員不足、来夏は遊泳禁止も"
    assert article["articleBody"] == lead


def test_theo_before_a_paper_names_the_vietnamese_source() -> None:
    article = _clean(["Đường ngập sau mưa lớn", "Theo Báo Đồng Bằng Mới", _LEAD])
    assert article.get("publisher") == "Báo Đồng Bằng Mới"


def test_a_paper_after_the_writer_in_a_byline_is_the_publisher() -> None:
    article = _clean(["Déneigement : la Ville accorde un contrat de cinq ans",
                      "Par Émilie Gagnon, La Voix du Saguenay", _LEAD])
    assert article.get("publisher") == "La Voix du Saguenay"
    assert [a["name"] for a in article["authors"]] == ["Émilie Gagnon"]
    assert article["articleBody"] == _LEAD
