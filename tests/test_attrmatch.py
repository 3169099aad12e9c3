"""newsclean.core.attrmatch answers trafilatura's class/id XPaths with the same elements, in the
same order, as lxml's XPath engine: on an invented page built to hit every kind of test they
make, and on every publisher fixture page (invented pages in real CMS layouts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import pytest
from trafilatura import xpaths

from newsclean.core import attrmatch

_NS = {"re": "http://exslt.org/regular-expressions"}
_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "publishers"

# Every trafilatura XPath list the lean path runs, plus the rest of the same shape.
_LISTS = [
    "RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH", "OVERALL_DISCARD_XPATH",
    "PRECISION_DISCARD_XPATH", "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS", "BODY_XPATH",
    "COMMENTS_DISCARD_XPATH", "COMMENTS_XPATH",
]
_XPATHS = [(f"{name}[{i}]", x) for name in _LISTS for i, x in enumerate(getattr(xpaths, name))]

# Blocks in the shapes the XPaths look for: ids and classes on either side of a match, both
# attribute orders for the ``@id|@class`` tests, case variants for translate() and 'i'.
_BLOCKS = [
    ("div", 'class="post-content entry"'), ("div", 'id="article-body" class="wrap"'),
    ("div", 'class="wrap" id="article-body"'), ("section", 'class="Teaser big"'),
    ("div", 'id="TeaserBox"'), ("div", 'class="share-buttons social"'),
    ("div", 'id="comments" class="x"'), ("ul", 'class="comment-list"'),
    ("ol", 'id="commentary"'), ("div", 'class="commentary"'), ("div", 'style="display:none"'),
    ("div", 'id="hidden-bits" style="color: red"'), ("div", 'style="hidden" id="main"'),
    ("span", 'aria-hidden="true"'), ("div", 'role="Navigation"'), ("nav", 'role="navigation"'),
    ("div", 'class="image-caption"'), ("p", 'id="caption-3"'), ("div", 'class="FullText"'),
    ("div", 'class="story"'), ("main", 'class="main-content"'), ("div", 'class="Main-Content"'),
    ("article", 'class="page-Content"'), ("div", 'class="reply-box" id="r1"'),
    ("div", 'id="reply-2" class="box"'), ("div", 'class="infinite-scroll"'),
    ("section", 'id="mvp-post-add-box"'), ("div", 'data-component="MostPopularStories"'),
    ("div", 'data-lp-replacement-content=""'), ("div", 'class="cookie-banner"'),
    ("div", 'class="article__content"'), ("div", 'class="ad-slot -ad- top"'),
    ("div", 'class="comments-title"'), ("div", 'class="wp-block"'), ("p", ""), ("div", ""),
]


def _invented_page() -> Any:
    parts = []
    for n, (tag, attrs) in enumerate(_BLOCKS):
        inner = f"<p>Paragraph {n} of the story.</p>" if tag not in ("p", "span") else f"Text {n}"
        parts.append(f"<{tag} {attrs}>{inner}</{tag}>")
        if n % 5 == 0:  # nesting: the same shapes inside one another, and an h1 in one
            parts.append(f"<div class='wrap'><{tag} {attrs}><h1>Head {n}</h1></{tag}></div>")
    return lxml.html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")


def _fixture_pages() -> list[Any]:
    return [lxml.html.document_fromstring(p.read_bytes())
            for p in sorted(_FIXTURES.rglob("body.html"))]


@pytest.mark.parametrize(("name", "xpath"), _XPATHS, ids=[n for n, _ in _XPATHS])
def test_translation_finds_what_the_xpath_finds(name: str, xpath: Any) -> None:
    try:
        fast = attrmatch.translate(xpath)
    except ValueError:
        pytest.skip(f"{name} is not of a translated shape (it stays an XPath)")
    pages = [_invented_page(), *_fixture_pages()]
    for page in pages:
        for context in (page, page.find("body")):
            assert fast(context) == xpath(context)
    if name in ("OVERALL_DISCARD_XPATH[0]", "BODY_XPATH[0]"):  # the tests hit something
        assert fast(pages[0])


def test_attribute_pair_reads_the_first_in_markup_order() -> None:
    xpath = lxml.etree.XPath(".//*[self::div][re:test(@id|@class, '^side')]", namespaces=_NS)
    page = lxml.html.document_fromstring(
        "<html><body><div id='sidebar' class='x'></div><div class='x' id='sidebar'></div>"
        "<div class='sidebar'></div></body></html>"
    )
    fast = attrmatch.translate(xpath)
    assert fast(page) == xpath(page)
    assert [d.get("class") for d in fast(page)] == ["x", "sidebar"]


def test_each_parents_first_child_and_first_overall() -> None:
    page = lxml.html.document_fromstring(
        "<html><body><div><p class='a'>1</p><p class='a'>2</p></div>"
        "<div><p class='a'>3</p></div></body></html>"
    )
    per_parent = lxml.etree.XPath(".//*[self::p][re:test(@class, 'a')][1]", namespaces=_NS)
    first = lxml.etree.XPath("(.//*[self::p][re:test(@class, 'a')])[1]", namespaces=_NS)
    assert [p.text for p in attrmatch.translate(per_parent)(page)] == ["1", "3"]
    assert [p.text for p in attrmatch.translate(first)(page)] == ["1"]


def test_unsupported_xpath_is_not_translated() -> None:
    xpath = lxml.etree.XPath(".//*[self::div][string-length(@class) > 3]")
    with pytest.raises(ValueError):
        attrmatch.translate(xpath)
    assert attrmatch.translated([xpath]) == [xpath]


def test_family_answers_each_member_as_its_xpath_after_deletions_between_them() -> None:
    family = attrmatch.Family([*xpaths.OVERALL_DISCARD_XPATH, *xpaths.DISCARD_IMAGE_ELEMENTS])
    boiler, hidden, captions = family.members()
    page = _invented_page()
    body = page.find("body")
    with family.on(body):
        assert boiler(body) == xpaths.OVERALL_DISCARD_XPATH[0](body)
        assert hidden(body) == xpaths.OVERALL_DISCARD_XPATH[1](body)
        first_caption = xpaths.DISCARD_IMAGE_ELEMENTS[0](body)[0]
        first_caption.getparent().remove(first_caption)  # a prune between two asks
        assert captions(body) == xpaths.DISCARD_IMAGE_ELEMENTS[0](body)
        assert first_caption not in captions(body)  # asked again: walked again
    assert boiler(body) == xpaths.OVERALL_DISCARD_XPATH[0](body)  # outside: on its own


def test_family_leaves_out_a_find_whose_ancestor_an_earlier_member_deleted() -> None:
    """The first member asked gets the walk's finds as they are; a later one only those still
    under the tree: a caption inside a share box pruned before it is gone with the box."""
    family = attrmatch.Family([*xpaths.OVERALL_DISCARD_XPATH, *xpaths.DISCARD_IMAGE_ELEMENTS])
    boiler, _, captions = family.members()
    page = lxml.html.document_fromstring(
        "<html><body><div class='share-box'><div class='caption'>Photo: Ana Lis</div></div>"
        "<p>Text.</p><div class='caption'>Harbour at dawn</div></body></html>")
    body = page.find("body")
    with family.on(body):
        boxes = boiler(body)
        assert boxes == xpaths.OVERALL_DISCARD_XPATH[0](body) and len(boxes) == 1
        for box in boxes:
            box.getparent().remove(box)
        assert [el.text for el in captions(body)] == ["Harbour at dawn"]
        assert captions(body) == xpaths.DISCARD_IMAGE_ELEMENTS[0](body)


def test_family_takes_only_translatable_all_match_xpaths() -> None:
    with pytest.raises(ValueError):
        attrmatch.Family([xpaths.BODY_XPATH[0]])  # each parent's first child only


def test_family_asks_a_members_descendant_test_after_the_deletions_before_it() -> None:
    comments_xpath, scroll_xpath = (xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH[0],
                                    xpaths.RAW_TREE_PRUNE_XPATH[0])
    family = attrmatch.Family([comments_xpath, scroll_xpath])
    comments, scroll = family.members()
    page = lxml.html.document_fromstring(
        "<html><body><div class='infinite-scroll'><p>Next story teaser.</p>"
        "<div class='comments-area'><h1>Readers write</h1></div></div></body></html>")
    body = page.find("body")
    assert scroll_xpath(body) == []  # its <h1> keeps the scroll container
    with family.on(body):
        found = comments(body)
        assert found == comments_xpath(body) and len(found) == 1
        found[0].getparent().remove(found[0])  # the h1 goes with the comments
        assert scroll(body) == scroll_xpath(body) == [body[0]]


@pytest.mark.parametrize("index", range(len(xpaths.BODY_XPATH)))
def test_first_only_gives_the_first_element_the_xpath_gives(index: int) -> None:
    matcher = attrmatch.translated([xpaths.BODY_XPATH[index]])[0]
    if not isinstance(matcher, attrmatch.Matcher):
        pytest.skip("stays an XPath")
    for page in [_invented_page(), *_fixture_pages()]:
        body = page.find("body")
        assert matcher.first_only()(body) == xpaths.BODY_XPATH[index](body)[:1]


_CLEANING_BLOCKS = [
    ("div", 'class="site-footer"'), ("div", 'id="footer-links" class="x"'),
    ("div", 'class="x" id="Footer"'), ("aside", 'class="rail"'), ("footer", ""),
    ("div", 'class="Cookie-Banner"'), ("section", 'id="cookie_notice"'),
    ("div", 'class="consent-manager"'), ("template", ""), ("div", 'class="story"'),
]


def test_union_translation_finds_what_the_basic_cleaning_xpath_finds() -> None:
    """trafilatura's page-measure cleaning (a union of tag steps, a div class/id test and an
    'i'-flagged re:test) answered by a tag walk and translations, merged in document order,
    nested blocks included: the same elements as its XPath."""
    from trafilatura.settings import BASIC_CLEAN_XPATH

    union = attrmatch.translate_union(BASIC_CLEAN_XPATH)
    parts = []
    for n, (tag, attrs) in enumerate(_CLEANING_BLOCKS):
        parts.append(f"<{tag} {attrs}><p>Block {n} text.</p>"
                     f"<{tag} {attrs}><span>inner {n}</span></{tag}></{tag}>")
    page = lxml.html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")
    for tree in [page.find("body"), _invented_page().find("body"), *_fixture_pages()]:
        assert union(tree) == BASIC_CLEAN_XPATH(tree)
    assert len(union(page.find("body"))) > len(_CLEANING_BLOCKS)


def test_union_translation_refuses_a_step_of_another_shape() -> None:
    with pytest.raises(ValueError):
        attrmatch.translate_union(lxml.etree.XPath(".//aside | .//p[position() = 2]"))
