"""``ReliableScheduler``: scrapy-redis's scheduler, made safe to share and to lose a worker.

scrapy-redis pops a request off the shared queue and forgets it, so a worker killed mid-crawl
loses what it held (its fingerprints stay in the dupefilter, so nothing brings them back), and
any one worker closing with ``SCHEDULER_PERSIST=False`` wipes the queue of all. Here:

- a popped request moves atomically (one Lua script) into this worker's in-flight hash, and
  leaves it only once the engine is done with it (response or failure handled by the spider,
  its items through the pipelines, its new requests pushed);
- each worker has an id and a heartbeat key with a TTL (``NEWSCLEAN_REDIS_HEARTBEAT``); a
  worker whose heartbeat expired has its in-flight requests put back on the queue by whichever
  worker notices first (atomically, so only once);
- a worker does not idle-close while another worker still holds in-flight requests: those may
  yield new requests, or come back to the queue if their worker dies;
- pushing is one Lua script too (dupefilter fingerprint and queue entry together), so a worker
  killed between the two cannot leave a fingerprint without its request;
- requests are stored as JSON (:mod:`newsclean.scrapy.redis_serializer`), never pickled;
- no Scrapy deprecation warnings (stats and logging without the ``spider`` arguments).

At-least-once: a request whose worker died after handling it but before it was marked done is
handled again; ``newsclean dedup`` (or the URL) merges the duplicates. Keys, for a queue key
``Q`` (``SCHEDULER_QUEUE_KEY``): ``Q`` (sorted set), ``Q:workers`` (set of ids),
``Q:heartbeat:<id>`` (expiring string), ``Q:inflight:<id>`` (hash: token → score and request).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Collection
from typing import Any, Self

from redis import Redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from .redis_serializer import ForeignRequestData, decode_request, encode_request
from .settings import DEFAULTS

logger = logging.getLogger(__name__)

REQUEUED_STAT = "newsclean/redis/requeued"
"""Requests put back on the queue from workers whose heartbeat expired."""
RETURNED_STAT = "newsclean/redis/returned"
"""This worker's unfinished requests put back on the queue when it closed early."""
REJECTED_STAT = "newsclean/redis/rejected"
"""Queue entries that were not newsclean JSON requests (dropped, never executed)."""

# KEYS: dupefilter, queue. ARGV: fingerprint, dont_filter (1/0), score, data.
_PUSH = """
if ARGV[2] == '0' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1
"""
# KEYS: queue, in-flight hash. ARGV: token. In-flight values are "score\\ndata" (JSON data
# never holds a raw newline), so a request goes back with the priority it had.
_POP = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return false end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], ARGV[1], item[2] .. '\\n' .. item[1])
return item[1]
"""
# KEYS: in-flight hash, queue, heartbeat, workers. ARGV: worker id, only-if-dead (1/0).
_REQUEUE = """
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[3]) == 1 then return -1 end
local values = redis.call('HVALS', KEYS[1])
for _, value in ipairs(values) do
  local cut = string.find(value, '\\n', 1, true)
  redis.call('ZADD', KEYS[2], string.sub(value, 1, cut - 1), string.sub(value, cut + 1))
