"""A byline line that credits only the newsroom ("Da Redação", "Della Redazione") is the
page's byline: it names nobody, but it is a header line and must not stay in the body."""

import pytest

from newsclean import clean_text, parse_byline

PAGE = """Tempo Vale
Prefeitura amplia horário das linhas de ônibus no bairro Jardim Aurora
{desk}
07/12/2026 14:05
A prefeitura de Vale Claro anunciou que as linhas do bairro Jardim Aurora vão circular \
até a meia-noite a partir do próximo mês.
Segundo a secretaria de mobilidade, a mudança atende a um pedido antigo dos moradores,\
 que trabalham em turnos noturnos no polo industrial.
As novas tabelas de horários serão publicadas no site da prefeitura na próxima semana.
"""


@pytest.mark.parametrize("desk", ["Da Redação", "Della Redazione", "La Redacción", "Die Redaktion"])
def test_a_desk_only_byline_line_leaves_the_body(desk: str) -> None:
    article = clean_text(PAGE.format(desk=desk), url="https://tempovale.example/cidades/onibus-8812")
    body = article.articleBody or ""
    assert desk not in body
    assert body.startswith("A prefeitura de Vale Claro")
    assert article.authors == []


@pytest.mark.parametrize("desk", ["Da Redação", "Della Redazione", "La Redacción"])
def test_an_article_before_a_desk_word_is_read_as_a_desk_credit(desk: str) -> None:
    parsed = parse_byline(desk)
    assert parsed.desks == (desk,)
    assert parsed.authors == () and parsed.organizations == ()


def test_a_person_beside_the_desk_stays_the_author() -> None:
    assert parse_byline("Marta Quintela, Redação").authors == ("Marta Quintela",)
