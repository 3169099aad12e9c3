"""A wall-clock budget for cleaning one item, so no page can hold a crawl hostage.

Every rule is written to run in linear time, but a plugin inside other people's crawls should
not rely on that alone. The budget uses ``SIGALRM``, which interrupts Python code and regular
expression matching alike; where signals are not available (Windows, or outside the main
thread) the block runs unbounded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeBudgetExceeded(RuntimeError):
    """Cleaning one item took longer than its budget."""


def budget_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` if the block runs longer than ``seconds`` (0: no limit)."""
    if seconds <= 0 or not budget_available():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeBudgetExceeded(f"cleaning took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
