"""Unit tests for ``split_caption``: one test per rule, invented strings only."""

from __future__ import annotations

import time

import pytest

from newsclean.core.figures import caption_of
from newsclean.normalize.caption import Caption, split_caption


def split(raw: str) -> tuple[str | None, str | None]:
    got = split_caption(raw)
    return got.text, got.credit


def test_trailing_labelled_credit_is_split_and_label_dropped() -> None:
    base = "Ducks on the river."
    for label in (
        "Photograph:",
        "Photo:",
        "Image:",
        "Image Credit:",
        "Illustration:",
        "Composite:",
        "Picture:",
        "Credit:",
        "©",
        "(c)",
        "Photo by",
    ):
        assert split(f"{base} {label} Ada Finch/Wirepix") == (base, "Ada Finch/Wirepix"), label


def test_label_without_space_before_the_credit() -> None:
    assert split("Ducks on the river. Photo:EPA-EFE") == ("Ducks on the river.", "EPA-EFE")


def test_label_glued_to_the_caption() -> None:
    assert split("Ducks on the river.Credit: Ada Finch") == ("Ducks on the river.", "Ada Finch")
    assert split("Ducks on the riverCredit: Ada Finch") == ("Ducks on the river", "Ada Finch")
    assert split("Ducks on the river.Credit...Ada Finch for The Daily Planet") == (
        "Ducks on the river.",
        "Ada Finch for The Daily Planet",
    )


def test_credit_label_without_colon_at_a_new_sentence() -> None:
    assert split("Ducks on the river. Credit Ada Finch/Wirepix") == (
        "Ducks on the river.",
        "Ada Finch/Wirepix",
    )


def test_credit_printed_twice_is_returned_once() -> None:
    raw = "Ducks on the river. Photograph: Ada Finch/AP Photograph: Ada Finch/AP"
    assert split(raw) == ("Ducks on the river.", "Ada Finch/AP")


def test_parenthesised_credits() -> None:
    assert split("Ducks on the river (AFP photo)") == ("Ducks on the river", "AFP")
    assert split("Ducks on the river. (AP Photo/Ada Finch)") == (
        "Ducks on the river.",
        "AP Photo/Ada Finch",
    )
    assert split("Ducks on the river (Ada Finch/PA)") == ("Ducks on the river", "Ada Finch/PA")
    assert split("Ducks on the river. (Pool via AP)") == ("Ducks on the river.", "Pool via AP")
    assert split("Ducks on the river. (AFP via Getty Images)") == (
        "Ducks on the river.",
        "AFP via Getty Images",
    )
    assert split("Ducks on the river (Photo: Ada Finch)") == ("Ducks on the river", "Ada Finch")


def test_bare_trailing_credit_after_the_last_sentence() -> None:
    assert split("Ducks on the river. Ada Finch/Reuters") == (
        "Ducks on the river.",
        "Ada Finch/Reuters",
    )
    assert split("Ducks on the river. Ada Finch via Getty Images") == (
        "Ducks on the river.",
        "Ada Finch via Getty Images",
    )
    assert split("Ducks on the river. Ada Finch/REX/Shutterstock") == (
        "Ducks on the river.",
        "Ada Finch/REX/Shutterstock",
    )
    assert split("Ducks on the river.Reuters") == ("Ducks on the river.", "Reuters")


def test_trailing_agency_after_a_dash() -> None:
    assert split("Ducks on the river -AP") == ("Ducks on the river", "AP")


def test_unsplash_credit() -> None:
    assert split("Ducks on the river. Photo by Ada Finch on Unsplash") == (
        "Ducks on the river.",
        "Ada Finch on Unsplash",
    )


def test_leading_credit_before_the_caption() -> None:
    assert split("© Reuters Ducks on the river at dawn.") == (
        "Ducks on the river at dawn.",
        "Reuters",
    )
    assert split("© Ada Finch Ducks on the river at dawn.") == (
        "Ducks on the river at dawn.",
        "Ada Finch",
    )
    assert split("© Ada FinchDucks on the river at dawn.") == (
        "Ducks on the river at dawn.",
        "Ada Finch",
    )


def test_caption_labels_are_removed() -> None:
    assert split("Image captionDucks on the river") == ("Ducks on the river", None)
    assert split("Media caption Ducks on the river") == ("Ducks on the river", None)


