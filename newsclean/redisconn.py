"""Opening a Redis connection from a URL, one way for every part of newsclean that uses Redis
(the distributed crawl's check, the dedup store, the learned-chrome store).

The URL goes to redis-py unchanged (``redis://``, ``rediss://`` for TLS, ``unix://``; user,
password, database and redis-py's URL options), with timeouts so that a server that does not
answer is an error, not a hang; every message shows the password as ``***``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
TIMEOUT = 10.0
"""Seconds to connect, and for any one reply."""


class RedisUnavailableError(RuntimeError):
    """The Redis server cannot be used (no redis extra, a bad URL, no answer, refused)."""


def is_redis_url(spec: object) -> bool:
    """Whether a store setting names a Redis server rather than a file."""
    return str(spec).startswith(REDIS_SCHEMES)


def masked(url: str) -> str:
    """``url`` without its password, for messages and logs.

    >>> masked("rediss://user:s3cret@cache.example:6380/2")
    'rediss://user:***@cache.example:6380/2'
    """
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
    except ValueError:  # a port that is not a number, say: show no part after the scheme
        return url.split("://", 1)[0] + "://…"
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def connect(url: str, timeout: float = TIMEOUT) -> Any:
    """A ``redis.Redis`` client for ``url`` that answered PING (bytes replies).

    Raises :class:`RedisUnavailableError`, with the URL masked, when redis-py is missing, the
    URL is not a Redis one or is malformed, or the server does not answer or refuses."""
    try:
        import redis
    except ImportError as exc:
        raise RedisUnavailableError(
            f"Redis needs the redis extra: pip install 'newsclean[redis]' ({exc})"
        ) from None
    if not is_redis_url(url):
        raise RedisUnavailableError(f"{masked(url)}: not a redis://, rediss:// or unix:// URL")
    try:
        client = redis.Redis.from_url(url, socket_timeout=timeout,
                                      socket_connect_timeout=timeout)
        client.ping()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise RedisUnavailableError(f"cannot use Redis at {masked(url)}: {exc}") from None
    return client
