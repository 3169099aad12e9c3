"""Size limits: no text is lost silently at libxml2's limits, huge pages are read in linear time,
and a body that comes back empty always says why.

All pages here are generated. Run time is not asserted (the scaling table in
``bench/scaling.py`` measures it); these pin what comes out of inputs past the limits.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Article, clean_html, clean_text
from newsclean.core import document as htmltext
from newsclean.core import maincontent
from newsclean.core.html import HUGE_PAGE
from newsclean.core.page import Page
from newsclean.core.text import _empty_body_reason

from .test_hostile import CORPUS, html_text_contents, norm

SENTENCE = "Lorem ipsum dolor sit amet. "
LIBXML2_TEXT_LIMIT = 10_000_000


def _run(size: int, unit: str = SENTENCE) -> str:
    return unit * (size // len(unit))


def _page(body: str, title: str = "Long report") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    )


def _paragraph(i: int) -> str:
    return f"Paragraph number {i} of the long report says little."


# ---------------------------------------------------------------------- libxml2's limits


def test_twelve_megabyte_text_node_is_parsed_whole() -> None:
    big = _run(12_000_000)
    page = _page(f"<p>Intro para.</p><p>{big}</p><p>Outro para.</p>")
    for form in (page, page.encode()):
        parsed = htmltext.parse_page(form)
        assert parsed.root is not None
        texts = [p.text_content() for p in parsed.root.iter("p")]
        assert texts == ["Intro para.", big, "Outro para."]
        assert parsed.flags == [htmltext.HUGE_TEXT_SPLIT]
        assert not list(parsed.root.iter("newsclean-cut")), "the cut elements stay out of the tree"
        # One text node again, as without the limit (lxml re-joins split ones on every read).
        assert parsed.root.xpath("count(//p[2]/text())") == 1


def test_clean_html_keeps_a_text_node_past_the_limit_and_flags_it() -> None:
    big = _run(LIBXML2_TEXT_LIMIT + 500_000)
    article = clean_html(_page(f"<p>Intro para.</p><p>{big}</p><p>Outro para.</p>"))
    assert article.articleBody.split("\n\n") == ["Intro para.", big.strip(), "Outro para."]
    assert htmltext.HUGE_TEXT_SPLIT in article.metadata.flags


def test_run_without_spaces_or_with_entities_keeps_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cut never splits a character reference or a UTF-8 sequence (cut small here)."""
    monkeypatch.setattr(htmltext, "RUN_BYTES", 50)
    monkeypatch.setattr(htmltext, "_SPACE_WINDOW", 10)
    for run in ("x" * 400, "a&amp;b&#233;c" * 40, "é—ü" * 150, "word " * 100, "&eacute;" * 90):
        html = f"<html><body><p>{run}</p><p>end</p></body></html>".encode()
        split = htmltext._split_long_runs(html)
        assert split.count(b"<newsclean-cut>") >= 3
        whole = lxml.html.document_fromstring(html, parser=htmltext._UTF8_PARSER).text_content()
        root = htmltext._parse(split, htmltext._UTF8_PARSER)
        assert root is not None
        assert root.text_content() == whole


