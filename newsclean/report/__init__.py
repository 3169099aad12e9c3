"""``newsclean report``: what a cleaner removed from each page and why, as one HTML file.

:func:`compact` keeps what the report needs of an Article, :func:`write_report` writes the
file (summary, per-article lines struck through with their rule, benchmark charts),
:func:`report_from_jsonl` does both for ``--explain`` JSON lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..jsonlines import json_lines
from .records import OUTCOMES, Summary, compact, rule_kind
from .render import policy, write_report

__all__ = ["OUTCOMES", "Summary", "compact", "policy", "read_jsonl", "report_from_jsonl",
           "rule_kind", "write_report"]


def read_jsonl(paths: Iterable[Path], bad: list[str]) -> Iterator[dict[str, Any]]:
    """The Article dicts of JSON-lines files; a line that is not a JSON object is skipped and
    named in ``bad`` (``file:line: reason``)."""
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, value in json_lines(lines):
                if isinstance(value, ValueError):
                    bad.append(f"{path}:{number}: not JSON ({value})")
                elif not isinstance(value, dict):
                    bad.append(f"{path}:{number}: not a JSON object")
                else:
                    yield value


def report_from_jsonl(
    paths: Iterable[Path], output: Path, benches: Iterable[dict[str, Any]] = ()
) -> tuple[Summary, list[str]]:
    """Write the report of Article JSON-lines files; (the summary, the skipped lines)."""
    bad: list[str] = []
    with output.open("w", encoding="utf-8") as out:
        summary = write_report((compact(a) for a in read_jsonl(paths, bad)), out,
                               benches=benches)
    return summary, bad
