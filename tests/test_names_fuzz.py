"""Bylines and captions never raise, whatever the text (property tests with hypothesis).

``parse_byline`` and ``split_caption`` catch a bug of their own and return nothing rather than
break a crawl, so these tests call the inner parsers too: a crash there would be hidden from
users but still lose the byline or the credit. Text is drawn both at random and from pieces of
real byline and caption shapes (markers, labels, agencies, brackets, CJK), which reach deeper
into the rules than random characters do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import parse_byline, split_caption
from newsclean.normalize import byline as byline_mod
from newsclean.normalize import caption as caption_mod

_PIECES = [
    "By", "by", "Von", "Par", "Por", "Di", "Door", "Av", "Przez", "From", "Reporting by",
    "with additional reporting by", "Editing by", "Special to", "for", "and", "und", "e", "y",
    "The", "de la", "van der", "O'", "Mc", "Mac", "Jane", "DOE", "doe", "Reuters", "AP",
    "AFP", "dpa", "CNN's", "Staff", "Redaktion", "Photo:", "Foto:", "Photograph:", "Credit...",
    "Credit", "©", "(c)", "Image source,", "Image caption,", "via", "Getty Images", "/", " / ",
    "(", ")", "[", "]", "（", "）", "【", "】", "＝", "=", "：", ":", "|", "•", "—", "-", ",", ";",
    ".", "...", "…", "@handle", "jo@example.org", "https://x.example/a", "2026", "12:30 ET",
    "3 hours ago", "Updated", "写真", "记者", "本报记者", "기자", "사진", "山田太郎", "王磊",
    "ロンドン支局", "Prof.", "Dr.", "\n", "\t", "\u200b", " ", "  ",
]
_TEXT = st.text(max_size=200)
_SHAPED = st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join)
_GLUED = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)
_ANY = st.one_of(_TEXT, _SHAPED, _GLUED)
_FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(_ANY)
def test_byline_parser_never_raises_and_returns_strings(raw: str) -> None:
    authors, orgs, desks = byline_mod._parse(raw)  # the inner parser: no safety net
    assert all(isinstance(a, str) and a for a in authors)
    assert all(isinstance(o, str) and o for o in orgs)
    assert all(isinstance(d, str) for d in desks)
    got = parse_byline(raw)
    assert got.authors == authors and got.organizations == orgs


@_FAST
@given(_ANY)
def test_caption_splitter_never_raises_and_credit_comes_from_the_text(raw: str) -> None:
    text, credit = caption_mod._split(raw)  # the inner splitter: no safety net
    if credit is not None:
        assert credit.strip() and credit in caption_mod._CONTROL.sub(" ", raw)
    got = split_caption(raw)
    assert (got.text, got.credit) == (text, credit)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_huge_repeated_input_never_raises(chunk: str) -> None:
    raw = chunk * (20_000 // len(chunk) + 1)
    parse_byline(raw)
    split_caption(raw)


def test_overlapping_credit_labels_found_by_the_fuzzer_do_not_raise() -> None:
    for raw in ("CreditCreditPhoto:", "PhotoPhoto: Photo:", "Credit:Credit"):
        caption_mod._split(raw)
        assert split_caption(raw).raw == raw
