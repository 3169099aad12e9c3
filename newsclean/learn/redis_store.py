"""A :class:`~newsclean.learn.store.ChromeStore` in Redis, so that crawl processes on several
machines learn each host's chrome together.

A page is counted by one Lua script (Redis runs a script alone, so two workers never count a
page twice or lose a count): it checks the page was not counted before, bumps the host's page
number, counts each line (``ZINCRBY``), marks prose and article lines, and keeps the host in
its :class:`~newsclean.learn.store.Bound`. Reading a host's chrome is one script too, so it
sees one page's counts whole. Members are fingerprints as decimal strings, scores counts: data,
never code. Keys (prefix ``newsclean:chrome:`` by default):

- ``hosts``: hash, host → pages counted; ``meta``: hash, the key layout's version;
- ``host:<host>:pages``: sorted set, page fingerprint → its page number (the last
  ``max_lines`` pages);
- ``host:<host>:count``: sorted set, line → pages it was a candidate on;
- ``host:<host>:keep``: sorted set, line → retention score (every line the host holds);
- ``host:<host>:prose``, ``host:<host>:article``: sets of lines seen as prose, as article text.
"""

from __future__ import annotations

from typing import Any

from redis.exceptions import RedisError

from ..core.learned import Learned, Policy, Sighting
from ..redisconn import RedisUnavailableError, connect, masked
from .store import Bound, ChromeStoreError, learned_from

PREFIX = "newsclean:chrome:"
LAYOUT = "1"
"""The key layout's version, kept in ``<prefix>meta``."""

# KEYS: hosts, pages, count, keep, prose, article.
# ARGV: host, page, max_lines, step, most, bonus, most_held, then one "<flags>:<fp>" per
# line, flags from "c" (a candidate: counted), "p" (prose), "a" (in the page's articleBody).
_RECORD = """
local hosts, pages, count, keep, prose, article = unpack(KEYS)
local host, page = ARGV[1], ARGV[2]
local cap, step, most, bonus = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]),
    tonumber(ARGV[6])
local most_held = tonumber(ARGV[7])
if redis.call('ZSCORE', pages, page) then return 0 end
local seq = redis.call('HINCRBY', hosts, host, 1)
redis.call('ZADD', pages, seq, page)
redis.call('ZREMRANGEBYSCORE', pages, '-inf', seq - cap)
for i = 8, #ARGV do
  local flags, fp = string.match(ARGV[i], '^(%a*):(.+)$')
  local n
  if string.find(flags, 'c', 1, true) then
    n = tonumber(redis.call('ZINCRBY', count, 1, fp))
    if string.find(flags, 'p', 1, true) then redis.call('SADD', prose, fp) end
  else
    n = tonumber(redis.call('ZSCORE', count, fp) or '0')
  end
  local art = 0
  if string.find(flags, 'a', 1, true) then
    redis.call('SADD', article, fp)
    art = 1
  else
    art = redis.call('SISMEMBER', article, fp)
  end
  redis.call('ZADD', keep, seq + step * math.min(n, most) + bonus * art, fp)
end
local held = redis.call('ZCARD', keep)
if held > most_held then
  local over = held - cap
  local gone = redis.call('ZRANGE', keep, 0, over - 1)
  redis.call('ZREMRANGEBYRANK', keep, 0, over - 1)
  for i = 1, #gone, 1000 do
    local chunk = {unpack(gone, i, math.min(i + 999, #gone))}
    redis.call('ZREM', count, unpack(chunk))
    redis.call('SREM', prose, unpack(chunk))
    redis.call('SREM', article, unpack(chunk))
  end
end
return 1
"""

