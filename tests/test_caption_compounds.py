"""Two-word credit labels (an image word and a source word, either order): "Image source: X",
"Bildquelle: X", "Fuente de la imagen: X" give credit X and leave the rest as the caption, in
split_caption and on a text page's caption line. Invented captions."""

from __future__ import annotations

import pytest

from newsclean import clean_text, split_caption


@pytest.mark.parametrize(
    ("raw", "caption", "credit"),
    [
        ("Gulls circle the trawler at dawn. Photo source: Kerstin Aalto",
         "Gulls circle the trawler at dawn.", "Kerstin Aalto"),
        ("Pupils plant saplings by the canal. Picture credit: Canal Friends",
         "Pupils plant saplings by the canal.", "Canal Friends"),
        ("Das sanierte Freibad am Stadtrand. Fotoquelle: Bäderbetriebe Lindau",
         "Das sanierte Freibad am Stadtrand.", "Bäderbetriebe Lindau"),
        ("Der Marktplatz nach dem Umbau. Bildnachweis: Stadt Hollfeld",
         "Der Marktplatz nach dem Umbau.", "Stadt Hollfeld"),
        ("La plaza mayor tras la lluvia. Fuente de la foto: Archivo Vega",
         "La plaza mayor tras la lluvia.", "Archivo Vega"),
        ("A ponte velha sobre o rio. Crédito da foto: Caio Mendes",
         "A ponte velha sobre o rio.", "Caio Mendes"),
        ("Le port de pêche au petit matin. Crédit de l'image : Inès Morel",
         "Le port de pêche au petit matin.", "Inès Morel"),
        ("Il nuovo ponte pedonale. Fonte immagine: Comune di Ardena",
         "Il nuovo ponte pedonale.", "Comune di Ardena"),
        ("Runners cross the finish line (Image source: Dale Harriers)",
         "Runners cross the finish line", "Dale Harriers"),
        # the words inside a sentence are no label
        ("Police said the source of the image was unclear.",
         "Police said the source of the image was unclear.", None),
        ("The image source code was published online by the agency.",
         "The image source code was published online by the agency.", None),
        ("Picture sources differ on the date of the fire.",
         "Picture sources differ on the date of the fire.", None),
    ],
)  # fmt: skip
def test_an_image_word_and_a_source_word_label_the_credit_but_not_inside_a_sentence(
    raw: str, caption: str, credit: str | None
) -> None:
    got = split_caption(raw)
    assert (got.text, got.credit) == (caption, credit)


def test_a_text_page_caption_line_with_a_compound_label_is_an_image_not_body() -> None:
    art = clean_text(
        "Lifeboat crew rescue stranded walkers\n\nBy Orla Quinn\n\n"
        "The lifeboat crew off the headland on Sunday. Image source: Quay Rescue Trust\n\n"
        "Two walkers cut off by the tide were brought ashore on Sunday, the rescue trust said."
        " Both were unhurt.\n\nThe trust asked walkers to check tide tables."
    )
    assert [(i.caption, i.credit) for i in art.images] == [
        ("The lifeboat crew off the headland on Sunday.", "Quay Rescue Trust")
    ]
    assert "Image source" not in art.articleBody
