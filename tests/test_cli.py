"""The ``newsclean clean`` command: JSONL out, unreadable inputs reported by name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsclean.cli import looks_like_html, main

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


def test_undecodable_text_is_reported_not_crashed(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \x81")
    assert main(["clean", "--text", str(bad)]) == 1
    assert "bad.txt" in capsys.readouterr().err


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
    assert by_aggregator == {"inkl": 3, "yahoo": 4, "msn": 3, "newsbreak": 3}
    assert len({a["url"] for a in articles}) == len(articles)


def test_crawl_rejects_an_unknown_spider(capsys) -> None:
    assert main(["crawl", "digg"]) == 2
    assert "unknown spider" in capsys.readouterr().err
