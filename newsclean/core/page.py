"""A page's text as numbered lines, each either still body or claimed by a rule or a field.

The cleaners only ever *claim* lines (for chrome or for a header field) and never rewrite
them, so whatever is left is article text exactly as the input had it, and ``--explain``
can say where every removed line went.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import lxml.etree

from ..article import Image, Removal
from ..normalize._date_rules import LABELS
from ..normalize.scripts import DENSE
from ..normalize.text import key, squash
from ..rules.vocab import alternation, ordered
from . import jsonld
from .document import element_text
from .learned import LearnedChrome
from .marked import MarkedElements, PageClasses, class_forms

_T = TypeVar("_T")


@dataclass(slots=True)
class Page:
    """Lines of one page and what each has been claimed as."""

    lines: list[str]
    claims: dict[int, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    images: list[Image] = field(default_factory=list)
    truncated: bool = False
    flags: list[str] = field(default_factory=list)
    cut: list[Removal] = field(default_factory=list)
    """Chrome fragments cut out of content lines (glued promos), for ``--explain``."""
    dropped: list[Removal] = field(default_factory=list)
    """Blocks the HTML stage removed before the lines were made (a profile's drop selectors,
    what the main-content extractor left out, text outside the article), for ``--explain``."""
    folders: frozenset[str] = frozenset()
    """The folders of the page's URL as slugs (``normalize.urls.url_folders``): a line that
    spells one of them over the headline is the section the URL files the story in."""
    stated_published: str | None = None
    """The publication date the page's markup states (HTML pages): a shown date days after it
    is one the article speaks of (an event's "When: March 21"), not the page's stamp."""
    _filled: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _filled_of: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _filled_len: int = field(default=0, init=False, repr=False, compare=False)
    _known: dict[Hashable, Any] = field(default_factory=dict, init=False, repr=False,
                                        compare=False)

    def claim(self, index: int, rule: str) -> None:
        """Mark line ``index`` as not article text, remembering the rule (first claim wins)."""
        self.claims.setdefault(index, rule)

    def claimed_by(self, rule: str) -> int | None:
        """The line ``rule`` claimed first (the headline's, the byline's), if any."""
        return next((i for i, taken in self.claims.items() if taken == rule), None)

    def is_free(self, index: int) -> bool:
        return index not in self.claims and bool(self.lines[index].strip())

    def filled(self) -> list[int]:
        """Indexes of the non-blank lines, found once per version of ``lines`` (the stages
        walk them again and again; only :meth:`set_line` edits a line in place)."""
        if self._filled_of is not self.lines or self._filled_len != len(self.lines):
            self._filled = [i for i, line in enumerate(self.lines) if line.strip()]
            self._filled_of, self._filled_len = self.lines, len(self.lines)
            self._known.clear()
        return self._filled

    def of_lines(self, name: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, a reading of the page's lines alone (not of its claims or fields),
        made once per version of the lines: several stages ask for the same one (the site's
        names). Its value must be immutable."""
        self.filled()  # (forgets what was read of lines since edited or replaced)
        if name not in self._known:
            self._known[name] = compute()
        return cast(_T, self._known[name])

    def set_line(self, index: int, text: str) -> None:
        """Edit line ``index`` in place (a prefix or a glued fragment cut off)."""
        self.lines[index] = text
        self._filled_of = None

    def free(self, start: int = 0, stop: int | None = None) -> Iterator[int]:
        """Indexes of unclaimed, non-blank lines from ``start``."""
        filled, claims = self.filled(), self.claims  # a caller may claim as it goes
        end = len(self.lines) if stop is None else stop
        for n in range(bisect_left(filled, start), len(filled)):
            i = filled[n]
            if i >= end:
                return
            if i not in claims:
                yield i

    def next_free(self, start: int) -> int | None:
        return next(self.free(start), None)

    def neighbour(self, index: int, step: int) -> int | None:
        """The nearest non-blank line to ``index`` on one side (``step`` 1: below, -1: above),
        claimed or not."""
        j = index + step
        while 0 <= j < len(self.lines) and not self.lines[j].strip():
            j += step
        return j if 0 <= j < len(self.lines) else None

    def text(self, index: int) -> str:
        return self.lines[index].strip()

    def set_field(self, name: str, value: str, index: int | None = None) -> None:
        """Fill a header field once; the line it came from leaves the body."""
        if name not in self.fields and value:
            self.fields[name] = value
        if index is not None:
            self.claim(index, f"header:{name}")

    def group_after(self, index: int) -> list[int]:
        """Free lines directly following ``index`` up to the next blank line."""
        out: list[int] = []
        i = index + 1
        while i < len(self.lines) and i in self.claims:
            i += 1
        while i < len(self.lines) and self.lines[i].strip():
            if i not in self.claims:
                out.append(i)
            i += 1
        return out

    def body_text(self, indexes: list[int]) -> list[str]:
        """The stripped text of the lines at ``indexes``."""
        lines = self.lines
        return [lines[i].strip() for i in indexes]

    def body_lines(self) -> list[str]:
        claims = self.claims
        return [s for i, line in enumerate(self.lines) if i not in claims and (s := line.strip())]


@dataclass(slots=True)
class Facts:
    """What is known of a page besides its lines: its HTML metadata, an API's JSON, the item
    that carried it. Handed to the one step that builds the Article, so no stage writes an
    Article field after it is built.

    ``stated`` Article fields (by their names) win over what the lines say; ``fallback``
    fields fill only what the lines leave empty; ``language`` is the language the page
    declares; ``truncated`` adds a paywall the markup shows to the ones the lines show.
    ``chrome`` is the chrome learned for the page's host (:mod:`newsclean.core.learned`),
    ``article_text`` the page's JSON-LD ``articleBody``: a line it holds is never learned chrome.
    ``person_byline`` is a byline whose source says it names a person (a JSON-LD Person): it is
    parsed as one (``parse_byline(..., person=True)``), and shown as the page gives it.
    """

    stated: dict[str, Any] = field(default_factory=dict)
    fallback: dict[str, Any] = field(default_factory=dict)
    language: str | None = None
    truncated: bool = False
    chrome: LearnedChrome | None = None
    article_text: str | None = None
    person_byline: str | None = None

    def merged(self, other: Facts | None) -> Facts:
        """These facts with ``other``'s on top (a caller's facts over the page's own)."""
        if other is None:
            return self
        return Facts(
            stated={**self.stated, **other.stated},
            fallback={**self.fallback, **other.fallback},
            language=other.language or self.language,
            truncated=self.truncated or other.truncated,
            chrome=other.chrome or self.chrome,
            article_text=other.article_text or self.article_text,
            person_byline=other.person_byline or self.person_byline,
        )


_STORY_CONTAINERS = frozenset(("article", "header", "main"))
# A <time> inside these belongs to another story or to the site (a teaser's stamp, a footer's
# copyright year), never to the page's article.
_OTHER_CONTAINERS = frozenset(("aside", "footer", "nav"))
_OTHER_MARKS = ("related", "teaser", "card", "trending", "popular", "recommend", "sidebar",
                "widget", "rail", "promo", "comment", "more-", "most-", "most_")  # "most__wrap"
_STORY_ROOTS = frozenset(("article", "main"))
_H1S = 5
# Every element's microdata name, read once (elements' attributes only: see core/marked.py)
# for the dates below and the byline's author marks (core/html.py), each of which walked the
# page for its own.
ITEMPROPS = lxml.etree.XPath("/descendant::*/@itemprop")
# Elements marked as a date by schema.org microdata but not a <meta> or <time>: ``<span
# itemprop="datePublished" content="…">`` or with the date as text.
_ITEMPROP_DATES = frozenset(("datePublished", "dateModified", "dateCreated"))
# Elements whose class names them a date: a visible stamp the page shows ("14.01.2026, 17:05
# Uhr", "2026年03月05日 11:24") when no machine date says it (core/marked.py reads them).
_DATE_WORDS = ordered("date_classes")
_DATE_FORMS = class_forms(_DATE_WORDS)
_DATE_TEXTS = 12
# A stamp line: two labelled stamps after a byline ("By … | Kochi | Published: April 17, 2026
# 08:05 IST | Updated: …") run past 100 characters; the stamp reader stops at 160.
_DATE_TEXT_CHARS = 128


@dataclass(slots=True)
class HeadFacts:
    """The page's machine-readable facts, each read once in one C-level pass over the tree
    and then shared by the metadata and date steps: meta tags, the canonical link, JSON-LD
    (parsed once: every ``<script>`` whose type contains ``ld+json``), ``<title>``, the first
    ``<h1>``s and the ``<time datetime>`` stamps."""

    tags: dict[str, str] = field(default_factory=dict)
    """``property``/``name`` → squashed ``content``, the first non-empty one of each name."""
    metas: list[tuple[tuple[str, str, str, str], str]] = field(default_factory=list)
    """Every ``<meta content>`` in page order: its (property, name, itemprop, http-equiv)
    keys, stripped and case-folded, and its content as given."""
    canonical: str = ""
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    """Every JSON-LD object in document order (``@graph``, lists and nested values)."""
    title: str | None = None
    h1s: list[str] = field(default_factory=list)
    times: list[tuple[str, str, bool]] = field(default_factory=list)
    """``<time datetime>`` in page order: (datetime, itemprop case-folded, has pubdate)."""
    time_texts: dict[str, str] = field(default_factory=dict)
    """A ``<time datetime>``'s value → the wall-clock text it shows ("16:10 Uhr" under "…Z"),
    the first one with text of each value: the offset its page's readers see."""
    story_time: str | None = None
    """The ``datetime`` of the first ``<time>`` inside an article, header or main."""
    page_time: str | None = None
    """The ``datetime`` of the first ``<time>`` outside asides, footers, navigation and
    related/teaser blocks: a header area built outside ``<article>`` still dates the page.
    Neither counts a ``<time>`` in a card beside another story's linked title
    (:func:`in_card`): a page that dates only its rail's stories states no date."""
    itemprop_dates: list[tuple[str, str]] = field(default_factory=list)
    """(itemprop case-folded, value) of microdata dates on elements other than meta/time."""
    root: Any = None
    """The page's tree, for what is read only when the facts above fall short
    (:func:`date_texts`)."""
    itemprops: list[Any] = field(default_factory=list)
    """Every element's ``itemprop`` value in document order, each knowing its element
    (``getparent()``): read once for the microdata dates and the byline's author marks."""
    classes: PageClasses | None = None
    """The tree's class attributes, read once for every reader of class words (dates,
    bylines, headings) while the tree is whole."""


# Meta tags holding a JSON object whose fields other tags give one by one: Parse.ly's older
# "parsely-page" ({"pub_date": …, "author": …}) says what "parsely-pub-date" and
# "parsely-author" say, and is read as those tags (after any the page also has).
_META_JSON: dict[str, dict[str, str]] = {
    "parsely-page": {"pub_date": "parsely-pub-date", "author": "parsely-author",
                     "authors": "parsely-author"},
}


def _expand_meta_json(head: HeadFacts, fields: dict[str, str], value: str) -> None:
    """The tags a JSON meta tag's fields stand for, as if the page had given them."""
    data = jsonld.load(value) if value.lstrip().startswith("{") else None
    if not isinstance(data, dict):
        return
    for field_name, tag in fields.items():
        given = data.get(field_name)
        items = given if isinstance(given, list) else [given]
        text = " and ".join(squash(v) for v in items if isinstance(v, str) and v.strip())
        if text and tag not in head.tags:
            head.tags[tag] = text
            head.metas.append((("", tag, "", ""), text))


def _fold(value: str | None) -> str:
    return (value or "").strip().casefold()


def scan_head(root: Any) -> HeadFacts:
    """The :class:`HeadFacts` of a parsed page (an lxml element tree)."""
    head = HeadFacts()
    for el in root.iter("meta", "link", "script", "title", "h1", "time"):
        tag = el.tag
        if tag == "meta":
            value = el.get("content")
            if value is None:
                continue
            prop, name = el.get("property"), el.get("name")
            keys = (_fold(prop), _fold(name), _fold(el.get("itemprop")),
                    _fold(el.get("http-equiv")))
            head.metas.append((keys, value))
            tag_name = prop or name
            if tag_name and value:
                value = squash(value)
                # RDFa lets one tag carry several properties ("dc:creator og:site_name"): the
                # value is each one's. The first tag giving a name wins.
                for token in tag_name.split() if value else ():
                    head.tags.setdefault(token, value)
                if keys[1] in _META_JSON:
                    _expand_meta_json(head, _META_JSON[keys[1]], value)
        elif tag == "link":
            if not head.canonical and (el.get("rel") or "").lower() == "canonical":
                head.canonical = el.get("href") or ""
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text:
                head.jsonld.extend(jsonld.nodes(jsonld.load(el.text)))
        elif tag == "title":
            if head.title is None:
                head.title = element_text(el) or None
        elif tag == "h1":
            if len(head.h1s) < _H1S:
                text = element_text(el)
                if text:
                    head.h1s.append(text)
        else:
            stamp = el.get("datetime")
            if stamp is None:
                continue
            head.times.append(
                (stamp, (el.get("itemprop") or "").casefold(), el.get("pubdate") is not None)
            )
            if stamp not in head.time_texts and (shown := element_text(el)):
                head.time_texts[stamp] = shown
            if (head.story_time is None or head.page_time is None) and not (
                in_card(el, (head.title, head.tags.get("og:title"))) or after_update_label(el)
            ):
                ancestors = list(el.iterancestors())
                if head.page_time is None and not in_other_story(el, ancestors):
                    head.page_time = stamp
                if head.story_time is None and any(a.tag in _STORY_CONTAINERS for a in ancestors):
                    head.story_time = stamp
    _scan_itemprop_dates(root, head)
    head.root = root
    head.classes = PageClasses(root)
    return head


_UPDATE_LABELS = tuple(label for label, kind, _ in LABELS if kind == "modified")
_SPACED_UPDATE_LABELS = tuple(" " + label for label in _UPDATE_LABELS)
_LABEL_SPAN = 30  # "Updated", "Aktualisiert am", "Actualizado el": a label's last characters


def after_update_label(el: Any) -> bool:
    """True for a ``<time>`` right after an update label ("Updated <time>…</time> · Published
    <time>…</time>"): the header's first stamp is then its modified date, not its published
    one. The label is the text before the element in its parent, or a label element's."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""
    if not before.strip() and prev is not None:
        before = element_text(prev)
    tail = " " + squash(before[-_LABEL_SPAN:]).casefold().rstrip(" :：·|-–—")
    return tail.endswith(_SPACED_UPDATE_LABELS)


def shows_headline(head: HeadFacts, node: dict[str, Any]) -> bool:
    """True when a JSON-LD node's headline is the one the page shows (in its ``<h1>``,
    ``og:title`` or ``<title>``): the node of this article, not of a related story the page
    describes too, maybe first."""
    headline = node.get("headline")
    wanted = key(headline) if isinstance(headline, str) else ""
    if not wanted:
        return False
    shown = (*head.h1s, head.tags.get("og:title"), head.title)
    return any(wanted in key(text) for text in shown if text)


def in_other_story(el: Any, ancestors: list[Any] | None = None) -> bool:
    """True when ``el`` sits in an aside, footer or navigation, or in a block marked as
    related stories, teasers, cards or comments: what it says is not about this article."""
    chain = [el, *(ancestors if ancestors is not None else el.iterancestors())]
    for n, a in enumerate(chain):
        if a.tag in ("body", "html"):
            return False  # a page-wide class ("sidebar-first") says nothing of one block
        if a.tag == "footer" and any(b.tag == "article" for b in chain[n + 1 :]):
            continue  # an article's own footer is about it: its author, its tags
        if a.tag in _OTHER_CONTAINERS:
            return True
        marks = f"{a.get('class') or ''} {a.get('id') or ''}".casefold()
        if marks.strip() and any(m in marks for m in _OTHER_MARKS):
            # a layout's column around the story itself ("sidebar-1" holding the <h1>) is not
            # another story, whatever its class says
            return next(a.iter("h1"), None) is None
        if a.tag in _STORY_ROOTS:
            return False  # a layout's wrapper around the story ("content-rail") is not a card
    return False


_CARD_LEVELS = 3  # a teaser card wraps its byline or stamp two or three elements up
_STOP_CARD = frozenset(("body", "html", "article", "main"))
_HEADING_LINKS = lxml.etree.XPath(
    ".//h2//a[@href] | .//h3//a[@href] | .//h4//a[@href] | .//h5//a[@href]"
    " | .//a[@href][.//h2 or .//h3 or .//h4]"
)
_LINKS = lxml.etree.XPath(".//a[@href]")
_TITLE_WORDS = 3  # "Ferry fares rise": a headline; "Local News", "Jane Doe": a label, a name
_DENSE_TITLE_CHARS = 8  # "港の花火大会、日程決まる"; a CJK name or section is a few characters
_DENSE_CHAR = re.compile(f"[{DENSE}]")
# Links that are no story's title however many words they have: to a place on this page
# ("Leave a comment" → "#respond"), a script, a mail, a share dialog, or a listing of stories
# (an author's, a section's, a tag's page: rules/author_links.txt, rules/listing_paths.txt).
_NOT_TITLE_HREF = re.compile(
    r"^(?:#|javascript:|mailto:|tel:)|#|shar(?:e|er)\b|/intent/"
    rf"|/(?:{alternation((*ordered('author_links'), *ordered('listing_paths')))})(?:/|$)",
    re.IGNORECASE,
)


def in_card(el: Any, titles: tuple[str | None, ...] = ()) -> bool:
    """True for a byline or a stamp in a teaser card no class marks as one: an element a few
    levels up holds another story's linked title (a link in a heading or around one, or a
    link whose text reads as a headline: "<div><a>Ferry fares rise for summer</a><time>")
    and not the page's ``<h1>``. The article's own header holds its headline unlinked; its
    links of a few words are a name, a section or a button. A linked title that ``titles``
    (the page's ``<title>``, ``og:title``) names is this article's, linked to itself as a
    blog's post header links it: no card."""
    box = el
    own: set[Any] | None = None
    for _ in range(_CARD_LEVELS):
        box = box.getparent()
        if box is None or box.tag in _STOP_CARD:
            return False
        if next(box.iter("h1"), None) is not None:
            return False
        if any(not _names_page(a, titles) for a in _HEADING_LINKS(box)):
            return True
        if own is None:
            own = set(el.iter("a"))
        if any(a not in own and _reads_as_title(a) and not _names_page(a, titles)
               for a in _LINKS(box)):
            return True
    return False


def _names_page(link: Any, titles: tuple[str | None, ...]) -> bool:
    """True when a link's text is the page's own headline, as its title gives it."""
    if not titles:
        return False
    text = key(element_text(link))
    return bool(text) and any(text in key(title) for title in titles if title)


# A story's own address ends in a slug of words, a number or a page file ("/local/ferry-fares",
# "/news/articleView.html?idxno=88120", "/2026/03/8812"), or asks for one by a query
# ("?p=8812"); a section's ends in one word ("/politics/").
_STORY_SLUG = re.compile(r"[-_\d]|\.[a-z]{2,5}$")


def _reads_as_title(link: Any) -> bool:
    """A link whose text is a headline's: a few words (or a CJK phrase) to a story's page."""
    href = link.get("href") or ""
    if _NOT_TITLE_HREF.search(href):
        return False
    parts = urlsplit(href)
    if not parts.query and not _STORY_SLUG.search(parts.path.rstrip("/").rpartition("/")[2]):
        return False
    text = element_text(link)
    if len(_DENSE_CHAR.findall(text)) >= _DENSE_TITLE_CHARS:
        return True
    # Words with letters: a date linked to its archive or to the page ("11 febrero, 2026") has
    # three words but one of them a word; a headline has several.
    return sum(not _NUMBER_WORD.fullmatch(word) for word in text.split()) >= _TITLE_WORDS


_NUMBER_WORD = re.compile(r"[\W\d_]+")


def _scan_itemprop_dates(root: Any, head: HeadFacts) -> None:
    head.itemprops = ITEMPROPS(root)
    for name in head.itemprops:
        if name not in _ITEMPROP_DATES:
            continue
        el = name.getparent()
        if el.tag in ("meta", "time"):
            continue  # read above
        value = el.get("content") or el.get("datetime") or element_text(el)
        if value:
            head.itemprop_dates.append((_fold(el.get("itemprop")), value))


_NOT_STAMPS = frozenset(("meta", "script", "style", "time", "body", "html", "article", "main",
                         "section", "header", "footer", "aside", "nav", "ul", "ol", "table"))
_BLOCKS = frozenset(("div", "p", "section", "article", "ul", "ol", "table", "h1", "h2", "h3"))


def date_texts(head: HeadFacts) -> list[str]:
    """Short texts of elements whose class names a date, outside other stories, in page
    order: the visible stamp, read last and only when no machine date was found. Containers
    (an element with blocks inside) are skipped unread: a stamp is a leaf or a line, or a
    wrapper around the one block that holds it (``<div class="date"><div>…</div></div>``)."""
    texts: list[str] = []
    machine: list[str] = []  # a machine date in a stamp's attribute: read before any words
    if head.root is None:
        return texts
    for el in MarkedElements(head.root, _DATE_WORDS, head.classes).holding(_DATE_FORMS):
        if len(texts) + len(machine) >= _DATE_TEXTS:
            break
        if el.tag in _NOT_STAMPS or (
            any(child.tag in _BLOCKS for child in el) and not _wraps_one_leaf(el)
        ):
            continue
        stamp = _attribute_stamp(el)
        text = stamp or element_text(el)
        if text and len(text) <= _DATE_TEXT_CHARS and not in_other_story(el) and not in_card(el):
            (machine if stamp else texts).append(text)
    return machine + texts + _under_headline(head.root)


_ISO_DAY = re.compile(r"^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d\S*)?\s*$")
_EPOCH = re.compile(r"^\s*1\d{9}(?:\d{3})?\s*$")  # seconds (or ms) since 1970: 2001 to 2286
_STAMP_ATTRIBUTE_WORDS = ("date", "time", "publish", "stamp")
_UPDATE_MARKS = ("updat", "modif")


def _attribute_stamp(el: Any) -> str | None:
    """The machine date a stamp element carries in an attribute, more exact than the words it
    shows ("<abbr class='published' title='2026-04-19T08:30:00-05:00'>19 de abril</abbr>",
    "<span class='date' data-published='…'>vor 3 Stunden</span>", a ``data-timestamp`` in
    epoch seconds), as a stamp line: "Updated " before it when the class names an update."""
    for name, value in el.attrib.items():
        if name == "title" or name.startswith("data-"):
            if _ISO_DAY.match(value):
                stamp = value.strip()
            elif name != "title" and _EPOCH.match(value) and any(
                w in name for w in _STAMP_ATTRIBUTE_WORDS
            ):
                seconds = int(value) / (1000 if len(value.strip()) == 13 else 1)
                stamp = datetime.fromtimestamp(seconds, UTC).isoformat()
            else:
                continue
            marks = (el.get("class") or "").casefold()
            return f"Updated {stamp}" if any(m in marks for m in _UPDATE_MARKS) else stamp
    return None


_FOLLOWING = lxml.etree.XPath("following::*[position() <= 60]")
_PROSE_WORDS = 20  # a paragraph this long is the article's text: a stamp comes before it
_LEAVES = 12
_LEAF_CHARS = 120


def headline_leaves(root: Any) -> list[Any]:
    """The short leaf elements after the page's first ``<h1>``, up to the article's first
    paragraph of prose, outside other stories and cards (:func:`in_card`): where a byline or a
    stamp sits that no class
    names ("<div><span>Von Helga Wirth</span><span>18.02.2026, 17:45 Uhr</span></div>")."""
    h1 = next(root.iter("h1"), None)
    leaves: list[Any] = []
    if h1 is None:
        return leaves
    for el in _FOLLOWING(h1):
        if len(leaves) >= _LEAVES:
            break
        if len(el) or el.tag in ("script", "style", "nav", "aside") or in_other_story(el):
            continue  # a leaf holds a stamp; a container's text is its leaves'
        text = element_text(el)
        if el.tag == "p" and len(text.split()) >= _PROSE_WORDS:
            break
        if text and len(text) <= _LEAF_CHARS and not in_card(el):
            leaves.append(el)  # (not a teaser's stamp or byline beside its linked title)
    return leaves


_ABOVE_SIBLINGS = 2  # a kicker and a meta row may sit above the headline, no more


def above_headline_leaves(root: Any) -> list[Any]:
    """The short leaves of the one or two elements set right before the page's first
    ``<h1>`` in its own container ("<div class='meta'><span>By Ana Lis</span></div><h1>"),
    outside other stories; a teaser rail further up is not read."""
    h1 = next(root.iter("h1"), None)
    if h1 is None:
        return []
    leaves: list[Any] = []
    for sibling in list(h1.itersiblings(preceding=True))[:_ABOVE_SIBLINGS]:
        if not isinstance(sibling.tag, str) or in_other_story(sibling):
            continue
        for el in sibling.iter():
            if isinstance(el.tag, str) and not len(el) and el.tag not in ("script", "style"):
                text = element_text(el)
                if text and len(text) <= _LEAF_CHARS:
                    leaves.append(el)
    return leaves


def _under_headline(root: Any) -> list[str]:
    """Stamps no class names: the texts of ``<time>`` elements without a ``datetime``
    ("<time>March 5, 2026</time>") and the headline's short leaves (:func:`headline_leaves`).
    Read after the date-classed texts, as they are."""
    texts = [_attribute_stamp(el) or element_text(el) for el in root.iter("time")
             if el.get("datetime") is None and not in_other_story(el) and not in_card(el)]
    texts += [text for el in [*headline_leaves(root), *above_headline_leaves(root)]
              if len(text := element_text(el)) <= _DATE_TEXT_CHARS]
    return [t for t in texts if t][:_DATE_TEXTS]


def _wraps_one_leaf(el: Any) -> bool:
    return len(el) == 1 and len(el[0]) == 0
