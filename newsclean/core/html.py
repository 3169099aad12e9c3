"""``clean_html``: an article page's HTML → Article, through the same rules as text.

The profile's selectors (when its URL matches) pick the headline, publisher, byline and body;
pages no profile claims use the page's own metadata and its ``<article>``/``<main>`` element.
Either way the body's text then goes through the text cleaner, so chrome rules live in one place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from html import unescape as unescape_html
from typing import Any, Unpack, overload
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.cssselect import LxmlHTMLTranslator

from ..article import Article, Image, Metadata, Removal
from ..normalize._byline_rules import AUTHOR_MARKERS, CJK_ROLE_SUFFIXES
from ..normalize._date_rules import JSONLD_ARTICLE_TYPES
from ..normalize.byline import parse_byline
from ..normalize.caption import split_caption
from ..normalize.dates import FoundDates, find_dates_in_html
from ..normalize.text import key, normalize_text, squash
from ..profiles import GENERIC, profile_for
from ..profiles.base import Profile
from ..rules.vocab import alternation, ordered, words
from .bodycredit import body_credit
from .document import ParsedPage, element_lines, element_text, parse_page, remove_elements
from .figures import PROMO_SENTENCE
from .header import BY_PREFIX, HEADER_WINDOW
from .holes import restore_holes, without_trailing_heading
from .limits import read_input
from .maincontent import (
    HEADING_WORDS,
    article_chrome,
    crosslink_parts,
    main_content_lines,
    paragraph_chars,
    too_large_for_trafilatura,
)
from .marked import MarkedElements, class_forms
from .options import CleanOptions, check_options
from .page import (
    ITEMPROPS,
    Facts,
    HeadFacts,
    Page,
    above_headline_leaves,
    headline_leaves,
    in_card,
    in_other_story,
    scan_head,
    shows_headline,
)
from .sitename import microdata_publisher, spelt_out, title_site
from .text import clean_page

_BYLINE_STRONG = ordered("byline_classes", "strong")
_BYLINE_WORDS = ordered("byline_classes", "strong", "marks")
_BYLINE_FORMS = class_forms(_BYLINE_WORDS)
# The byline-marked classes (read in the page's one pass over its classes, core/marked.py)
# with schema and rel markup, in document order. Attribute-axis steps scan attributes, not
# elements: one union costs less than one element test with "or". "/descendant::*/@x" reads
# the attributes of elements only ("//@x" steps through every text node too): a fifth less.
# The microdata authors come from the head scan's one read of the page's itemprops
# (``$itemprop``, :func:`_author_itemprops`).
_BYLINE_MARKUP = lxml.etree.XPath(
    "$classed | $itemprop"
    " | /descendant::*/@rel[. = 'author' or contains(concat(' ', ., ' '), ' author ')]/.."
)
# An id marks a byline as a class does ("<p id='byline'>", "<div id='article-author'>"); read
# only when neither byline classes nor meta tags nor JSON-LD name an author (one more walk).
_ID_BYLINE = lxml.etree.XPath(
    "/descendant::*/@id[contains(., 'yline') or contains(., 'uthor')]/.."
)
# The class words read in that one pass: the bylines' here, the headings' in article_chrome.
_MARKED_WORDS = (*_BYLINE_WORDS, *HEADING_WORDS)
# Rarer and foreign marks ("autor", "firma", "signature", "writer"): read only when nothing
# else names the author (their words tested on every class: 0.56 ms a page, median, in a
# pass of their own; 1.45 ms as libxml2's contains() tests).
_MORE_BYLINE_WORDS = ordered("byline_classes", "more")
_MORE_BYLINE_FORMS = class_forms(_MORE_BYLINE_WORDS)
# The attribute axis again: five times faster than testing every element's @role.
_ROLE_MAIN = lxml.etree.XPath("/descendant::*/@role[. = 'main']/..")
_HTML_CSS = LxmlHTMLTranslator()
HUGE_PAGE = "html-huge-page-block-walk"


def clean_html(html: str | bytes, **options: Unpack[CleanOptions]) -> Article:
    """Clean an article page's HTML into an :class:`Article` (options: :class:`CleanOptions`).

    Bytes are decoded as a browser would (:mod:`newsclean.core.decode`), from the BOM, the
    ``content_type`` header, ``encoding`` or the page's ``<meta charset>``; text is taken as
    already decoded, whatever its ``<meta charset>`` says.

    >>> art = clean_html("<html lang='en'><head><title>Dam opens | Ledger</title></head><body>"
    ...     "<article><h1>Dam opens</h1><p>The new dam opened on Friday.</p>"
    ...     "<p>Share</p></article></body></html>")
    >>> art.headline, art.articleBody, art.inLanguage
    ('Dam opens', 'The new dam opened on Friday.', 'en')
    """
    if not isinstance(html, str | bytes):
        raise TypeError(f"clean_html() needs str or bytes, not {type(html).__name__}")
    check_options("clean_html", options)
    html, flags = read_input(html, html=True, options=options)
    return clean_tree(
        parse_page(html),
        url=options.get("url"),
        aggregator=options.get("aggregator"),
        explain=options.get("explain", False),
        now=options.get("now"),
        flags=flags,
        facts=options.get("facts"),
    )


def clean_tree(
    parsed: ParsedPage,
    *,
    url: str | None = None,
    aggregator: str | None = None,
    explain: bool = False,
    now: datetime | None = None,
    flags: list[str] | None = None,
    facts: Facts | None = None,
) -> Article:
    """:func:`clean_html` from its parse on: for a caller that has the page's tree already
    (MSN's JSON body, built and trimmed as a tree), so the page is not serialised and parsed
    again. ``flags`` are the input step's (truncation, decoding)."""
    root = parsed.root
    flags = [*(flags or []), *parsed.flags]
    if root is None:
        return Article(url=url, metadata=Metadata(flags=[*flags, "empty-or-unparseable-html"]))
    profile = profile_for(url, aggregator)
    head = scan_head(root)  # meta, canonical, JSON-LD, title, h1s, <time>: read once, here
    # byline and heading classes: read once, in the one read of the page's classes
    marked = MarkedElements(root, _MARKED_WORDS, head.classes)
    meta = _metadata(root, profile, head, marked, url)
    # "_"-keys are page facts, not header fields: they must not reach the text cleaner's fields.
    hints = {k: v for k, v in meta.items() if not k.startswith("_")}
    # Gates and dates are read from the whole page, before chrome subtrees are dropped.
    gated = any(_compiled(sel)(root) for sel in profile.gate_selectors)
    found = find_dates_in_html(head=head, now=now, url=url)
    dek = _heading_dek(root, meta.get("headline"))
    dropped: list[Removal] | None = [] if explain else None
    _drop_chrome(root, profile, dropped)
    if profile.selectors.get("drop"):
        marked = MarkedElements(root, _MARKED_WORDS)  # the page may have lost some
    # Found on the tree but taken out of the lines: the main-content extractor's choice of
    # container is sensitive to the tree, and dropping a cross-link box between two text
    # blocks made it keep only one of them.
    chrome = _article_chrome_lines(root, marked, url)
    content = _content_root(root, profile)
    images = list(_figures(_figure_elements(root, content, profile), url))
    page_lines = element_lines(root) if explain else []
    lines: list[str] | None = None
    left_out = "html:outside-article"
    if profile is GENERIC and too_large_for_trafilatura(root):
        flags.append(HUGE_PAGE)  # trafilatura would take minutes: our block walk reads it
    elif profile is GENERIC:
        # No profile knows this site: trafilatura finds the main content (it beats our own
        # block walk by 0.15 token F1 on the benchmark); our rules then clean its output.
        lines = main_content_lines(root, url, expected_chars=paragraph_chars(content))
        if lines:
            lines = restore_holes(content, lines)  # a list or table it left out mid-article
        left_out = "main-content:not-kept"
    if lines is None:
        lines = element_lines(content, drop=("figcaption",))
    if chrome:
        lines = _without_chrome(lines, chrome, dropped)
    if profile is GENERIC:
        lines = without_trailing_heading(content, lines)
    if dropped is not None:
        shown = {**hints, "datePublishedRaw": found.published_raw or "",
                 "dateModifiedRaw": found.modified_raw or ""}
        dropped += _left_out(page_lines, lines, images, shown, left_out)
    # One join, one C-level normalise, one split: 43 µs a page (median, benchmark pages)
    # against 113 µs normalising line by line in Python for the same lines.
    page = Page(lines=normalize_text("\n\n".join(lines)).split("\n"), flags=flags,
                dropped=dropped or [], stated_published=found.published)
    if dek:
        _claim_dek(page, dek)
    return clean_page(
        page, profile, url=url, explain=explain, now=now, hints=hints, images=images,
        facts=_page_facts(meta, profile, found, gated, _jsonld_body(head)).merged(facts),
    )


def _page_facts(
    meta: dict[str, str], profile: Profile, found: FoundDates, gated: bool,
    article_text: str | None = None,
) -> Facts:
    """What the markup says of the page beyond its lines: its own URL and summary (the
    meta description wins over a dek the text header reads), its declared language, a
    paywall element, and dates from meta, JSON-LD and ``<time>``, for when the lines show
    none."""
    stated: dict[str, Any] = {"canonicalUrl": _publisher_url(meta.get("_canonical"), profile)}
    if meta.get("_description"):
        stated["description"] = meta["_description"]
    fallback: dict[str, Any] = {}
    if found.published:
        fallback.update(datePublished=found.published, datePublishedRaw=found.published_raw)
    if found.modified:
        fallback.update(dateModified=found.modified, dateModifiedRaw=found.modified_raw)
    return Facts(stated=stated, fallback=fallback, language=meta.get("_lang"), truncated=gated,
                 article_text=article_text, person_byline=meta.get("_bylinePerson"))


def _jsonld_body(head: HeadFacts) -> str | None:
    """The page's JSON-LD ``articleBody`` (the first one given as text): article text by the
    page's own word, which learned chrome never removes."""
    for node in head.jsonld:
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body
    return None


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_DEK_MIN_WORDS = 5  # a sub-headline is a sentence; a one- or two-word heading is a section label


def _heading_dek(root: lxml.html.HtmlElement, headline: str | None) -> str | None:
    """A sub-headline set as a heading right under the headline (``<h1>`` then ``<h2
    class="sub-head">``, before any paragraph): the dek. Readers of the article-extraction
    benchmark leave it out of the body, unlike a lead *paragraph*, which always stays."""
    if not headline:
        return None
    target = key(headline)
    started = False
    for el in root.iter("h1", "p", *_HEADINGS):
        text = element_text(el)
        if not text:
            continue
        if not started:
            started = el.tag == "h1" and (key(text) == target or target in key(text))
            continue
        if el.tag in _HEADINGS and len(text.split()) >= _DEK_MIN_WORDS:
            return text
        return None
    return None


def _claim_dek(page: Page, dek: str) -> None:
    """The dek's line among the page's first lines leaves the body for ``description``."""
    target = key(dek)
    for i in list(page.free())[:HEADER_WINDOW]:
        if key(page.lines[i]) == target:
            page.claim(i, "header:dek-heading")
            page.fields.setdefault("description", dek)
            return


def _first_text(elements: Iterable[lxml.html.HtmlElement]) -> str | None:
    for el in elements:
        text = element_text(el)
        if text:
            return text
    return None


def _first(root: lxml.html.HtmlElement, css: str) -> str | None:
    """Text of the first match of a CSS selector (``::text``-less: the element's whole text)."""
    return _first_text(_compiled(css.replace("::text", ""))(root))


def _headline_h1(h1s: list[str], title: str | None) -> str | None:
    """The page's headline among its ``<h1>``s: the one its title names, without a kicker the
    title leaves out; else the first. A site's logo is often an ``<h1>`` too, and comes first:
    a title naming both ("Headline | Ledger") names the headline at more length."""
    if title:
        named = key(title)
        for h1 in h1s:
            if key(h1).endswith(named) and len(h1) > len(title):
                return title  # the h1 sets a kicker before the headline
        inside = [h1 for h1 in h1s if key(h1) in named]
        if inside:
            return max(inside, key=len)
    return h1s[0] if h1s else None


def _pick(tags: dict[str, str], *names: str) -> str | None:
    return next((tags[n] for n in names if n in tags), None)


def _article_node(head: HeadFacts) -> dict[str, Any]:
    """The JSON-LD node of this article: of the nodes with a headline, the one whose headline
    the page shows, as a page may describe its related stories first; else the first."""
    nodes = [d for d in head.jsonld if "headline" in d]
    if len(nodes) > 1:
        return next((n for n in nodes if shows_headline(head, n)), nodes[0])
    return nodes[0] if nodes else {}


def _metadata(
    root: lxml.html.HtmlElement, profile: Profile, head: HeadFacts,
    marked: MarkedElements | None = None, url: str | None = None,
) -> dict[str, str]:
    sel = profile.selectors
    tags = head.tags
    fields: dict[str, str] = {}
    for name in ("headline", "publisher", "articleSection", "bylineRaw"):
        css = sel.get(name)
        value = _first(root, css) if css else None
        if value:
            fields[name] = value
    article_ld = _article_node(head)
    title = _pick(tags, "og:title", "twitter:title")
    headline = (
        fields.get("headline")
        or _headline_h1(head.h1s, title or head.title)
        or title
        or (article_ld.get("headline") if isinstance(article_ld.get("headline"), str) else None)
    )
    if headline:
        fields["headline"] = headline
    section = article_ld.get("articleSection")
    if "articleSection" not in fields and isinstance(section, str) and section.strip():
        fields["articleSection"] = squash(section)
    fields["_lang"] = root.get("lang") or _pick(tags, "og:locale") or ""
    fields["_canonical"] = head.canonical
    if "publisher" not in fields and profile.aggregator is None:
        # A publisher's own page names itself (aggregators name themselves: their original
        # publisher is what the profile's selectors give).
        site = site_name(tags, head.jsonld) or microdata_publisher(root) or title_site(
            head.title, head.canonical or tags.get("og:url") or url)
        if site:
            # the masthead's link only for a name run together ("TheHill", "floridatoday"),
            # not a plain word ("Healthline"): one more walk over the page
            compact = " " not in site and site != site.capitalize()
            stated = _jsonld_site_names(head.jsonld) + (_home_links(root) if compact else [])
            fields["publisher"] = spelt_out(site, stated, head.title, tags.get("twitter:site"))
    fields["_description"] = _pick(tags, "description", "og:description") or ""
    if "bylineRaw" not in fields:
        byline, person = _page_byline(root, head, article_ld, fields.get("publisher"), marked,
                                      fields.get("headline"))
        if byline:
            fields["bylineRaw"] = byline
            if person:
                fields["_bylinePerson"] = byline  # (for the Article's one parse of it)
    return fields


def _byline_sources(
    root: lxml.html.HtmlElement, head: HeadFacts, article_ld: dict[str, Any],
    site: str | None, candidates: Callable[[Any], list[Any]],
) -> Iterator[tuple[str | None, bool, bool]]:
    """The bylines :func:`_page_byline` weighs, in its order, each read only when asked for,
    with whether reading it walks the page once more and whether its source says it names a
    person (:func:`_person_source`)."""
    yield _shown_byline(root, marked=candidates), False, False
    for value in _author_tags(head.tags):
        if _is_name_like(value) and not _names_site(value, site):
            yield _script_name(value), False, False
    author = _article_author(head.jsonld, _author_node(head.jsonld, article_ld))
    named = _script_name(_jsonld_authors(author))
    yield named, False, _people(author) and _person_source(named, site)
    if "author" not in article_ld:  # schema.org's wider "creator", when no author is given
        yield _script_name(_jsonld_authors(article_ld.get("creator"))), False, False
    labelled = _script_name(_labelled_author(head.tags))
    yield labelled, False, _person_source(labelled, site)
    yield body_credit(root), False, False  # one pass over the paragraphs, no byline markup
    yield _shown_byline(root, marked=_ID_BYLINE), True, False
    yield _shown_byline(root, marked=_more_byline_candidates(head)), True, False
    yield _unmarked_byline(root), True, False


def _script_name(value: str | None) -> str | None:
    """An author tag's or JSON-LD name's value in a script without capitals, read as a byline
    element's text is (:func:`without_byline_label`): a button's words ("点击关注"), a
    sentence or a headline in the author field name no one."""
    if value is None or not _UNSPACED_SCRIPT.search(value):
        return value
    return without_byline_label(value)


# The links to the site's front page ("<a class='logo' href='/'>Gulf Shore Daily</a>"), whose
# text is the site's name as the masthead spells it (or a menu's "Home").
_HOME_LINKS = lxml.etree.XPath("//a[@href='/'][normalize-space()][position() <= 3]")


def _home_links(root: lxml.html.HtmlElement) -> list[str]:
    return [element_text(a) for a in _HOME_LINKS(root)[:3]]


def _page_byline(
    root: lxml.html.HtmlElement, head: HeadFacts, article_ld: dict[str, Any],
    site: str | None, marked: MarkedElements | None, headline: str | None = None,
) -> tuple[str | None, bool]:
    """The article's byline from the sources a page has, most trusted first, and whether its
    source says it names a person: the byline
    markup shown under the headline, the author meta tags, JSON-LD ``author``, the rarer byline
    marks, an unmarked "By …" line. The first that names a person wins; one that names only
    an organisation (a desk in the author tag, "FAIL", a wire beside a named reporter further
    on) is kept only when no later source names a person; one that names neither (the
    newsroom's "Redacción", "Staff") does not stop the walks over the page for a person's
    byline in rarer marks ("<div class='firma'>Por …"); one that is the ``headline`` is
    passed over. Another story's byline (a related
    card's) is the last resort, when no source names anyone and the JSON-LD does not give an
    organisation as the author (a wire's story, the site's own: a card's reporter did not
    write it)."""
    candidates = _byline_candidates(marked or MarkedElements(root, _BYLINE_WORDS), head)
    fallback: tuple[str | None, bool] = (None, False)
    credited = False  # a source read so far names an organisation or a desk
    for byline, walks, person in _byline_sources(root, head, article_ld, site, candidates):
        if walks and credited:
            break  # no walk over the page again for a person when an organisation is named
        if byline and headline and _is_headline(byline, headline):
            continue  # the CMS filled the author field with the story's title
        parsed = parse_byline(byline, person=person) if byline else None
        if parsed and parsed.authors:
            return byline, person
        credited = credited or bool(parsed and (parsed.organizations or parsed.desks))
        fallback = fallback if fallback[0] else (byline, person)
    if fallback[0] or _organisation_author(article_ld):
        return fallback
    return _shown_byline(root, elsewhere=True, marked=candidates), False


def _is_headline(byline: str, headline: str) -> bool:
    """True for a byline that is the headline, or holds it with more around it (a headline of
    a few words: a one-word title may be a name the byline holds): no one's name."""
    wanted, given = key(headline), key(byline)
    return bool(wanted) and (wanted == given or (len(wanted) >= _HEADLINE_IN_BYLINE
                             and wanted in given))


_HEADLINE_IN_BYLINE = 12  # characters of a headline found inside a longer byline text


def _organisation_author(article: dict[str, Any]) -> bool:
    """True when the article node's ``author`` is an organisation (or a list of them)."""
    value = article.get("author")
    items = value if isinstance(value, list) else [value]
    return any(isinstance(item, dict) and _types(item) & _ORGANISATION_TYPES for item in items)


_BYLINE_CANDIDATES = 8
# Meta tags that carry the byline ("byl" is the New York Times' "By …"), most used first.
_META_AUTHORS = ("author", "article:author", "parsely-author", "byl", "sailthru.author",
                 "dc.creator", "dc:creator", "dcterms.creator", "dcterms:creator",
                 "citation_author", "content_author")  # the last: Indonesian portals'


def _author_tags(tags: dict[str, str]) -> list[str]:
    """The author meta tags' values in :data:`_META_AUTHORS` order, their names read in any
    case as browsers and the other extractors read them ("Author", "DC.Creator")."""
    rank = {name: n for n, name in enumerate(_META_AUTHORS)}
    found = sorted((rank[folded], n, value) for n, (name, value) in enumerate(tags.items())
                   if (folded := name.casefold()) in rank)
    return [value for *_, value in found]
_BYLINE_MARKED = 40  # marked elements looked at: a rail of teasers may come first
_BYLINE_CHARS = 200  # a byline element's text past this is no byline
# A full-width bar or an ideographic space needs no spaces around it ("さくら日報｜地域の
# ニュース"): CJK titles set no spaces between words, and neither sits inside a name.
# Meta tags that name the site when neither og:site_name nor JSON-LD does (Dublin Core's
# publisher; the name a phone gives the site's home-screen icon), most used first.
_META_SITE = ("publisher", "dc.publisher", "DC.publisher", "apple-mobile-web-app-title")
# (read only when none of og:site_name, JSON-LD and application-name names the site: as
# rivals they could cut a stated name down to a shorter one it starts with)
_SITE_TAGLINE = re.compile(r"\s+[-|–—:·•]\s+|\s*[｜\u3000]\s*")
_SITE_WORDS = 6  # a site's name is short; a longer first part is a headline, not a name


def site_name(tags: dict[str, str], nodes: list[dict[str, Any]]) -> str | None:
    """The name the page gives its own site: og:site_name, JSON-LD ``publisher.name`` or
    ``isPartOf.name`` (or a bare name), ``application-name``, else a publisher meta tag;
    without a tagline after it ("Ledger - Latest news", "Ledger | News from the valley"):
    the JSON-LD name when the stated one starts with it, else the part before the
    separator."""
    stated = [v.strip() for v in (_pick(tags, "og:site_name"), *_jsonld_site_names(nodes),
                                  _pick(tags, "application-name")) if v and v.strip()]
    if not stated:  # the rarer tags only when none of those names the site
        stated = [v for v in _picks(tags, *_META_SITE) if _is_web_name(v)][:1]
    if not stated:
        return None
    first = stated[0]
    for other in stated[1:]:
        if len(other) < len(first) and key(first).startswith(key(other)):
            return other
    head, *rest = _SITE_TAGLINE.split(first, maxsplit=1)
    if rest and 0 < len(head.split()) <= _SITE_WORDS:
        return head
    return first


def _jsonld_site_names(nodes: list[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for node in nodes:
        for field_name in ("publisher", "isPartOf"):
            value = node.get(field_name)
            for item in value if isinstance(value, list) else [value]:
                name = item.get("name") if isinstance(item, dict) else item  # or a bare name
                if isinstance(name, str) and squash(name):
                    names.append(squash(name))
    # A publisher given by reference ({"@id": …}) names itself in its own node.
    names += [
        squash(n["name"]) for n in nodes
        if _types(n) & _ORGANISATION_TYPES and isinstance(n.get("name"), str) and n["name"].strip()
    ]
    return names


_ORGANISATION_TYPES = frozenset({
    "organization", "newsmediaorganization", "corporation", "organisation", "website",
})


def _types(node: dict[str, Any]) -> set[str]:
    types = node.get("@type")
    return {t.casefold() for t in (types if isinstance(types, list) else [types])
            if isinstance(t, str)}


def _picks(tags: dict[str, str], *names: str) -> list[str]:
    return [tags[n] for n in names if n in tags]


def _names_site(value: str, site: str | None) -> bool:
    """True for an author tag that names the site itself or one of its desks ("东吴网新闻中心",
    "Harbour Ledger Staff"): the publisher crediting itself, not a person."""
    return site is not None and bool(site) and key(site) in key(value)


def _is_web_name(value: str) -> bool:
    """A name, not a URL ("https://facebook.com/…", "www.ledger.example")."""
    return not value.startswith(("http:", "https:", "www.", "/"))


def _is_name_like(value: str) -> bool:
    """A byline's text, not a profile URL ("https://facebook.com/…") or a handle."""
    return not value.startswith(("http:", "https:", "www.", "@", "/"))


# Nodes that describe the page itself: an article, or (older Yoast graphs, no Article node)
# the WebPage, which then carries the author.
_PAGE_TYPES = JSONLD_ARTICLE_TYPES | {"webpage", "itempage", "collectionpage"}


def _author_node(nodes: list[dict[str, Any]], article: dict[str, Any]) -> dict[str, Any]:
    """The node whose ``author`` is the article's: the article node if it names one, else the
    first node of this page that does."""
    if "author" in article:
        return article
    return next((n for n in nodes if "author" in n and _types(n) & _PAGE_TYPES), article)


def _article_author(nodes: list[dict[str, Any]], article: dict[str, Any]) -> Any:
    """The article node's ``author``; where it refers to a node by ``@id`` only, that node."""
    value = article.get("author")
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    items = value if isinstance(value, list) else [value]
    return [by_id.get(i["@id"], i) if isinstance(i, dict) and "@id" in i and "name" not in i
            else i for i in items]


def _labelled_author(tags: dict[str, str]) -> str | None:
    """The ``twitter:dataN`` whose ``twitter:labelN`` says it names the author (Yoast's and
    Ghost's "Written by" / "Ottilie Brandvold", in the site's language)."""
    for n in "1234":
        label = tags.get(f"twitter:label{n}")
        value = squash(tags.get(f"twitter:data{n}") or "")
        if label and value and squash(label).casefold() in _AUTHOR_LABELS:
            return value if _is_name_like(value) else None
    return None


_AUTHOR_LABELS = words("author_meta_labels")


def _person_source(byline: str | None, site: str | None) -> bool:
    """A byline its source says names a person (a JSON-LD Person, a "Written by" tag) is read
    as one (``parse_byline(..., person=True)``: a lone first name, "Josh", reads as an
    organisation's name without the "By" a shown byline carries), unless it is named after
    the site: the CMS account the site posts under stays as it reads."""
    if not byline:
        return False
    return not _names_site(byline, site)


def _people(value: Any) -> bool:
    """True when a JSON-LD ``author`` is one Person node or a list of them only."""
    items = value if isinstance(value, list) else [value]
    return all(isinstance(item, dict) and "person" in _types(item) for item in items)


def _jsonld_authors(value: Any) -> str | None:
    """JSON-LD ``author`` (a name, a Person, or a list of them) as a byline: "A and B".
    Organisations (the site crediting itself) and URLs are not authors."""
    items = value if isinstance(value, list) else [value]
    names = [
        squash(unescape_html(name))  # "Marchett&#233;": some CMSes escape their JSON twice
        for item in items[:10]
        if not (isinstance(item, dict) and _types(item) & _ORGANISATION_TYPES)
        for name in [_person_name(item) if isinstance(item, dict) else item]
        if isinstance(name, str) and name.strip() and _is_name_like(name.strip())
    ]
    return " and ".join(names) if names else None


def _person_name(person: dict[str, Any]) -> Any:
    """A Person node's ``name``, else its ``givenName`` and ``familyName`` joined."""
    if "name" in person:
        return person["name"]
    parts = [person.get("givenName"), person.get("familyName")]
    return " ".join(p for p in parts if isinstance(p, str) and p.strip()) or None


def _byline_candidates(
    marked: MarkedElements, head: HeadFacts | None = None
) -> Callable[[Any], list[Any]]:
    """The byline-marked elements of a page in document order: a byline class, schema or
    rel markup (the schema marks from ``head``'s read of the page, when it read this one)."""
    return lambda root: list(_BYLINE_MARKUP(
        root, classed=marked.holding(_BYLINE_FORMS), itemprop=_author_itemprops(root, head)
    ))


def _author_itemprops(root: lxml.html.HtmlElement, head: HeadFacts | None) -> list[Any]:
    """The elements whose ``itemprop`` names an author (alone or among other names)."""
    names = head.itemprops if head is not None and head.root is root else ITEMPROPS(root)
    return [name.getparent() for name in names
            if name == "author" or " author " in f" {name} "]


def _more_byline_candidates(head: HeadFacts) -> Callable[[Any], list[Any]]:
    """The elements whose class holds one of the rarer byline marks, in document order (from
    the page's classes as the head scan's readers share them)."""
    return lambda root: MarkedElements(root, _MORE_BYLINE_WORDS, head.classes).holding(
        _MORE_BYLINE_FORMS)


def _shown_byline(
    root: lxml.html.HtmlElement,
    *,
    elsewhere: bool = False,
    marked: Callable[[Any], list[Any]] | None = None,
) -> str | None:
    """The visible byline (main-content extractors drop it from the body): the first byline-
    marked element whose text reads as one. A "byline" class is the strongest sign, schema/rel
    markup next; an "About the author" box carries the class too, so each text is parsed.
    A byline in an aside, a related card or a teaser (marked so, or a box holding a linked
    title) is another story's: only with ``elsewhere``, the last resort when no meta or
    JSON-LD names an author either (a site whose menu teases the article itself still names
    its author there; on the Readability pages, requiring the card to hold the headline lost
    three right authors). ``marked`` finds the candidates."""
    found = (marked or _byline_candidates(MarkedElements(root, _BYLINE_WORDS)))(root)
    found.sort(key=lambda el: not any(m in f"{el.get('class') or ''} {el.get('id') or ''}"
                                      .casefold() for m in _BYLINE_STRONG))
    tried: set[str] = set()  # nested byline markup repeats one text: parse it once
    for el in found[:_BYLINE_MARKED]:
        text = byline_text(el, longer_than=_BYLINE_CHARS)
        if text is None:
            continue  # a box of more than a byline's text (an author's bio, a whole column)
        text = text or _microdata_name(el)
        if not text or len(text) > _BYLINE_CHARS or text in tried:
            continue
        tried.add(text)
        if len(tried) > _BYLINE_CANDIDATES:
            break
        if (in_other_story(el) or in_card(el)) != elsewhere:
            continue
        if elsewhere and _in_comments(el):
            continue  # a reader's name: no teaser of this article, unlike a card
        name = without_byline_label(text) or _name_leaf(el)
        parsed = parse_byline(name) if name else None
        if parsed and (parsed.authors or parsed.organizations):
            return (_narrowest(el, found, parsed.authors) or _with_co_authors(el, found)
                    or name)
    return None


def _with_co_authors(el: lxml.html.HtmlElement, found: list[lxml.html.HtmlElement]) -> str | None:
    """The line a byline mark shares with the marks of the other names on it ("By <a
    rel='author'>Ana Lis</a> and <a rel='author'>Tom Kerr</a>"): each mark holds one name,
    the line names them all."""
    line = el.getparent()
    if line is None or not any(o is not el and o.getparent() is line for o in found):
        return None
    text = element_text(line)
    if len(text) > _LINE_CHARS:
        return None
    named = parse_byline(without_byline_label(text) or text).authors
    return text if len(named) > 1 else None


_MICRODATA_NAME = lxml.etree.XPath(".//meta[@itemprop='name']/@content")


def _microdata_name(el: lxml.html.HtmlElement) -> str:
    """A microdata Person that shows nothing but gives its name in a ``<meta itemprop='name'
    content='…'>`` (an author block filled in by script): that name."""
    if el.get("itemprop") != "author":
        return ""
    names = _MICRODATA_NAME(el)
    return squash(str(names[0])) if names else ""


def _in_comments(el: lxml.html.HtmlElement) -> bool:
    """True for an element in a comment thread ("<div class='comments'>", "id='respond'")."""
    for box in el.iterancestors():
        marks = f"{box.get('class') or ''} {box.get('id') or ''}".casefold()
        if "comment" in marks or "respond" in marks:
            return True
    return False


def _name_leaf(el: lxml.html.HtmlElement) -> str | None:
    """In a byline element whose whole text is no name in a script without capitals (a name
    link beside a "关注" button, a date and a source), the first leaf that is one."""
    if not len(el):
        return None
    for leaf in el.iterdescendants():
        if isinstance(leaf.tag, str) and not len(leaf):
            text = element_text(leaf)
            name = without_byline_label(text) if _UNSPACED_SCRIPT.search(text) else None
            if name:
                return name
    return None


def _unmarked_byline(root: lxml.html.HtmlElement) -> str | None:
    """A byline under the headline that no class marks: a line opening with a word that
    introduces its author ("By Ana Lis", "Von Helga Wirth", "Por Irene Soler"), or a link to
    an author's page ("/autores/irene-soler") that reads as a name, with the names beside it.
    The main-content extractor leaves it out of the lines, so the text header never sees it.
    A line just above the headline (a meta row set before it) is read after those under it;
    a label in the line's own text before a linked name ("Posted by <a>Ana Lis</a> on …")
    introduces it as a label element does."""
    for el in [*headline_leaves(root), *above_headline_leaves(root)]:
        if in_card(el):
            continue  # a teaser's "Par Jeanne Roux" under its linked title, past a short story
        text = element_text(el)
        line = el.getparent()
        if text.rstrip(":：").casefold() in _LABELS and line is not None:
            text = element_text(line)  # "<span>作者：</span><span>周雨桐</span>"
        elif el.tag == "a" and line is not None and (line.text or "").strip():
            shown = element_text(line)  # "Posted by <a>Ana Lis</a> on 3 June"
            if (len(shown) <= _LINE_CHARS and BY_PREFIX.match(shown)
                    and text in parse_byline(shown).authors):
                return shown
        if _UNSPACED_SCRIPT.search(text):
            text = _FIELD_BAR.split(text, maxsplit=1)[0]  # "โดย สมชาย ใจดี | 11 มี.ค. 2569"
            labelled = (text.startswith(_SCRIPT_PREFIXES) or text.startswith(_LABEL_WORDS)
                        or text.endswith(CJK_ROLE_SUFFIXES))  # "홍길동 기자", "山田太郎記者"
            name = without_byline_label(text) if labelled else None
            if name and parse_byline(name).authors:
                return name
            continue
        if BY_PREFIX.match(text) and parse_byline(text).authors:
            return text
        if el.tag == "a" and _AUTHOR_PATH.search(el.get("href") or ""):
            if parse_byline(text).authors != (text,):
                continue  # "All authors", "Our staff": the link names no one
            line = el.getparent()  # "<a>Ana Lis</a> y <a>Irene Soler</a>": the whole line
            shown = element_text(line) if line is not None else text
            named = parse_byline(shown).authors if len(shown) <= _LINE_CHARS else ()
            return shown if text in named else text
    return None


# The bar between a byline's fields ("홍길동 기자 | 입력 2026.04.21"): the name is before it.
_FIELD_BAR = re.compile(r"\s+[|｜]\s+|\s*｜\s*")
_AUTHOR_PATH = re.compile(
    rf"/(?:{alternation(ordered('author_links'))})/[^/?#]", re.IGNORECASE
)
_LINE_CHARS = 120


def _narrowest(
    el: lxml.html.HtmlElement, found: list[lxml.html.HtmlElement], authors: tuple[str, ...]
) -> str | None:
    """A byline-marked element inside ``el`` that names the same people: the name without
    the date, section or share buttons its container adds ("Alex Perry" rather than "Tech
    Insider Alex Perry 1 day ago SHARE")."""
    if not authors:
        return None
    inner = set(el.iterdescendants())
    for other in found:
        if other in inner:
            text = byline_text(other)
            name = without_byline_label(text) if text else None
            if name and parse_byline(name).authors == authors:
                return name
    return None


_NOT_NAME_MARKS = ordered("byline_classes", "not-name")
_LABELS = frozenset(AUTHOR_MARKERS)


@overload
def byline_text(el: lxml.html.HtmlElement) -> str: ...


@overload
def byline_text(el: lxml.html.HtmlElement, *, longer_than: int) -> str | None: ...


def byline_text(el: lxml.html.HtmlElement, *, longer_than: int | None = None) -> str | None:
    """A byline element's text as the byline parser should read it: the parts its children's
    classes mark as no part of a name (a desk or section before it, a city, role, date or
    contact link after it: "Lokales | Max Roth" → "Max Roth") replaced by a bar, which keeps
    the parts around them apart, and a label set in an element of its own ("<span>Tekst
    </span> <a>Ana Lis</a>") followed by the ":" the parser needs to tell a label from a
    surname where no "by" word introduces the name. Text is otherwise joined as the page
    prints it (inline elements glued, as ``text_content``). With ``longer_than``: None as
    soon as the text is sure to be longer, before the rest of the element is read (a
    byline-marked box holding a whole column cost 3 ms a page read to its end)."""
    if not len(el):
        return element_text(el)  # the common case: a leaf
    budget = None if longer_than is None else [longer_than]
    try:
        text = " ".join(_byline_raw(el, budget).split())
    except _TooLong:
        return None
    return _BARS.sub(" | ", text).strip(" |")


_BARS = re.compile(r"(?:\s*\|)+\s*")


class _TooLong(Exception):
    """A byline element's text passed the length its reader asked for."""


def _kept_chars(text: str, budget: list[int] | None) -> str:
    """``text``, its characters that every later step keeps (all but white space and bars)
    taken from ``budget``: the text is longer than the budget once that runs out."""
    if budget is not None:
        budget[0] -= len("".join(text.split())) - text.count("|")
        if budget[0] < 0:
            raise _TooLong
    return text


def _byline_raw(el: lxml.html.HtmlElement, budget: list[int] | None = None) -> str:
    parts: list[str] = [_kept_chars(el.text or "", budget)]
    for n, child in enumerate(el):
        if isinstance(child.tag, str):
            marks = (child.get("class") or "").casefold()
            if marks and any(m in marks for m in _NOT_NAME_MARKS):
                parts.append(" | ")
            else:
                text = (_byline_raw(child, budget) if len(child)
                        else _kept_chars(child.text_content(), budget))
                label = n == 0 and not parts[0].strip() and squash(text).casefold() in _LABELS
                parts.append(f"{text}: " if label else text)
        parts.append(_kept_chars(child.tail or "", budget))
    return "".join(parts)


_SCRIPT_PREFIXES = ordered("byline_script_labels", "prefix")
_SCRIPT_SUFFIXES = ordered("byline_script_labels", "suffix")
# Chinese, Japanese and Thai letters: scripts whose names have no capitals and (but for Thai's
# one space) no spaces, so the byline parser reads any text in them as a name.
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Sentence punctuation, or a run of Han characters longer than a name (two to five).
_SENTENCE_MARK = re.compile(r"[。！？，、「」『』（）()!?]|[\u3400-\u9fff]{6,}")
_SCRIPT_NAME_CHARS = 24  # a CJK name is 2-4 characters, a Thai one two words: twice over is ample
_NOT_NAMES = ordered("byline_script_labels", "not-names")
_OTHER_CREDIT = re.compile(
    rf"\s*(?:{alternation(ordered('byline_script_labels', 'credits'))})(?=[\s:：/／])"
)  # the label, then the other name: "摄影 王强", "编辑：孔立" (not "视频推荐", a section)
# The byline parser's labels in these scripts ("作者", "記者", "文"), which open a byline too.
_LABEL_WORDS = tuple(label for label in AUTHOR_MARKERS if _UNSPACED_SCRIPT.search(label))
_DIGIT = re.compile(r"[0-9０-９]")
# Brackets around a whole byline ("【記者 王大明】", "（記者：田中一郎）") and a dateline after
# the name ("王大明／台北報導": place, then "reports").
_BRACKETED = re.compile(r"^[【〔\[（(]\s*(.*?)\s*[】〕\]）)]$")
_PLACE_REPORTS = re.compile(r"\s*[／/]\s*\S{1,8}(?:報導|报道|報道|電|电)$")
# A Korean name is one word of two to four syllables; a longer word or more than three words
# is a headline ("시립미술관 야간 개장 확대").
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]+")
_HANGUL_NAME_SYLLABLES = 4
_HANGUL_NAMES = 3
# Chinese and Japanese letters: a name has two to seven ("佐藤健太", "欧阳娜娜", "ながい みさき"),
# two names a dozen; more is a headline without punctuation ("北陸の温泉街でライトアップ始まる").
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HAN_KANA_NAME_CHARS = 12


def without_byline_label(text: str) -> str | None:
    """A byline element's text in a script without capitals, without its labels ("記者 陳嘉
    欣" → "陳嘉欣", "佐藤花子記者" → "佐藤花子", "ผู้เขียน: สมศรี วงศ์ใหญ่" → the name); None
    when it reads as a sentence, a headline or a button rather than a name. Other scripts'
    bylines are returned as they are: the byline parser reads their labels."""
    if not _UNSPACED_SCRIPT.search(text):
        return text
    name = text.strip()
    bracketed = _BRACKETED.match(name)
    if bracketed:
        name = bracketed.group(1)
    name = _PLACE_REPORTS.sub("", name)
    for prefix in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):].strip(" :：/／")
            break
    credit = _OTHER_CREDIT.search(name)
    if credit and credit.start() > 0:
        name = name[: credit.start()].strip()  # "周雨桐 摄影 王强": the photographer's credit
    for suffix in _SCRIPT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)].strip()
            break
    if not name or len(name) > _SCRIPT_NAME_CHARS or _SENTENCE_MARK.search(name):
        return None
    words = name.split()
    while len(words) > 1 and any(word in words[-1] for word in _NOT_NAMES):
        words.pop()  # "刘建国 关注": a button set after the name
    name = " ".join(words)
    if any(word in name for word in _NOT_NAMES) or _DIGIT.search(name):
        return None  # a button, a source label, a date: no name holds a digit
    if len(_HAN_KANA.findall(name)) > _HAN_KANA_NAME_CHARS:
        return None
    hangul = _HANGUL_WORD.findall(name)
    if len(hangul) > _HANGUL_NAMES or any(len(w) > _HANGUL_NAME_SYLLABLES for w in hangul):
        return None
    return name