def test_cut_never_lands_inside_a_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run ending just past the cut point, then a tag with spaces in it: no cut in the tag."""
    monkeypatch.setattr(htmltext, "RUN_BYTES", 50)
    monkeypatch.setattr(htmltext, "_SPACE_WINDOW", 30)
    for pad in range(40, 70):
        html = ("<p>" + "x" * pad + '<a class="one two" href="/x y">link</a> tail</p>') * 3
        split = htmltext._split_long_runs(html.encode())
        root = htmltext._parse(split, htmltext._UTF8_PARSER)
        assert root is not None
        assert [a.get("class") for a in root.iter("a")] == ["one two"] * 3
        assert [a.get("href") for a in root.iter("a")] == ["/x y"] * 3


def test_split_page_keeps_its_json_ld_and_attributes_whole() -> None:
    """Cuts land in raw text and attribute values too, where the parser keeps them as text:
    they are taken out again, so a long JSON-LD still parses (headline, author)."""
    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "Dam opens", "author": {"name": "Jane Doe"},
         "articleBody": "word " * 10_000}
    )  # fmt: skip
    classes = "c " * 10_000
    page = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        f"<p class='{classes}'>Intro para.</p><p>{_run(LIBXML2_TEXT_LIMIT + 100_000)}</p>"
        "</article></body></html>"
    )
    parsed = htmltext.parse_page(page)
    assert parsed.root is not None and parsed.flags == [htmltext.HUGE_TEXT_SPLIT]
    assert next(parsed.root.iter("script")).text == ld
    assert next(parsed.root.iter("p")).get("class") == classes


def test_too_deep_and_huge_keeps_the_text_after_both() -> None:
    """One limit hides the other (libxml2 stops at the first): both are worked around."""
    big = _run(LIBXML2_TEXT_LIMIT + 200_000)
    for body in (
        "<div>" * 300 + big + "</div>" * 300 + "<p>Outro para.</p>",
        "<div>" * 300 + "Deep text." + "</div>" * 300 + f"<p>{big}</p><p>Outro para.</p>",
    ):
        parsed = htmltext.parse_page(_page("<p>Intro para.</p>" + body))
        assert parsed.root is not None
        text = parsed.root.text_content()
        assert big in text and text.rstrip().endswith("Outro para.")
        assert sorted(parsed.flags) == sorted([htmltext.FLATTENED, htmltext.HUGE_TEXT_SPLIT])


def test_limit_that_cannot_be_worked_around_is_flagged() -> None:
    """An attribute value past 10 MB: no cut can go inside it, so the loss is flagged."""
    attribute = '<p title="' + "x" * (LIBXML2_TEXT_LIMIT + 100_000) + '">Text.</p><p>End.</p>'
    article = clean_html(attribute.encode())
    assert htmltext.TEXT_LOST in article.metadata.flags


def test_a_utf16_page_with_a_huge_run_is_decoded_first_and_recovered() -> None:
    """Bytes are decoded before parsing, so a UTF-16 page is cut like any other."""
    run = _run(LIBXML2_TEXT_LIMIT + 100_000)
    article = clean_html(_page(f"<p>{run}</p>").encode("utf-16"))
    assert htmltext.HUGE_TEXT_SPLIT in article.metadata.flags
    assert len(article.articleBody) >= len(run.strip())


def test_parse_that_silently_keeps_half_the_text_is_flagged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A parser that stops halfway without logging why (as libxml2 did at its limits)."""
    real_parse = htmltext._parse

    def half_parse(html: bytes, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement | None:
        return real_parse(html[: len(html) // 2], parser)

    page = _page("".join(f"<p>{_paragraph(i)}</p>" for i in range(400)))
    assert htmltext.parse_page(page).flags == []
    monkeypatch.setattr(htmltext, "_parse", half_parse)
    assert htmltext.TEXT_LOST in clean_html(page).metadata.flags


@pytest.mark.parametrize(
    "body",
    [
        "<p>" + "&nbsp;&amp;&#8212;" * 3_000 + "</p>",  # entities: many bytes, one character
        "<p>" + "日本語のテキスト。" * 2_000 + "</p>",  # three UTF-8 bytes a character
        "<p>" + "<b>x</b>" * 5_000 + "</p>",  # markup-heavy
        "<!-- " + "comment " * 2_000 + "--><p>Short text.</p>",  # comments are no text
    ],
)
def test_pages_that_lose_nothing_are_not_flagged(body: str) -> None:
    page = _page(body)
    for form in (page, page.encode(), page.encode("utf-16")):
        assert htmltext.TEXT_LOST not in htmltext.parse_page(form).flags


def test_text_after_a_stray_html_end_tag_is_kept() -> None:
    """libxml2 drops all that follows </html>, logging nothing; a browser shows it."""
    for end in ("</html>", "</body></HTML >\n"):
        page = f"<html><body><article><p>First para.</p>{end}<p>Second para.</p></article>"
        article = clean_html(page)
        assert article.articleBody == "First para.\n\nSecond para."
        assert htmltext.TEXT_AFTER_END in article.metadata.flags


@pytest.mark.parametrize(
    "tail",
    ["", "\n<script>var a = '<p>x</p>';</script>\n<!-- build 42 -->\n", "<style>p{}</style>"],
)
def test_html_end_tag_with_nothing_visible_after_changes_nothing(tail: str) -> None:
    page = "<html><head><script>var s = '</html>Not text';</script></head><body><p>Para.</p>"
    parsed = htmltext.parse_page(page + "</body></html>" + tail)
    assert parsed.flags == []
    assert parsed.root is not None
    assert next(parsed.root.iter("script")).text == "var s = '</html>Not text';"


@pytest.mark.parametrize(
    "markup", ["x<" * 100_000, "<" * 200_000, "<!--" * 50_000, "< " * 100_000, "1 < 2 " * 40_000]
)
def test_loss_estimate_is_linear_on_unclosed_markup(markup: str) -> None:
    """200 kB of unclosed "<" and "<!--": a backtracking estimate took 5-16 s on each (a slow
    run of this test is the failure signal, as in test_hostile). An unclosed comment hides the
    rest of the page, as in a browser: that is no text lost."""
    parsed = htmltext.parse_page("<p>Story text.</p>" + markup)
    assert parsed.root is not None
    if markup.startswith("<!--"):
        assert htmltext.TEXT_LOST not in parsed.flags


_MARKUP_PIECES = ["<", ">", "<!--", "-->", "-", "!", "&", "&amp;", "&#8212;", "&#", ";", "a", "1",
                  " ", "\n", "é", "日", "<p>", "</p>", "<b class='x'>", "</HTML>", "</html >",
                  "</htm", "l>"]


@given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=40))
def test_visible_text_count_matches_one_pass_over_comments_tags_and_entities(
    pieces: list[str],
) -> None:
    """The loss estimate counts the page's visible characters in two passes (comments and
    tags, then entities); one pass of the three alternatives is the definition it keeps."""
    html = "".join(pieces).encode()
    one_pass = re.sub(rb"<!--.*?(?:-->|\Z)|<[^<>]*>|&#?[a-zA-Z0-9]{1,32};", b"", html,
                      flags=re.DOTALL)
    assert htmltext.shown_chars(html) == len(one_pass.decode())
    end = re.search(rb"</html\s*>", html, re.IGNORECASE)
    found = htmltext._HTML_END.search(html)
    assert (found and found.span()) == (end and end.span())


_RAW_PIECES = ["<", ">", "-", "--", "<!--", "-->", "<!-->", "<!--->", "<script>", "<SCRIPT type=x>",
               "</script>", "</SCRIPT >", "</script", "<scripts>", "<style>", "</Style\n>",
               "</html>", "</HTML >", "</htm", "l>", "<p>", "</p>", "a", " ", "\n"]
# What a reader does not see around an end tag, as first written: a script or comment read to
# its end by a lazy ".*?", which tries the end at every byte.
_LAZY_RAW = rb"<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)|(</html\s*>)"


@given(st.lists(st.sampled_from(_RAW_PIECES), max_size=30))
def test_end_tag_scan_reads_scripts_and_comments_as_the_lazy_patterns_do(
    pieces: list[str],
) -> None:
    """The end-tag scan reads a script or comment in runs to its end; it must find the same
    spans as the lazy patterns it replaced, or a stray end tag could be read in a script."""
    html = "".join(pieces).encode()
    lazy = re.compile(_LAZY_RAW, re.DOTALL | re.IGNORECASE)
    lazy_unseen = re.compile(_LAZY_RAW + rb"|<[^<>]*>", re.DOTALL | re.IGNORECASE)
    assert [(m.span(), m.group(2)) for m in htmltext._RAW_OR_END.finditer(html)] == [
        (m.span(), m.group(2)) for m in lazy.finditer(html)]
    assert htmltext._UNSEEN.sub(b"", html) == lazy_unseen.sub(b"", html)


def test_end_tag_in_a_long_script_is_told_from_the_real_one() -> None:
    """An "</html>" inside a script of a large page is no end tag: the text after the page's
    own end tag decides, and the page's paragraphs are all kept."""
    script = "<script>var t='<body></body></html>';" + "x=1;" * 60_000 + "</script>"
    page = f"<html><body>{script}<p>Only paragraph.</p></body></html>\n"
    parsed = htmltext.parse_page(page)
    assert parsed.flags == []
    assert parsed.root is not None and "Only paragraph." in parsed.root.text_content()
    stray = page.replace("</body></html>\n", "</html><p>After the end tag.</p>")
    assert htmltext.TEXT_AFTER_END in htmltext.parse_page(stray).flags


_LONG_PIECES = [*_MARKUP_PIECES, "<div class='story-body__inner'>", "<a href='/news/2026/x'>",
                "<!-- <img src='/media/pic.jpg'> -->", "<p data-x='a > b'>", "<<span id='lead-x'>"]


@given(st.lists(st.sampled_from(_LONG_PIECES), max_size=40))
def test_loss_bound_is_never_under_the_visible_text_count(pieces: list[str]) -> None:
    """The cheap bound that rules a loss out first must count at least what the exact
    estimate counts, or a page losing text could go unflagged."""
    html = "".join(pieces).encode()
    assert htmltext.shown_bound(html) >= htmltext.shown_chars(html)


@given(st.lists(st.sampled_from(_LONG_PIECES), max_size=40), st.integers(1, 400),
       st.floats(0.0, 1.0))
def test_bound_read_in_pieces_rules_a_loss_out_as_the_whole_page_does(
    pieces: list[str], copies: int, share: float,
) -> None:
    """The bound is read piece by piece and stops once it rules a loss out; its answer must be
    the answer of the bound of the whole page, for pages of many pieces and any tree size."""
    html = ("".join(pieces) * copies).encode()
    bound = htmltext.shown_bound(html)
    kept = int(bound * share)
    whole = bound - kept < htmltext.LOST_CHARS or kept >= bound * htmltext.LOST_SHARE
    assert htmltext._bound_rules_out(html, kept) == whole


# ---------------------------------------------------------------------- many paragraphs


def test_thirty_thousand_paragraphs_keep_all_their_text() -> None:
    paragraphs = [_paragraph(i) for i in range(30_000)]
    article = clean_html(_page("".join(f"<p>{p}</p>" for p in paragraphs)))
    assert article.articleBody.split("\n\n") == paragraphs
    assert HUGE_PAGE in article.metadata.flags


@pytest.mark.parametrize(("block", "inline"), [("p", "b"), ("p", "a"), ("div", "span")])
def test_block_of_many_inline_elements_keeps_all_its_text(block: str, inline: str) -> None:
    """One paragraph (or div) of 6,000 inline elements: quadratic in trafilatura, so read by
    the block walk, and every word is kept in order."""
    words = [f"word{i}" for i in range(6_000)]
    inner = " ".join(f"<{inline}>{w}</{inline}>" for w in words)
    article = clean_html(_page(f"<{block}>{inner}</{block}>"))
    assert article.articleBody == " ".join(words)
    assert HUGE_PAGE in article.metadata.flags


def test_page_under_the_node_limit_goes_through_trafilatura(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    real = maincontent.main_content_lines

    def counting(*args: object, **kwargs: object) -> list[str] | None:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("newsclean.core.html.main_content_lines", counting)
    page = _page("".join(f"<p>{_paragraph(i)}</p>" for i in range(50)))
    assert HUGE_PAGE not in clean_html(page).metadata.flags
    assert len(calls) == 1
    monkeypatch.setattr(maincontent, "MAX_NODES", 49)
    article = clean_html(page)
    assert HUGE_PAGE in article.metadata.flags and len(calls) == 1
    assert article.articleBody.split("\n\n") == [_paragraph(i) for i in range(50)]


def test_text_input_of_fifty_thousand_lines_keeps_them_all() -> None:
    paragraphs = [_paragraph(i) for i in range(50_000)]
    article = clean_text("Long report\n\n" + "\n\n".join(paragraphs))
    assert article.articleBody.split("\n\n") == paragraphs


# ---------------------------------------------------------------------- empty bodies


def _empty_with(article: Article, *parts: str) -> str:
    assert article.articleBody == ""
    flags = [f for f in article.metadata.flags if f.startswith("empty-body:")]
    assert len(flags) == 1, article.metadata.flags
    for part in parts:
        assert part in flags[0]
    return flags[0]


def test_all_caption_text_is_flagged_with_the_rule() -> None:
    text = "\n\n".join(
        f"{what} at dawn. Photograph: {who}/AP"
        for what, who in (("Ducks", "Jo Bloggs"), ("A heron", "Ann Lee"), ("Geese", "Sam Roe"))
    )
    flag = _empty_with(clean_text(text), "every line claimed", "header:caption ×3")
    assert flag == "empty-body: every line claimed (header:caption ×3)"


def test_all_header_text_is_flagged_with_its_rules() -> None:
    article = clean_text("Dam opens after ten years\n\nBy Jane Doe\n\nJune 19, 2023")
    _empty_with(article, "header:headline ×1", "header:bylineRaw ×1")


def test_paywall_stub_is_flagged_with_the_gate() -> None:
    article = clean_text("Dam opens after ten years\n\nSubscribe to continue reading")
    _empty_with(article, "generic:paywall ×1")


def test_all_chrome_text_keeps_its_text_flagged() -> None:
    article = clean_text("Share\n\nAdvertisement\n\nStory continues")
    assert article.articleBody.split("\n\n") == ["Share", "Advertisement", "Story continues"]
    assert article.metadata.flags == ["all-text-matched-chrome"]


def test_many_rules_are_named_most_lines_first_and_cut_short() -> None:
    lines = ["Cap one.", "Cap two.", "Cap three.", "Title", "Byline", "Share", "Ad", "Menu"]
    rules = ["caption", "caption", "caption", "header:headline", "header:bylineRaw",
             "generic:ui", "generic:ui", "generic:advertisement"]  # fmt: skip
    page = Page(lines=lines, claims=dict(enumerate(rules)))
    assert _empty_body_reason(page) == (
        "empty-body: every line claimed (caption ×3, generic:ui ×2, generic:advertisement ×1,"
        " header:bylineRaw ×1, …)"
    )


def test_html_page_of_nothing_but_a_figure_is_flagged() -> None:
    figure = (
        "<figure><img src='/ducks.jpg'><figcaption>Ducks on the pond at dawn. "
        "Photograph: Jo Bloggs/AP</figcaption></figure>"
    )
    for page in (_page(figure, title="Ducks at dawn"), f"<html><body><article>{figure}</article>"):
        article = clean_html(page)
        _empty_with(article)
        assert article.images and article.images[0].url == "/ducks.jpg"


def test_html_page_whose_main_content_is_empty_is_flagged() -> None:
    page = (
        '<html><head><meta property="og:title" content="Dam opens"></head><body><article>'
        "</article><aside>Other stories from the aside.</aside></body></html>"
    )
    _empty_with(clean_html(page), "the main content holds no text")


def test_inputs_without_text_are_not_flagged_empty() -> None:
    for empty in ("", " \n\n ", "\u2028"):
        assert not [f for f in clean_text(empty).metadata.flags if f.startswith("empty-body")]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_empty_body_from_text_always_carries_a_flag(path: Path) -> None:
    data = path.read_bytes()
    text = data.decode("utf-8", "replace")
    article = clean_text(text)
    if not article.articleBody and norm(text):
        assert article.metadata.flags, "an input with text came back empty and unflagged"
    for form in (text, data):
        article = clean_html(form)
        if not article.articleBody and norm(html_text_contents(form)[-1]):
            assert article.metadata.flags, "a page with text came back empty and unflagged"
