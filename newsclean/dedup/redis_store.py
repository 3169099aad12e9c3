"""A :class:`~newsclean.dedup.store.StoryStore` in Redis, for crawls spread over machines.

Plain Redis commands through redis-py (the ``redis`` extra): hashes for URL keys, stories and
bodies, one set per LSH band, and redis-py's lock around each record's read-decide-write so
that workers never split one story in two. Signatures are stored as bytes, canonicals as
JSON: data, never pickles. All keys start with ``prefix`` (default ``newsclean:dedup:``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .signature import Signature, params
from .store import Canonical, Stored, StoreError


class RedisStore:
    """Stories in Redis; ``client`` is a ``redis.Redis`` (bytes responses, the default)."""

    def __init__(self, client: Any, *, prefix: str = "newsclean:dedup:",
                 lock_timeout: float = 30.0) -> None:
        self.r = client
        self.p = prefix
        self._lock = client.lock(f"{prefix}lock", timeout=lock_timeout,
                                 blocking_timeout=lock_timeout)
        self.r.hsetnx(self._k("meta"), "signature", params())
        stored = self.r.hget(self._k("meta"), "signature").decode()
        if stored != params():
            raise StoreError(f"dedup store {prefix}* holds signatures made as {stored}, "
                             f"not {params()}: use another prefix")

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisStore:
        from ..redisconn import connect

        return cls(connect(url), **kwargs)

    def _k(self, *parts: object) -> str:
        return self.p + ":".join(str(p) for p in parts)

    @contextmanager
    def decision(self) -> Iterator[None]:
        if not self._lock.acquire():
            raise StoreError(f"dedup store {self.p}*: lock not acquired in time")
        try:
            yield
        finally:
            self._lock.release()

    def story_by_keys(self, keys: Sequence[str]) -> str | None:
        if not keys:
            return None
        for found in self.r.hmget(self._k("url_keys"), list(keys)):
            if found is not None:
                return str(found.decode())
        return None

    def near(self, bands: Sequence[int]) -> list[Stored]:
        if not bands:
            return []
        ids = self.r.sunion([self._k("band", b) for b in bands])
        pipe = self.r.pipeline(transaction=False)
        for body in ids:
            pipe.hmget(self._k("body", body.decode()), ["story", "hashes", "shingles", "facts"])
        return [Stored(story.decode(), Signature(hashes, int(n), facts))
                for story, hashes, n, facts in pipe.execute()]

    def has_story(self, story_id: str) -> bool:
        return bool(self.r.hexists(self._k("canonical"), story_id)
                    or self.r.hexists(self._k("merged"), story_id))

    def canonical(self, story_id: str) -> Canonical | None:
        raw = self.r.hget(self._k("canonical"), story_id)
        if raw is None:
            return None
        identity, *quality = json.loads(raw)
        return Canonical(identity, (quality[0], quality[1], quality[2]))

    def set_canonical(self, story_id: str, best: Canonical) -> None:
        if self.r.hsetnx(self._k("created"), story_id, 0):
            self.r.hset(self._k("created"), story_id, self.r.incr(self._k("seq")))
        self.r.hset(self._k("canonical"), story_id, json.dumps([best.identity, *best.quality]))

    def created(self, story_id: str) -> int:
        found = self.r.hget(self._k("created"), story_id)
        return int(found) if found is not None else 1 << 62

    def merge(self, loser: str, winner: str) -> None:
        for key in self.r.smembers(self._k("story_keys", loser)):
            self.r.hset(self._k("url_keys"), key, winner)
        for body in self.r.smembers(self._k("story_bodies", loser)):
            self.r.hset(self._k("body", body.decode()), "story", winner)
        for kind in ("story_keys", "story_bodies", "merged_from"):
            self.r.sunionstore(self._k(kind, winner), [self._k(kind, winner), self._k(kind, loser)])
            self.r.delete(self._k(kind, loser))
        for earlier in self.r.smembers(self._k("merged_from", winner)):
            self.r.hset(self._k("merged"), earlier, winner)
        self.r.hset(self._k("merged"), loser, winner)
        self.r.sadd(self._k("merged_from", winner), loser)
        self.r.hdel(self._k("canonical"), loser)

    def resolve(self, story_id: str) -> str:
        found = self.r.hget(self._k("merged"), story_id)
        return str(found.decode()) if found is not None else story_id

    def add(self, story_id: str, identity: str, keys: Sequence[str],
            signature: Signature | None, bands: Sequence[int]) -> None:
        for key in keys:
            if self.r.hsetnx(self._k("url_keys"), key, story_id):
                self.r.sadd(self._k("story_keys", story_id), key)
        if signature is None:
            return
        body = self.r.incr(self._k("body_seq"))
        if not self.r.hsetnx(self._k("identities"), identity, body):
            return  # this record's body is stored already
        self.r.hset(self._k("body", body), mapping={
            "story": story_id, "hashes": signature.hashes, "shingles": signature.shingles,
            "facts": signature.facts,
        })
        self.r.sadd(self._k("story_bodies", story_id), body)
        pipe = self.r.pipeline(transaction=False)
        for band in bands:
            pipe.sadd(self._k("band", band), body)
        pipe.execute()

    def stories(self) -> int:
        return int(self.r.hlen(self._k("canonical")))

    def close(self) -> None:
        self.r.close()
