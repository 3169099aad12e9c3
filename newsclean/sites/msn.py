"""MSN: a JavaScript shell page; the article is the JSON of its content API.

Channel pages list ``…/ar-<ID>`` article pages, which are JavaScript shells; the article is the
JSON of ``https://assets.msn.com/content/view/v2/Detail/<market>/<ID>``, so that is what the
spider requests, and the item carries it as ``msn_json`` (the site's JSON adapter).

The content JSON → Article (core: no Scrapy): its ``body`` is the article's HTML, cleaned
through :func:`newsclean.clean_html` with this profile, and its other fields are more exact
than anything the body shows, so they win: ``title`` → headline, ``abstract`` → description,
``provider.name`` → publisher (the original publisher), ``authors`` → people and
organisations, ``publishedDateTime``/``updatedDateTime`` → dates, ``sourceHref`` → canonical
URL, ``imageResources`` → images (in the order the body references them), with "© Provided by
…" attributions reduced to the provider's name.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import lxml.html

from ..article import Article, Author, Image
from ..core.document import ParsedPage, parse_page
from ..core.header import BY_PREFIX, parse_generic
from ..core.html import clean_tree
from ..core.page import Facts, Page
from ..core.railtail import claim_after_heading
from ..normalize.byline import parse_byline
from ..normalize.caption import split_caption
from ..normalize.dates import parse_date
from ..normalize.text import ends_sentence, squash, word_count
from ..profiles.base import Profile
from .base import JsonAdapter, load_site

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

    from ..scrapy.spiders.base import AggregatorSpider

__all__ = ["SITE", "detail_url", "msn_content_id", "msn_json_to_article"]

NAME = "msn"
JSON_FIELD = "msn_json"
"""Item field holding MSN's content JSON (dict or text); the spider sets it."""

DETAIL_API = "https://assets.msn.com/content/view/v2/Detail/{market}/{id}"
"""Where MSN serves an article's content JSON."""

_AR_URL = re.compile(
    r"^https?://(?:www\.)?msn\.com/(?P<market>[a-z]{2,3}(?:-[a-z]{2,4}){1,2})/(?:[^?#]*/)?"
    r"ar-(?P<id>[A-Za-z0-9]+)"
)
_PROVIDED_BY = re.compile(r"^\s*(?:©|\(c\))?\s*provided by\s+(?P<name>\S.*?)\s*$", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\))\s*")
_LABEL_END = re.compile(r"[:：]\s*$")


def msn_content_id(page_url: str) -> tuple[str, str] | None:
    """``(market, id)`` of an MSN article page URL (``…/en-us/…/ar-AA1zQ4kT``), else None."""
    m = _AR_URL.match(page_url)
    return (m.group("market"), m.group("id")) if m else None


def detail_url(page_url: str) -> str | None:
    """The content-API URL that serves the JSON of an MSN article page, else None."""
    found = msn_content_id(page_url)
    return DETAIL_API.format(market=found[0], id=found[1]) if found else None


def msn_json_to_article(
    data: object,
    *,
    url: str | None = None,
    explain: bool = False,
    now: datetime | None = None,
) -> Article:
    """Turn MSN's content JSON (a dict, or its JSON text as str/bytes) into an :class:`Article`;
    anything else, or JSON that is not an object, raises ``ValueError``.

    ``url`` is the article page URL (``…/ar-<ID>``), which the Article keeps as ``url``.

    >>> art = msn_json_to_article({"title": "Dam opens", "locale": "en-us",
    ...     "body": "<p>The new dam opened on Friday.</p>",
    ...     "provider": {"name": "The Ledger"}, "authors": [{"name": "Jo Bloggs"}],
    ...     "publishedDateTime": "2025-03-18T07:41:22Z"})
    >>> art.headline, art.publisher, art.articleBody, art.datePublished
    ('Dam opens', 'The Ledger', 'The new dam opened on Friday.', '2025-03-18T07:41:22+00:00')
    >>> [a.name for a in art.authors]
    ['Jo Bloggs']
    """
    doc = _load(data)
    body_html = _string(doc.get("body"))
    lang = _string(doc.get("locale"))
    parsed, referenced = _article_html(body_html, lang)
    return clean_tree(
        parsed, url=url, aggregator=NAME, explain=explain, now=now,
        facts=_json_facts(doc, referenced, lang, now),
    )


def _json_facts(
    doc: Mapping[str, Any], referenced: list[str], lang: str, now: datetime | None
) -> Facts:
    """What MSN's JSON states outright: it wins over what the body's lines would give."""
    stated: dict[str, Any] = {"images": list(_images(doc.get("imageResources"), referenced))}
    title = squash(_string(doc.get("title")))
    if title:
        stated["headline"] = title
    stated["description"] = squash(_string(doc.get("abstract"))) or None
    provider = doc.get("provider")
    if isinstance(provider, Mapping) and squash(_string(provider.get("name"))):
        stated["publisher"] = squash(_string(provider.get("name")))
    stated["canonicalUrl"] = _string(doc.get("sourceHref")).strip() or None
    stated.update(_authors(doc.get("authors")))
    stated.update(_dates(doc, now))
    return Facts(stated=stated, language=lang or None)


