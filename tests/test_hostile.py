"""Hostile input: no crawl ever crashes, no article text is ever lost or invented.

Every file in ``tests/hostile/`` (see its README) and every generated input below goes through
``clean_text``, ``clean_html``, ``parse_byline`` and ``split_caption``. They must not raise
(``clean_text`` raises ``TypeError`` for a non-str, as documented), must not expand entities or
read files, and every body paragraph must be text of the input.

Run time is not asserted. The pathological inputs are sized so that a super-linear regex takes
minutes on them: a slow run of this file *is* the failure signal (see ``--durations``).

The invariant helpers here are shared with ``test_properties.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import pytest
from w3lib.html import remove_tags, remove_tags_with_content, replace_entities

from newsclean import Article, clean_html, clean_text, parse_byline, split_caption
from newsclean.core.decode import decode_html

HOSTILE = Path(__file__).resolve().parent / "hostile"
CORPUS = sorted(p for p in HOSTILE.iterdir() if p.is_file() and p.name != "README.md")

try:
    PASSWD_LINE: str | None = Path("/etc/passwd").read_text().splitlines()[0].strip() or None
except (OSError, IndexError):
    PASSWD_LINE = None

# What entity expansion would put into output; none of these strings occurs in any input.
EXPANSION_MARKERS = ("lollollol", "A" * 40_000)

# ---------------------------------------------------------------------------- invariants

# Characters that are no text: controls (C0 but \t\n\r, DEL, C1), format characters
# (zero-width, direction marks, BOM), surrogates, unassigned and private-use code points
# (the main-content extractor drops them), and U+FFFD (what a decoder puts where bytes
# were no text). textnorm documents dropping them; they count as nothing on both sides.
_NOT_TEXT_TABLE = {
    cp: None
    for cp in range(0x110000)
    if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs", "Cn", "Co") and chr(cp) not in "\t\n\r"
}
_NOT_TEXT_TABLE[0xFFFD] = None
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028]")
# List markers the HTML path puts before list items ("• " from the block walk, "- " from
# the main-content extractor): formatting the cleaner adds, not text.
_BULLETS = re.compile(r"^(?:[•*-] ?)+")
# A table row as the main-content extractor prints it: "| Zona | Locales | Estado |".
_CELL_BARS = re.compile(r"(?:^|(?<= ))\|(?= |$)")


def not_text_removed(text: str) -> str:
    return text.translate(_NOT_TEXT_TABLE)


def norm(text: str) -> str:
    """Text for comparison: NFC, not-text characters dropped and white space removed altogether
    (the cleaner may fold VT/FF/separators into a space or drop them: both are fine)."""
    return "".join(unicodedata.normalize("NFC", not_text_removed(text)).split())


def input_lines(text: str) -> list[str]:
    """The input's lines as the cleaner splits them, whitespace-normalised."""
    return [norm(line) for line in _LINE_BREAK.split(text)]


def paragraphs(article: Article) -> list[str]:
    return [p for p in article.articleBody.split("\n\n") if p.strip()]


def _inline_cuts(article: Article) -> list[str]:
    """Chrome fragments the cleaner cut out of content lines (README: the one exception)."""
    removed = article.metadata.removed or []
    return [r.line for r in removed if r.rule.startswith("generic:inline")]


def _sources_after_cuts(source: str, article: Article) -> list[str]:
    """The source, and the source with each recorded inline cut applied in turn."""
    out = [source]
    current = source
    for fragment in _inline_cuts(article):
        if fragment and fragment in current:
            current = current.replace(fragment, "", 1)
            out.append(current)
    return out


def assert_no_leak(article: Article) -> None:
    """No file content and no expanded entity anywhere in the record."""
    dumped = json.dumps(article.to_dict(), ensure_ascii=False)
    if PASSWD_LINE:
        assert PASSWD_LINE not in dumped, "file content (/etc/passwd) leaked into the output"
    for marker in EXPANSION_MARKERS:
        assert marker not in dumped, "an entity was expanded"


