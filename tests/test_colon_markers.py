"""A marker that is also a common noun of its language ("Haber", Turkish for "news") marks an
author only with its colon: a menu, desk or site name that opens with it is no byline."""

from newsclean import clean_text, parse_byline
from newsclean.core.header import BY_PREFIX

MENU_PAGE = """KentPostası
Haber Gündem Ekonomi Spor
Liman genişleme ihalesi ertelendi
Yazar: Elif Kaya
7 Aralık 2026 10:15
Belediye, liman genişleme ihalesinin teklif süresini iki hafta uzattığını açıkladı.
Kararın, son hafta gelen itirazların ardından alındığı belirtildi.
İhalenin yeni tarihi ocak ayının ilk haftası olarak duyuruldu.
"""


def test_a_menu_opening_with_a_colon_marker_is_not_the_byline() -> None:
    article = clean_text(MENU_PAGE, url="https://kentpostasi.example/ekonomi/liman-ihalesi-8812")
    assert [a.name for a in article.authors] == ["Elif Kaya"]
    assert "Yazar: Elif Kaya" not in (article.articleBody or "")
    assert (article.articleBody or "").startswith("Belediye, liman")


def test_a_colon_marker_opens_a_byline_only_with_its_colon() -> None:
    assert BY_PREFIX.match("Haber: Elif Kaya")
    assert not BY_PREFIX.match("Haber Gündem Ekonomi Spor")
    assert BY_PREFIX.match("Yazar Elif Kaya")  # a marker that is no common noun needs none


def test_the_byline_parser_still_reads_a_colon_marker() -> None:
    assert parse_byline("Haber: Elif Kaya").authors == ("Elif Kaya",)
    assert parse_byline("Haber Merkezi").authors == ()