def _load(data: object) -> Mapping[str, Any]:
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    if isinstance(data, str):
        data = json.loads(data)
    if not isinstance(data, Mapping):
        raise ValueError(f"MSN content JSON must be an object, not {type(data).__name__}")
    return data


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _article_html(body_html: str, lang: str) -> tuple[ParsedPage, list[str]]:
    """A page around the JSON body, parsed once, with MSN's link-rail paragraphs removed; also
    the ids and URLs of the images the body references, in order."""
    referenced: list[str] = []
    head = f'<html lang="{html_lib.escape(lang)}"><head><meta charset="utf-8"></head><body>'
    body = f"<article>{body_html}</article>" if body_html.strip() else ""
    # The page's own parse (libxml2's limits handled as for any page): the tree goes on to
    # clean_tree as it is, not serialised for clean_html to parse again.
    parsed = parse_page(f"{head}{body}</body></html>")
    root = parsed.root
    if root is None or not body:
        return parsed, referenced
    for img in root.iter("img"):
        ref = img.get("data-document-id") or ""
        src = img.get("src") or img.get("data-src") or ""
        referenced.append(ref.rsplit("/", 1)[-1] if ref else src)
        if ref and src:
            referenced.append(src)
    for p in list(_link_rails(root)):
        p.drop_tree()
    return parsed, referenced


