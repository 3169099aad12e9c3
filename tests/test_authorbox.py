"""The author box under an article (heading, name, bio, link) is chrome; a heading followed
by more than a box's few lines, or with no article text above it, is left alone."""

from __future__ import annotations

from newsclean import clean_text

_TEXT = ("The ferry company will keep its fares at this year's level until next April.\n"
         "The operator said lower fuel costs had made the freeze possible.")


def _lines(body: str | None) -> list[str]:
    return [line for line in (body or "").split("\n") if line.strip()]


def test_author_box_after_the_text_is_chrome_in_several_languages() -> None:
    for heading, bio in (("About the Author", "Priya Raman covers the islands for the Post."),
                         ("Sobre la autora:", "Periodista de la sección local desde 2015."),
                         ("Über den Autor", "Er schreibt seit 2019 über die Inseln.")):
        page = ("Ferry fares frozen for another year\nBy Priya Raman\n" + _TEXT + "\n" + heading
                + "\nPriya Raman\n" + bio + "\nView all posts")
        assert _lines(clean_text(page).articleBody) == _lines(_TEXT), heading


def test_heading_followed_by_more_than_a_box_is_text() -> None:
    essay = ["Priya Raman", "She grew up on the island.", "Her father ran the ferry.",
             "She joined the Post in 2019.", "She still takes the night boat."]
    page = ("Ferry fares frozen for another year\n" + _TEXT + "\nAbout the author\n"
            + "\n".join(essay))
    assert _lines(clean_text(page).articleBody) == [*_lines(_TEXT), "About the author", *essay]


def test_post_navigation_after_an_author_box_goes_with_its_headlines() -> None:
    page = ("Ferry fares frozen for another year\nBy Priya Raman\n" + _TEXT
            + "\nPost navigation\nPrevious post\nNew pontoons open at the marina\nNext post\n"
              "Lifeboat crew wins national award\nAbout the Author\nPriya Raman\n"
              "Priya Raman covers the islands for the Post.")
    assert _lines(clean_text(page).articleBody) == _lines(_TEXT)
