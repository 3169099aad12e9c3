"""The paragraphs ``maincontent.article_chrome`` reads: ``<p>``, list items without blocks inside
and divs holding only inline markup (and some text)."""

from __future__ import annotations

import lxml.html

from newsclean.core.maincontent import (
    _LABELS,
    _PARAGRAPHS,
    _SCAN_CHARS,
    _may_open_as_chrome,
    article_chrome,
)


def test_divs_of_inline_markup_count_as_paragraphs_and_divs_of_blocks_do_not() -> None:
    root = lxml.html.document_fromstring(
        "<html><body>"
        "<div id='inline'><b>Read more:</b> <a href='/x'>Bridge reopens</a><br></div>"
        "<div id='commented'><!-- ad --><span>Source: County records</span></div>"
        "<div id='block'><p>A paragraph</p><span>and a span</span></div>"
        "<div id='blank'> <span> </span></div>"
        "<div id='near-names'>CO<sub>2</sub> <abbr>ppm</abbr> <s>old</s> <bdi>x</bdi></div>"
        "<div id='all-inline'><strong>Source:</strong> <small>Port authority</small>"
        "<mark>.</mark><u>u</u><em>e</em><i>i</i></div>"
        "<ul><li id='item'>One line</li><li id='nested'><p>Two</p></li></ul>"
        "</body></html>"
    )
    found = [el.get("id") or el.tag for el in _PARAGRAPHS(root)]
    # "sub", "abbr", "s", "bdi": names that are parts of inline names, but none of them
    assert found == ["inline", "commented", "p", "all-inline", "item", "p"]


def test_labels_split_over_inline_elements_and_white_space_are_still_found() -> None:
    """The cheap first read of a paragraph (its text in C, before its opening is built) lets
    through every paragraph whose opening starts with a label, however its markup splits it."""
    root = lxml.html.document_fromstring(
        "<html><body><article>"
        "<p>The council approved the new flood barrier on Tuesday after a long debate.</p>"
        "<p id='split'><b>Re</b><i>ad</i>\n   \u00a0<span>more</span>:"
        " <a href='/a'>Barrier costs rise again</a></p>"
        "<p id='late'>" + " " * 250 + "Quelle: Landkreis, Bauamt</p>"
        "<p>Work starts in spring and should end before the autumn storms.</p>"
        "</article></body></html>"
    )
    found = {el.get("id"): rule for el, rule in article_chrome(root)}
    assert found == {"split": "html:cross-link", "late": "html:source"}


def test_every_label_passes_the_first_read_in_any_case() -> None:
    for label in _LABELS:
        for text in (label, label.upper(), f"  {label}\n: x", f"{label} " + "x " * 200):
            assert _may_open_as_chrome(text[:_SCAN_CHARS]), text
    assert not _may_open_as_chrome("The council approved the new flood barrier on Tuesday")