def _link_rails(root: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Paragraphs that are only a bold label ("Related:", "Read more:") and links: MSN's
    in-body pointers to other stories, not article text."""
    for p in root.iter("p"):
        children = list(p)
        if not children or (p.text or "").strip():
            continue
        label, rest = children[0], children[1:]
        if label.tag not in ("strong", "b") or not _LABEL_END.search(label.text_content()):
            continue
        if not rest or any(el.tag != "a" for el in rest):
            continue
        if all(not (el.tail or "").strip() for el in children):
            yield p


def _authors(authors: Any) -> dict[str, Any]:
    """People and organisations from the JSON's author list (MSN shows no byline string)."""
    names: list[str] = []
    if isinstance(authors, list):
        for entry in authors:
            name = entry.get("name") if isinstance(entry, Mapping) else entry
            if isinstance(name, str) and name.strip():
                names.append(squash(name))
    if not names:
        return {}
    people: list[Author] = []
    orgs: list[str] = []
    for name in names:
        parsed = parse_byline(name)
        people.extend(Author(name=n, nameRaw=name) for n in parsed.authors)
        orgs.extend(o for o in parsed.organizations if o not in orgs)
    return {"authors": people, "organizations": orgs, "bylineRaw": None}


def _dates(doc: Mapping[str, Any], now: datetime | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for raw_key, iso_name, raw_name in (
        ("publishedDateTime", "datePublished", "datePublishedRaw"),
        ("updatedDateTime", "dateModified", "dateModifiedRaw"),
    ):
        raw = _string(doc.get(raw_key)).strip()
        iso = parse_date(raw, now=now) if raw else None
        if iso:
            out[iso_name], out[raw_name] = iso, raw
    return out


def _images(resources: Any, referenced: list[str]) -> Iterator[Image]:
    """``imageResources`` as Images: those the body references first, in body order, then the
    rest in the JSON's order."""
    if not isinstance(resources, list):
        return
    items = [r for r in resources if isinstance(r, Mapping)]

    def rank(res: Mapping[str, Any]) -> int:
        for i, ref in enumerate(referenced):
            if ref and ref in (_string(res.get("id")), _string(res.get("url"))):
                return i
        return len(referenced)

    for res in sorted(items, key=rank):  # sorted() is stable: unreferenced keep JSON order
        yield _image(res)


def _image(res: Mapping[str, Any]) -> Image:
    caption = squash(_string(res.get("caption")))
    attribution = squash(_string(res.get("attribution")))
    credit = _credit(attribution) if attribution else None
    if caption and not credit:
        cap = split_caption(caption)
        caption, credit = cap.text or "", cap.credit
    return Image(url=_string(res.get("url")) or None, caption=caption or None, credit=credit)


def _credit(attribution: str) -> str | None:
    """The credit of an attribution: "© Provided by X" → "X"; others lose labels and ©."""
    m = _PROVIDED_BY.match(attribution)
    if m:
        return m.group("name")
    cap = split_caption(attribution)
    if cap.credit and not cap.text:
        return cap.credit
    return _COPYRIGHT.sub("", attribution).strip() or None


def check_detail(data: object) -> None:
    """Raise ``ValueError`` unless ``data`` looks like an article's content JSON."""
    if not isinstance(data, dict):
        raise ValueError("content JSON is not an object")
    if not isinstance(data.get("body"), str) and not isinstance(data.get("title"), str):
        raise ValueError("content JSON has neither title nor body")


JSON_ADAPTER = JsonAdapter(
    field=JSON_FIELD, request_url=detail_url, to_article=msn_json_to_article, check=check_detail
)


def spider() -> type[AggregatorSpider]:
    from scrapy import Request
    from scrapy.http import TextResponse

    from ..scrapy.spiders.base import AggregatorSpider, ParseError

    class MsnDetails(AggregatorSpider):

        def article_request(self, url: str) -> Request:
            api = detail_url(url)
            if api is None:  # cannot happen for URLs the profile's pattern accepts
                raise ValueError(f"not an MSN article URL: {url}")
            return Request(api, callback=self.parse_detail, cb_kwargs={"page_url": url})

        def parse_detail(self, response: Response, page_url: str) -> Iterator[dict[str, Any]]:
            """MSN's content JSON of an article → a raw item (``url`` is the ``ar-`` page URL).

            @url https://assets.msn.com/content/view/v2/Detail/en-us/AA1zQ4kT
            @cb_kwargs {"page_url": "https://www.msn.com/en-us/news/world/mongolian-herders-test-satellite-collars-to-track-livestock-through-brutal-winters/ar-AA1zQ4kT"}
            @returns items 1 1
            @returns requests 0 0
            @scrapes url msn_json aggregator
            """
            try:
                data = _detail_json(response)
            except Exception as exc:
                self.parse_failed(response, exc)
                return
            yield {"url": page_url, JSON_FIELD: data, "aggregator": self.profile.name}

    def _detail_json(response: Response) -> dict[str, Any]:
        if not isinstance(response, TextResponse):
            raise ParseError(f"not a text response ({type(response).__name__})")
        data = json.loads(response.text)
        try:
            check_detail(data)
        except ValueError as exc:
            raise ParseError(str(exc)) from None
        return dict(data)

    return MsnDetails

# ---------------------------------------------------------------- page text (parse_msn)
# MSN's page text in every market: brand and top bar, the source and its follow button, the
# attribution row ("Story by A and B • 2h", "Geschichte von …", "Historia de …"), then the
# title. The row anchors the header: every short line above the source is the site's top bar
# (brand, "Sign in", tabs such as "News": a tab, not the story's section), the line right above
# the row (its follow button aside) is the source.

_ROW_WINDOW = 10
"""Free lines from the top within which the attribution row stands."""
_BAR_WORDS = 4
_BAR_CHARS = 32
"""A top-bar item (brand, sign-in button, tab) is this short."""


def _bar_item(text: str) -> bool:
    return word_count(text) <= _BAR_WORDS and len(text) <= _BAR_CHARS and not ends_sentence(text)


_SOURCE_WORDS = 8


def _followed(page: Page, index: int) -> bool:
    """A source name beside its follow button ("Le Soleil de la Capitale" / "Suivre"): the
    publisher's line however many words its name takes."""
    under = page.neighbour(index, 1)
    return (
        under is not None
        and page.claims.get(under) == "msn:follow"
        and word_count(page.text(index)) <= _SOURCE_WORDS
        and not ends_sentence(page.text(index))
    )


def _attribution_row(page: Page) -> int | None:
    """The first line opening with an author marker near the top that names a writer or a
    newsroom ("Historia de Redacción <paper> / EFE"), under a source line."""
    free = list(page.free())[:_ROW_WINDOW]
    for n, i in enumerate(free):
        text = page.text(i)
        if n and BY_PREFIX.match(text):
            parsed = parse_byline(text)
            return i if parsed.authors or parsed.organizations else None
    return None


def parse_msn(page: Page, profile: Profile) -> None:
    """MSN page text: the top bar and source above the attribution row, then the generic
    header (title, caption "© Provided by …", date)."""
    claim_after_heading(page, "msn:tail")
    row = _attribution_row(page)
    if row is not None:
        above = [i for i in page.free() if i < row]
        source = above[-1] if above else None
        if source is not None and (_bar_item(page.text(source)) or _followed(page, source)):
            page.set_field("publisher", page.text(source), source)
            if all(_bar_item(page.text(i)) for i in above[:-1]):
                for i in above[:-1]:
                    page.claim(i, "msn:top-bar")
        page.set_field("bylineRaw", page.text(row), row)
    parse_generic(page, profile)
    _credit_only_caption(page)


def _credit_only_caption(page: Page) -> None:
    """The picture's attribution alone under the headline ("© Provided by X"): the caption
    of a picture with no text, credited to X (the JSON's imageResources give the same)."""
    title = page.claimed_by("header:headline")
    under = None if title is None else page.neighbour(title, 1)
    if under is None or page.images or page.claims.get(under) != "msn:provided-by":
        return
    page.images.append(Image(caption=None, credit=_credit(page.text(under))))
    page.claims[under] = "header:caption"


SITE = load_site(__name__, header_layout=parse_msn, spider=spider, json_adapter=JSON_ADAPTER)
