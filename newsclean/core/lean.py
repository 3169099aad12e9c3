"""trafilatura's main extractor run once on a tree newsclean already parsed, without the work
its public ``extract`` does for callers in general.

``trafilatura.extract`` on an lxml tree copies it four times (its input, the cleaned tree, a
backup of that, and one more inside ``extract_content`` for its wild-text recovery), re-walks
the whole page for a page-text measure (``html2txt``) whenever its result is under 3,000
characters, and serialises through its generic output layer. The article-extraction pages
need none of that on the common path: this module runs the same steps in the same order on one
copy (with its XPaths answered by :mod:`.attrmatch`), and hands any page that would take one
of trafilatura's other roads (a short result, the recall escalation, a thread forum) back to
``trafilatura.extract`` itself, so the output is the same as ``extract(root, fast=True)``.

It relies on trafilatura's internals, pinned in ``pyproject.toml`` (``>=2.3.1,<2.4``)
and checked by ``tests/test_lean.py``; :func:`available` says whether they are there, and
without them newsclean calls ``trafilatura.extract`` as before.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from copy import copy
from types import FunctionType
from typing import Any

import lxml.etree
import lxml.html

from ..normalize.scripts import weighted_length
from .attrmatch import Family, Matcher, translate_union, translated
from .document import PageElement, html_parser

logger = logging.getLogger(__name__)

# trafilatura's recall escalation (core.trafilatura_sequence, stage 4) runs when a result is
# shorter than this and than this share of the page's text.
_ESCALATION_MAX_LENGTH = 3000
_ESCALATION_PAGE_SHARE = 0.2


def _with_globals(func: Any, names: dict[str, Any]) -> Any:
    """trafilatura's ``func`` itself (same code), reading ``names`` in place of its module's
    globals of those names: its XPaths swapped for their :mod:`.attrmatch` translations,
    without changing trafilatura for anyone else. A name the code does not read is an error:
    the internals moved."""
    missing = set(names) - set(func.__code__.co_names)
    if missing:
        raise ImportError(f"{func.__name__} no longer reads {sorted(missing)}")
    clone = FunctionType(func.__code__, {**func.__globals__, **names}, func.__name__,
                         func.__defaults__, func.__closure__)
    clone.__kwdefaults__ = func.__kwdefaults__
    return clone


class Unsure(Exception):
    """The page takes one of trafilatura's other roads: run ``trafilatura.extract`` on it."""


try:  # the internals this module calls; a release that moves them falls back to extract()
    from lxml.etree import strip_elements, strip_tags
    from trafilatura.baseline import _BLOCK_ELEMS, html2txt
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import (
        convert_tags,
        delete_by_link_density,
        link_density_test,
        prune_unwanted_nodes,
        tree_cleaning,
    )
    from trafilatura.main_extractor import _elem_text, prune_unwanted_sections
    from trafilatura.main_extractor import _extract as _trafilatura_extract
    from trafilatura.settings import MANUALLY_CLEANED, MIN_DUPLICATE_LENGTH, Extractor
    from trafilatura.utils import SPACING_PROTECTED, normalize_unicode, text_chars_test
    from trafilatura.xml import delete_element, xmltotxt
    from trafilatura.xpaths import (
        BODY_XPATH,
        DISCARD_IMAGE_ELEMENTS,
        OVERALL_DISCARD_XPATH,
        PRECISION_DISCARD_XPATH,
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        TEASER_DISCARD_XPATH,
    )

    # The two pruning steps before the cleaning, with only deletions in between: one walk.
    _PRUNES = Family([*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH])
    _RAW_PRUNE = _PRUNES.members()[:len(RAW_TREE_PRUNE_XPATH)]
    _COMMENTS_PRUNE = _PRUNES.members()[len(RAW_TREE_PRUNE_XPATH):]
    # The four XPaths trafilatura's section pruning asks of one subtree in turn, answered by
    # one walk (attrmatch.Family); the precision-mode XPaths it never asks here.
    _SECTIONS = Family([*OVERALL_DISCARD_XPATH, *DISCARD_IMAGE_ELEMENTS, *TEASER_DISCARD_XPATH])
    _members = _SECTIONS.members()
    _n = len(OVERALL_DISCARD_XPATH)

    def _link_density_test(element: Any, favor_precision: bool = False) -> tuple[bool, bool]:
        """trafilatura's test, its answer for an element without links (most of those it
        is asked of: every div, list and paragraph, six times over) told by one C-level
        look for the first link instead of its ElementPath ``findall``."""
        if next(element.iterdescendants("ref"), None) is None:
            return False, False
        return link_density_test(element, favor_precision)

    _prune_sections_clone = _with_globals(prune_unwanted_sections, {
        "OVERALL_DISCARD_XPATH": _members[:_n],
        "DISCARD_IMAGE_ELEMENTS": _members[_n:_n + len(DISCARD_IMAGE_ELEMENTS)],
        "TEASER_DISCARD_XPATH": _members[_n + len(DISCARD_IMAGE_ELEMENTS):],
        "PRECISION_DISCARD_XPATH": translated(PRECISION_DISCARD_XPATH),
        "delete_by_link_density": _with_globals(
            delete_by_link_density, {"link_density_test": _link_density_test}
        ),
    })

    def _prune_sections(tree: Any, *args: Any, **kwargs: Any) -> Any:
        with _SECTIONS.on(tree):
            return _prune_sections_clone(tree, *args, **kwargs)

    _extract = _with_globals(_trafilatura_extract, {
        # _extract reads the first element of each container XPath only.
        "BODY_XPATH": [x.first_only() if isinstance(x, Matcher) else x
                       for x in translated(BODY_XPATH)],
        "prune_unwanted_sections": _prune_sections,
    })
    _with_globals(tree_cleaning, {"MANUALLY_CLEANED": []})  # reads it (cloned per page)
    _KEPT_FOR_CLEANING = frozenset(("form", "math"))
    _INTERNALS = True
