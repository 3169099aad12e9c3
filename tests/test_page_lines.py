"""``Page``'s non-blank line index (textspeed6): the stages walk it instead of stripping every
line again, so it must always be the non-blank lines of the page as it is now, after a line
is edited in place or the lines replaced. The pages are invented."""

from __future__ import annotations

from newsclean.core.page import Page

LINES = ["Bridge reopens", "", "  ", "The bridge reopened on Monday.", "", "Share", "\t"]


def _free(page: Page, start: int = 0, stop: int | None = None) -> list[int]:
    """``Page.free`` as it was: every index from ``start``, stripped, unclaimed."""
    end = len(page.lines) if stop is None else min(stop, len(page.lines))
    return [i for i in range(start, end) if i not in page.claims and page.lines[i].strip()]


def test_filled_holds_the_non_blank_lines_in_order() -> None:
    assert Page(lines=list(LINES)).filled() == [0, 3, 5]


def test_free_from_any_start_to_any_stop_is_the_plain_walk() -> None:
    page = Page(lines=list(LINES))
    page.claim(3, "generic:test")
    for start in range(len(LINES) + 2):
        for stop in [None, *range(-1, len(LINES) + 2)]:
            assert list(page.free(start, stop)) == _free(page, start, stop), (start, stop)


def test_a_claim_made_during_the_walk_is_seen_by_it() -> None:
    page = Page(lines=list(LINES))
    walked = []
    for i in page.free():
        walked.append(i)
        page.claim(5, "generic:test")  # the line after the first one
    assert walked == [0, 3]


def test_a_line_edited_to_blank_leaves_the_index() -> None:
    page = Page(lines=list(LINES))
    assert page.filled() == [0, 3, 5]
    page.set_line(5, "")
    page.set_line(2, "Kicker")
    assert page.filled() == [0, 2, 3]
    assert list(page.free()) == [0, 2, 3]


def test_replaced_lines_are_indexed_afresh() -> None:
    page = Page(lines=list(LINES))
    assert page.filled() == [0, 3, 5]
    page.lines = ["", "One line"]
    assert page.filled() == [1]
    page.lines.append("Another")  # (a longer list is no longer the one indexed)
    assert page.filled() == [1, 2]


def test_a_reading_of_the_lines_is_made_once_until_a_line_changes() -> None:
    page = Page(lines=list(LINES))
    made: list[int] = []

    def count() -> int:
        made.append(1)
        return len(page.filled())

    assert page.of_lines("filled", count) == 3
    assert page.of_lines("filled", count) == 3
    assert len(made) == 1
    page.set_line(1, "Standfirst")
    assert page.of_lines("filled", count) == 4
    assert len(made) == 2


def test_site_names_are_read_again_from_edited_lines() -> None:
    from newsclean.core.chromeshape import site_names

    page = Page(lines=["The harbour reopened.", "© 2026 Bayledger"])
    assert site_names(page, None) == {"bayledger"}
    site_names(page, None).add("mutated")  # (a copy each time: the reading stays as made)
    assert site_names(page, "https://www.coastwire.example/a") == {"bayledger", "coastwire"}
    page.set_line(1, "© 2026 Harbourpost")
    assert site_names(page, None) == {"harbourpost"}
