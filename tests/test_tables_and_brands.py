"""Two shapes read as header fields or names by mistake: a row of the article's table (an
infobox at the top of a reference page) taken as the publisher or the byline, and a known
outlet whose camel-case name ends in a UI word ("…Feed") pulled apart as a glued button."""

from __future__ import annotations

import pytest

from newsclean import clean_html, parse_byline

INFOBOX_PAGE = """<html><head><title>Lanterna — Reference</title></head><body>
<div id="content"><h1>Lanterna</h1>
<table class="infobox"><tr><th colspan="2">Lanterna</th><td></td></tr>
<tr><th>Products</th><td>Lanterna Reader Suite</td></tr>
<tr><th>Founded</th><td>March 3, 2001</td></tr>
<tr><th>Website</th><td>lanterna.example</td></tr></table>
<p>Lanterna is a community of volunteers who build free reading software, founded in 2001
by a group of librarians who wanted open tools for their catalogues and reading rooms.</p>
<p>The community publishes its software under open licences and meets twice a year to plan
releases, review translations and decide which features the next version will carry.</p>
<p>Its best-known program is a reader for long documents that many schools use every day.</p>
</div></body></html>"""


def test_a_table_row_at_the_top_is_no_publisher_or_byline() -> None:
    art = clean_html(INFOBOX_PAGE, url="https://reference.example/wiki/Lanterna")
    assert art.publisher is None or "|" not in art.publisher
    assert art.bylineRaw is None
    assert art.authors == []
    assert "| Founded | March 3, 2001 |" in art.articleBody  # the table stays the article's


@pytest.mark.parametrize(
    ("raw", "authors", "organizations"),
    [
        ("Mark Hollis BuzzFeed News Reporter", ("Mark Hollis",), ("BuzzFeed News",)),
        ("Anna Berg BuzzFeed News", ("Anna Berg",), ("BuzzFeed News",)),
    ],
)
def test_a_known_outlet_in_camel_case_is_not_pulled_apart(
    raw: str, authors: tuple[str, ...], organizations: tuple[str, ...]
) -> None:
    parsed = parse_byline(raw)
    assert parsed.authors == authors
    assert parsed.organizations == organizations


@pytest.mark.parametrize("raw", ["By John SmithFollow", "By John SmithFollow News"])
def test_a_button_glued_to_a_name_is_still_cut_off(raw: str) -> None:
    assert parse_byline(raw).authors == ("John Smith",)