except (ImportError, ValueError):  # pragma: no cover - depends on the installed trafilatura
    _INTERNALS = False

try:  # the page measure with its cleaning XPath translated; else trafilatura's own
    from trafilatura.baseline import basic_cleaning
    from trafilatura.settings import BASIC_CLEAN_XPATH

    # Its class/id test is an EXSLT re:test, a call back into Python for each element's
    # @class and @id (10 ms and more on a large page); translated, the same elements.
    _page_text = _with_globals(html2txt, {"basic_cleaning": _with_globals(
        basic_cleaning, {"BASIC_CLEAN_XPATH": translate_union(BASIC_CLEAN_XPATH)})})
except (ImportError, NameError, ValueError):  # pragma: no cover - depends on trafilatura
    _page_text = None


def available() -> bool:
    """True when the installed trafilatura has the internals this module calls."""
    return _INTERNALS


@functools.cache
def _options() -> Any:
    """The extraction options newsclean asks of trafilatura: text, tables, no comments, no
    images. Built once (reading trafilatura's config costs 0.1 ms) and only read: the page's
    URL, the one per-page option, serves to resolve image links, which are not asked for."""
    return Extractor(
        output_format="txt", fast=True, comments=False, tables=True, images=False, dedup=False,
    )


def lean_extract(
    root: Any, url: str | None, *, brief_chars: Callable[[], int] | None = None
) -> str:
    """``trafilatura.extract(root, fast=True)``'s text for a page on the common path; raises
    :class:`Unsure` for a page on any other path. Reads a copy of ``root`` (which the caller
    has rid of its dead weight: maincontent drops it before every road). ``brief_chars``,
    asked only of a result under trafilatura's minimum
    length: the length from which it is the whole of a brief, not short (a short one goes to
    trafilatura's rescue, which flattens the page into one line)."""
    if _forum_thread_page(root):
        raise Unsure("thread forum")
    opts = _options()
    tree, present = _lean_copy(root)
    with _PRUNES.on(tree):
        prune_unwanted_nodes(tree, _RAW_PRUNE)
        prune_unwanted_nodes(tree, _COMMENTS_PRUNE)
    cleaned = convert_tags(_tree_cleaning(tree, opts, present), opts, url)
    body, text = _extract(cleaned, opts)[:2]
    # Short by trafilatura's measure, in characters; weighed, a short Chinese or Japanese
    # article is not short, and trafilatura's rescue would flatten it into one line. A weight
    # is never under a length: only a text short in characters is weighed (a scan of it).
    short = (len(text) < opts.min_extracted_size
             and weighted_length(text) < opts.min_extracted_size)
    if len(body) == 0 or (short and (brief_chars is None or len(text) < brief_chars())):
        raise Unsure("short result")  # trafilatura's wild-text recovery and baseline rescue
    if len(text) < _ESCALATION_MAX_LENGTH and _may_escalate(len(text), root):
        raise Unsure("recall escalation may run")
    _tidy(body)
    return str(normalize_unicode(xmltotxt(body, opts.formatting)))


# Element proxies of a tree parsed by lxml.html get their class from a lookup written in
# Python (one call per element touched, a tenth of trafilatura's time); trafilatura needs
# only what every HtmlElement has, which a C-level default lookup gives (and its many
# ``text_content()`` reads are answered in C: document.PageElement).
_PLAIN = html_parser()


def _plain_copy(root: Any) -> Any:
    """A copy of ``root`` in a document whose element proxies are plain ``HtmlElement``,
    without the ``<head>``, which trafilatura's cleaning deletes unread. A page newsclean
    parsed has such proxies already and is copied whole, in one C-level copy, its ``<head>``
    removed after: a sixth faster than copying its children one by one into a new document,
    which re-homes every node of each."""
    if isinstance(root, PageElement):
        tree = copy(root)
        for head in tree.findall("head"):
            tree.remove(head)
        return tree
    return _copy_children(root)


