"""Shared test helpers: fixture locations and Article comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

IN_THREAD = {"NEWSCLEAN_WORKERS": 0}
"""Settings for tests that call ``process_item`` directly and read what it returns: in-thread
cleaning returns the item; worker mode (the default) returns an awaitable, and has tests of
its own (``test_workers.py``), as do crawls on the default."""
SHARED = ROOT.parent / "shared"


def comparable(article: dict[str, Any]) -> dict[str, Any]:
    """An Article dict without what legitimately changes between runs (download time)."""
    data = dict(article)
    meta = dict(data.get("metadata") or {})
    meta.pop("dateDownloaded", None)
    meta.pop("removed", None)
    data["metadata"] = meta
    return data


@pytest.fixture
def seed_text() -> str:
    path = SHARED / "seeds" / "inkl-article-page.txt"
    if not path.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return path.read_text(encoding="utf-8")