def assert_text_body_from(article: Article, text: str) -> None:
    """Each body paragraph (whitespace-normalised) is text of the input (substring)."""
    assert isinstance(article.articleBody, str)
    sources = [norm(s) for s in _sources_after_cuts(text, article)]
    for para in paragraphs(article):
        p = norm(para)
        assert any(p in s for s in sources), f"body paragraph not in the input: {para[:200]!r}"


def assert_text_body_lines(article: Article, text: str) -> None:
    """Stronger: each body paragraph is a whole line of the input (or one shortened by the
    documented store prefix / inline-chrome cut, which only ever remove text)."""
    lines = set(input_lines(text))
    for src in _sources_after_cuts(text, article)[1:]:
        lines.update(input_lines(src))
    first = next((ln for ln in _LINE_BREAK.split(text) if ln.strip()), "")
    first = not_text_removed(first)
    m = re.match(r"^\s*date \d{4}-\d{2}-\d{2}(?:\s+|$)", first)
    if m:
        lines.add(norm(first[m.end() :]))
    for para in paragraphs(article):
        assert norm(para) in lines, f"body paragraph is not a line of the input: {para[:200]!r}"
    assert len(norm(article.articleBody)) <= len(norm(text))


# Elements a cleaner may leave out of the text (it then glues the text around them).
_NON_CONTENT = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "form", "button", "input", "select", "textarea", "head", "title", "meta", "link",
)  # fmt: skip
_TEXT_PARSER_UTF8 = lxml.html.HTMLParser(
    encoding="utf-8",
    recover=True,
    no_network=True,
    huge_tree=True,
    remove_comments=True,
    remove_pis=True,
)


def html_text_contents(html: str | bytes) -> list[str]:
    """The page's text, parsed without depth limit: whole, without non-content elements,
    and without scripts and styles only (text around a removed element is glued). Bytes are
    read as the browser-like decoder reads them (what the page says), and as libxml2's own
    default would (Latin-1), so either reading counts as the page's text."""
    if isinstance(html, bytes):
        return html_text_contents(decode_html(html).text) + html_text_contents(
            html.decode("latin-1")
        )
    data, parser = html.encode("utf-8", "surrogatepass"), _TEXT_PARSER_UTF8
    if not data.strip():
        return [""]
    out = []
    for strip in ((), _NON_CONTENT, ("script", "style")):
        try:
            root = lxml.html.document_fromstring(data, parser=parser)
        except (lxml.etree.ParserError, ValueError):
            return [""]
        if strip:
            lxml.etree.strip_elements(root, *strip, with_tail=False)
        out.append(str(root.text_content()))
    # An unclosed raw-text element (iframe, textarea) turns the rest of the page into text with
    # its entities still escaped; extractors unescape them.
    out.append(replace_entities(out[0]))
    # libxml2 stops even a huge_tree parse at depth 2048; past that, read the text off the
    # markup itself (tags removed) so the reference holds everything the page says.
    text = data.decode("utf-8", "replace")
    out.append(replace_entities(remove_tags(remove_tags_with_content(text, ("script", "style")))))
    return out


def assert_html_body_from(article: Article, html: str | bytes) -> None:
    """Each body paragraph is read from the page: its words occur in the page text in order
    (list bullets and table cell bars the extractor adds aside). Not a substring test: when a
    broken page runs paragraphs together, removing an ad or aside between them glues their
    text."""
    assert isinstance(article.articleBody, str)
    sources = [
        src
        for content in html_text_contents(html)
        for src in _sources_after_cuts(content, article)
    ]
    for para in paragraphs(article):
        p = _CELL_BARS.sub("", _BULLETS.sub("", para.strip()))
        assert any(drawn_from(p, s) for s in sources), f"paragraph not in the page: {para[:200]!r}"


def drawn_from(part: str, raw: str) -> bool:
    """``part`` is read from ``raw``: its words occur in ``raw`` in order (case-insensitive,
    NFC, not-text characters ignored). Word order and each word's letters are the raw's."""
    hay = unicodedata.normalize("NFC", not_text_removed(raw)).casefold()
    hay = "".join(hay.split())
    pos = 0
    for word in unicodedata.normalize("NFC", not_text_removed(part)).casefold().split():
        at = hay.find(word, pos)
        if at < 0:
            return False
        pos = at + len(word)
    return True


