"""Where stories persist between runs: a small interface and its SQLite implementation.

The dedup stage (:mod:`newsclean.dedup.stage`) decides; a store only keeps what it decided:
URL keys → story, each record's body signature under its LSH band keys, and each story's
canonical record. Signatures are stored as bytes, never pickled. Another backend (e.g. Redis)
implements :class:`StoryStore` and the stage works unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import NamedTuple, Protocol

from ..redisconn import RedisUnavailableError, connect, is_redis_url, masked
from .signature import Signature, params

Quality = tuple[int, int, int]
"""(complete, publisher's own page, body length): the larger tuple is the better record."""


class Stored(NamedTuple):
    """A stored record's body, found through a shared LSH band."""

    story_id: str
    signature: Signature


class Canonical(NamedTuple):
    """A story's best record so far."""

    identity: str
    quality: Quality


class StoreError(RuntimeError):
    """A store that cannot be used (made with other signature settings, unreadable file)."""


class StoryStore(Protocol):
    """What the dedup stage needs from a store."""

    def decision(self) -> AbstractContextManager[None]:
        """Hold the store for one record's read-decide-write, across processes too."""

    def story_by_keys(self, keys: Sequence[str]) -> str | None: ...

    def near(self, bands: Sequence[int]) -> list[Stored]: ...

    def has_story(self, story_id: str) -> bool: ...

    def canonical(self, story_id: str) -> Canonical | None: ...

    def set_canonical(self, story_id: str, best: Canonical) -> None: ...

    def created(self, story_id: str) -> int:
        """The story's creation order (smaller: older)."""

    def merge(self, loser: str, winner: str) -> None:
        """Move every key and body of ``loser`` to ``winner`` (one story seen as two)."""

    def add(self, story_id: str, identity: str, keys: Sequence[str],
            signature: Signature | None, bands: Sequence[int]) -> None: ...

    def resolve(self, story_id: str) -> str: ...

    def stories(self) -> int: ...

    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    story_id TEXT PRIMARY KEY, canonical TEXT NOT NULL,
    complete INTEGER NOT NULL, publisher INTEGER NOT NULL, length INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS merged (story_id TEXT PRIMARY KEY, into_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS url_keys (key TEXT PRIMARY KEY, story_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS bodies (
    id INTEGER PRIMARY KEY, identity TEXT UNIQUE NOT NULL, story_id TEXT NOT NULL,
    hashes BLOB NOT NULL, shingles INTEGER NOT NULL, facts BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS bodies_story ON bodies (story_id);
CREATE INDEX IF NOT EXISTS url_keys_story ON url_keys (story_id);
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL, body INTEGER NOT NULL, PRIMARY KEY (band, body)) WITHOUT ROWID;
"""


class SqliteStore:
    """A store in one SQLite file (``":memory:"`` for a single run): WAL journal, and each
    decision in a ``BEGIN IMMEDIATE`` transaction, so several processes (crawls, ``newsclean
    dedup``) may share the file and still never split one story in two."""

    def __init__(self, path: str | Path = ":memory:", *, timeout: float = 30.0) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._check_params()
        except sqlite3.Error as exc:
            raise StoreError(f"dedup store {self.path}: {exc}") from exc

    def _check_params(self) -> None:
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('signature', ?)", (params(),))
        (stored,) = self._db.execute("SELECT value FROM meta WHERE name='signature'").fetchone()
        if stored != params():
            raise StoreError(
                f"dedup store {self.path} holds signatures made as {stored}, not {params()}: "
                "use a new file"
            )

    @contextmanager
    def decision(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def story_by_keys(self, keys: Sequence[str]) -> str | None:
        for key in keys:
            row = self._db.execute("SELECT story_id FROM url_keys WHERE key=?", (key,)).fetchone()
            if row:
                return str(row[0])
        return None

    def near(self, bands: Sequence[int]) -> list[Stored]:
        marks = ",".join("?" * len(bands))
        rows = self._db.execute(
            "SELECT story_id, hashes, shingles, facts FROM bodies WHERE id IN "
            f"(SELECT body FROM bands WHERE band IN ({marks}))",
            tuple(bands),
        ).fetchall()
        return [Stored(str(s), Signature(bytes(h), int(n), bytes(f))) for s, h, n, f in rows]

    def has_story(self, story_id: str) -> bool:
        q = "SELECT 1 FROM stories WHERE story_id=? UNION SELECT 1 FROM merged WHERE story_id=?"
        return self._db.execute(q, (story_id, story_id)).fetchone() is not None

    def created(self, story_id: str) -> int:
        row = self._db.execute("SELECT rowid FROM stories WHERE story_id=?", (story_id,))
        found = row.fetchone()
        return int(found[0]) if found else 1 << 62

    def merge(self, loser: str, winner: str) -> None:
        for table in ("url_keys", "bodies"):
            self._db.execute(f"UPDATE {table} SET story_id=? WHERE story_id=?", (winner, loser))
        self._db.execute("UPDATE merged SET into_id=? WHERE into_id=?", (winner, loser))
        self._db.execute("INSERT OR REPLACE INTO merged VALUES (?, ?)", (loser, winner))
        self._db.execute("DELETE FROM stories WHERE story_id=?", (loser,))

    def resolve(self, story_id: str) -> str:
        """The story an id now stands for (itself, or the story it was merged into)."""
        row = self._db.execute("SELECT into_id FROM merged WHERE story_id=?", (story_id,))
        found = row.fetchone()
        return str(found[0]) if found else story_id

    def canonical(self, story_id: str) -> Canonical | None:
        row = self._db.execute(
            "SELECT canonical, complete, publisher, length FROM stories WHERE story_id=?",
            (story_id,),
        ).fetchone()
        return Canonical(row[0], (row[1], row[2], row[3])) if row else None

    def set_canonical(self, story_id: str, best: Canonical) -> None:
        self._db.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET "
            "canonical=excluded.canonical, complete=excluded.complete, "
            "publisher=excluded.publisher, length=excluded.length",
            (story_id, best.identity, *best.quality),
        )

    def add(self, story_id: str, identity: str, keys: Sequence[str],
            signature: Signature | None, bands: Sequence[int]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO url_keys VALUES (?, ?)", [(k, story_id) for k in keys]
        )
        if signature is None:
            return
        cur = self._db.execute(
            "INSERT OR IGNORE INTO bodies (identity, story_id, hashes, shingles, facts) "
            "VALUES (?, ?, ?, ?, ?)",
            (identity, story_id, signature.hashes, signature.shingles, signature.facts),
        )
        if cur.rowcount:
            body = cur.lastrowid
            self._db.executemany(
                "INSERT OR IGNORE INTO bands VALUES (?, ?)", [(b, body) for b in bands]
            )

    def stories(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def open_store(spec: str | Path) -> StoryStore:
    """The store ``spec`` names: a ``redis://``, ``rediss://`` or ``unix://`` URL (Redis, with
    the redis extra), else an SQLite file (``""`` or ``":memory:"``: in memory)."""
    text = str(spec)
    if is_redis_url(text):
        from .redis_store import RedisStore

        try:
            return RedisStore(connect(text))
        except RedisUnavailableError as exc:
            raise StoreError(f"dedup store: {exc}") from exc
        except StoreError:
            raise
        except Exception as exc:  # redis-py's errors on the first commands
            raise StoreError(f"dedup store {masked(text)}: {type(exc).__name__}: {exc}") from exc
    return SqliteStore(text or ":memory:")