end
redis.call('DEL', KEYS[1])
if ARGV[2] == '1' then redis.call('SREM', KEYS[4], ARGV[1]) end
return #values
"""


class ReliableScheduler(Scheduler):  # type: ignore[misc]  # scrapy-redis has no type hints
    """scrapy-redis ``Scheduler`` with per-worker in-flight sets, heartbeats and JSON requests."""

    crawler: Crawler
    server: Redis
    spider: Spider
    df: Any

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        instance: Self = cls.from_settings(crawler.settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        settings = crawler.settings
        instance.heartbeat = settings.getfloat(
            "NEWSCLEAN_REDIS_HEARTBEAT", DEFAULTS["NEWSCLEAN_REDIS_HEARTBEAT"]
        )
        if instance.heartbeat <= 0:
            raise ValueError("NEWSCLEAN_REDIS_HEARTBEAT must be more than 0 seconds")
        base = str(settings.get("NEWSCLEAN_REDIS_WORKER_ID") or "").strip()
        host = socket.gethostname()
        instance.worker_id = f"{base or host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        return instance

    # --- life cycle ---------------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        """Register this worker, recover dead workers' requests, start the heartbeat."""
        self.spider = spider
        self.key = self.queue_key % {"spider": spider.name}
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        self._tracked: dict[str, Request] = {}
        self._inflight_key = f"{self.key}:inflight:{self.worker_id}"
        self._push = self.server.register_script(_PUSH)
        self._pop = self.server.register_script(_POP)
        self._requeue = self.server.register_script(_REQUEUE)
        if self.flush_on_start:
            self.flush()
        self._beat()
        recovered = self._recover_dead()
        queued = self.server.zcard(self.key)
        logger.info(
            "Redis worker %s on queue %s: %d requests queued%s", self.worker_id, self.key,
            queued, f", {recovered} recovered from dead workers" if recovered else "",
        )
        self._loop = LoopingCall(self._tick)
        self._loop.start(self.heartbeat / 3, now=False)

    def close(self, reason: str) -> None:
        """Mark finished requests done, give back the rest, leave the worker set."""
        if self._loop.running:
            self._loop.stop()
        self._settle()
        if self._tracked:
            returned = self._requeue(
                keys=[self._inflight_key, self.key, self._heartbeat_key(), self._workers_key()],
                args=[self.worker_id, "0"],
            )
            self._tracked.clear()
            self.stats.inc_value(RETURNED_STAT, returned)
            logger.info("Closing (%s): %d unfinished requests back on the queue", reason, returned)
        self.server.delete(self._heartbeat_key(), self._inflight_key)
        self.server.srem(self._workers_key(), self.worker_id)
        if not self.persist:
            others = self.server.scard(self._workers_key())
            if others:
                logger.warning("SCHEDULER_PERSIST is off but %d other workers are running: "
                               "the shared queue is kept", others)
            else:
                self.flush()

    def flush(self) -> None:
        """Empty the queue, the dupefilter and every worker's in-flight hash."""
        self.df.clear()
        pattern = f"{self.key}:inflight:*"
        stale = list(self.server.scan_iter(match=pattern))
        self.server.delete(self.key, *stale)

    # --- the Scheduler interface --------------------------------------------------------------

    def enqueue_request(self, request: Request) -> bool:
        """Push ``request`` unless seen; its fingerprint and queue entry are written together."""
        data = encode_request(request, self.spider)  # RequestNotSerializable before any write
        fingerprint = self.df.request_fingerprint(request)
        added = self._push(
            keys=[self.df.key, self.key],
            args=[fingerprint, "1" if request.dont_filter else "0", -request.priority, data],
        )
        if not added:
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        """The next request, now in this worker's in-flight hash; None when the queue is empty."""
        self._settle()
        while True:
            token = uuid.uuid4().hex
            data = self._pop(keys=[self.key, self._inflight_key], args=[token])
            if data is None:
                return None
            try:
                request = decode_request(data, self.spider)
            except ForeignRequestData as exc:
                self.server.hdel(self._inflight_key, token)
                self.stats.inc_value(REJECTED_STAT)
                logger.error("Dropped a queue entry of %s that is not a newsclean request: %s",
                             self.key, exc)
                continue
            self._tracked[token] = request
            self.stats.inc_value("scheduler/dequeued/redis")
            return request

    def has_pending_requests(self) -> bool:
        """Requests queued, or held in flight by another worker (live, or dead and about to be
        requeued): either way this worker must not idle-close yet."""
        self._settle()
        self._recover_dead()
        if self.server.zcard(self.key):
            return True
        others = [w for w in self._workers() if w != self.worker_id]
        pipe = self.server.pipeline(transaction=False)
        for worker in others:
            pipe.hlen(f"{self.key}:inflight:{worker}")
        return any(pipe.execute())

    def __len__(self) -> int:
        return int(self.server.zcard(self.key))

    # --- workers ------------------------------------------------------------------------------

    def _tick(self) -> None:
        try:
            self._beat()
            self._settle()
            self._recover_dead()
        except Exception:  # a Redis hiccup must not stop the heartbeat loop for good
            logger.exception("Redis heartbeat of worker %s failed; retrying", self.worker_id)

    def _beat(self) -> None:
        pipe = self.server.pipeline(transaction=True)
        pipe.set(self._heartbeat_key(), "1", px=int(self.heartbeat * 1000))
        pipe.sadd(self._workers_key(), self.worker_id)
        pipe.execute()

    def _recover_dead(self) -> int:
        """Requeue the in-flight requests of every worker whose heartbeat expired."""
        total = 0
        for worker in self._workers():
            if worker == self.worker_id:
                continue
            keys = [f"{self.key}:inflight:{worker}", self.key,
                    self._heartbeat_key(worker), self._workers_key()]
            moved = int(self._requeue(keys=keys, args=[worker, "1"]))
            if moved > 0:
                logger.warning("Worker %s stopped beating: %d of its requests back on the queue",
                               worker, moved)
                self.stats.inc_value(REQUEUED_STAT, moved)
                total += moved
            elif moved == 0:
                logger.info("Worker %s stopped beating, holding no requests", worker)
        return total

    def _settle(self) -> None:
        """Mark done every request this worker popped that the engine no longer holds."""
        if not self._tracked:
            return
        busy = self._in_progress()
        done = [token for token, request in self._tracked.items() if request not in busy]
        if done:
            self.server.hdel(self._inflight_key, *done)
            for token in done:
                del self._tracked[token]

    def _in_progress(self) -> Collection[Request]:
        """Requests the engine holds from pop until their output is handled (its own record;
        Scrapy has no public signal for "this request's callback output is all processed")."""
        slot: Any = getattr(self.crawler.engine, "_slot", None)
        inprogress = getattr(slot, "inprogress", None)
        if inprogress is None:
            raise RuntimeError("this Scrapy engine has no _slot.inprogress; "
                               "ReliableScheduler cannot tell when a request is done")
        return inprogress  # type: ignore[no-any-return]

    def _workers(self) -> list[str]:
        return sorted(m.decode() if isinstance(m, bytes) else str(m)
                      for m in self.server.smembers(self._workers_key()))

    def _workers_key(self) -> str:
        return f"{self.key}:workers"

    def _heartbeat_key(self, worker: str | None = None) -> str:
        return f"{self.key}:heartbeat:{worker or self.worker_id}"
