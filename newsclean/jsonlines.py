"""JSON lines read the way every newsclean command reads them: each non-blank line numbered,
and a line that is not JSON kept as the error saying why, for the caller to report and skip."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


def json_lines(lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    """Each non-blank line's number (from 1) and its JSON value, or the ``ValueError`` that
    says why it is not JSON (one nested past Python's recursion limit included).

    >>> [(n, v) for n, v in json_lines(['{"url": "u"}', "", "[1]"])]
    [(1, {'url': 'u'}), (3, [1])]
    >>> isinstance(next(json_lines(["{oops"]))[1], ValueError)
    True
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except RecursionError:
            yield number, ValueError("JSON nested too deeply")
        except ValueError as exc:  # json.JSONDecodeError is one
            yield number, exc
