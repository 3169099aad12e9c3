"""py3langid's feature count, the same numbers in a fraction of the time.

The model finds its byte n-grams with an Aho-Corasick automaton, walked one byte at a time in
Python (``py3langid.langid.visit_counts``): most of a detection's cost. In such an automaton
the state after a byte is the longest suffix of the text read so far that is a node of its
trie, so it depends only on the last ``depth`` bytes (the trie's depth, measured here once):
every position's state is the walk from the root over the ``depth`` bytes ending there, and
numpy takes those ``depth`` steps for all positions at once. The counts come out in the order
of their first occurrence, as ``collections.Counter`` gives them to the model, so the scores
are bit for bit py3langid's.
"""

from __future__ import annotations

from array import array
from typing import Any

import numpy as np

_WALK_BYTES = 80
"""Shortest sample counted with numpy: below it (a one-line item) its dozen array steps cost
more than py3langid's loop (on the reference bodies' samples cut to N bytes, µs a sample:
30 bytes 14 vs 33, 60: 39 vs 43, 90: 56 vs 50, 240: 148 vs 84)."""

_CHUNK = 2_048
"""States expanded at once while the trie's depth is measured (a 2,048 x 256 table)."""


def trie_depth(nextmove: np.ndarray, rowbase: np.ndarray) -> int:
    """The most steps from the root any state needs (breadth first over all 256 bytes)."""
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.intp)
    columns = np.arange(256, dtype=np.intp)
    depth = 0
    while True:
        reached = []
        for at in range(0, len(frontier), _CHUNK):
            found = nextmove[rowbase[frontier[at : at + _CHUNK]][:, None] + columns].ravel()
            found = found[~seen[found]]  # (most transitions lead back up the trie)
            if len(found):
                found = np.unique(found)
                seen[found] = True
                reached.append(found)
        if not reached:
            return depth
        frontier = np.concatenate(reached).astype(np.intp)
        depth += 1


class FeatureWalk:
    """The automaton of one model as numpy arrays (views of its tables, no copy)."""

    __slots__ = ("_bases", "_depth", "_nextmove", "_outputs", "_rowbase", "_rows")

    def __init__(self, nextmove: array[int], rowbase: list[int], output: list[int]) -> None:
        self._nextmove = nextmove  # py3langid's own tables, for the first bytes
        self._rowbase = rowbase
        self._rows = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
        self._bases = np.asarray(rowbase, dtype=np.intp)
        self._outputs = np.asarray(output, dtype=np.intp)
        self._depth = trie_depth(self._rows, self._bases)

    def features(self, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """(feature indexes, their counts as float32) in first-occurrence order; None for a
        text shorter than the trie's depth or with no feature (py3langid's walk answers)."""
        depth = self._depth
        size = len(data)
        if size < depth or depth == 0:
            return None
        nextmove, rowbase = self._nextmove, self._rowbase
        head = []
        state = 0
        for byte in data[: depth - 1]:  # positions with fewer bytes than depth before them
            state = nextmove[rowbase[state] + byte]
            head.append(state)
        letters = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        rows, bases = self._rows, self._bases
        span = size - depth + 1
        states = np.zeros(span, dtype=np.intp)
        for step in range(depth):  # each position's walk from the root, all at once
            states = rows[bases[states] + letters[step : step + span]]
        found = self._outputs[np.concatenate((np.asarray(head, dtype=np.intp), states))]
        found = found[found >= 0]
        if not len(found):
            return None
        index, first, counts = np.unique(found, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return index[order], counts[order].astype(np.float32)


def fast_identifier(base: Any) -> Any:
    """A subclass of py3langid's ``LanguageIdentifier`` counting with :class:`FeatureWalk`."""

    class FastIdentifier(base):  # type: ignore[misc]
        __slots__ = ("_walk",)

        def _raw_score(self, text: bytes) -> Any:
            walk = getattr(self, "_walk", None)
            long = isinstance(text, bytes) and len(text) >= _WALK_BYTES
            found = walk.features(text) if walk is not None and long else None
            if found is None:
                return super()._raw_score(text)
            index, counts = found
            # (py3langid's _sparse_score on the same arrays: the same sums)
            return np.log1p(counts) @ self.nb_ptc[index] + self.nb_pc

    return FastIdentifier