def assert_byline_ok(raw: str) -> None:
    b = parse_byline(raw)
    assert isinstance(b.authors, tuple) and isinstance(b.organizations, tuple)
    for name in b.authors:
        assert isinstance(name, str) and name.strip()
        # word order is the raw's, but "Smith, John" / "DE LA CRUZ, MARIA" put the first name first
        words = name.split()
        rotated = " ".join(words[1:] + words[:1])
        assert drawn_from(name, raw) or drawn_from(rotated, raw), (
            f"author {name!r} not read from {raw[:200]!r}"
        )
        if PASSWD_LINE:
            assert PASSWD_LINE not in name


def assert_caption_ok(raw: str) -> None:
    c = split_caption(raw)
    for part in (c.text, c.credit):
        assert part is None or isinstance(part, str)
        if part:
            assert drawn_from(part, raw), f"{part!r} not read from {raw[:200]!r}"


def assert_empty_body_is_explained(article: Article) -> None:
    """No empty body without a flag that says why (an empty input, nothing parseable, every
    line claimed, ...): a silent empty record reads as "the page had no article"."""
    if not article.articleBody:
        assert article.metadata.flags, "empty body without a flag"


def check_text(text: str, **kw: Any) -> Article:
    article = clean_text(text, explain=True, **kw)
    assert_no_leak(article)
    assert_empty_body_is_explained(article)
    assert_text_body_from(article, text)
    return article


def check_html(html: str | bytes, **kw: Any) -> Article:
    article = clean_html(html, explain=True, **kw)
    assert_no_leak(article)
    assert_empty_body_is_explained(article)
    assert_html_body_from(article, html)
    return article


def check_all(text: str, html: str | bytes | None = None) -> None:
    """Every entry point on one input."""
    check_text(text)
    check_html(text if html is None else html)
    assert_byline_ok(text)
    assert_caption_ok(text)


# ---------------------------------------------------------------------------- corpus


def _decodings(data: bytes) -> Iterator[str]:
    yield data.decode("utf-8", "replace")
    yield data.decode("utf-8", "surrogateescape")  # lone surrogates, as a lax decoder gives
    yield data.decode("latin-1")  # wrong charset: mojibake, C1 controls


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_file(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) < 50_000, "keep corpus files small; generate big inputs in the test"
    for text in _decodings(data):
        check_text(text)
        check_html(text)
        assert_byline_ok(text)
        assert_caption_ok(text)
        for line in text.splitlines()[:100]:
            assert_byline_ok(line)
            assert_caption_ok(line)
    check_html(data)
    check_html(data, url="https://www.inkl.com/news/hostile")
    check_text(data.decode("utf-8", "replace"), url="https://www.newsbreak.com/x/123-hostile")


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 40
    assert (HOSTILE / "README.md").exists()


# ---------------------------------------------------------------------------- no file reads


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SENTINEL-7f3a9c-FILE-CONTENT\n")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">')
    pages = [
        f'<!DOCTYPE html [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
        "<html><body><p>Leak: &leak; end.</p><p>Story text.</p></body></html>",
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY leak SYSTEM "{secret}">]>'
        "<html><body><p>Leak: &leak; end.</p></body></html>",
        f'<!DOCTYPE html SYSTEM "{dtd.as_uri()}"><html><body><p>&leak;</p></body></html>',
        f'<!DOCTYPE x [<!ENTITY % d SYSTEM "{dtd.as_uri()}"> %d;]><html><body><p>&leak;</p>'
        "</body></html>",
        f'<html><body><p>Include</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
        f'href="{secret.as_uri()}" parse="text"/></body></html>',
        f'<html><body><iframe src="{secret.as_uri()}"></iframe><img src="{secret.as_uri()}">'
        f'<object data="{secret.as_uri()}"></object><p>Story text.</p></body></html>',
    ]
    for page in pages:
        for form in (page, page.encode()):
            dumped = json.dumps(clean_html(form).to_dict())
            assert "SENTINEL-7f3a9c" not in dumped
        dumped = json.dumps(clean_text(page).to_dict())
        assert "SENTINEL-7f3a9c" not in dumped


