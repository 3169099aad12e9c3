"""``ReplayMiddleware``: answer every request from stored pages, so a crawl runs offline.

Switched on by ``NEWSCLEAN_REPLAY_DIR``: a folder holding a ``urls.json`` (absolute URL → file
name, relative to that ``urls.json``), or a folder of such folders (every ``*/urls.json`` below
it is read). A value may also be an object ``{"file": ..., "status": 200, "content_type": ...,
"encoding": ...}`` for pages that need more than the defaults.

Every request is answered here and never reaches a download handler: a stored http(s) URL
with its file (status 200; ``HtmlResponse``/``TextResponse``/``Response`` by extension, else by
content), any other URL or scheme (ftp, s3, file, data) with an empty 404 and a warning.
robots.txt requests come through here too (``RobotsTxtMiddleware`` downloads them through the
engine). Stats: ``newsclean/replay/hit`` and ``newsclean/replay/miss``. Place it after
``RobotsTxtMiddleware`` (100) so robots.txt rules still apply, and after ``DownloaderStats``
(850) so replayed requests are counted.

Replay is offline or nothing: only an unset or empty setting turns it off. A folder that cannot
be replayed raises :class:`ReplayConfigError` when the crawl starts, before any request.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from w3lib.url import canonicalize_url

from .settings import check_setting_names

logger = logging.getLogger(__name__)

REPLAY_FLAG = "newsclean-replay"
"""Flag set on every response the middleware makes (``response.flags``)."""

_TYPES: dict[str, tuple[type[Response], str]] = {
    ".html": (HtmlResponse, "text/html"),
    ".htm": (HtmlResponse, "text/html"),
    ".json": (TextResponse, "application/json"),
    ".txt": (TextResponse, "text/plain"),
    ".xml": (XmlResponse, "application/xml"),
}
_SCHEMES = frozenset({"http", "https"})
"""Schemes looked up in the maps; a request of any other (ftp, s3, file, data) is a miss."""
_TEXT_CLASSES: dict[str, type[Response]] = {
    "text/html": HtmlResponse,
    "application/xhtml+xml": HtmlResponse,
    "application/json": TextResponse,
    "text/plain": TextResponse,
    "application/xml": XmlResponse,
    "text/xml": XmlResponse,
}


@dataclass(frozen=True, slots=True)
class StoredPage:
    """One stored answer: the file and how to serve it."""

    path: Path
    status: int = 200
    content_type: str | None = None
    encoding: str | None = None


def url_key(url: str) -> str:
    """The form URLs are matched in (canonical: sorted query, no fragment)."""
    return canonicalize_url(url.strip(), keep_fragments=False)


class ReplayConfigError(ValueError):
    """``NEWSCLEAN_REPLAY_DIR`` is set but cannot be replayed: the crawl must stop, not go online.

    Deliberately not :class:`~scrapy.exceptions.NotConfigured`, which Scrapy reads as "leave
    this middleware out" and would let every request reach the network. Raised from
    :meth:`ReplayMiddleware.from_crawler`, it fails the engine's creation before any request.
    """

    def __init__(self, folder: Path | str, reason: str) -> None:
        self.folder = str(folder)
        self.reason = reason
        super().__init__(f"replay folder {self.folder}: {reason}")


def replay_dir(settings: Any) -> str:
    """The ``NEWSCLEAN_REPLAY_DIR`` setting, stripped; empty means replay is off."""
    return str(settings.get("NEWSCLEAN_REPLAY_DIR") or "").strip()


def check_replay_settings(settings: Any) -> None:
    """Raise before a crawl starts when its settings would not replay (a misspelt
    ``NEWSCLEAN_*`` name, a folder that cannot be replayed): the error the replay middleware
    would raise later, behind the engine's start-up, said first and once."""
    check_setting_names(settings)
    folder = replay_dir(settings)
    if folder:
        load_url_map(Path(folder).expanduser())


