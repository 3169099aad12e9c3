"""The wire between the crawl and one worker process: a socket pair carrying pickled frames.

Why not ``concurrent.futures.ProcessPoolExecutor``: its jobs and answers pass through two
threads of the crawl process (a queue feeder and a manager), and each hand-off there waits for
the GIL the reactor thread holds while it downloads, then wakes the reactor through
``callFromThread``; measured in a crawl, that cost the reactor about 5 ms per item and left
the workers waiting for jobs. Here the reactor itself writes each job to the worker's socket
(non-blocking: what the socket cannot take yet is written when it can) and reads the answers
when the socket is readable, so nothing waits on another thread of the crawl.

A frame is an 8-byte big-endian length and a pickle. The worker first sends its hello (it is
warmed up, and what the crawl needs to know of it: see :class:`~.workers.Hello`), then one
answer per job, in order: ``(True, result)`` or ``(False, exception)``.
"""

from __future__ import annotations

import os
import pickle
import queue
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from ..core.job import CleanJob, JobResult

_HEAD = struct.Struct("!Q")

_READ_SIZE = 1 << 20
_SOCKET_BUFFER = 4 << 20
"""Asked for both ends (the kernel caps it at ``net.core.wmem_max``): a whole page is then
usually written to the worker at once."""


def socket_pair() -> tuple[socket.socket, socket.socket]:
    """The crawl's end and the worker's end of a new channel."""
    ours, theirs = socket.socketpair()
    for end in (ours, theirs):
        for option in (socket.SO_SNDBUF, socket.SO_RCVBUF):
            # a platform that refuses: the default buffer works, a little slower
            with suppress(OSError):
                end.setsockopt(socket.SOL_SOCKET, option, _SOCKET_BUFFER)
    return ours, theirs


def encode(payload: Any) -> bytes:
    """A job or an answer as a frame's pickle."""
    return pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)


def answer(ok: bool, value: Any) -> bytes:
    """A worker's answer; an exception that does not pickle comes back as its text."""
    try:
        return encode((ok, value))
    except Exception as exc:  # an exception holding something unpicklable
        return encode((False, RuntimeError(f"{type(value).__name__}: {value} ({exc})")))


# --- in the worker process ---------------------------------------------------------------------
def serve(
    sock: socket.socket, run: Callable[[CleanJob, float], JobResult], budget: float,
    hello: Any = None,
) -> None:
    """The worker's loop: send ``hello``, then read a job, run it, send the answer, until the
    crawl closes the socket.

    A thread reads the socket into a queue while the main thread cleans (the time budget's
    ``SIGALRM`` needs the main thread), so the crawl can hand over the next page while this
    one is being cleaned instead of when it is done."""
    sock.setblocking(True)
    jobs: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_read_frames, args=(sock, jobs), daemon=True,
                     name="newsclean-worker-read").start()
    try:
        _send(sock, encode(hello))
    except OSError:  # the crawl closed before this worker was up (a short crawl): nothing to do
        os._exit(0)
    while (frame := jobs.get()) is not None:
        try:
            reply = answer(True, run(pickle.loads(frame), budget))
        except Exception as exc:
            reply = answer(False, exc)
        try:
            _send(sock, reply)
        except OSError:  # the crawl is gone
            break
    os._exit(0)  # not a normal exit: a worker has nothing to flush, and must not hang on it


def _read_frames(sock: socket.socket, jobs: queue.SimpleQueue[bytes | None]) -> None:
    try:
        while True:
            head = _read_exactly(sock, _HEAD.size)
            if head is None:
                break
            frame = _read_exactly(sock, _HEAD.unpack(head)[0])
            if frame is None:
                break
            jobs.put(frame)
    except OSError:
        pass
    jobs.put(None)


def _read_exactly(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        n = sock.recv_into(view[got:], size - got)
        if n == 0:
            return None
        got += n
    return bytes(buffer)


def _send(sock: socket.socket, frame: bytes) -> None:
    sock.sendall(_HEAD.pack(len(frame)))
    sock.sendall(frame)


# --- in the crawl process (the reactor thread) ------------------------------------------------
def _lost(*, done: bool = False) -> Exception:
    """Twisted's reason for a closed connection, imported here: a worker (and the fork server,
    which imports this module for it) needs none of Twisted."""
    from twisted.internet import main

    return main.CONNECTION_DONE if done else main.CONNECTION_LOST


class Channel:
    """The crawl's end of one worker's socket, watched by the reactor (a Twisted read and write
    descriptor): :meth:`send` never blocks, and ``on_frame`` gets each whole frame the worker
    sends; ``on_lost`` is called once when the worker is gone (its end closed: it exited,
    crashed or was killed) or the channel is closed."""

    def __init__(
        self,
        reactor: Any,
        sock: socket.socket,
        on_frame: Callable[[bytes], None],
        on_lost: Callable[[], None],
    ) -> None:
        sock.setblocking(False)
        self.reactor = reactor
        self.sock = sock
        self.on_frame = on_frame
        self.on_lost = on_lost
        self._out: deque[memoryview] = deque()
        self._in = bytearray()
        self._buffer = memoryview(bytearray(_READ_SIZE))
        """Read into, every time: ``recv(_READ_SIZE)`` allocates (and gives back) a megabyte per
        read, about 12 us of the reactor's time for an answer of a few kilobytes."""
        self.closed = False
        reactor.addReader(self)

    def fileno(self) -> int:
        return -1 if self.closed else self.sock.fileno()

    def logPrefix(self) -> str:
        return "newsclean-worker"

    def send(self, frame: bytes) -> None:
        if self.closed:
            return
        idle = not self._out
        self._out.append(memoryview(_HEAD.pack(len(frame))))
        self._out.append(memoryview(frame))
        if idle:
            lost = self.doWrite()  # most frames fit in the socket at once
            if lost is not None:
                self.reactor.callLater(0, self.connectionLost, lost)
            elif self._out:
                self.reactor.addWriter(self)

    def doWrite(self) -> Exception | None:
        while self._out:
            try:
                sent = self.sock.send(self._out[0])
            except BlockingIOError:
                return None
            except OSError:
                return _lost()
            if sent == len(self._out[0]):
                self._out.popleft()
            else:
                self._out[0] = self._out[0][sent:]
        self.reactor.removeWriter(self)
        return None

    def doRead(self) -> Exception | None:
        try:
            got = self.sock.recv_into(self._buffer)
        except BlockingIOError:
            return None
        except OSError:
            return _lost()
        if not got:
            return _lost(done=True)
        self._in += self._buffer[:got]
        while len(self._in) >= _HEAD.size:
            size = _HEAD.unpack_from(self._in)[0]
            end = _HEAD.size + size
            if len(self._in) < end:
                break
            frame = bytes(self._in[_HEAD.size:end])
            del self._in[:end]
            self.on_frame(frame)
            if self.closed:  # the frame's handler closed the channel
                break
        return None

    def connectionLost(self, reason: Any = None) -> None:
        if self.closed:
            return
        self.close()
        self.on_lost()

    def close(self) -> None:
        """Stop watching and close the socket; the worker reads the end of it and exits."""
        if self.closed:
            return
        self.reactor.removeReader(self)
        self.reactor.removeWriter(self)
        self.closed = True
        self._out.clear()
        self.sock.close()