def test_internal_entities_are_not_expanded() -> None:
    page = (
        '<!DOCTYPE x [<!ENTITY boom "EXPANDED-ENTITY-MARKER">]>'
        "<html><body><p>Value: &boom; here.</p><p>Story text.</p></body></html>"
    )
    article = clean_html(page)
    assert "EXPANDED-ENTITY-MARKER" not in article.articleBody
    assert "Story text." in article.articleBody


# ---------------------------------------------------------------------------- generated


def _big(unit: str, size: int = 200_000) -> str:
    return unit * (size // len(unit))


PATHOLOGICAL: dict[str, Callable[[], str]] = {
    "spaces": lambda: "a" + " " * 200_000 + "b",
    "unicode-spaces": lambda: "a" + _big("\u00a0\u2003\u3000\u2029\x85\u1680\t ", 100_000) + "b",
    "dots": lambda: _big("."),
    "ellipses": lambda: _big("…"),
    "commas": lambda: _big(", ") + "x",
    "capitalised-words": lambda: _big("Word "),
    "camel-glued": lambda: _big("AbcDef"),
    "all-caps-words": lambda: _big("JANE DOE "),
    "by-by": lambda: _big("By "),
    "by-glued": lambda: _big("ByJane"),
    "photograph": lambda: _big("Photograph: "),
    "photo-slash": lambda: _big("Photo: X/Y "),
    "credit-dots": lambda: _big("Credit..."),
    "copyright": lambda: _big("© "),
    "names-list": lambda: _big("Jane Doe, "),
    "and-and": lambda: _big("and "),
    "initials": lambda: _big("A. "),
    "open-parens": lambda: _big("("),
    "parens": lambda: _big("(AP Photo) "),
    "dashes": lambda: _big("- "),
    "digits": lambda: _big("1 "),
    "dates": lambda: _big("19 June 2023, "),
    "time-stamps": lambda: _big("9 hours ago "),
    "emails": lambda: _big("a@b."),
    "urls": lambda: _big("http://x "),
    "see-all-our": lambda: _big("See all our "),
    "continue-reading": lambda: _big("Continue reading"),
    "one-long-word": lambda: "x" * 200_000,
    "sentences": lambda: _big("A fox ran. "),
    "many-lines": lambda: _big("Line of text\n"),
    "blank-lines": lambda: _big("\n"),
    "chrome-lines": lambda: _big("Story continues\nAdvertisement\nShare\n"),
    "related-rail": lambda: "Para one.\n\nRelated stories\n" + _big("Some headline\n"),
    "by-lines": lambda: _big("By Jane Doe\n"),
    "caption-lines": lambda: _big("Ducks on the pond. Photograph: Jo Bloggs/AP\n"),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text(name: str) -> None:
    """200 kB inputs: a super-linear regex takes minutes here (watch ``--durations``)."""
    text = PATHOLOGICAL[name]()
    check_text(text)
    assert_byline_ok(text)
    assert_caption_ok(text)
    for line in text.split("\n")[:3]:
        assert_byline_ok(line)
        assert_caption_ok(line)


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_html(name: str) -> None:
    text = PATHOLOGICAL[name]()
    check_html("<html><body><article><p>" + text + "</p></article></body></html>")


DEPTH = 10_000
DEEP_PAGES = {
    "div": ("<div>", "</div>"),
    "inline": ("<b>", "</b>"),
    "span-unclosed": ("<span>", ""),
    "list": ("<ul><li>", "</li></ul>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
}


@pytest.mark.parametrize("kind", sorted(DEEP_PAGES))
def test_deep_nesting_keeps_text(kind: str) -> None:
    """10,000-deep markup: no RecursionError, and no text lost inside or after the nest."""
    open_, close = DEEP_PAGES[kind]
    page = (
        "<html><body><article><p>Intro paragraph before the nest.</p>"
        + open_ * DEPTH
        + "Deep text at the bottom of the nest."
        + close * DEPTH
        + "<p>Closing paragraph after the nest.</p></article></body></html>"
    )
    article = check_html(page)
    body = article.articleBody
    assert "Intro paragraph before the nest." in body
    assert "Deep text at the bottom of the nest." in body, "text inside deep nesting lost"
    assert "Closing paragraph after the nest." in body, "text after deep nesting lost"


def test_deep_jsonld_does_not_crash() -> None:
    for payload in ("[" * DEPTH, '{"a":' * DEPTH + "1" + "}" * DEPTH, "[" * DEPTH + "]" * DEPTH):
        page = (
            '<html><head><script type="application/ld+json">' + payload + "</script></head>"
            "<body><p>Story text next to deep JSON-LD.</p></body></html>"
        )
        article = check_html(page)
        assert "Story text next to deep JSON-LD." in article.articleBody


def test_many_elements_and_attributes() -> None:
    page = "<html><body>" + "<p>Para.</p><p></p><br/>" * 5_000 + "</body></html>"
    check_html(page)
    attrs = " ".join(f'a{i}="{i}"' for i in range(5000))
    check_html(f"<html><body><p {attrs}>Attribute soup paragraph.</p></body></html>")


def test_truncated_at_every_byte_of_a_small_page() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>T</title></head><body><article>"
        "<h1>Caf\u00e9 headline</h1><p>By Jane Doe</p><figure><img src='/a.jpg'>"
        "<figcaption>Ducks. Photograph: Jo Bloggs/AP</figcaption></figure>"
        "<p>First paragraph &amp; more.</p><p>Story continues</p></article></body></html>"
    ).encode()
    for cut in range(len(page)):
        check_html(page[:cut])
        check_text(page[:cut].decode("utf-8", "replace"))


def test_non_str_inputs() -> None:
    for bad in (None, 123, ["list"], bytearray(b"x")):
        with pytest.raises(TypeError):
            clean_text(bad)  # type: ignore[arg-type]
        assert parse_byline(bad).authors == ()  # type: ignore[arg-type]
        assert split_caption(bad).credit is None  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 123, 1.5, ["<p>x</p>"], memoryview(b"<p>x</p>")])