def _content_root(root: lxml.html.HtmlElement, profile: Profile) -> lxml.html.HtmlElement:
    css = profile.selectors.get("body")
    if css:
        found = _compiled(css)(root)
        if found:
            return found[0]
    # One C-level pass finds every candidate container (was one tree scan per kind).
    by_kind: dict[str, list[lxml.html.HtmlElement]] = {}
    for el in root.iter("article", "main", "body"):
        by_kind.setdefault(el.tag, []).append(el)
    for kind in ("article", "main", "body"):
        found = by_kind.get(kind, [])
        if kind == "body":
            found = _ROLE_MAIN(root) or found
        if len(found) == 1:
            return found[0]  # the common case: no need to measure text
        if found:
            return max(found, key=lambda el: len(el.text_content()))
    return root


def _drop_chrome(
    root: lxml.html.HtmlElement, profile: Profile, removed: list[Removal] | None
) -> None:
    """Remove the profile's ``drop`` subtrees (ad slots, newsletter boxes, link rails);
    with ``removed``, record each one's text under the selector that matched it."""
    css = profile.selectors.get("drop")
    if not css:
        return
    if removed is None:
        remove_elements(root, _compiled(css)(root))
        return
    found: dict[lxml.html.HtmlElement, str] = {}
    for selector in _selector_list(css):
        for el in _compiled(selector)(root):
            found.setdefault(el, selector)
    for el, selector in found.items():
        if not any(a in found for a in el.iterancestors()):  # a nested match is one block
            removed.extend(Removal(line=line, rule=f"html:drop {selector}")
                           for line in element_lines(el))
    remove_elements(root, found)


