"""``element_lines``: an element's text as a reader sees its blocks, one line each."""

from __future__ import annotations

import lxml.etree
import lxml.html

from newsclean.core.document import element_lines


def _body(markup: str) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>")
    return root.find("body")


def test_blocks_are_lines_and_inline_markup_joins_its_words() -> None:
    body = _body(
        "<h2>Harbour <em>dredging</em> plan</h2><p>The board voted\non Tuesday.</p>"
        "<ul><li>Cost: <b>4m</b></li><li>Start: May</li></ul>loose words<div>Last</div>"
    )
    assert element_lines(body) == [
        "Harbour dredging plan", "The board voted on Tuesday.", "• Cost: 4m", "• Start: May",
        "loose words", "Last",
    ]


def test_dropped_elements_comments_and_instructions_leave_only_their_tails() -> None:
    body = _body(
        "<p>Before<script>var x = 1;</script> after the script.</p>"
        "<p>One<!-- a note --> two<?tracker x?> three.</p>"
        "<figure><img src='a.jpg'><figcaption>Dock at dawn</figcaption>tail of caption</figure>"
    )
    assert element_lines(body) == [
        "Before after the script.", "One two three.", "Dock at dawn", "tail of caption",
    ]
    assert element_lines(body, drop=("figcaption",))[-1] == "tail of caption"
    assert "Dock at dawn" not in element_lines(body, drop=("figcaption",))


def test_the_elements_own_tail_and_an_entity_nodes_tail_are_read() -> None:
    body = _body("<div><p>Inside</p></div>after the div")
    div = body[0]
    assert element_lines(div) == ["Inside", "after the div"]
    entity = lxml.etree.Entity("nbsp")
    entity.tail = " then text"
    div[0].append(entity)
    assert element_lines(div) == ["Inside then text", "after the div"]


def test_a_dropped_root_gives_its_tail_only() -> None:
    body = _body("<p>Text<script>hidden()</script>shown</p>")
    script = body.find(".//script")
    assert element_lines(script) == ["shown"]


def test_nesting_far_past_the_recursion_limit_is_read() -> None:
    root = lxml.etree.Element("div")
    el = root
    for _ in range(20_000):
        el = lxml.etree.SubElement(el, "span")
    el.text = "deep words"
    lxml.etree.SubElement(el, "p").text = "a block"
    assert element_lines(root) == ["deep words", "a block"]
