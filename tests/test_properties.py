"""Property tests (hypothesis) and a deterministic mutation fuzzer over the stored fixtures.

Invariants (helpers shared with ``test_hostile.py``):

- no exception;
- the body is never longer than the input;
- no invented text: every body paragraph is a line of the input after whitespace
  normalisation (the documented exceptions only ever *remove* text: the archive store prefix
  and chrome glued inside a line, both recorded with ``explain=True``);
- the body is a fixed point where it can be: ``clean_text(body).articleBody == body`` does
  NOT hold in general (see ``test_body_is_a_fixed_point``); what holds is stated there;
- ``parse_byline`` authors and ``split_caption`` text/credit are read from the raw string.
"""

from __future__ import annotations

import contextlib
import random
import warnings
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from newsclean import clean_html, clean_text, split_caption
from tests.test_hostile import (
    assert_byline_ok,
    assert_caption_ok,
    assert_html_body_from,
    assert_no_leak,
    assert_text_body_from,
    assert_text_body_lines,
    norm,
)

with warnings.catch_warnings():
    # Hypothesis writes a patch for failing examples with libcst, whose import warns
    # (mypy_extensions.TypedDict) under filterwarnings=error and turns a failure into an
    # INTERNALERROR; import it here, once, quietly.
    warnings.simplefilter("ignore", DeprecationWarning)
    with contextlib.suppress(ImportError):
        import hypothesis.extra._patching  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
TEXT_FIXTURES = sorted((ROOT / "fixtures" / "text").glob("*/body.txt"))
HTML_FIXTURES = sorted((ROOT / "fixtures").glob("*/*/body.html"))  # site and publisher cases

PROPS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
    # No explain phase: its failure report trips a DeprecationWarning (filterwarnings=error).
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)

CHROME = [
    "Sign up to read this article",
    "Story continues",
    "Story continues below advertisement",
    "Download the app",
    "Advertisement",
    "Share",
    "Copy link",
    "Related stories",
    "Read more",
    "Subscribe now",
    "Already a subscriber?",
    "Get all your news in one place.",
    "100’s of premium titles.",
    "One app.",
    "Start reading",
    "Open in App",
    "• Local",
    "• The Daily Ledger",
    "The Guardian - AU",
    "World",
    "Continue reading…",
    "See all our climate coverageThe",
    "date 2024-06-01 ",
    "5 min read",
    "9 hours ago",
    "Updated 3:04 PM ET",
]
BYLINES = [
    "By Jane Doe",
    "By JANE O'MALLEY and Tom McTavish, Wire Press Staff",
    "Von Maren Kettler und Jonas Brück",
    "Jane Doe and John Smith, Associated Press",
    "By Staff Reporter",
    "Nadia Okonkwo-Reyes (now); Ellis Marchbank and Hanna Virtanen-Moss (earlier)",
    "Reuters",
]
CAPTIONS = [
    "Crowds at the harbour. Photograph: Jo Bloggs/AP",
    "Ducks on the pond. Photograph: X/Y",
    "A fox in the snow (AP Photo/Sam Smith)",
    "© Agency Caption text",
    "Residents wade through floodwater. Photograph: Bronwyn Teague/AAP",
    "Photograph: ",
]

_words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
)
_sentence = st.lists(
    st.sampled_from(
        ["The", "river", "bridge", "reopened", "on", "Monday.", "By", "Photograph:", "Jane", "Doe",
         "AP", "Reuters", "said", "—", "“quoted”", "and", "Story", "continues", "•", "-", "©"]
    ),
    min_size=1,
    max_size=25,
).map(" ".join)  # fmt: skip
_line = st.one_of(
    _words,
    _sentence,
    st.sampled_from(CHROME),
    st.sampled_from(BYLINES),
    st.sampled_from(CAPTIONS),
    st.just(""),
    st.sampled_from([" ", "\t", "\u00a0", "  \u2003 "]).map(lambda s: s + "Indented line."),
)
_newline = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r", "\u2028"])


@st.composite
def page_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line, min_size=0, max_size=40))
    out = []
    for line in lines:
        out.append(line)
        out.append(draw(_newline))
    return "".join(out)


def _check_page(text: str) -> None:
    article = clean_text(text, explain=True)
    assert_no_leak(article)
    # Paragraphs are joined by a blank line, so count text, not separators.
    assert len(norm(article.articleBody)) <= len(norm(text))
    assert_text_body_lines(article, text)


@PROPS
@given(page_texts())
@example(
    "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
    "Reuters\nWorld\nBy Jane Doe\n\nHeadline here\n\nBody text.\n\nStory continues\n"
)
@example("date 2024-06-01 First line of text.\n\nSecond.")
@example("Standfirst.See all our climate coverageThe first paragraph.")
def test_clean_text_invariants(text: str) -> None:
    _check_page(text)


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(q == p for p in it) for q in small)