def _copy_children(root: Any) -> Any:
    """``root`` without its ``<head>``, copied child by child into a plain document."""
    tree = lxml.etree.fromstring("<html></html>", _PLAIN)
    tree.attrib.update(root.attrib)
    tree.text = root.text
    for child in root:
        if child.tag != "head":
            tree.append(copy(child))
    return tree


_CUT = "newsclean-cut"


def _lean_copy(root: Any) -> tuple[Any, set[str]]:
    """:func:`_plain_copy` of ``root`` without the elements trafilatura's cleaning deletes
    after its pruning XPaths anyway (navigation, asides, footers, embeds, form controls: two
    fifths of a page's nodes, median, tuning half), so those walks visit fewer nodes and the
    copy copies less; and the names of the cleaning's tags still on the page (:func:`_doomed`).
    Each such element is swapped for an empty mark holding its tail while ``root`` is copied,
    and put back after; the marks are deleted from the copy (their tails joined to the text
    before them). ``root`` is left as it was."""
    doomed, present = _doomed(root)
    swapped = []
    try:
        for el in doomed:  # those inside another too: it is put back whole, as it was
            parent = el.getparent()
            mark = lxml.etree.SubElement(parent, _CUT)  # made in the page's own document
            mark.tail = el.tail
            parent.replace(el, mark)
            swapped.append((el, mark))
        tree = _plain_copy(root)
    finally:
        for el, mark in swapped:
            mark.getparent().replace(mark, el)
    for mark in list(tree.iter(_CUT)):
        delete_element(mark)
    return tree, present


def _doomed(root: Any) -> tuple[list[Any], set[str]]:
    """The elements of trafilatura's cleaning outside ``root``'s ``<head>`` (which the copy
    leaves out) that may go before its pruning, in document order, and the names of those
    kept for the cleaning itself, whose outcome depends on them: forms (kept when they wrap
    the article), ``<math>`` (its formula is salvaged), figures holding a table (turned into a
    div), and any element holding an ``<h1>`` (the infinite-scroll prune keeps a container with
    one). The steps up to the cleaning only delete, so no other of its tags comes back."""
    headed = {a for h1 in root.iter("h1") for a in h1.iterancestors()}
    doomed = []
    present = set()
    for child in root:
        if child.tag == "head":
            continue  # not in the copy
        for el in child.iter(*MANUALLY_CLEANED):
            tag = el.tag
            if tag in _KEPT_FOR_CLEANING or el in headed or (
                tag == "figure" and el.find(".//table") is not None
            ):
                present.add(tag)
            else:
                doomed.append(el)
    return doomed, present


def _tree_cleaning(tree: Any, opts: Any, present: set[str]) -> Any:
    """trafilatura's ``tree_cleaning``, its deletions by tag asked only for the tags that may
    be on the page (``present``): it walks the tree once for each of the fifty it deletes,
    and a page holds a few of them. Its steps before those deletions only strip, delete or
    rename elements to ``div``, never make one of those tags, so the others find nothing."""
    return _cleaning_for(tuple(tag for tag in MANUALLY_CLEANED if tag in present))(tree, opts)


@functools.lru_cache(maxsize=256)
def _cleaning_for(wanted: tuple[str, ...]) -> Any:
    """trafilatura's ``tree_cleaning`` reading ``wanted`` as its tags to delete, made once per
    set of tags (pages hold a few sets): a clone copies its module's globals."""
    return _with_globals(tree_cleaning, {"MANUALLY_CLEANED": list(wanted)})


def _may_escalate(chars: int, root: Any) -> bool:
    """Whether trafilatura's recall escalation may run for a result of ``chars`` characters:
    told by :func:`_page_chars_bound` on most pages, else by ``html2txt`` of the unpruned page
    (a copy and a walk, as trafilatura takes; its pruning only ever shortens the measure)."""
    if chars >= _ESCALATION_PAGE_SHARE * _page_chars_bound(root):
        return False
    return chars < _ESCALATION_PAGE_SHARE * len((_page_text or html2txt)(root))


def _page_chars_bound(tree: Any) -> int:
    """At least the length of trafilatura's page-text measure (``html2txt`` of the pruned
    page: the body's text, whitespace collapsed, a space at each block boundary, some sections
    left out), read from the unpruned page: one C-level text read instead of a copy and a
    walk. A result longer than a fifth of it is sure not to escalate; only a shorter one needs
    the exact measure, which trafilatura then takes."""
    body = tree.find(".//body")
    body = tree if body is None else body
    words = body.text_content().split()
    blocks = sum(1 for _ in body.iter(*_BLOCK_ELEMS))
    return sum(map(len, words)) + len(words) + 2 * blocks


def _tidy(body: Any) -> None:
    """trafilatura's ``extract_content`` after its main pass: drop a block repeating the one
    before, strip consumed and div wrappers, blank whitespace-only line-break tails."""
    previous = None
    for el in list(body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(body, "done")
    strip_tags(body, "div")
    for linebreak in body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