def _article_chrome_lines(
    root: lxml.html.HtmlElement, marked: MarkedElements | None = None, url: str | None = None
) -> dict[str, str]:
    """The lines of the blocks :func:`~newsclean.core.maincontent.article_chrome` finds
    (cross-link paragraphs, related blocks, source lines, press contacts, support appeals,
    consent placeholders), each to its rule: their links and headings tell them apart on the
    tree, and are gone in the text. A cross-link's label and headline also count apart, as
    the extractor may print them on two lines."""
    found: dict[str, str] = {}
    for el, rule in article_chrome(root, marked, url):
        parts = crosslink_parts(el) if rule == "html:cross-link" else ()
        for line in (*element_lines(el), *parts):
            found[_chrome_key(line)] = rule
    return found


def _chrome_key(line: str) -> str:
    return key(line.lstrip("-•* "))  # a list item as the extractor or the block walk prints it


def _without_chrome(
    lines: list[str], chrome: dict[str, str], removed: list[Removal] | None
) -> list[str]:
    kept: list[str] = []
    for line in lines:
        rule = chrome.get(_chrome_key(line)) if line.strip() else None
        if rule is None:
            kept.append(line)
        elif removed is not None:
            removed.append(Removal(line=line, rule=rule))
    return kept


def _selector_list(css: str) -> list[str]:
    """A CSS selector list split at its top-level commas (not those inside ``:contains()``)."""
    parts, depth, start, quote = [], 0, 0, ""
    for i, ch in enumerate(css):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(css[start:i].strip())
            start = i + 1
    parts.append(css[start:].strip())
    return [p for p in parts if p]


