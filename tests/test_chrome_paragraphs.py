"""The paragraphs ``maincontent.article_chrome`` reads: ``<p>``, list items without blocks inside
and divs holding only inline markup (and some text)."""

from __future__ import annotations

import re

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.core.maincontent import (
    _LABELS,
    _MAY_START_AS_HEADING,
    _MAY_START_WITH_LABEL,
    _PARAGRAPHS,
    _STARTS_WITH_LABEL,
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
        for text in (label, label.upper(), f"  {label}\n: x", f"{label} " + "x " * 200,
                     " " * 300 + label.replace(" ", "\n\u00a0 ")):
            assert _may_open_as_chrome(text), text
    assert not _may_open_as_chrome("The council approved the new flood barrier on Tuesday")


def test_a_first_text_node_that_may_still_become_a_label_is_read_whole() -> None:
    """The first text node alone rules a paragraph out only when no label can start it:
    one that ends part way through a label ("Read ", then "<a>more</a>") or holds only white
    space leaves the decision to the paragraph's whole text."""
    for label in _LABELS:
        words = label.split()
        for cut in range(1, len(label)):
            assert _MAY_START_WITH_LABEL.match("\n  " + label[:cut]), label[:cut]
        assert _MAY_START_WITH_LABEL.match(words[0].upper() + "\n\t"), label
    assert _MAY_START_WITH_LABEL.match(" \n ")
    assert not _MAY_START_WITH_LABEL.match("The council met")
    root = lxml.html.document_fromstring(
        "<html><body><article>"
        "<p>The council approved the new flood barrier on Tuesday after a long debate.</p>"
        "<p id='split'>Read <b>more</b>: <a href='/a'>Barrier costs rise again</a></p>"
        "<p id='blank'>\n   <span>Lea también:</span> <a href='/b'>Obras en el puerto</a></p>"
        "<p>Readers wrote in to ask when the <a href='/c'>work</a> begins.</p>"
        "</article></body></html>"
    )
    found = {el.get("id"): rule for el, rule in article_chrome(root)}
    assert found == {"split": "html:cross-link", "blank": "html:cross-link"}


_PIECES = ["\n", " ", "\t", "\u00a0", "Read", "read", " more", "more", "Golf", "Quelle", ":",
           "Lea", " también", "x", "re", "So", "urce"]


# No deadline: the first example compiles the patterns, which takes longer on a loaded machine;
# what is pinned is the answer, not the time.
@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_label_patterns_answer_as_with_white_space_given_back(pieces: list[str]) -> None:
    """The label patterns skip leading white space without giving any back (no label opens
    with it); the same patterns allowed to give it back answer alike on every text."""
    text = "".join(pieces)
    for pattern in (_STARTS_WITH_LABEL, _MAY_START_WITH_LABEL, _MAY_START_AS_HEADING):
        assert pattern.pattern.startswith("\\s*+")
        giving_back = re.compile("\\s*" + pattern.pattern[4:], re.IGNORECASE)
        assert bool(pattern.match(text)) == bool(giving_back.match(text)), text


def test_menu_items_indented_in_their_markup_are_read_and_left_alone() -> None:
    """List items of a menu whose text opens with long indented runs (markup laid out by a
    template) are read like any paragraph: none is chrome, and a label after such a run is
    still found."""
    indent = "\n" + " " * 60 + "\n" + " " * 100 + "\n"
    items = "".join(f"<li>{indent}<a href='/s{i}'>{indent}Section {i}{indent}</a>{indent}</li>"
                    for i in range(150))
    root = lxml.html.document_fromstring(
        "<html><body><nav><ul>" + items + "</ul></nav><article>"
        "<p>The ferry timetable changes on Monday for the winter months.</p>"
        f"<p id='more'>{indent}Read more: <a href='/f'>Ferry fares for 2027</a></p>"
        "</article></body></html>"
    )
    found = {el.get("id"): rule for el, rule in article_chrome(root)}
    assert found == {"more": "html:cross-link"}
