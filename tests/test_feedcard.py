"""A feed-reader card printed on one line is split where its crumb repeats the source, so the
headline and the source are read as on any page; other first lines are left alone."""

from __future__ import annotations

from newsclean import clean_text
from newsclean.core.feedcard import split_feed_card

_CARD = ("Tidal power plant approved for the northern estuary Harbour Times World / Harbour Times "
         "2 days ago 118 Views comments The regional council approved a tidal power plant on "
         "Wednesday, ending a decade of studies. Read more")


def test_card_on_one_line_is_split_at_the_repeated_source() -> None:
    assert split_feed_card(["", _CARD, "Comments"]) == [
        "",
        "Tidal power plant approved for the northern estuary",
        "Harbour Times",
        "World / Harbour Times",
        "2 days ago",
        "118 Views",
        "comments",
        "The regional council approved a tidal power plant on Wednesday, ending a decade of "
        "studies. Read more",
        "Comments",
    ]


def test_card_without_views_or_comments_is_split_too() -> None:
    line = ("Night trains return to the coast line Rail Weekly Travel / Rail Weekly 5 hours ago "
            "Night trains will run again from June, the operator said.")
    assert split_feed_card([line])[:3] == [
        "Night trains return to the coast line", "Rail Weekly", "Travel / Rail Weekly"]


def test_sentence_with_a_slash_and_an_age_is_not_a_card() -> None:
    lines = ["The 24/7 clinic opened 3 days ago and has / already seen 200 patients, staff said."]
    assert split_feed_card(lines) == lines
    lines = ["Prices rose in Oslo / Bergen 2 years ago and fell again, the bank said."]
    assert split_feed_card(lines) == lines


def test_one_line_card_gives_headline_publisher_and_snippet() -> None:
    art = clean_text(_CARD + "\nComments", url="https://feeds.example/tidal-power-plant")
    assert art.headline == "Tidal power plant approved for the northern estuary"
    assert art.publisher == "Harbour Times"
    assert art.truncated is True
    assert art.articleBody == ("The regional council approved a tidal power plant on Wednesday, "
                               "ending a decade of studies.")
