"""``MarkedElements``: the elements whose class holds a word, read once for several readers."""

from __future__ import annotations

import lxml.etree
import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from newsclean.core.marked import MarkedElements, PageClasses, class_forms

_WORDS = ("byline", "author", "title", "heading")
_CLASS_PIECES = ["byline", "Byline", "BYLINE", "author", "Author", "co-author", "authors",
                 "title", "Title", "subtitle", "heading", "Heading", "sub-heading", "itle",
                 "eading", "uthor", "yline", "card", "x", " ", "-", "__"]


def _contains_any(forms: tuple[str, ...]) -> lxml.etree.XPath:
    tests = " or ".join(f"contains(., '{f}')" for f in forms)
    return lxml.etree.XPath(f"//@class[{tests}]/..")


@given(st.lists(st.lists(st.sampled_from(_CLASS_PIECES), max_size=4), max_size=12))
def test_found_as_contains_tests_on_every_class_find_them(classes: list[list[str]]) -> None:
    """The same elements, in the same order, as libxml2's case-sensitive ``contains()`` on
    each class, for every word in lower case and capitalised."""
    body = "".join(f"<div class='{''.join(c)}'><span>t</span></div>" for c in classes)
    root = lxml.html.document_fromstring(f"<html><body><p>x</p>{body}</body></html>")
    marked = MarkedElements(root, _WORDS)
    for words in (("byline", "author"), ("title", "heading"), _WORDS):
        forms = class_forms(words)
        assert marked.holding(forms) == _contains_any(forms)(root)


def test_forms_are_lower_case_and_capitalised_only() -> None:
    assert class_forms(["byline", "title"]) == ("byline", "Byline", "title", "Title")
    root = lxml.html.document_fromstring(
        "<html><body><div class='BYLINE'>a</div><div class='post-Byline'>b</div></body></html>"
    )
    found = MarkedElements(root, ["byline"]).holding(class_forms(["byline"]))
    assert [el.text for el in found] == ["b"]


def test_a_page_that_lost_elements_is_read_again_by_a_new_instance() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><aside class='title'>gone</aside><h2 class='title'>kept</h2></body></html>"
    )
    forms = class_forms(["title"])
    assert len(MarkedElements(root, ["title"]).holding(forms)) == 2
    root.find(".//aside").drop_tree()
    assert [el.text for el in MarkedElements(root, ["title"]).holding(forms)] == ["kept"]


@given(st.lists(st.lists(st.sampled_from(_CLASS_PIECES), max_size=4), max_size=12))
def test_one_read_of_the_classes_serves_every_set_of_words(classes: list[list[str]]) -> None:
    """Sets of words asked of one shared read of the page's classes find what each finds
    alone: the same elements, in the same order, no word read across two classes."""
    body = "".join(f"<div class='{''.join(c)}'><span>t</span></div>" for c in classes)
    root = lxml.html.document_fromstring(f"<html><body><p>x</p>{body}</body></html>")
    shared = PageClasses(root)
    for words in (("byline", "author"), ("title", "heading"), ("eading",), _WORDS):
        forms = class_forms(words)
        assert (MarkedElements(root, words, shared).holding(forms)
                == MarkedElements(root, words).holding(forms) == _contains_any(forms)(root))


def test_a_word_split_across_two_classes_marks_neither() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><div class='by'>a</div><div class='line'>b</div>"
        "<div class='x byline'>c</div></body></html>"
    )
    shared = PageClasses(root)
    assert [el.text for el in MarkedElements(root, ["byline"], shared).holding(
        class_forms(["byline"]))] == ["c"]