def load_url_map(folder: Path) -> dict[str, StoredPage]:
    """Every ``urls.json`` in ``folder`` and its direct sub-folders, as one map.

    Raises :class:`ReplayConfigError` for a folder that is missing, not a folder, empty or
    without maps, and for a map that cannot be read or is not a JSON object.
    """
    if not folder.exists():
        raise ReplayConfigError(folder, "no such folder")
    if not folder.is_dir():
        raise ReplayConfigError(folder, "not a folder")
    try:
        empty = next(folder.iterdir(), None) is None
    except OSError as exc:
        raise ReplayConfigError(folder, f"cannot list it ({exc.strerror or exc})") from exc
    if empty:
        raise ReplayConfigError(folder, "the folder is empty (no urls.json)")
    maps = sorted({*folder.glob("urls.json"), *folder.glob("*/urls.json")})
    if not maps:
        raise ReplayConfigError(folder, "no urls.json in it or in its direct sub-folders")
    pages: dict[str, StoredPage] = {}
    for map_path in maps:
        try:
            entries = json.loads(map_path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ReplayConfigError(
                folder, f"cannot read {map_path} ({exc.strerror or exc})"
            ) from exc
        except ValueError as exc:
            raise ReplayConfigError(folder, f"{map_path} is not valid JSON ({exc})") from exc
        if not isinstance(entries, dict):
            raise ReplayConfigError(folder, f"{map_path} is not a JSON object (URL → file)")
        for url, value in entries.items():
            page = _stored_page(map_path.parent, value)
            if page is None:
                logger.warning("Replay map %s: bad entry for %s: %r", map_path, url, value)
                continue
            pages[url_key(url)] = page
    return pages


def _stored_page(base: Path, value: Any) -> StoredPage | None:
    if isinstance(value, str):
        return StoredPage(path=base / value)
    if isinstance(value, dict) and isinstance(value.get("file"), str):
        status = value.get("status", 200)
        ctype = value.get("content_type")
        enc = value.get("encoding")
        return StoredPage(
            path=base / value["file"],
            status=status if isinstance(status, int) else 200,
            content_type=ctype if isinstance(ctype, str) else None,
            encoding=enc if isinstance(enc, str) else None,
        )
    return None


class ReplayMiddleware:
    """Downloader middleware answering requests from ``NEWSCLEAN_REPLAY_DIR``."""

    def __init__(self, crawler: Crawler, pages: dict[str, StoredPage]) -> None:
        self.crawler = crawler
        self.pages = pages

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """The middleware for ``NEWSCLEAN_REPLAY_DIR``; NotConfigured only when it is unset.

        A bad folder raises :class:`ReplayConfigError`: the crawl fails at start rather than
        going online.
        """
        check_setting_names(crawler.settings)  # NEWSCLEAN_REPLAYDIR must not mean "go online"
        folder = replay_dir(crawler.settings)
        if not folder:
            raise NotConfigured("NEWSCLEAN_REPLAY_DIR is not set")
        try:
            pages = load_url_map(Path(folder).expanduser())
        except ReplayConfigError as exc:
            logger.error("%s; NEWSCLEAN_REPLAY_DIR is set, so the crawl stops here", exc)
            raise
        logger.info("Replaying %d stored pages from %s; nothing is downloaded", len(pages), folder)
        return cls(crawler, pages)

    def process_request(self, request: Request) -> Response:
        """The stored page for ``request``, or a 404 miss: never None, so no download."""
        # Stats are read lazily: since Scrapy 2.18 they do not exist before the crawl starts.
        stats = self.crawler.stats
        scheme = urlsplit(request.url).scheme.lower()
        if scheme not in _SCHEMES:
            return self._miss(request, f"{scheme or 'no'} scheme is never replayed")
        try:
            key = url_key(request.url)
        except ValueError as exc:
            return self._miss(request, f"unusable URL ({exc})")
        page = self.pages.get(key)
        if page is None:
            return self._miss(request, "no stored page")
        try:
            body = page.path.read_bytes()
        except OSError as exc:
            return self._miss(request, f"cannot read {page.path} ({exc})")
        stats.inc_value("newsclean/replay/hit")
        return _response(request, page, body)

    def _miss(self, request: Request, reason: str) -> Response:
        self.crawler.stats.inc_value("newsclean/replay/miss")
        logger.warning("Replay miss: %s for %s, answering 404", reason, request.url)
        return Response(url=request.url, status=404, request=request, flags=[REPLAY_FLAG])


def _response(request: Request, page: StoredPage, body: bytes) -> Response:
    """A response of the class, content type and encoding the stored file calls for."""
    cls, ctype = _kind(page, body)
    common: dict[str, Any] = {
        "url": request.url, "status": page.status, "body": body, "request": request,
        "flags": [REPLAY_FLAG],
    }  # fmt: skip
    if not issubclass(cls, TextResponse):
        return cls(headers={"Content-Type": ctype} if ctype else {}, **common)
    encoding = page.encoding or _encoding(body)
    headers = {"Content-Type": f"{ctype}; charset={encoding}" if encoding else ctype}
    return cls(headers=headers, encoding=encoding, **common)


def _kind(page: StoredPage, body: bytes) -> tuple[type[Response], str]:
    if page.content_type:
        base = page.content_type.split(";")[0].strip().lower()
        return _TEXT_CLASSES.get(base, Response), page.content_type
    by_ext = _TYPES.get(page.path.suffix.lower())
    if by_ext is not None:
        return by_ext
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"\x00" in body[:1024]:
        return Response, "application/octet-stream"
    if head.startswith((b"<!doctype html", b"<html")):
        return HtmlResponse, "text/html"
    if head.startswith(b"<?xml"):
        return XmlResponse, "application/xml"
    if head.startswith((b"{", b"[")):
        return TextResponse, "application/json"
    if _encoding(body):
        return TextResponse, "text/plain"
    return Response, "application/octet-stream"


def _encoding(body: bytes) -> str | None:
    """``utf-8`` when the bytes are UTF-8 (all fixtures are); else None, so Scrapy detects the
    encoding from the page itself (``<meta charset>``, BOM, content)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"
