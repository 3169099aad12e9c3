"""'Published … by X' bylines in several languages and '<participle> by X' give the author X
without the preposition, and the participle is never an organisation. Invented bylines."""

from __future__ import annotations

import pytest

from newsclean import parse_byline


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        ("Pubblicato il 3 aprile 2026 da Valeria Conti", ["Valeria Conti"]),
        ("Pubblicato il 03/04/2026 alle 09:10 da Ugo Ferraris", ["Ugo Ferraris"]),
        ("Pubblicata da Irene Galli e Dario Pace", ["Irene Galli", "Dario Pace"]),
        ("Articolo di Simone Marchi", ["Simone Marchi"]),
        ("Publicado por Nerea Olmos", ["Nerea Olmos"]),
        ("Publicado em 3 de abril de 2026 por Joana Prates", ["Joana Prates"]),
        ("Publié par Lucie Marchand", ["Lucie Marchand"]),
        ("Veröffentlicht von Timo Berger", ["Timo Berger"]),
        # a participle before "by" is part of the marker, not an organisation
        ("Reported by Aisha Durrani; edited by Colm Reddy", ["Aisha Durrani"]),
        ("Filed by Pieter Claes", ["Pieter Claes"]),
        ("Documented by Mirela Toma", ["Mirela Toma"]),
        ("Reported by Ken Ota and Bea Lund; Editing by Sam Hale", ["Ken Ota", "Bea Lund"]),
    ],
)
def test_published_by_and_participle_by_give_the_names_and_no_organisation(
    raw: str, authors: list[str]
) -> None:
    got = parse_byline(raw)
    assert list(got.authors) == authors
    assert not got.organizations


@pytest.mark.parametrize(
    ("raw", "authors", "orgs"),
    [
        ("Da Costa Ramos", ["Da Costa Ramos"], []),  # a capitalised particle is the surname's
        ("Reuters by Nina Holt", ["Nina Holt"], ["Reuters"]),  # an agency, no participle
    ],
)
def test_surname_particles_and_agencies_before_by_are_kept(
    raw: str, authors: list[str], orgs: list[str]
) -> None:
    got = parse_byline(raw)
    assert (list(got.authors), list(got.organizations)) == (authors, orgs)