# KEYS: hosts, count, prose, article. ARGV: host, min_pages, min_share.
# Returns {host pages, fp, pages, prose (0/1), …} for the lines at or over the floor that
# were never article text.
_CHROME = """
local hosts, count, prose, article = unpack(KEYS)
local total = tonumber(redis.call('HGET', hosts, ARGV[1]) or '0')
if total == 0 then return {0} end
local floor = math.max(tonumber(ARGV[2]), math.ceil(tonumber(ARGV[3]) * total))
local found = redis.call('ZRANGEBYSCORE', count, floor, '+inf', 'WITHSCORES')
local out = {total}
for i = 1, #found, 2 do
  local fp = found[i]
  if redis.call('SISMEMBER', article, fp) == 0 then
    out[#out + 1] = fp
    out[#out + 1] = tonumber(found[i + 1])
    out[#out + 1] = redis.call('SISMEMBER', prose, fp)
  end
end
return out
"""


class RedisChromeStore:
    """:class:`~newsclean.learn.store.ChromeStore` in Redis; ``client`` is a ``redis.Redis``
    (bytes replies, the default). All keys start with ``prefix``."""

    def __init__(self, client: Any, *, prefix: str = PREFIX, bound: Bound | None = None,
                 where: str = "redis") -> None:
        self.r = client
        self.prefix = prefix
        self.bound = bound or Bound()
        self.path = f"{where} ({prefix}*)"
        """Where the store is, for messages (the URL's password masked)."""
        try:
            self.r.hsetnx(self._k("meta"), "layout", LAYOUT)
            layout = self.r.hget(self._k("meta"), "layout")
            self._record = client.register_script(_RECORD)
            self._chrome = client.register_script(_CHROME)
        except RedisError as exc:  # a wrong type at the key, no permission
            raise self._error(exc) from exc
        if layout != LAYOUT.encode():
            raise ChromeStoreError(
                f"chrome store {self.path} holds key layout {layout!r}, not {LAYOUT}: "
                "use another prefix or database"
            )

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisChromeStore:
        """The store on the server at ``url`` (redis://, rediss://, unix://)."""
        try:
            client = connect(url)
        except RedisUnavailableError as exc:
            raise ChromeStoreError(f"chrome store: {exc}") from None
        return cls(client, where=masked(url), **kwargs)

    def _k(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    def _host_keys(self, host: str, *kinds: str) -> list[str]:
        return [self._k("host", host, kind) for kind in kinds]

    def _error(self, exc: Exception) -> ChromeStoreError:
        return ChromeStoreError(f"chrome store {self.path}: {type(exc).__name__}: {exc}")

    def record(self, sighting: Sighting) -> bool:
        host = sighting.host
        keys = [self._k("hosts"),
                *self._host_keys(host, "pages", "count", "keep", "prose", "article")]
        bound = self.bound
        args: list[object] = [host, sighting.page, bound.max_lines, bound.step, bound.most,
                              bound.article_bonus, bound.most_held]
        for fp in sighting.lines | sighting.article:
            flags = ("c" if fp in sighting.lines else "") + (
                "p" if fp in sighting.prose else "") + ("a" if fp in sighting.article else "")
            args.append(f"{flags}:{fp}")
        try:
            return bool(self._record(keys=keys, args=args))
        except RedisError as exc:  # connection lost, timeout, out of memory
            raise self._error(exc) from exc

    def chrome_lines(self, host: str, policy: Policy) -> Learned:
        keys = [self._k("hosts"), *self._host_keys(host, "count", "prose", "article")]
        try:
            found = self._chrome(keys=keys, args=[host, policy.min_pages, repr(policy.min_share)])
        except RedisError as exc:
            raise self._error(exc) from exc
        total = int(found[0])
        return learned_from(((int(found[i]), int(found[i + 1]), bool(found[i + 2]))
                             for i in range(1, len(found), 3)), total, policy)

    def hosts(self) -> dict[str, int]:
        """Each host and how many of its pages were counted."""
        try:
            held = self.r.hgetall(self._k("hosts"))
        except RedisError as exc:
            raise self._error(exc) from exc
        return {host.decode(): int(n) for host, n in held.items()}

    def held(self, host: str) -> int:
        """Lines the store holds for ``host`` (at most the bound's ``most_held``)."""
        try:
            return int(self.r.zcard(self._host_keys(host, "keep")[0]))
        except RedisError as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        self.r.close()
