"""Distributed crawling on a real redis-server, with real worker processes
(``python -m newsclean crawl --redis URL --replay fixtures``).

The server comes from ``NEWSCLEAN_TEST_REDIS`` (``.ci/run`` starts one); without it these tests
skip, unless ``NEWSCLEAN_REQUIRE_REDIS=1`` (set by ``.ci/run``), where a skip is a failure.
Each test gets its own Redis database, emptied before and after.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import FIXTURES, ROOT
from .conftest import redis_unavailable as _unavailable

redis = pytest.importorskip("redis", reason="the redis extra is not installed")

TIMEOUT = 120.0
"""Seconds any one worker may run before the test fails (and kills it)."""
SLOW = ["-s", 'ADDONS={"tests.slow_replay.SlowReplayAddon": 0}', "-s", "SLOW_REPLAY_SECONDS=0.6"]
"""Options that make a replaying worker slow enough to kill mid-crawl."""
HEARTBEAT = ["-s", "NEWSCLEAN_REDIS_HEARTBEAT=2"]

@pytest.fixture(scope="module")
def expected_urls(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Article URLs of an ordinary one-process replay crawl of the fixtures."""
    out = tmp_path_factory.mktemp("plain") / "plain.jsonl"
    result = subprocess.run(_command(out), capture_output=True, text=True, timeout=TIMEOUT,
                            cwd=out.parent, env=_env(), check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    urls = _urls([out])
    assert len(urls) >= 10
    return set(urls)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCLEAN_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _command(output: Path, *options: str, redis_url: str | None = None) -> list[str]:
    command = [sys.executable, "-W", "error", "-m", "newsclean", "crawl", "--replay",
               str(FIXTURES), "-o", str(output), "--log-level", "INFO", *options]
    return command + (["--redis", redis_url] if redis_url else [])


def _start(output: Path, redis_url: str, *options: str) -> subprocess.Popen[str]:
    with output.with_suffix(".log").open("w") as log:  # the worker keeps its own copy
        return subprocess.Popen(_command(output, *options, redis_url=redis_url), stdout=log,
                                stderr=subprocess.STDOUT, text=True, cwd=output.parent,
                                env=_env())


def _finish(worker: subprocess.Popen[str], output: Path) -> str:
    """Wait (bounded) for ``worker``; its exit status must be 0; returns its log."""
    try:
        worker.wait(timeout=TIMEOUT)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    log = output.with_suffix(".log").read_text()
    assert worker.returncode == 0, log[-3000:]
    assert "Warning" not in log, "a warning in a worker's log (run with -W error)"
    return log


def _urls(paths: list[Path]) -> list[str]:
    return [json.loads(line)["url"] for path in paths if path.exists()
            for line in path.read_text().splitlines() if line.strip()]


def _parts(output: Path) -> list[Path]:
    """A killed worker's records: the per-spider files it had not joined yet."""
    return sorted(output.with_name(f".{output.name}.parts").glob("*.jsonl"))


def _inflight(url: str) -> int:
    client = redis.Redis.from_url(url, socket_timeout=10)
    with client:
        return sum(int(client.hlen(key)) for key in client.scan_iter(match="*:inflight:*"))


def test_two_workers_on_one_queue_write_every_article_exactly_once(
    tmp_path: Path, redis_url: str, expected_urls: set[str]
) -> None:
    outputs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    options = [*SLOW, "-s", "SLOW_REPLAY_SECONDS=0.1", "-s", "CONCURRENT_REQUESTS=2"]
    workers = [_start(out, redis_url, *options) for out in outputs]
    for worker, out in zip(workers, outputs, strict=True):
        _finish(worker, out)
    counts = Counter(_urls(outputs))
    assert set(counts) == expected_urls
    assert max(counts.values()) == 1, [u for u, n in counts.items() if n > 1]
    assert _inflight(redis_url) == 0


def test_a_killed_workers_requests_are_finished_by_the_other(
    tmp_path: Path, redis_url: str, expected_urls: set[str]
) -> None:
    doomed, survivor = tmp_path / "doomed.jsonl", tmp_path / "survivor.jsonl"
    victim = _start(doomed, redis_url, *SLOW, *HEARTBEAT)
    other: subprocess.Popen[str] | None = None
    try:
        deadline = time.monotonic() + TIMEOUT
        # Killed once it has written an article and still holds requests in flight.
        while not (_urls(_parts(doomed)) and _inflight(redis_url)):
            assert victim.poll() is None, "the worker to kill finished first"
            assert time.monotonic() < deadline, "the worker never got going"
            time.sleep(0.1)
        other = _start(survivor, redis_url, *HEARTBEAT)
        held = _inflight(redis_url)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        log = _finish(other, survivor)
    finally:
        for process in (victim, other):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
    assert held > 0
    assert "stopped beating" in log  # the survivor requeued the dead worker's requests
    counts = Counter(_urls(_parts(doomed)) + _urls([survivor]))
    assert set(counts) == expected_urls  # every article at least once
    assert _inflight(redis_url) == 0
    # Exactly once after `newsclean dedup`: a copy written twice (its worker died after
    # writing it, before marking it done) becomes a duplicate of the other copy.
    union = tmp_path / "union.jsonl"
    union.write_text("".join(p.read_text() for p in [*_parts(doomed), survivor]))
    deduped = tmp_path / "deduped.jsonl"
    subprocess.run([sys.executable, "-m", "newsclean", "dedup", str(union), "-o", str(deduped)],
                   check=True, cwd=ROOT, timeout=TIMEOUT)
    records = [json.loads(line) for line in deduped.read_text().splitlines()]
    assert len(records) == sum(counts.values())
    stories_of_url: dict[str, set[str]] = {}
    for record in records:
        stories_of_url.setdefault(record["url"], set()).add(record["storyId"])
    assert all(len(stories) == 1 for stories in stories_of_url.values())  # copies: one story
    canonical = Counter(r["storyId"] for r in records if r["duplicateOf"] is None)
    assert set(canonical) == {r["storyId"] for r in records}
    assert set(canonical.values()) == {1}  # one record per story is left standing


def test_an_idle_worker_waits_until_no_other_worker_holds_requests(
    tmp_path: Path, redis_url: str, expected_urls: set[str]
) -> None:
    """The second worker finds the queue empty while the first still holds requests: it must
    not finish before they are done (they may bring new requests, or come back if it dies)."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    slow = _start(first, redis_url, *SLOW, "-s", "SLOW_REPLAY_SECONDS=3", "inkl")
    try:
        while not _inflight(redis_url):
            assert slow.poll() is None, "the slow worker finished before holding a request"
            time.sleep(0.05)
        _finish(_start(second, redis_url, "inkl"), second)
        assert _inflight(redis_url) == 0, "the idle worker finished while requests were held"
        written = _urls(_parts(first)) + _urls([first]) + _urls([second])
        assert set(written) == {url for url in expected_urls if ".inkl.com/" in url}
    finally:
        _finish(slow, first)


def test_foreign_queue_entry_is_dropped_never_unpickled(tmp_path: Path, redis_url: str) -> None:
    marker = tmp_path / "executed"
    payload = pickle.dumps(_Exploit(str(marker)))
    client = redis.Redis.from_url(redis_url, socket_timeout=10)
    with client:
        client.zadd("newsclean:inkl:requests", {payload: 0})
    out = tmp_path / "w.jsonl"
    worker = _start(out, redis_url, "inkl")
    worker.wait(timeout=TIMEOUT)
    log = out.with_suffix(".log").read_text()
    assert not marker.exists()
    assert "not a newsclean request" in log
    assert worker.returncode == 1  # an error was logged
    assert _urls([out])  # the crawl went on


class _Exploit:
    """Pickled, this would create a file when loaded."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (self.path, "w"))


def _own_server(folder: Path, *options: str, **client: Any) -> Iterator[int]:
    """A redis-server of our own on a free port, with ``requirepass s3cret-pw``; its port."""
    if not shutil.which("redis-server"):
        _unavailable("redis-server is not on PATH")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--requirepass", "s3cret-pw", "--save", "",
         "--appendonly", "no", "--dir", str(folder),
         *([*options, str(port)] if options else ["--port", str(port)])],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                redis.Redis(host="127.0.0.1", port=port, password="s3cret-pw", socket_timeout=2,
                            **client).ping()
                break
            except redis.ConnectionError:
                assert server.poll() is None, "the extra redis-server stopped"
                assert time.monotonic() < deadline, "the extra redis-server did not start"
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture
def password_server(tmp_path: Path) -> Iterator[str]:
    """A second redis-server with ``requirepass``; its URL without scheme and password."""
    for port in _own_server(tmp_path):
        yield f"127.0.0.1:{port}/0"


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A redis-server speaking only TLS (self-signed certificate), with a password; its URL
    without scheme and password, and the certificate to trust."""
    cert, key = _self_signed(tmp_path)
    options = ("--port", "0", "--tls-cert-file", str(cert), "--tls-key-file", str(key),
               "--tls-ca-cert-file", str(cert), "--tls-auth-clients", "no", "--tls-port")
    for port in _own_server(tmp_path, *options, ssl=True, ssl_ca_certs=str(cert)):
        yield f"127.0.0.1:{port}/0", cert


def _self_signed(folder: Path) -> tuple[Path, Path]:
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=2))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_a_rediss_url_crawls_over_tls(tmp_path: Path, tls_server: tuple[str, Path]) -> None:
    address, cert = tls_server
    out = tmp_path / "w.jsonl"
    _finish(_start(out, f"rediss://:s3cret-pw@{address}?ssl_ca_certs={cert}", "inkl"), out)
    assert _urls([out])


def test_an_untrusted_tls_certificate_is_one_clear_error(
    tmp_path: Path, tls_server: tuple[str, Path]
) -> None:
    address, _ = tls_server
    err = _refused(tmp_path, f"rediss://:s3cret-pw@{address}")
    assert "certificate verify failed" in err
    assert "s3cret-pw" not in err


def test_a_password_in_the_url_reaches_the_server(tmp_path: Path, password_server: str) -> None:
    out = tmp_path / "w.jsonl"
    worker = _start(out, f"redis://:s3cret-pw@{password_server}", "inkl")
    _finish(worker, out)
    assert _urls([out])


def test_a_wrong_password_is_one_clear_error_that_hides_it(
    tmp_path: Path, password_server: str
) -> None:
    err = _refused(tmp_path, f"redis://:wrong-pw@{password_server}")
    assert "cannot use Redis at redis://:***@" in err
    assert "wrong-pw" not in err


def _refused(folder: Path, url: str) -> str:
    """Run a worker that must stop at once with a usage error; its standard error."""
    result = subprocess.run(
        _command(folder / "w.jsonl", "inkl", redis_url=url), capture_output=True, text=True,
        timeout=TIMEOUT, cwd=folder, env=_env(), check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return result.stderr


def test_a_rediss_url_with_password_is_passed_through_as_tls() -> None:
    """No server needed: the client scrapy-redis builds from the settings uses TLS, the
    password and the database the URL names."""
    from scrapy.settings import Settings
    from scrapy_redis.connection import get_redis_from_settings

    from newsclean.scrapy.redis_settings import redis_crawl_settings

    url = "rediss://worker:pa55@cache.example:6380/3"
    client = get_redis_from_settings(Settings(redis_crawl_settings(url)))
    pool = client.connection_pool
    assert pool.connection_class is redis.SSLConnection
    kwargs = pool.connection_kwargs
    assert (kwargs["username"], kwargs["password"], kwargs["port"], kwargs["db"]) == (
        "worker", "pa55", 6380, 3)


def _worker(redis_url: str, busy: set[Any]) -> Any:
    """A ReliableScheduler of its own (one worker) on ``redis_url``, opened; the engine's
    in-progress set is ``busy``."""
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newsclean.scrapy.redis_queue import ReliableScheduler
    from newsclean.scrapy.redis_settings import redis_crawl_settings

    settings = {**redis_crawl_settings(redis_url), "NEWSCLEAN_REDIS_HEARTBEAT": 30}
    crawler = get_crawler(Spider, settings)
    scheduler = ReliableScheduler.from_crawler(crawler)
    scheduler._in_progress = lambda: busy
    spider = Spider("news")
    spider.settings = crawler.settings
    scheduler.open(spider)
    return scheduler


def test_a_popped_request_is_in_flight_until_the_engine_lets_it_go(redis_url: str) -> None:
    from scrapy import Request

    busy: set[Any] = set()
    first, second = _worker(redis_url, busy), _worker(redis_url, set())
    try:
        assert first.enqueue_request(Request("https://news.example/a"))
        assert not first.enqueue_request(Request("https://news.example/a"))  # seen
        request = first.next_request()
        busy.add(request)
        assert _inflight(redis_url) == 1
        assert second.next_request() is None
        assert second.has_pending_requests()  # another worker holds a request
        busy.clear()  # the engine is done with it
        assert not first.has_pending_requests()
        assert _inflight(redis_url) == 0
        assert not second.has_pending_requests()
    finally:
        first.close("finished")
        second.close("finished")


def test_a_dead_workers_requests_go_back_on_the_queue_once(redis_url: str) -> None:
    from scrapy import Request

    busy: set[Any] = set()
    dead, alive = _worker(redis_url, busy), _worker(redis_url, set())
    try:
        for path in ("a", "b"):
            dead.enqueue_request(Request(f"https://news.example/{path}", priority=5))
        busy.add(dead.next_request())
        busy.add(dead.next_request())
        dead._loop.stop()
        client = redis.Redis.from_url(redis_url, socket_timeout=10)
        with client:
            client.delete(dead._heartbeat_key())  # as if its TTL ran out
        assert alive.has_pending_requests()
        back = [alive.next_request(), alive.next_request()]
        assert sorted(r.url for r in back) == ["https://news.example/a", "https://news.example/b"]
        assert all(r.priority == 5 for r in back)
        assert alive.next_request() is None
        assert alive.crawler.stats.get_value("newsclean/redis/requeued") == 2
    finally:
        dead.close("finished")
        alive.close("finished")


def test_an_unstorable_request_is_refused_before_redis_is_written(redis_url: str) -> None:
    from scrapy import Request

    from newsclean.scrapy.redis_serializer import RequestNotSerializable

    worker = _worker(redis_url, set())
    try:
        with pytest.raises(RequestNotSerializable, match="meta"):
            worker.enqueue_request(Request("https://news.example/a", meta={"x": object()}))
        # Not marked seen: the same URL, storable, still goes in.
        assert worker.enqueue_request(Request("https://news.example/a"))
    finally:
        worker.close("finished")