def test_clean_html_non_text_input_is_a_clear_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match="needs str or bytes"):
        clean_html(bad)


def test_empty_inputs() -> None:
    for empty in ("", " ", "\n\n", "\x00", "\ufeff", "\u2028", "\r\n\r\n"):
        a = check_text(empty)
        assert a.articleBody == ""
        assert a.metadata.flags == ["empty-input"]
        assert check_html(empty).articleBody == ""
        assert parse_byline(empty).authors == ()
        assert split_caption(empty).credit is None
    assert check_html(b"").articleBody == ""


@pytest.mark.parametrize(
    "src", ["http://[::1", "http://[bad]/x", "\x00:", "//[", "http://a:99999999/"]
)
def test_bad_image_urls_do_not_crash(src: str) -> None:
    page = f'<figure><img src="{src}"><figcaption>Cap</figcaption></figure><p>Story text.</p>'
    for url in (None, "https://example.org/a", "http://[::1]/x"):
        check_html(page, url=url)


_BAD_PAGE_URLS = ["http://[::1", "https://[bad/x", "http://exa mple.org:99999999/", "//[", "\x00:"]


@pytest.mark.parametrize("url", _BAD_PAGE_URLS)
def test_a_page_url_that_does_not_parse_names_no_host_and_loses_nothing(url: str) -> None:
    text = "A headline for the story\nThe story's first paragraph has words enough to be kept."
    article = clean_text(text, url=url)
    assert article.url == url
    assert "first paragraph" in article.articleBody
    page = (
        "<html><body><article><h1>A headline for the story</h1>"
        "<p>The story's first paragraph has words enough to be kept.</p></article></body></html>"
    )
    assert "first paragraph" in check_html(page, url=url).articleBody


def test_url_host_never_raises() -> None:
    from newsclean.normalize.urls import url_host

    assert [url_host(u) for u in _BAD_PAGE_URLS] == ["", "", "exa mple.org", "", ""]
    assert url_host(" https://News.Example.org./a ") == "news.example.org"
