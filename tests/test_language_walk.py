"""The language model's features counted by numpy (normalize/_langwalk.py) are py3langid's own:
the same features, counts and order on any bytes, so every score is the same."""

from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import LanguageIdentifier, visit_counts

from newsclean.normalize.language import _model

_TEXTS = [
    "The council approved the budget on Monday after a long debate.",
    "Der Minister sagte, dass der Plan nicht von dem Rat genehmigt wurde.",
    "Le conseil municipal a voté le budget lundi soir, après un long débat.",
    "Совет одобрил бюджет в понедельник после долгих дебатов.",
    "市议会周一在长时间辩论后批准了预算。",
    "مجلس المدينة وافق على الميزانية يوم الاثنين",
    "42 / 17 -- 2026-12-07 10:15",
    "ab",
    "abcde",
    "abcdef",
    "",
]


def _stock(data: bytes) -> tuple[list[int], list[int]] | None:
    model = _model()
    found = visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, data)  # type: ignore[attr-defined]
    return (list(found), list(found.values())) if found else None


def _walked(data: bytes) -> tuple[list[int], list[int]] | None:
    walk = getattr(_model(), "_walk", None)
    if walk is None:
        pytest.skip("the installed py3langid has no walk to replace")
    found = walk.features(data)
    if found is None:
        return _stock(data)  # (what the identifier falls back to)
    index, counts = found
    return index.tolist(), [int(c) for c in counts]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_text_has_the_same_features_in_the_same_order(text: str) -> None:
    data = text.encode("utf-8")
    assert _walked(data) == _stock(data)


def test_random_bytes_have_the_same_features_as_the_byte_walk() -> None:
    rng = random.Random(7)
    alphabet = b"aeinorst lmdcuhpgbfywvkjxqz.,'" + bytes(range(0x80, 0x100))
    for size in [*range(12), 40, 240, 2_400]:
        for _ in range(20):
            data = bytes(rng.choice(alphabet) for _ in range(size))
            assert _walked(data) == _stock(data), data


def test_scores_are_bit_for_bit_the_stock_identifiers() -> None:
    model = _model()
    for text in [*_TEXTS, " ".join(_TEXTS)]:  # (short samples keep py3langid's own walk)
        data = model._encode(text)  # type: ignore[attr-defined]
        assert np.array_equal(
            model._raw_score(data),  # type: ignore[attr-defined]
            LanguageIdentifier._raw_score(model, data),
        )
