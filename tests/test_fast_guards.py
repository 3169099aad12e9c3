"""The cheap tests put before slow regexes on the text path answer exactly as the regexes do.

Each guard skips a pattern only where the pattern cannot match (a line with no stop, no
odd space, no ellipsis at its end …); these properties compare guard and pattern on text
built from the very characters the patterns turn on, so a guard that skips a real match fails.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.core import chromeshape, header
from newsclean.normalize import text as textnorm

_SPACES = " \t\n\u00a0\u2002\u2009\u202f\u205f\u3000\u200b\u2028"
_SIGNS = ".!?…[]()\"”’»-–—•*·:"
_LETTERS = "aZkq7é漢Ωй"
_PIECES = st.text(alphabet=_SPACES + _SIGNS + _LETTERS, max_size=40)
_WORDS = st.lists(
    st.sampled_from(["the", "Council", "Mayor", "2025", "said", "--", "—", "...", "…", "[…]",
                     "(...)", "•", "*", "- ", "»", "”", "\u00a0", "\t", "  ", ". ", "! ", "? "]),
    max_size=12,
).map("".join)
_TEXT = st.one_of(_PIECES, _WORDS)


def _old_squash(line: str) -> str:
    return textnorm._FOLDABLE.sub(" ", line).strip()


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_squash_folds_the_same_spaces_as_the_pattern_alone(line: str) -> None:
    assert textnorm.squash(line) == _old_squash(line)


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_key_drops_a_bullet_exactly_where_the_pattern_does(line: str) -> None:
    s = _old_squash(line)
    s = s.lower() if s.isascii() else textnorm.unicodedata.normalize("NFKC", s).casefold()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    assert textnorm._key(line) == textnorm._BULLET.sub("", s)


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_inner_stop_guard_agrees_with_the_pattern(text: str) -> None:
    assert header._inner_stop(text) == (header._INNER_STOP.search(text) is not None)


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_ellipsis_end_guard_agrees_with_the_pattern(text: str) -> None:
    assert chromeshape._ellipsis_end(text) == (chromeshape._ELLIPSIS_END.search(text) is not None)


def test_excerpt_ends_are_still_found() -> None:
    for end in ("next […]", "next [...]", "next…", "next...", "next (…) ”", "next...\u00a0»\n"):
        assert chromeshape._ellipsis_end("The council will vote " + end)
    assert not chromeshape._ellipsis_end("The council will vote next week.")


def test_every_odd_space_is_unprintable() -> None:
    # squash skips its class search on a printable line: none of the class may be printable
    odd = [chr(c) for c in range(sys.maxunicode + 1) if textnorm._ODD_SPACE.match(chr(c))]
    assert odd and not any(char.isprintable() for char in odd)


def test_scripts_byline_of_looks_for_are_outside_ascii() -> None:
    # byline_of skips its CJK-prose and Thai searches on an ASCII line
    for pattern in (header._CJK_PROSE, header._THAI):
        assert not any(pattern.search(chr(c)) for c in range(128))
        assert pattern.search("\u0e01" if pattern is header._THAI else "。")


def test_bullet_chars_are_the_patterns_first_characters() -> None:
    first = {chr(c) for c in range(sys.maxunicode + 1) if textnorm._BULLET.match(chr(c) + " ")}
    assert first == set(textnorm._BULLETS)
    assert re.fullmatch(r"[^\s]+", textnorm._BULLETS)


_BYLINE_TEXT = st.text(
    alphabet=" ,|-:./()@#'’abcdefmnoprstuyADJMNOSTWZäéñß漢" + "0123456789٣",
    max_size=60,
) | st.lists(
    st.sampled_from(["By", "Ana", "Ruiz", "Monday", "Mon", "March", "mar", "4", "2025",
                     "10:30", "am", "EST", "ago", "min", "read", ",", "|", "-", "hours"]),
    max_size=10,
).map(" ".join)


@given(_BYLINE_TEXT)
@settings(max_examples=500, deadline=None)
def test_byline_patterns_skipped_without_a_digit_or_bar_cannot_match(raw: str) -> None:
    # _clean skips a date pattern (or an unglue step) that needs a digit when the byline has
    # none, and the weekday-before-a-comma one when it has no "," or "|"
    from newsclean.normalize import byline

    digits = byline._DIGIT.search(raw) is not None
    bars = "," in raw or "|" in raw
    for pattern, needs in byline._DATES:
        if needs == byline._DIGIT_NEEDED and not digits:
            assert pattern.search(raw) is None, pattern.pattern[:60]
        if needs == byline._BAR_NEEDED and not bars:
            assert pattern.search(raw) is None, pattern.pattern[:60]
    for pattern, _, needs_digit in byline._UNGLUE:
        if needs_digit and not digits:
            assert pattern.search(raw) is None, pattern.pattern


def test_no_byline_cleaning_step_writes_a_digit() -> None:
    # the digit test is made once, before these steps: none may put a digit in
    from newsclean.normalize import byline

    # (a template's "\\1" puts back a group of letters: "By", "Team")
    templates = [apart for _, apart, _ in byline._UNGLUE if isinstance(apart, str)]
    written = [re.sub(r"\\\d", "", apart) for apart in templates]
    assert not any(ch.isdigit() for text in [*written, " | ", " , "] for ch in text)
    assert byline.parse_byline("By Ana Ruiz, March 4, 2025 10:30 am EST").authors == ("Ana Ruiz",)
    assert byline.parse_byline("Ana Ruiz | Monday, 5 min read").authors == ("Ana Ruiz",)


@given(_BYLINE_TEXT | _TEXT)
@settings(max_examples=500, deadline=None)
def test_byline_steps_skipped_by_a_character_test_cannot_match(raw: str) -> None:
    from newsclean.normalize import byline

    if not byline._STRONG_SEP_HINT.search(raw):
        assert byline._STRONG_SEP.search(raw) is None
    if "." not in raw:
        assert byline._SENTENCE.search(raw) is None
    if byline._NEWLINE.search(raw) is None:
        assert byline._LIST_NEWLINE.search(raw) is None
    if "(" not in raw:
        assert byline._DATELINE.search(raw) is None
    if "@" not in raw:
        assert byline._HANDLE.search(raw) is None
    if raw.isascii():
        assert byline._CJK_ROLE.search(raw) is None
        assert byline._CJK_ROLE_BETWEEN.search(raw) is None


def test_cjk_role_steps_still_run_on_cjk_bylines() -> None:
    from newsclean.normalize import byline

    assert byline.parse_byline("山田太郎記者").authors == ("山田太郎",)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_VOCAB_WORDS = ["AP", "AFP", "ap", "Reuters", "REUTERS", "dpa", "by", "by:", "By", "Kathimerini",
                "\u212aelvin", "kelvin", "ıstanbul", "Istanbul", "istanbul", "ſtaff", "staff", "Ñ",
                "ñu", "a", "ab", "abc", "朝日新聞", "朝日", "—", "(", "i"]


@given(
    st.lists(st.sampled_from(_VOCAB_WORDS), min_size=1, max_size=12),
    st.text(alphabet="aAbBcCkKsSiIıİſ\u212aeErRpPuUtTfF朝日新聞ñÑ—( .:'", max_size=30),
    st.sampled_from([0, re.IGNORECASE]),
)
@settings(max_examples=600, deadline=None)
def test_grouped_alternation_matches_what_the_flat_one_does(
    words: list[str], text: str, flags: int
) -> None:
    from newsclean.rules.vocab import alternation

    grouped = re.compile(rf"(?<!\w)(?:{alternation(words)})(?:\s*:|\b)", flags)
    flat = re.compile(rf"(?<!\w)(?:{_flat(words)})(?:\s*:|\b)", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in re.compile(alternation(words), flags).finditer(text)] == [
        m.span() for m in re.compile(_flat(words), flags).finditer(text)
    ]


@given(st.text(alphabet="ab /()\nPhotoAPvia.:-", max_size=50))
@settings(max_examples=500, deadline=None)
def test_paren_credit_at_the_last_bracket_agrees_with_the_search(line: str) -> None:
    from newsclean.core import figures

    assert figures._paren_credit(line) == (figures._PAREN_CREDIT.search(line) is not None)


def test_paren_credits_are_still_read() -> None:
    from newsclean.core import figures

    for line in (
        "Crews clear the road (AP)",
        "The pier at dawn (Ann Lee/Harbour Post) ",
        "A (first) look at the pier (Photo by Ann Lee)",
        "Flooded fields (Jo Roe via Getty)",
    ):
        assert figures._paren_credit(line), line
    assert not figures._paren_credit("The council (which met on Monday) approved it.")
