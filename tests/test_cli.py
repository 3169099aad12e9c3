"""The ``newsclean clean`` command: JSONL out, unreadable inputs reported by name."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from newsclean import cli
from newsclean.cli import looks_like_html, main
from newsclean.sites import spider_names
from tools.regen_fixtures import stored_articles

PAGE = (
    "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
    "Harbour Gazette\nHarbour Gazette\nWorld\nMina Castellanos\n\n"
    "Lighthouse keepers return to Skerry Point\n\n"
    "The last keepers left Skerry Point in 1987.\n\nNow two have moved back.\n\n"
    "Sign up to read this article\nRead news from 100’s of titles, curated specifically for you.\n"
)


def test_clean_writes_one_article_per_input_line(tmp_path: Path, capsys) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text(PAGE.replace("Skerry", "Holm"), encoding="utf-8")
    assert main(["clean", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["aggregator"] == "inkl"
    assert first["publisher"] == "Harbour Gazette"
    assert first["truncated"] is True
    assert first["articleBody"] == (
        "The last keepers left Skerry Point in 1987.\n\nNow two have moved back."
    )


def test_missing_file_is_named_on_stderr_and_others_still_cleaned(tmp_path: Path,
                                                                  capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    status = main(["clean", str(tmp_path / "nope.txt"), str(good)])
    captured = capsys.readouterr()
    assert status == 1
    assert "nope.txt" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_text_in_a_legacy_encoding_is_decoded_not_refused(tmp_path: Path, capsys) -> None:
    page = tmp_path / "ru.txt"
    body = "Мост через реку открыли после ремонта.\n\nДвижение восстановлено в понедельник."
    page.write_bytes(("Новости\n\n" + body).encode("cp1251"))
    assert main(["clean", "--text", str(page)]) == 0
    assert "Движение восстановлено в понедельник." in json.loads(capsys.readouterr().out)[
        "articleBody"
    ]


def test_utf16_text_with_a_bom_is_read(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(PAGE.encode("utf-16"))
    assert main(["clean", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["publisher"] == "Harbour Gazette"


def test_unknown_encoding_option_is_a_clear_error(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", "--encoding", "no-such-codec", str(page)]) == 2
    assert "no-such-codec" in capsys.readouterr().err


def test_encoding_option_wins_over_detection(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes("Ça va. Überall grün.".encode("cp1252"))
    assert main(["clean", "--text", "--encoding", "cp1252", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["articleBody"] == "Ça va. Überall grün."


def test_gzip_input_is_decompressed_for_html_and_text(tmp_path: Path, capsys) -> None:
    html = tmp_path / "p.html.gz"
    html.write_bytes(gzip.compress(
        b"<html><body><article><h1>Dam opens</h1><p>The new dam opened on Friday after"
        b" four years of building work.</p></article></body></html>"
    ))
    text = tmp_path / "p.txt.gz"
    text.write_bytes(gzip.compress(PAGE.encode()))
    assert main(["clean", "--html", str(html)]) == 0
    assert main(["clean", str(text)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["articleBody"].startswith("The new dam opened on Friday")
    assert "Lighthouse" not in first["articleBody"]
    assert second["articleBody"].endswith("Now two have moved back.")


def test_gzip_bomb_is_cut_at_the_byte_limit_and_flagged(tmp_path: Path, capsys) -> None:
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 50_000_000 + b"</p>"))
    assert main(["clean", "--html", "--max-bytes", "100000", str(bomb)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "input-truncated" in record["metadata"]["flags"]
    assert len(record["articleBody"]) <= 100_000


def test_broken_gzip_is_named_on_stderr(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert main(["clean", str(bad)]) == 1
    assert "bad.gz" in capsys.readouterr().err


def test_empty_stdin_gives_a_record_flagged_empty_input() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", "-"],
        input=b"", capture_output=True, check=True,
    )
    assert json.loads(proc.stdout)["metadata"]["flags"] == ["empty-input"]


def test_output_in_a_missing_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    status = main(["clean", str(page), "-o", str(tmp_path / "missing" / "x.jsonl")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("newsclean: cannot write") and "Traceback" not in err


def test_max_bytes_cuts_and_flags_like_the_pipeline(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", "--max-bytes", "200", str(page)]) == 0
    assert "input-truncated" in json.loads(capsys.readouterr().out)["metadata"]["flags"]


def test_time_budget_flags_the_record_with_its_visible_text(tmp_path: Path, capsys,
                                                             monkeypatch) -> None:
    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(5)

    monkeypatch.setattr(cli, "clean_text", slow)
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", "--time-budget", "0.2", str(page)]) == 1
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["metadata"]["flags"][0].startswith("clean-failed: TimeBudgetExceeded")
    assert "Now two have moved back." in record["articleBody"]
    assert "p.txt" in captured.err


def test_a_gzip_input_over_budget_keeps_its_decompressed_text(tmp_path: Path, capsys,
                                                              monkeypatch) -> None:
    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(5)

    monkeypatch.setattr(cli, "clean_text", slow)
    page = tmp_path / "p.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert main(["clean", "--text", "--time-budget", "0.2", str(page)]) == 1
    assert "Now two have moved back." in json.loads(capsys.readouterr().out)["articleBody"]


def test_cli_limits_default_to_the_pipeline_settings() -> None:
    from newsclean.cli import _build_parser
    from newsclean.scrapy.settings import DEFAULTS

    args = _build_parser().parse_args(["clean", "x"])
    assert args.max_bytes == DEFAULTS["NEWSCLEAN_MAX_INPUT_BYTES"]
    assert args.time_budget == DEFAULTS["NEWSCLEAN_TIME_BUDGET"]


def test_explain_records_removed_lines_with_their_rules(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    main(["clean", "--explain", str(page)])
    removed = json.loads(capsys.readouterr().out)["metadata"]["removed"]
    rules = {r["line"]: r["rule"] for r in removed}
    assert rules["Get all your news in one place."] == "inkl:header-promo"
    assert rules["Sign up to read this article"] == "inkl:sign-up-gate"


def test_stdin_dash_reads_standard_input() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "clean", "-"],
        input=PAGE.encode(), capture_output=True, check=True,
    )
    assert json.loads(proc.stdout)["headline"] == "Lighthouse keepers return to Skerry Point"


def test_input_kind_is_sniffed_from_the_first_bytes() -> None:
    assert looks_like_html(b"  <!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html(b"<!-- saved --><html>")
    assert not looks_like_html(PAGE.encode())
    assert looks_like_html("<!doctype html><p>x</p>".encode("utf-16"))
    assert looks_like_html(b"\xef\xbb\xbf<html><body>x</body></html>")


def test_output_option_writes_the_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(page), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["articleSection"] == "World"


def test_crawl_replays_every_stored_aggregator_page_into_one_file(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "crawl", "--replay", str(root / "fixtures"),
         "-o", str(out), "--log-level", "WARNING"],
        capture_output=True, cwd=tmp_path, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_aggregator: dict[str, int] = {}
    for article in articles:
        by_aggregator[article["aggregator"]] = by_aggregator.get(article["aggregator"], 0) + 1
    stored = {name: len(stored_articles(root / "fixtures" / name)) for name in spider_names()}
    assert by_aggregator == stored
    assert min(stored.values()) >= 3
    assert len({a["url"] for a in articles}) == len(articles)


def test_crawl_rejects_an_unknown_spider(capsys) -> None:
    assert main(["crawl", "digg"]) == 2
    assert "unknown spider" in capsys.readouterr().err
