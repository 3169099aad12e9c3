"""Where learned-chrome counts live: a small interface and its SQLite backend.

The counts are integers only (host names, line and page fingerprints, page counts, flags), so
what is read from disk is data, never code. SQLite runs in WAL mode with one ``BEGIN
IMMEDIATE`` transaction per page, so several crawl processes can share one file; another
backend (Redis, say) only has to provide :class:`ChromeStore`'s three methods.
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path
from typing import Protocol

from ..core.learned import Learned, Policy, Sighting

DEFAULT_PATH = ".newsclean/chrome.sqlite"
ENV_PATH = "NEWSCLEAN_CHROME_DB"
APPLICATION_ID = 0x6E63_6C63  # "nclc": marks the file as a newsclean chrome store
SCHEMA_VERSION = 1
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another process's transaction


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
CREATE TABLE IF NOT EXISTS hosts (host TEXT PRIMARY KEY, pages INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    host TEXT NOT NULL, page INTEGER NOT NULL, PRIMARY KEY (host, page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lines (
    host TEXT NOT NULL, fp INTEGER NOT NULL, pages INTEGER NOT NULL DEFAULT 0,
    prose INTEGER NOT NULL DEFAULT 0, article INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (host, fp)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lines_by_pages ON lines (host, pages);
"""
_COUNT_LINE = (
    "INSERT INTO lines (host, fp, pages, prose, article) VALUES (?, ?, 1, ?, ?) "
    "ON CONFLICT (host, fp) DO UPDATE SET pages = pages + 1, "
    "prose = max(prose, excluded.prose), article = max(article, excluded.article)"
)
_MARK_ARTICLE = (
    "INSERT INTO lines (host, fp, pages, article) VALUES (?, ?, 0, 1) "
    "ON CONFLICT (host, fp) DO UPDATE SET article = 1"
)


class SqliteChromeStore:
    """:class:`ChromeStore` in one SQLite file (``":memory:"`` for a throwaway one)."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = str(path)
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
            if tables and (app_id, version) != (APPLICATION_ID, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(
                    f"application_id {app_id:#x}, version {version}: not this program's database"
                )
            if not tables:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
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
                new = db.execute(
                    "INSERT OR IGNORE INTO pages (host, page) VALUES (?, ?)",
                    (sighting.host, sighting.page),
                ).rowcount
                if new:
                    db.execute(
                        "INSERT INTO hosts (host, pages) VALUES (?, 1) "
                        "ON CONFLICT (host) DO UPDATE SET pages = pages + 1",
                        (sighting.host,),
                    )
                    db.executemany(_COUNT_LINE, [
                        (sighting.host, fp, int(fp in sighting.prose),
                         int(fp in sighting.article))
                        for fp in sighting.lines
                    ])
                    db.executemany(_MARK_ARTICLE, [
                        (sighting.host, fp) for fp in sighting.article - sighting.lines
                    ])
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise ChromeStoreError(f"chrome store {self.path}: {exc}") from exc
        return bool(new)

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
        chrome = [(int(fp), int(pages), bool(prose)) for fp, pages, prose in rows
                  if policy.is_chrome(int(pages), host_pages, article=False)]
        return Learned(
            lines=frozenset(fp for fp, _, _ in chrome),
            in_runs=frozenset(fp for fp, pages, prose in chrome
                              if not policy.goes_alone(pages, host_pages, prose=prose)),
        )

    def hosts(self) -> dict[str, int]:
        """Each host and how many of its pages were counted."""
        try:
            return {str(h): int(n) for h, n in self._db.execute("SELECT host, pages FROM hosts")}
        except sqlite3.Error as exc:
            raise ChromeStoreError(f"chrome store {self.path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()