def test_credit_only_strings_have_no_text() -> None:
    assert split("REUTERS") == (None, "REUTERS")
    assert split("Northwind Council/PA") == (None, "Northwind Council/PA")
    assert split("Getty Images") == (None, "Getty Images")
    assert split("Photo: Ada Finch") == (None, "Ada Finch")
    assert split("© Wirepix") == (None, "Wirepix")
    assert split("Ada Finch/Wirepix via Getty Images") == (
        None,
        "Ada Finch/Wirepix via Getty Images",
    )


def test_caption_without_credit_is_kept_whole() -> None:
    assert split("Ducks on the river.") == ("Ducks on the river.", None)
    assert split("Flow diagram") == ("Flow diagram", None)


def test_credit_card_courtesy_and_photo_as_ordinary_words_are_not_credits() -> None:
    for raw in (
        "A shopper pays with a credit card at a market.",
        "Kids play in a park. Credit card debt is rising.",
        "A Credit Union sign in the high street.",
        "The mural, courtesy of local artists, covers the wall.",
        "A photo of the old bridge hangs in the hall.",
        "This 2019 file photo, provided by the council, shows the pier.",
    ):
        assert split(raw) == (raw, None), raw


def test_parentheses_that_are_not_credits_stay_in_the_caption() -> None:
    for raw in (
        "Mayor Ada Finch (left) greets visitors.",
        "The old bridge (file)",
        "Ada Finch (pictured) at home",
        "The harbour in winter (1998)",
        "(L-R) Ada Finch, Bo Lind",
    ):
        assert split(raw) == (raw, None), raw


def test_caption_text_is_kept_exactly_including_final_period() -> None:
    raw = "‘We’ll be back,’ she said: the pier at dusk. Photograph: Ada Finch"
    assert split(raw) == ("‘We’ll be back,’ she said: the pier at dusk.", "Ada Finch")


def test_caption_property_is_an_alias_of_text() -> None:
    got = Caption(raw="x", text="Ducks", credit=None)
    assert got.caption == "Ducks"


Split = tuple[str, str | None, str | None]
D = "Ducks crowd the river bank"


def cases(*rows: Split) -> pytest.MarkDecorator:
    """Parametrize a family test with (raw, text, credit) rows."""
    return pytest.mark.parametrize(("raw", "text", "credit"), rows)


@cases(
    (f"Photo: Ada Finch/AP {D}", D, "Ada Finch/AP"),
    (f"Photograph: Bo Lind/Getty Images {D}.", f"{D}.", "Bo Lind/Getty Images"),
    (
        "Foto: Ada Finch/AFP via Getty Images Enten am Fluss",
        "Enten am Fluss",
        "Ada Finch/AFP via Getty Images",
    ),
    (f"© Shutterstock {D}", D, "Shutterstock"),
    (f"© Provided by The Independent {D}", D, "The Independent"),
)
def test_credit_printed_first_ends_at_its_slash_chain_or_known_organisation(
    raw: str, text: str, credit: str
) -> None:
    assert split(raw) == (text, credit)


@cases(
    ("Illustration: Wirepix Studio; Getty Images", None, "Wirepix Studio; Getty Images"),
    ("Photo: Ada Finch/The Daily Planet", None, "Ada Finch/The Daily Planet"),
    ("Ada Finch/PA Images via Getty Images", None, "Ada Finch/PA Images via Getty Images"),
    ("Image source, Getty Images", None, "Getty Images"),
    ("© 2021 Reuters", None, "Reuters"),
    ("© Provided by The Independent", None, "The Independent"),
    ("CreditAda Finch", None, "Ada Finch"),
    ("Courtesy of the harbour museum", None, "Courtesy of the harbour museum"),
)
def test_credit_only_strings_are_not_cut_into_a_caption(raw: str, text: None, credit: str) -> None:
    assert split(raw) == (text, credit)


@cases(
    (f"(Getty Images) {D}", D, "Getty Images"),
    (f"(AP Photo/Bo Lind) {D}", D, "AP Photo/Bo Lind"),
    ("(Mitte) Ada Finch mit Gästen", "(Mitte) Ada Finch mit Gästen", None),
)
def test_a_bracketed_credit_may_open_the_caption(raw: str, text: str, credit: str | None) -> None:
    assert split(raw) == (text, credit)