def _left_out(
    page_lines: list[str], kept: list[str], images: list[Image], fields: dict[str, str],
    rule: str,
) -> list[Removal]:
    """The page's text lines that did not reach the body, each with where it went: a header
    field the page's markup gave, a figure's caption or credit (``images``), else left out by
    the body selection, named by ``rule``."""
    kept_keys = Counter(key(line) for line in kept)
    kept_text = "\n".join(kept_keys)  # an extractor may join several blocks into one line
    field_of = {key(value): name for name, value in fields.items() if value}
    figure_text = {
        key(text) for image in images for text in (image.caption, image.credit) if text
    }
    out: list[Removal] = []
    for line in page_lines:
        k = key(line)
        if kept_keys[k] > 0:
            kept_keys[k] -= 1
        elif k in kept_text:
            continue
        elif k in field_of:
            out.append(Removal(line=line, rule=f"header:{field_of[k]}"))
        elif any(text in k for text in figure_text):
            out.append(Removal(line=line, rule="html:figcaption"))
        else:
            out.append(Removal(line=line, rule=rule))
    return out


def _figure_elements(
    root: lxml.html.HtmlElement, content: lxml.html.HtmlElement, profile: Profile
) -> list[lxml.html.HtmlElement]:
    """The article's figures in document order: the profile's ``figure`` selector (which may
    reach a lead image outside the body), else every ``<figure>`` inside the body."""
    css = profile.selectors.get("figure")
    found: list[lxml.html.HtmlElement] = _compiled(css)(root) if css else []
    return found or _FIGURES(content)


