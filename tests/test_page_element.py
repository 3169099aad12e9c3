"""newsclean.core.document.PageElement: a parsed page's elements read their text in C and give
what lxml.html's ``text_content()`` gives, on invented markup of the shapes pages have."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest

from newsclean.core import document, lean

_PAGES = [
    "<p>Flood <b>plan</b> approved, <a href='/x'>council <i>says</i></a> today.</p>tail",
    "<div>Caf&eacute; &amp; bar &#8212; opening <span>soon</span>&nbsp;</div>",
    "<li>  \n\t spaced   <em>out</em>\n  text  </li>",
    "<div><script>var x = '<p>';</script><style>.a{}</style>Shown text</div>",
    "<p>北京 <b>報道</b> — اليوم <br>مساء</p>",
    "<div><p></p><p>   </p></div>",
    # a leaf whose text the parse left in pieces (a comment taken out between them)
    "<p>Split<!-- gone --> leaf <a href='/y'>link</a><a href='/z'></a><a>x<!-- c -->y</a></p>",
]


@pytest.mark.parametrize("markup", _PAGES)
def test_page_element_text_is_lxml_text_content(markup: str) -> None:
    parsed = document.parse_page(f"<html><body>{markup}</body></html>").root
    plain = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>")
    assert parsed is not None
    mine = [el.text_content() for el in parsed.iter()]
    theirs = [el.text_content() for el in plain.iter(lxml.etree.Element)]  # not comments
    assert mine == theirs
    assert all(isinstance(text, str) for text in mine)


def test_parsed_pages_and_lean_copies_are_made_of_page_elements() -> None:
    root = document.parse_page(b"<html><body><article><p>One line.</p></article></body></html>")
    assert root.root is not None
    assert {type(el) for el in root.root.iter()} == {document.PageElement}
    copy = lean._plain_copy(root.root)
    assert {type(el) for el in copy.iter()} == {document.PageElement}
