"""pytest plugin: record the ``clean_text``/``clean_html`` calls the tests make, as inputs
for ``bench/same_output.py --extra`` (a speed change must leave every one of them alone).

    PYTHONPATH=$PWD:$PWD/bench python -m pytest -q -p record_calls tests/test_text_fixtures.py …
    RECORD_CALLS=/tmp/calls.pkl (default) holds ``[(kind, input, options), …]``

Only calls whose options are plain (``url``, ``aggregator``, ``now``, ``explain``) and whose
input is under 200,000 characters are kept, each once.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean
import newsclean.core.html
import newsclean.core.text

_PLAIN = frozenset(("url", "aggregator", "now", "explain"))
_MAX_CHARS = 200_000
_calls: dict[tuple[str, Any, str], tuple[str, Any, dict[str, Any]]] = {}


def _recording(kind: str, clean: Callable[..., Any]) -> Callable[..., Any]:
    def record(data: Any, **options: Any) -> Any:
        if set(options) <= _PLAIN and isinstance(data, str | bytes) and len(data) < _MAX_CHARS:
            _calls.setdefault((kind, data, repr(sorted(options.items()))), (kind, data, options))
        return clean(data, **options)

    return record


def pytest_configure(config: pytest.Config) -> None:
    # before the test modules import ``clean_text`` from the package
    newsclean.clean_text = newsclean.core.text.clean_text = _recording(
        "text", newsclean.core.text.clean_text
    )
    newsclean.clean_html = newsclean.core.html.clean_html = _recording(
        "html", newsclean.core.html.clean_html
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    path = Path(os.environ.get("RECORD_CALLS", "/tmp/calls.pkl"))
    path.write_bytes(pickle.dumps(list(_calls.values())))
