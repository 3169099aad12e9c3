"""detect_language, and how a page's declared language and the detector share inLanguage.

All sentences are invented for these tests. The first families are ones the stop-word tables
(the detector before py3langid) got wrong: Danish read as Norwegian, Swedish and five-word
strings left undecided, Ukrainian and Bulgarian read as Russian, Persian as Arabic. The
space-less scripts and the None cases are the contract it already kept.
"""

from __future__ import annotations

import threading

import pytest

import newsclean.core.text
from newsclean import clean_html
from newsclean.normalize.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kommunen har i dag sendt et nyt forslag om skolebusser til høring hos borgerne.", "da"),
        ("Kommunen har i dag sendt et nytt forslag om skolebusser på høring til folk.", "no"),
        ("Regeringen vill sänka skatten på el redan under nästa år, meddelade ministern.", "sv"),
    ],
)
def test_scandinavian_languages_are_told_apart(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Уряд ухвалив рішення підвищити мінімальну пенсію з першого січня.", "uk"),
        ("Правительство приняло решение повысить минимальную пенсию с первого января.", "ru"),
        ("Правителството реши да увеличи минималната пенсия от първи януари.", "bg"),
    ],
)
def test_cyrillic_languages_are_told_apart(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_persian_is_not_read_as_arabic() -> None:
    persian = "دولت تصمیم گرفت حداقل حقوق بازنشستگان را از اول سال افزایش دهد."
    arabic = "قررت الحكومة رفع الحد الأدنى للمعاشات اعتبارا من بداية العام."
    assert detect_language(persian) == "fa"
    assert detect_language(arabic) == "ar"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Bürgermeister eröffnete gestern", "de"),
        ("Le maire a inauguré hier", "fr"),
        ("Burmistrz otworzył wczoraj nowy most", "pl"),
        ("Pormestari avasi eilen uuden sillan", "fi"),
        ("Belediye başkanı dün köprüyü açtı", "tr"),
        ("Thị trưởng khánh thành cây cầu", "vi"),
        ("Starosta včera otevřel nový most", "cs"),
    ],
)
def test_five_word_strings(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("市長は昨日、新しい橋の開通式に出席した。", "ja"),
        ("市长昨天出席了新大桥的通车仪式。", "zh"),
        ("시장은 어제 새 다리 개통식에 참석했다.", "ko"),
        ("นายกเทศมนตรีเปิดสะพานแห่งใหม่เมื่อวานนี้", "th"),
    ],
)
def test_scripts_without_word_spaces(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n", "42", "2024-05-01 12:30", "1,250 | 3.4%", "...", "— • —"]
)
def test_none_without_letters(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize("text", ["OK", "CNN", "Photo: AP"])
def test_none_for_too_little_text(text: str) -> None:
    assert detect_language(text) is None


def test_long_body_reads_its_beginning() -> None:
    body = "\n\n".join(
        ["Der Gemeinderat hat am Montag den Haushalt für das kommende Jahr beschlossen."] * 200
    )
    assert detect_language(body) == "de"


def test_first_calls_from_threads_agree() -> None:
    results: list[str | None] = []

    def work() -> None:
        results.append(detect_language("The council approved the budget after a long debate."))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["en"] * 8


def _page(body: str, html_attrs: str = "", head: str = "") -> str:
    return (
        f"<html{html_attrs}><head><title>Bridge opens | Ledger</title>{head}</head><body>"
        f"<article><h1>Bridge opens</h1><p>{body}</p></article></body></html>"
    )


DANISH = (
    "Den nye bro over havnen blev åbnet i går af borgmesteren, og allerede om aftenen "
    "cyklede flere tusinde mennesker over den for første gang."
)


def test_undeclared_page_language_is_detected() -> None:
    assert clean_html(_page(DANISH)).inLanguage == "da"


def test_declared_html_lang_wins_over_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str) -> str | None:
        raise AssertionError("detect_language ran although the page declares its language")

    monkeypatch.setattr(newsclean.core.text, "detect_language", fail)
    assert clean_html(_page(DANISH, ' lang="nb-NO"')).inLanguage == "nb"


def test_declared_og_locale_wins_over_detection() -> None:
    head = '<meta property="og:locale" content="de_DE">'
    assert clean_html(_page(DANISH, head=head)).inLanguage == "de"
