"""A site's top bar above the headline names things that look like header fields: a menu item
that is also a newspaper's name ("El Tiempo", the weather), a sign-in button over the headline
(a kicker's place). The byline with its marker under the headline, and the age under it, are the
article's."""

from __future__ import annotations

import pytest

from newsclean import clean_text

PAGE = """{nav1}
{paper}
{nav2}
{signin}
{headline}
{byline}
• {age}
{para1}
{para2}"""

CASES = [
    dict(nav1="Inicio", nav2="Economía", paper="El tiempo", signin="Iniciar sesión",
         headline="El puerto amplía su horario nocturno durante el invierno",
         byline="Por Marta Quiroga", age="3 d",
         para1="El puerto abrirá hasta las once de la noche a partir del próximo lunes.",
         para2="La medida se evaluará al final de la temporada."),
    dict(nav1="Startseite", nav2="Wirtschaft", paper="Die Welt", signin="Anmelden",
         headline="Hafen verlängert Öffnungszeiten im Winter deutlich",
         byline="Von Jonas Ebert", age="5 Std.",
         para1="Der Hafen bleibt ab Montag bis dreiundzwanzig Uhr geöffnet.",
         para2="Die Stadt will die Regelung im Frühjahr prüfen."),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["signin"])
def test_the_marked_byline_under_the_headline_beats_a_paper_named_in_the_menu(
    case: dict[str, str],
) -> None:
    article = clean_text(PAGE.format(**case), url="https://www.msn.com/x/ar-AA1")
    assert article.headline == case["headline"]
    assert article.bylineRaw == case["byline"]
    assert [a.name for a in article.authors] == [case["byline"].split(" ", 1)[1]]
    assert not article.organizations


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["signin"])
def test_a_sign_in_button_over_the_headline_is_no_section(case: dict[str, str]) -> None:
    article = clean_text(PAGE.format(**case), url="https://news.example.org/a/1")
    assert article.articleSection != case["signin"]
    assert case["signin"] not in article.articleBody


def test_an_msn_age_the_header_reads_is_the_articles_date_and_others_leave_the_text() -> None:
    spanish, german = (clean_text(PAGE.format(**case), url="https://www.msn.com/x/ar-AA1")
                       for case in CASES)
    assert spanish.datePublished is not None and spanish.datePublishedRaw == "• 3 d"
    for article, case in ((spanish, CASES[0]), (german, CASES[1])):
        assert article.articleBody.split("\n\n") == [case["para1"], case["para2"]]
