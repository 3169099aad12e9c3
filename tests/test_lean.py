"""newsclean.core.lean: trafilatura's main extractor on one copy of newsclean's parsed tree gives
trafilatura's own text, leaves the tree as it was, and hands the pages it is not sure of back
to ``trafilatura.extract``. The pages are invented, in the shape of common article layouts."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html
import pytest
import trafilatura
from trafilatura.xml import delete_element

from newsclean.core import document, lean, maincontent

_PARAGRAPHS = [
    "The county board voted on Tuesday to rebuild the old river bridge before the spring "
    "floods, ending a year of argument over the cost of the repairs and the detour.",
    "Engineers told the board that the piers had shifted by several centimetres since the "
    "last inspection, and that the deck could not carry lorries for much longer.",
    "Residents of the east bank said the closure would add half an hour to their commute, "
    "but most of those who spoke at the meeting backed the plan all the same.",
    "Work is due to start in March and to last until the end of the summer, the board said, "
    "with a ferry running for foot passengers while the bridge is shut to traffic.",
]


def _page(paragraphs: list[str], *, extra: str = "", article_class: str = "story-body") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Bridge to be rebuilt | Valley Ledger</title>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script></head><body>"
        "<nav class='site-nav'><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a>"
        "</li><li><a href='/sport'>Sport</a></li></ul></nav>"
        "<header><h1>Bridge to be rebuilt before the floods</h1></header>"
        f"<article class='{article_class}'>{body}"
        "<figure><img src='/b.jpg'><figcaption>The bridge in May.</figcaption></figure>"
        "<div class='share-tools'><a href='#'>Share on social</a></div>"
        f"</article>{extra}"
        "<aside class='most-read'><h2>Most read</h2><ul><li><a href='/a'>Another story</a></li>"
        "</ul></aside><footer><p>Copyright Valley Ledger</p></footer></body></html>"
    )


def _tree(html: str) -> Any:
    return lxml.html.document_fromstring(html)


def _trafilatura_fast(root: Any) -> str:
    return trafilatura.extract(
        root, fast=True, include_comments=False, include_tables=True, include_images=False,
        output_format="txt", deduplicate=False,
    ) or ""


def test_internals_the_lean_path_calls_exist() -> None:
    assert lean.available(), "trafilatura moved an internal newsclean.core.lean calls"


@pytest.mark.parametrize(
    "html",
    [
        _page(_PARAGRAPHS),
        _page(_PARAGRAPHS, article_class="entry-content"),
        _page([*_PARAGRAPHS, "<b>Read more:</b> <a href='/x'>Flood plan approved</a>"]),
        _page(_PARAGRAPHS, extra="<div class='comments'><p>Great news for the town, finally "
                                 "someone listened to us after all these years.</p></div>"),
    ],
    ids=["plain", "wordpress-class", "read-more-link", "comments-after"],
)
def test_lean_text_is_trafilaturas_fast_text(html: str) -> None:
    expected = _trafilatura_fast(_tree(html))
    assert expected  # the page is one trafilatura reads
    assert lean.lean_extract(_tree(html), None) == expected


def test_lean_reads_a_copy_and_leaves_the_tree_whole() -> None:
    root = _tree(_page(_PARAGRAPHS))
    before = lxml.html.tostring(root)
    lean.lean_extract(root, None)
    assert lxml.html.tostring(root) == before


def test_short_result_is_handed_back_to_trafilatura() -> None:
    with pytest.raises(lean.Unsure):
        lean.lean_extract(_tree(_page(_PARAGRAPHS[:1])), None)


def test_result_small_beside_a_long_page_is_handed_back_for_the_escalation() -> None:
    # A short article on a page whose other text is ten times longer: trafilatura may retry
    # in recall mode, a road the lean path does not take.
    teasers = "".join(
        f"<div class='card'><h3>Story {n}</h3><span>{_PARAGRAPHS[n % 4]}</span></div>"
        for n in range(40)
    )
    html = _page(_PARAGRAPHS[:2], extra=f"<section>{teasers}</section>")
    with pytest.raises(lean.Unsure):
        lean.lean_extract(_tree(html), None)


def test_thread_forum_is_handed_back_to_trafilatura() -> None:
    html = _page(_PARAGRAPHS).replace('"NewsArticle"', '"DiscussionForumPosting"')
    with pytest.raises(lean.Unsure):
        lean.lean_extract(_tree(html), None)


def test_pre_cleaning_keeps_what_trafilatura_cleaning_decides_on() -> None:
    root = _tree(
        "<html><body><nav><a href='/'>Home</a></nav>"
        "<aside class='lead'><h1>Headline kept in its aside</h1></aside>"
        "<figure><table><tr><td>Turnout 61%</td></tr></table></figure>"
        "<figure><img src='/a.jpg'></figure><form><p>Article inside a form</p></form>"
        "</body></html>"
    )
    copied, present = lean._lean_copy(root)
    assert present == {"aside", "figure", "form"}  # what trafilatura's cleaning still looks for
    assert copied.find(".//nav") is None
    assert copied.find(".//aside") is not None  # holds the h1
    assert [len(f) for f in copied.iter("figure")] == [1]  # the one holding a table
    assert copied.find(".//form") is not None


def _delete_doomed(tree: Any) -> set[str]:
    """The reference: delete from a whole copy what the lean copy leaves out, one by one."""
    doomed, present = lean._doomed(tree)
    for el in doomed:
        if el.getparent() is not None:
            delete_element(el)
    return present


def test_lean_copy_leaves_out_what_the_pre_cleaning_deletes_and_the_page_as_it_was() -> None:
    """The copy made without the elements the pre-cleaning deletes is the copy made whole and
    cleaned after: the text after each deleted element joins the text before it, nested ones
    go with their box, kept ones stay; the page itself is left as it was."""
    html = (
        "<html><head><title>T</title><meta name='x' content='y'></head><body>"
        "<header>Lead<nav><a href='/'>Home</a></nav>after nav<time>May 2</time> · 4 min"
        "</header><aside class='lead'><h1>Headline kept in its aside</h1></aside>gap"
        "<figure><table><tr><td>Turnout 61%</td></tr></table></figure>"
        "<div><figure><img src='/a.jpg'></figure>after figure<button>Share</button></div>"
        "<form><p>Article inside a form</p><label>Name</label>after label</form>"
        "<footer><aside><p>Nested rail</p></aside><p>Contact</p></footer>end</body></html>"
    )
    root = document.parse_page(html).root
    before = lxml.etree.tostring(root)
    copied, present = lean._lean_copy(root)
    whole = lean._plain_copy(document.parse_page(html).root)
    assert present == _delete_doomed(whole) == {"aside", "figure", "form"}
    assert lxml.etree.tostring(copied) == lxml.etree.tostring(whole)
    assert b"after nav" in lxml.etree.tostring(copied)  # the tails stay
    assert lxml.etree.tostring(root) == before


def test_main_content_lines_gives_text_on_the_pages_lean_hands_back() -> None:
    lines = maincontent.main_content_lines(_tree(_page(_PARAGRAPHS[:1])), None)
    assert lines is not None and any("river bridge" in line for line in lines)


def test_main_content_lines_falls_back_when_lean_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(root: Any, url: str | None) -> str:
        raise AttributeError("an internal moved")

    monkeypatch.setattr(lean, "lean_extract", broken)
    lines = maincontent.main_content_lines(_tree(_page(_PARAGRAPHS)), None)
    assert lines is not None and any("Engineers told the board" in line for line in lines)


def test_lean_path_copies_a_page_already_rid_of_scripts_and_styles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str]] = []
    real = lean.lean_extract

    def spying(root: Any, url: str | None, **kwargs: Any) -> str:
        seen.append([el.tag for el in root.iter("script", "style", "svg")])
        return real(root, url, **kwargs)

    html = _page(_PARAGRAPHS).replace(
        "<article", "<style>.x{color:red}</style><script>var ad = 1;</script><article"
    )
    monkeypatch.setattr(lean, "lean_extract", spying)
    lines = maincontent.main_content_lines(_tree(html), None)
    assert seen == [["script"]]  # the JSON-LD script alone stays: trafilatura reads it
    assert lines is not None and any("Engineers told the board" in line for line in lines)


def test_copy_of_a_parsed_page_is_the_page_without_its_head() -> None:
    html = ("<html lang='en'><head><title>T</title></head>\n<body><p>One.</p>"
            "<!-- note --><p>Two.</p>tail</body></html>")
    parsed = document.parse_page(html).root
    copied = lean._plain_copy(parsed)
    assert copied.find("head") is None and parsed.find("head") is not None
    assert copied.get("lang") == "en"
    by_child = lean._copy_children(parsed)
    assert lxml.etree.tostring(copied) == lxml.etree.tostring(by_child)


@pytest.mark.parametrize("extra", [
    "",
    "<div class='cookie-consent-banner'><p>We use cookies on this site to measure visits.</p>"
    "</div><div id='site-footer'><p>About us</p></div>",
    "<div class='Footer wrap'><aside><p>Nested rail</p></aside><p>Contact</p></div>",
])
def test_page_measure_is_trafilaturas_page_text(extra: str) -> None:
    """The page measure that decides on trafilatura's recall escalation, its cleaning XPath
    translated, gives trafilatura's own page text: cookie banners, footers by class or id
    and asides left out alike."""
    from trafilatura.baseline import html2txt

    root = document.parse_page(_page(_PARAGRAPHS, extra=extra)).root
    assert lean._page_text is not None
    assert lean._page_text(root) == html2txt(root)
    assert "cookies" not in lean._page_text(root) and _PARAGRAPHS[0] in lean._page_text(root)