@cases(
    ("Ducks on the river. © 2020 AFP", "Ducks on the river.", "AFP"),
    (
        "Ducks on the river.CreditAda Finch for The Daily Planet",
        "Ducks on the river.",
        "Ada Finch for The Daily Planet",
    ),
    (
        "Ducks on the river.CreditCredit...Ada Finch/Wirepix",
        "Ducks on the river.",
        "Ada Finch/Wirepix",
    ),
    ("Ducks on the river. Crédit photo : Ada Finch", "Ducks on the river.", "Ada Finch"),
    ("Ducks on the riverAda Finch/AAP", "Ducks on the river", "Ada Finch/AAP"),
    ("Patos en el río. Ada Finch (EFE)", "Patos en el río.", "Ada Finch (EFE)"),
    ("Patos en el río (EFE)", "Patos en el río", "EFE"),
    ("Enten am Fluss. Bild Ada Finch", "Enten am Fluss.", "Ada Finch"),
    ("Ducks outside the offices Reuters", "Ducks outside the offices", "Reuters"),
)
def test_trailing_credit_is_cut_where_its_chrome_and_glue_end(
    raw: str, text: str, credit: str
) -> None:
    assert split(raw) == (text, credit)


@cases(
    (
        "Ducks on the river. Ada Finch/PA Images via Getty Images",
        "Ducks on the river.",
        "Ada Finch/PA Images via Getty Images",
    ),
    (
        "Ducks on the river Ada Finch/picture alliance via Getty Images",
        "Ducks on the river",
        "Ada Finch/picture alliance via Getty Images",
    ),
    (f"Image source, Wirepix Image caption, {D}", D, "Wirepix"),
)
def test_via_chains_and_bbc_source_lines_are_kept_whole(raw: str, text: str, credit: str) -> None:
    assert split(raw) == (text, credit)


@pytest.mark.parametrize(
    "raw",
    [
        "Courtesy of the harbour museum, the boats were restored in 2019.",
        "The bank in Zurich. Credit Suisse shares fell on Monday.",
        "Ducks outside the offices of Reuters",
        "A pass issued by AFP",
        "Staff at AP",
    ],
)
def test_credit_words_and_agencies_inside_a_sentence_are_caption(raw: str) -> None:
    assert split(raw) == (raw, None)


@pytest.mark.parametrize(
    "raw", ["", "   ", "\x00\x01\n\t", "(((", ")))", "©", "Photo:", "Credit...", "a" * 100_000]
)
def test_never_raises_on_odd_input(raw: str) -> None:
    got = split_caption(raw)
    assert got.raw == raw


def test_long_caption_keeps_its_full_text() -> None:
    raw = "word " * 3000 + "end. Photograph: Ada Finch"
    got = split_caption(raw)
    assert got.credit == "Ada Finch"
    assert got.text is not None and got.text.startswith("word word") and got.text.endswith("end.")


@pytest.mark.parametrize(
    "raw",
    [
        "a" * 100_000,
        "(" * 100_000,
        "Photo: " * 14_000,
        "Ab/" * 33_000,
        ". " * 50_000,
        "© " * 50_000,
        "Credit" * 20_000,
        "x.Credit" * 12_000,
        "Image source, " * 8_000,
        "(a/b) " * 16_000,
        "Photo: A/B " * 9_000,
    ],
)
def test_pathological_long_input_finishes_fast(raw: str) -> None:
    start = time.perf_counter()
    split_caption(raw)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "label",
    [
        "©Foto:",
        "© Bild:",
        "Foto:",
        "Bild:",
        "Zdjęcie:",
        "Фото:",
        "Fotografía:",
        "Photo :",
        "Beeld:",
    ],
)
def test_labels_in_other_languages_are_left_out_of_the_credit(label: str) -> None:
    assert split(f"Enten am Fluss. {label} Ada Finch") == ("Enten am Fluss.", "Ada Finch")


@pytest.mark.parametrize("label", ["Photo by", "Foto di", "Foto por", "Foto door", "Foto von"])
def test_a_label_with_a_preposition_before_a_name(label: str) -> None:
    assert split(f"Ducks on the river. {label} Ada Finch") == ("Ducks on the river.", "Ada Finch")


def test_a_text_line_ending_in_a_capitals_wire_credit_is_a_caption() -> None:
    got = caption_of("Ducks crowd the river bank, May 3, 2021. REUTERS/Ada Finch/File Photo")
    assert got is not None and got.credit == "REUTERS/Ada Finch/File Photo"
    got = caption_of("Des canards au bord du fleuve, le 3 mai. ADA FINCH / AFP")
    assert got is not None and got.credit == "ADA FINCH / AFP"
    # a paragraph with a slash near the end is not a caption
    assert caption_of("Turnout was high. The AP/NORC poll of adults shows it.") is None
    assert caption_of("Turnout was high. Staff/volunteers counted the votes") is None
