"""Where learned-chrome counts live: a small interface, its SQLite backend, and the bound both
backends keep (:class:`Bound`; the Redis backend is :mod:`newsclean.learn.redis_store`).

The counts are integers only (host names, line and page fingerprints, page counts, flags), so
what is read from disk is data, never code. SQLite runs in WAL mode with one ``BEGIN
IMMEDIATE`` transaction per page, so several crawl processes can share one file.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..core.learned import Learned, Policy, Sighting
from ..redisconn import is_redis_url, masked

DEFAULT_PATH = ".newsclean/chrome.sqlite"
ENV_PATH = "NEWSCLEAN_CHROME_DB"
APPLICATION_ID = 0x6E63_6C63  # "nclc": marks the file as a newsclean chrome store
SCHEMA_VERSION = 2  # 2: lines.keep, pages.seen, hosts.lines, for the bound (1 is upgraded in place)
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another process's transaction
MAX_LINES = 10_000
"""Lines (and remembered pages) kept per host by default: see :class:`Bound`."""


@dataclass(frozen=True, slots=True)
class Bound:
    """How much a store keeps per host, so that a long crawl cannot grow it without end.

    Each host keeps about ``max_lines`` lines (cut back to it whenever it passes
    :attr:`most_held`) and remembers its last ``max_lines`` pages (an older page crawled again
    counts again). Each line has a retention score: the host's page
    sequence number when it was last seen, plus ``step`` pages for each page it was seen on
    (up to ``most`` of them), plus ``article_bonus`` once it was seen as article text. Past
    ``max_lines``, the lines with the lowest scores go: the ones seen on few pages long ago
    (a story's own lines), never a line seen on every page lately (chrome), and an article
    mark outlives the count of a line that was never article text."""

    max_lines: int = MAX_LINES
    step: int = 10
    most: int = 100
    article_bonus: int = 1000

    def __post_init__(self) -> None:
        if self.max_lines < 1:
            raise ValueError(f"max_lines must be at least 1, not {self.max_lines}")

    @property
    def most_held(self) -> int:
        """Lines a host may reach before it is cut back to ``max_lines`` (cutting back a tenth
        at a time costs far less than a line at a time)."""
        return self.max_lines + max(1, self.max_lines // 10)

    def keep(self, seq: int, pages: int, *, article: bool) -> int:
        """The retention score of a line seen on ``pages`` pages, last on page ``seq``."""
        return seq + self.step * min(pages, self.most) + (self.article_bonus if article else 0)


class ChromeStoreError(RuntimeError):
    """The store cannot be opened or used (not a newsclean store, corrupt, unwritable)."""


class ChromeStore(Protocol):
    """Per-host line counts: record what a page showed, read what is chrome."""

    def record(self, sighting: Sighting) -> bool:
        """Count the page's lines; False when this page was counted before."""
        ...

    def chrome_lines(self, host: str, policy: Policy) -> Learned:
        """The host's learned chrome under ``policy``."""
        ...

    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS hosts (
    host TEXT PRIMARY KEY, pages INTEGER NOT NULL, lines INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS pages (
    host TEXT NOT NULL, page INTEGER NOT NULL, seen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (host, page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lines (
    host TEXT NOT NULL, fp INTEGER NOT NULL, pages INTEGER NOT NULL DEFAULT 0,
    prose INTEGER NOT NULL DEFAULT 0, article INTEGER NOT NULL DEFAULT 0,
    keep INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (host, fp)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lines_by_pages ON lines (host, pages);
"""
_SCHEMA_2 = """
CREATE INDEX IF NOT EXISTS pages_by_seen ON pages (host, seen);
DROP INDEX IF EXISTS lines_by_keep;
"""
"""``lines_by_keep`` (an early draft of version 2) cost every counted line an index update
to save a sort that now runs once per tenth of the bound: dropped where it was made."""
_UPGRADE_1 = f"""
ALTER TABLE pages ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lines ADD COLUMN keep INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hosts ADD COLUMN lines INTEGER NOT NULL DEFAULT 0;
UPDATE hosts SET lines = (SELECT count(*) FROM lines WHERE lines.host = hosts.host);
UPDATE lines SET keep = {Bound().step} * min(pages, {Bound().most})
    + {Bound().article_bonus} * article;
"""
"""Version 1 files: each line's score as if last seen before the host's first page."""
_COUNT_LINE = (
    "INSERT INTO lines (host, fp, pages, prose, article, keep) "
    "VALUES (:host, :fp, 1, :prose, :article, :keep1) "
    "ON CONFLICT (host, fp) DO UPDATE SET pages = pages + 1, "
    "prose = max(prose, excluded.prose), article = max(article, excluded.article), "
    "keep = :seq + :step * min(pages + 1, :most) + :bonus * max(article, excluded.article)"
)
_MARK_ARTICLE = (
    "INSERT INTO lines (host, fp, pages, article, keep) VALUES (:host, :fp, 0, 1, :keep0) "
    "ON CONFLICT (host, fp) DO UPDATE SET article = 1, "
    "keep = :seq + :step * min(pages, :most) + :bonus"
)


class SqliteChromeStore:
    """:class:`ChromeStore` in one SQLite file (``":memory:"`` for a throwaway one)."""

    def __init__(self, path: str | Path = DEFAULT_PATH, bound: Bound | None = None) -> None:
        self.path = str(path)
        self.bound = bound or Bound()
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise ChromeStoreError(f"cannot open chrome store {self.path}: {exc}") from exc
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self._db.close()
            raise ChromeStoreError(
                f"{self.path} is not a usable newsclean chrome store ({exc}); "
                "move it away or point NEWSCLEAN_CHROME_DB elsewhere"
            ) from exc

    def _prepare(self) -> None:
        db = self._db
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints, never corrupt
        db.execute("BEGIN IMMEDIATE")  # one process creates the schema, the others see it whole
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables and (app_id != APPLICATION_ID or version not in (1, SCHEMA_VERSION)):
                raise sqlite3.DatabaseError(
                    f"application_id {app_id:#x}, version {version}: not this program's database"
                )
            if not tables:
                _run(db, _SCHEMA)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            elif version == 1:
                _run(db, _UPGRADE_1)
            _run(db, _SCHEMA_2)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            quick = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if quick != "ok":
                raise sqlite3.DatabaseError(f"integrity check: {quick}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def record(self, sighting: Sighting) -> bool:
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                new = self._count(sighting)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise ChromeStoreError(f"chrome store {self.path}: {exc}") from exc
        return new

    def _count(self, sighting: Sighting) -> bool:
        """Inside the page's transaction: count its lines, then keep the host in bound."""
        db, host, bound = self._db, sighting.host, self.bound
        if db.execute("SELECT 1 FROM pages WHERE host = ? AND page = ?",
                      (host, sighting.page)).fetchone():
            return False
        (seq,) = db.execute(
            "INSERT INTO hosts (host, pages) VALUES (?, 1) "
            "ON CONFLICT (host) DO UPDATE SET pages = pages + 1 RETURNING pages", (host,),
        ).fetchone()
        db.execute("INSERT INTO pages (host, page, seen) VALUES (?, ?, ?)",
                   (host, sighting.page, seq))
        db.execute("DELETE FROM pages WHERE host = ? AND seen <= ?", (host, seq - bound.max_lines))
        common = {"host": host, "seq": seq, "step": bound.step, "most": bound.most,
                  "bonus": bound.article_bonus}
        seen = sighting.lines | sighting.article
        (known,) = db.execute(  # one JSON parameter: a page of any size, no variable limit
            "SELECT count(*) FROM lines WHERE host = ? AND fp IN (SELECT value FROM json_each(?))",
            (host, json.dumps(sorted(seen))),
        ).fetchone()
        db.executemany(_COUNT_LINE, [
            {**common, "fp": fp, "prose": int(fp in sighting.prose),
             "article": int(fp in sighting.article),
             "keep1": bound.keep(seq, 1, article=fp in sighting.article)}
            for fp in sighting.lines
        ])
        db.executemany(_MARK_ARTICLE, [
            {**common, "fp": fp, "keep0": bound.keep(seq, 0, article=True)}
            for fp in sighting.article - sighting.lines
        ])
        (held,) = db.execute("UPDATE hosts SET lines = lines + ? WHERE host = ? RETURNING lines",
                             (len(seen) - known, host)).fetchone()
        if held > bound.most_held:  # the lowest scores go (ties: the smaller fingerprint)
            db.execute(
                "DELETE FROM lines WHERE host = ? AND fp IN (SELECT fp FROM lines "
                "WHERE host = ? ORDER BY keep, fp LIMIT ?)", (host, host, held - bound.max_lines),
            )
            db.execute("UPDATE hosts SET lines = ? WHERE host = ?", (bound.max_lines, host))
        return True

    def chrome_lines(self, host: str, policy: Policy) -> Learned:
        try:
            row = self._db.execute("SELECT pages FROM hosts WHERE host = ?", (host,)).fetchone()
            if row is None:
                return Learned()
            host_pages = int(row[0])
            floor = max(policy.min_pages, math.ceil(policy.min_share * host_pages))
            rows = self._db.execute(
                "SELECT fp, pages, prose FROM lines "
                "WHERE host = ? AND pages >= ? AND article = 0",
                (host, floor),
            ).fetchall()
        except sqlite3.Error as exc:
            raise ChromeStoreError(f"chrome store {self.path}: {exc}") from exc
        return learned_from(((int(fp), int(pages), bool(prose)) for fp, pages, prose in rows),
                            host_pages, policy)

    def hosts(self) -> dict[str, int]:
        """Each host and how many of its pages were counted."""
        try:
            return {str(h): int(n) for h, n in self._db.execute("SELECT host, pages FROM hosts")}
        except sqlite3.Error as exc:
            raise ChromeStoreError(f"chrome store {self.path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()


def learned_from(counts: Iterable[tuple[int, int, bool]], host_pages: int,
                 policy: Policy) -> Learned:
    """The chrome among a host's never-article lines, each ``(fingerprint, pages, prose)``,
    under ``policy``: what either store read back."""
    chrome = [c for c in counts if policy.is_chrome(c[1], host_pages, article=False)]
    return Learned(
        lines=frozenset(fp for fp, _, _ in chrome),
        in_runs=frozenset(fp for fp, pages, prose in chrome
                          if not policy.goes_alone(pages, host_pages, prose=prose)),
    )


def _run(db: sqlite3.Connection, script: str) -> None:
    """Each statement of ``script`` inside the caller's transaction (``executescript`` would
    commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def open_chrome_store(spec: str | Path, bound: Bound | None = None) -> ChromeStore:
    """The store ``spec`` names: a ``redis://``, ``rediss://`` or ``unix://`` URL (Redis, with
    the redis extra; shared by every process that names it), else an SQLite file."""
    text = str(spec)
    if is_redis_url(text):
        try:
            from .redis_store import RedisChromeStore
        except ImportError as exc:
            raise ChromeStoreError(
                f"chrome store {masked(text)}: Redis needs the redis extra: "
                f"pip install 'newsclean[redis]' ({exc})"
            ) from None
        return RedisChromeStore.from_url(text, bound=bound)
    return SqliteChromeStore(text, bound)
