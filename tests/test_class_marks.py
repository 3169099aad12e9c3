"""newsclean.core.marked: the class test finds the elements whose class holds any word, lower
case or capitalised, and no others, whatever its cheap first test leaves out."""

from __future__ import annotations

import lxml.html

from newsclean.core.marked import MarkedElements, class_forms

_CLASSES = [
    "story-byline", "BylineBlock", "post-author", "AuthorCard", "reporter-name", "Reporter",
    "bylines", "byLine", "AUTHOR", "yline", "uthor-box", "co-authored", "sidebar",
    "byline author", "", "x", "data-time", "Timestamp", "meta-info", "updated",
]


def _found(words: list[str]) -> list[str]:
    root = lxml.html.document_fromstring(
        "<html><body>" + "".join(f"<span class='{c}'>{n}</span>" for n, c in enumerate(_CLASSES))
        + "<span>no class</span></body></html>"
    )
    return [el.get("class") for el in MarkedElements(root, words).holding(class_forms(words))]


def _expected(words: list[str]) -> list[str]:
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return [c for c in _CLASSES if any(f in c for f in forms)]


def test_classes_holding_a_word_or_its_capitalised_form_are_found_and_no_others() -> None:
    words = ["byline", "author", "reporter"]
    assert _found(words) == _expected(words)
    assert "yline" not in _found(words) and "AUTHOR" not in _found(words)


def test_words_inside_other_words_and_one_letter_words_keep_every_match() -> None:
    for words in (["time", "timestamp", "stamp", "meta"], ["x", "date"], ["a"], ["info", "nf"]):
        assert _found(words) == _expected(words), words
