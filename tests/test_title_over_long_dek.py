"""Title choice on text pages with no profile: a long standfirst in sentence case under a
shorter headline is the standfirst, however much longer; a long Title Case headline under a
tagline, or a dek under a kicker, is left as before. Invented pages."""

from __future__ import annotations

import pytest

from newsclean import clean_text

_REST = (
    "\n\nBy Tove Lindahl\n\nThe harbour crane was lifted onto its new rails on Wednesday, the"
    " port authority said. Work on the quay will finish in June.\n\nShips will be able to load"
    " timber again from the summer."
)


@pytest.mark.parametrize(
    ("headline", "dek"),
    [
        ("Harbour crane back on its rails",
         "Port engineers say the restored crane will load timber ships again from June after two"
         " years out of use"),
        ("Der Hafenkran steht wieder",
         "Nach zwei Jahren Stillstand hebt der restaurierte Kran ab Juni wieder Holz auf die"
         " Schiffe, teilte die Hafenbehörde mit"),
        ("Neue Buslinie verbindet die Dörfer am See",
         "Ab Montag fahren die Busse der Linie 14 im Halbstundentakt zwischen Seedorf und"
         " Auelbach, teilte der Verkehrsverbund mit"),
        ("La grúa del puerto vuelve a funcionar",
         "Los ingenieros del puerto aseguran que la grúa restaurada cargará de nuevo madera en los"
         " barcos a partir de junio"),
    ],
)  # fmt: skip
def test_a_long_sentence_case_standfirst_is_not_the_title(headline: str, dek: str) -> None:
    art = clean_text(f"{headline}\n\n{dek}{_REST}")
    assert art.headline == headline
    assert art.articleBody.startswith(dek)


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Crane Returns To Service After Two Years As Port Engineers Finish Restoring"
        " Its Rails",
        "Harbour Crane Returns to Service After Two Years as Port Engineers Finish Work on the"
        " Rails",  # small words in lower case, as style guides want
    ],
)
def test_a_long_title_case_headline_under_a_tagline_stays_the_title(headline: str) -> None:
    art = clean_text(f"Your Weekly Guide To The Coast\n\n{headline}{_REST}")
    assert art.headline == headline


def test_a_long_standfirst_under_a_one_word_kicker_is_not_given_the_kicker() -> None:
    dek = (
        "Port engineers say the restored crane will load timber ships again from June after two"
        " years out of use"
    )
    art = clean_text(f"Shipping\n\n{dek}{_REST}")
    assert art.headline != "Shipping"