# Compiled once: ``el.xpath(text)`` compiles its expression on every call.
_FIGURES = lxml.etree.XPath(".//figure")
_CAPTIONS = lxml.etree.XPath(".//figcaption")
_IMAGE_SOURCES = lxml.etree.XPath(".//img/@src | .//img/@data-src")


def _figures(figures: list[lxml.html.HtmlElement], url: str | None) -> Iterator[Image]:
    for fig in figures:
        cap_el = _CAPTIONS(fig)
        raw = squash(cap_el[0].text_content()) if cap_el else ""
        src = next(iter(_IMAGE_SOURCES(fig)), None)
        image_url = _absolute(url, str(src)) if src else None
        if not raw and not image_url:
            continue
        cap = split_caption(raw) if raw else None
        text = PROMO_SENTENCE.sub("", cap.text).strip() if cap and cap.text else None
        yield Image(url=image_url, caption=text or None, credit=cap.credit if cap else None)


def _absolute(base: str | None, src: str) -> str | None:
    """``src`` resolved against the page URL; None for a URL that cannot be parsed."""
    try:
        return urljoin(base or "", src)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None


def _publisher_url(canonical: str | None, profile: Profile) -> str | None:
    """``canonicalUrl`` is the publisher's own URL: an aggregator's link to itself is not one."""
    if not canonical:
        return None
    try:
        host = urlsplit(canonical).hostname or ""
    except ValueError:
        return None
    return None if profile.aggregator and profile.claims_host(host) else canonical


@functools.lru_cache(maxsize=256)
def _xpath_of(selector: str) -> str:
    """CSS → XPath once per selector: the translation costs more than running the query."""
    return str(_HTML_CSS.css_to_xpath(selector))


def _compiled(selector: str) -> Callable[[lxml.html.HtmlElement], list[Any]]:
    # Not an ``lxml.etree.XPath`` kept across calls: one calling the CSS translator's
    # ``lower-case()`` (``:contains()``) later failed to find it, its namespace read from
    # freed memory (lxml 6.0); ``root.xpath`` sets its namespaces up on each call.
    path = _xpath_of(selector)
    return lambda root: list(root.xpath(path))
