"""``newsclean.core.decode``: the order a browser decides in, and the repairs beyond it."""

from __future__ import annotations

import pytest

from newsclean import clean_html
from newsclean.core.decode import MIXED, UnknownEncodingError, decode_html, decode_text

RU = "Мост через реку открыли после ремонта, который длился два года."


def test_a_bom_wins_over_every_declaration() -> None:
    page = "<meta charset='koi8-r'><p>Überall grün</p>".encode("utf-16")
    decoded = decode_html(page, content_type="text/html; charset=cp1251")
    assert decoded.source == "bom"
    assert "Überall grün" in decoded.text


def test_the_http_charset_wins_over_the_meta_tag() -> None:
    page = f"<meta charset='cp1251'><p>{RU}</p>".encode("koi8-r")
    decoded = decode_html(page, content_type="text/html; charset=KOI8-R")
    assert (decoded.source, decoded.text.count(RU)) == ("http", 1)


def test_an_encoding_the_caller_names_wins_over_http_and_meta() -> None:
    page = f"<meta charset='utf-8'><p>{RU}</p>".encode("cp1251")
    decoded = decode_html(page, content_type="text/html; charset=utf-8", encoding="windows-1251")
    assert decoded.source == "caller" and RU in decoded.text


def test_an_unknown_encoding_named_by_the_caller_is_an_error_not_a_guess() -> None:
    with pytest.raises(UnknownEncodingError, match="no-such"):
        decode_text(b"x", encoding="no-such")


@pytest.mark.parametrize(
    ("stray", "shown"),
    [(b"\x93fine\x94", "“fine”"), (b"caf\xe9", "café"), (b"5 \x80", "5 €"), (b"\x96", "–")],
)
def test_utf8_with_a_few_cp1252_bytes_keeps_both(stray: bytes, shown: str) -> None:
    """Text edited in two tools: read as a whole by a detector, every correct UTF-8 letter
    would become mojibake; only the stray bytes are read as cp1252."""
    page = f"<p>{RU}</p><p>{RU}</p>".encode() + b"<p>He said " + stray + b".</p>"
    for content_type in (None, "text/html; charset=utf-8"):
        decoded = decode_html(page, content_type=content_type)
        assert RU in decoded.text and f"He said {shown}." in decoded.text
        assert MIXED in decoded.flags


def test_a_legacy_page_is_not_taken_for_mixed_utf8() -> None:
    page = "<p>À Paris, la pluie est tombée très tôt près de la gare, dit-on.</p>".encode("cp1252")
    decoded = decode_html(page)
    assert decoded.encoding == "cp1252" and MIXED not in decoded.flags


def test_clean_html_keeps_a_mixed_page_readable_and_says_so() -> None:
    page = (
        "<html><head><title>Мост | Вести</title></head><body><article><h1>Мост</h1>"
        f"<p>{RU}</p><p>{RU} Ещё абзац.</p>"
    ).encode() + b"<p>Officials called it \x93a relief\x94.</p></article></body></html>"
    article = clean_html(page)
    assert RU in article.articleBody and "“a relief”" in article.articleBody
    assert MIXED in article.metadata.flags
