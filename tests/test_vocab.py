"""newsclean.rules.vocab: the word-list files, their loader and its error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean  # noqa: F401  (imports every normaliser, so every table it uses is loaded)
from newsclean import dedup as _dedup  # noqa: F401  (a stage over records: not in the core)
from newsclean.normalize import _date_rules
from newsclean.rules import vocab
from newsclean.rules.vocab import VocabularyError, parse

FOLDER = Path(vocab.__file__).parent
FILES = sorted(p.stem for p in FOLDER.glob("*.txt"))


def test_every_data_file_is_used_by_some_module() -> None:
    # a file nobody loads is a list that silently stopped mattering (or a copy of another)
    assert [name for name in FILES if not _is_loaded(name)] == []


def _is_loaded(name: str) -> bool:
    """True when ``name`` was read before this call (a cache hit now)."""
    misses = vocab.load.cache_info().misses
    vocab.load(name)
    return vocab.load.cache_info().misses == misses


@pytest.mark.parametrize("name", FILES)
def test_every_file_parses_with_no_blank_or_padded_words(name: str) -> None:
    table = vocab.load(name)
    assert table.entries
    assert all(e.word == e.word.strip() and e.word for e in table.entries)


def test_sections_keep_languages_and_words_may_repeat_across_them() -> None:
    table = parse("# months\n[fr]\nmai\n[de]\nmai\nmärz\n", "months")
    assert table.sections == ("fr", "de")
    assert vocab.Vocabulary.select(table, ["de"])[1].word == "märz"


def test_words_and_mapping_read_sections_values_and_exclusions() -> None:
    assert vocab.words("time_units", "en-short") >= {"s", "wk"}
    assert "s" not in vocab.words("time_units", exclude=("en-short",))
    orgs = vocab.mapping("organisations", *vocab.sections_for("organisations", "bylines"))
    assert orgs["ap"] == "AP"
    assert orgs["the associated press"] is None
    assert "getty images" not in orgs  # a picture library: a credit, never a byline's org


def test_sections_for_a_use_and_an_unknown_use() -> None:
    assert "bylines credits lines" in vocab.sections_for("organisations", "lines")
    with pytest.raises(VocabularyError, match=r"organisations\.txt: no section for 'x'"):
        vocab.sections_for("organisations", "x")


def test_every_dateparser_language_has_months_and_weekdays() -> None:
    for name in ("months", "weekdays"):
        assert set(_date_rules.DEFAULT_LANGUAGES) <= set(vocab.load(name).sections), name


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[en\nmay\n", "made-up.txt:1: malformed section header '[en'"),
        ("# c\n[]\n", "made-up.txt:2: malformed section header '[]'"),
        ("[en]\nmay\n\nmay\n", "made-up.txt:4: 'may' appears twice in section [en]"),
        ("ap = \n", "made-up.txt:1: malformed entry 'ap ='"),
        ("= AP\n", "made-up.txt:1: malformed entry '= AP'"),
        ("# only a comment\n", "made-up.txt: no entries"),
    ],
)
def test_malformed_files_name_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(VocabularyError) as err:
        parse(text, "made-up")
    assert str(err.value) == message


def test_missing_file_and_unknown_section_are_errors_not_empty_sets() -> None:
    with pytest.raises(VocabularyError, match=r"no-such-list\.txt: cannot be read"):
        vocab.load("no-such-list")
    with pytest.raises(VocabularyError, match=r"months\.txt: no section \[xx\]"):
        vocab.words("months", "xx")


def test_a_comment_after_a_word_needs_two_spaces() -> None:
    table = parse("c#  # the language\nap = AP  # canonical\n", "made-up")
    assert [(e.word, e.value) for e in table.entries] == [("c#", None), ("ap", "AP")]


def test_date_label_sections_must_name_a_kind_and_one_language() -> None:
    good = parse("[modified it]\naggiornato il\n", "date_labels")
    assert _date_rules.labels_of(good) == (("aggiornato il", "modified", "it"),)
    bad = parse("[changed it]\naggiornato il\n", "date_labels")
    with pytest.raises(VocabularyError, match=r"^date_labels\.txt:2: section \[changed it\]"):
        _date_rules.labels_of(bad)