@PROPS
@given(page_texts())
@example("=A\n=À\nPhotograph: \nriver\n")
@example("Sign up to read this article\nSign up to read this article\n")
def test_body_is_a_fixed_point(text: str) -> None:
    """``clean_text(body).articleBody == body`` does NOT hold in general, not even for bodies
    whose first line looks like no header line. Cleaning is *contextual*, and removing lines
    changes the context of the rest: ``"=A\n=À\nPhotograph: \nriver"`` cleans to
    ``"Photograph:\n\nriver"``, which cleans to ``"Photograph:"`` ("river" now follows a
    credit label directly and is read as the credit); a header layout reads a body's short first
    lines as headline/byline; a chrome line kept by the all-chrome rescue is chrome again.

    The precise property that holds, asserted here: cleaning is *contracting*. Each pass
    returns a subsequence of the previous body's paragraphs (nothing invented, nothing
    reordered, nothing rewritten), so iterating reaches a fixed point, in at most as many
    passes as the first body has paragraphs.
    """
    body = clean_text(text).articleBody
    previous = [p for p in body.split("\n\n") if p.strip()]
    for _ in range(len(previous) + 1):
        again = clean_text(body).articleBody
        current = [p for p in again.split("\n\n") if p.strip()]
        assert _subsequence(current, previous), "a second pass invented or reordered text"
        if again == body:
            return
        body, previous = again, current
    raise AssertionError("no fixed point reached")


@PROPS
@given(st.one_of(st.sampled_from(BYLINES), _sentence, _words, page_texts()))
def test_parse_byline_authors_are_read_from_raw(raw: str) -> None:
    assert_byline_ok(raw)


@PROPS
@given(st.lists(st.one_of(st.sampled_from(BYLINES), _sentence, _words), max_size=4))
def test_parse_byline_joined(parts: list[str]) -> None:
    for sep in (", ", " and ", " | ", "\n"):
        assert_byline_ok(sep.join(parts))


@PROPS
@given(st.one_of(st.sampled_from(CAPTIONS), _sentence, _words, page_texts()))
def test_split_caption_parts_are_read_from_raw(raw: str) -> None:
    assert_caption_ok(raw)
    c = split_caption(raw)
    assert c.raw == raw


@PROPS
@given(_sentence, st.sampled_from(["Photograph:", "Photo:", "Credit:", "(AP Photo/", "©"]), _words)
def test_split_caption_labelled(caption: str, label: str, credit: str) -> None:
    assert_caption_ok(f"{caption} {label} {credit}")
    assert_caption_ok(f"{label} {credit} {caption}")


# ---------------------------------------------------------------------------- mutation fuzzer

N_MUTATIONS = 200


def _mutate(data: bytes, rng: random.Random, html: bool) -> bytes:
    lines = data.split(b"\n")
    op = rng.randrange(9)
    if op == 0 and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    elif op == 1 and lines:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
    elif op == 2 and len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 3:
        return data[: rng.randrange(len(data) + 1)]
    elif op == 4:
        at = rng.randrange(len(data) + 1)
        return data[:at] + b"\x00" * rng.randint(1, 8) + data[at:]
    elif op == 5:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    elif op == 6 and html:
        closing = [i for i in range(len(data)) if data.startswith(b"</", i)]
        out = bytearray(data)
        for i in sorted(rng.sample(closing, min(len(closing), rng.randint(1, 20))), reverse=True):
            end = out.find(b">", i)
            if end != -1:
                del out[i : end + 1]
        return bytes(out)
    elif op == 7:
        return data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b" "]))
    elif op == 8 and lines:
        i = rng.randrange(len(lines))
        lines[i] = lines[i] * rng.randint(2, 50)
    return b"\n".join(lines)


def _fuzz_inputs() -> list[tuple[Path, int, bytes]]:
    sources = [(p, p.read_bytes()) for p in TEXT_FIXTURES + HTML_FIXTURES]
    assert sources, "no fixtures found"
    rng = random.Random(20240601)
    out = []
    for n in range(N_MUTATIONS):
        path, data = sources[n % len(sources)]
        mutated = data
        for _ in range(rng.randint(1, 4)):
            mutated = _mutate(mutated, rng, path.suffix == ".html")
        out.append((path, n, mutated))
    return out


# Known defects, each a mutation that still fails (strict: a fix shows as "fixed" below).
KNOWN_MUTATION_DEFECTS = {
    ("d-newspack-spanish-table", 190): "a mutation drops </table>, so the paragraphs after it"
    " are parsed into the table; trafilatura prints them before the cells (a browser's order"
    " for a broken table, not the markup's) glued to the first row",
}


def test_mutation_fuzzer() -> None:
    failures = []
    for path, n, data in _fuzz_inputs():
        known = (path.parent.name, n) in KNOWN_MUTATION_DEFECTS
        try:
            text = data.decode("utf-8", "replace")
            if path.suffix == ".html":
                article = clean_html(data)
                assert_no_leak(article)
                assert_html_body_from(article, data)
                clean_html(text, url="https://www.inkl.com/news/fuzz")
            else:
                _check_page(text)
                assert_text_body_from(clean_text(text, url="https://www.inkl.com/news/x"), text)
            for line in text.splitlines()[:40]:
                assert_byline_ok(line)
                assert_caption_ok(line)
        except Exception as exc:  # collect all, report the seeds
            if not known:
                failures.append(
                    f"{path.parent.name} mutation #{n}: {type(exc).__name__}: {exc}"[:300]
                )
            continue
        if known:
            failures.append(f"{path.parent.name} mutation #{n}: fixed, drop it from the list")
    assert not failures, f"{len(failures)} failing mutations:\n" + "\n".join(failures[:20])


def test_fixtures_unmutated_hold_the_invariants() -> None:
    for path in TEXT_FIXTURES:
        _check_page(path.read_text(encoding="utf-8"))
    for path in HTML_FIXTURES:
        data = path.read_bytes()
        article = clean_html(data)
        assert_html_body_from(article, data)
