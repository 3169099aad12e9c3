"""The HTML report in a real browser (Debian's chromium through Playwright): the summary shows
the crawl's numbers, one article's removed lines are struck through with their rules, search
filters the list, and a page whose text holds script runs nothing.

Skipped when chromium or Playwright is missing here; with ``NEWSCLEAN_REQUIRE_BROWSER=1`` (CI)
a missing browser fails instead. Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsclean import clean_text
from newsclean.cli import main
from newsclean.core.limits import failed_article
from newsclean.report import compact, write_report
from tools import report_browser
from tools.report_browser import Session

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"

_MISSING = report_browser.missing()
if _MISSING and os.environ.get("NEWSCLEAN_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"NEWSCLEAN_REQUIRE_BROWSER=1 but {_MISSING}")
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=f"browser tests: {_MISSING}")

HOSTILE_HEADLINE = "Harbour vote </script><script>window.__ncCanary = 3</script> delayed"
HOSTILE_PAGE = f"""Open in App

{HOSTILE_HEADLINE}

The harbour board put off its vote on the ferry timetable until the spring meeting.

<script>window.__ncCanary = 1; alert("report ran page text")</script>

Members said the draft <img src=x onerror="window.__ncCanary = 2; alert(2)"> left out sailings.

Download the app
"""


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    """The fixtures crawled with --explain, plus a hostile page and a failed one; the report."""
    folder = tmp_path_factory.mktemp("report")
    out = folder / "articles.jsonl"
    subprocess.run(
        [sys.executable, "-m", "newsclean", "crawl", "--replay", "fixtures", "--explain",
         "-o", str(out), "--log-level", "WARNING"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=300,
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for case in sorted((ROOT / "fixtures" / "text").glob("*/body.txt")):  # text pages too
        url = json.loads((case.parent / "response.json").read_text(encoding="utf-8"))["url"]
        records.append(clean_text(case.read_bytes(), url=url, explain=True).to_dict())
    hostile = clean_text(HOSTILE_PAGE, url="https://news.example.org/harbour", explain=True)
    failed = failed_article("<p>half a page</p>", "https://news.example.org/broken",
                            TimeoutError("took too long"))
    records += [hostile.to_dict(), failed.to_dict()]
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = folder / "report.html"
    assert main(["report", str(out), "-o", str(report)]) == 0
    return records, report


@pytest.fixture(scope="module")
def seen(crawl: tuple[list[dict[str, Any]], Path]) -> dict[str, Any]:
    """One browser session over the report: everything the tests below assert on."""
    records, report = crawl
    ARTIFACTS.mkdir(exist_ok=True)
    with_lines = max(range(len(records) - 2), key=lambda i: sum(
        1 for line in records[i]["metadata"].get("lines") or [] if line["rule"]))
    hostile = len(records) - 2

    gated = next(i for i, r in enumerate(records)
                 if any(line["gate"] for line in r["metadata"].get("lines") or []))

    def look(s: Session) -> dict[str, Any]:
        out: dict[str, Any] = {"open_ms": s.open(report), "cards": s.cards()}
        s.page.screenshot(path=str(ARTIFACTS / "report-summary.png"))
        s.articles()
        out["all"] = s.search("")
        out["search_none"] = s.search("no article holds this phrase")
        out["search_url"] = s.search("lighthouse-keeper")
        out["search_rows"] = s.visible_rows()
        s.search("")
        out["article"] = s.open_article(with_lines)
        s.page.screenshot(path=str(ARTIFACTS / "report-article.png"))
        out["gated"] = s.open_article(gated)
        out["hostile"] = s.open_article(hostile)
        out["canary"] = s.page.evaluate("typeof window.__ncCanary")
        out["scripts"] = s.page.evaluate("document.scripts.length")
        out["images"] = s.page.evaluate("document.images.length")
        out["errors"], out["dialogs"] = s.console_errors(), s.dialogs
        out["requests"] = s.requests
        return out

    result = report_browser.session(look)
    result["with_lines"], result["gated_index"] = with_lines, gated
    print(f"\nreport of {len(records)} articles opened in {result['open_ms']:.0f} ms")
    return result


def test_summary_cards_equal_the_crawls_records(
    crawl: tuple[list[dict[str, Any]], Path], seen: dict[str, Any]
) -> None:
    records, _ = crawl
    failed = [r for r in records if any(f.startswith("clean-failed") for f in
                                        r["metadata"]["flags"])]
    cleaned = [r for r in records if r not in failed]
    assert seen["cards"] == {
        "pages": len(records),
        "cleaned": len(cleaned),
        "truncated": sum(r["truncated"] for r in cleaned),
        "empty": sum(not r["articleBody"] for r in cleaned),
        "flagged": len(failed),
        "dropped": 0,
    }
    assert seen["all"] == f"{len(records)} of {len(records)} articles"


def test_every_removed_line_of_an_article_is_struck_through_with_its_rule(
    crawl: tuple[list[dict[str, Any]], Path], seen: dict[str, Any]
) -> None:
    record = crawl[0][seen["with_lines"]]
    shown = [line for line in seen["article"]["lines"] if not line["outside"]]
    expected = record["metadata"]["lines"]
    assert [(s["text"], s["struck"], s["rule"]) for s in shown] == [
        (line["text"], line["rule"] is not None, line["rule"]) for line in expected
    ]
    assert any(s["struck"] for s in shown)
    # Every removal is on the page: in the ordered lines or in the group outside that order.
    on_page = Counter((s["text"], s["rule"]) for s in seen["article"]["lines"] if s["struck"])
    removed = Counter((r["line"], r["rule"]) for r in record["metadata"]["removed"])
    assert on_page == removed


def test_the_gate_line_is_marked_where_truncated_was_set(
    crawl: tuple[list[dict[str, Any]], Path], seen: dict[str, Any]
) -> None:
    record = crawl[0][seen["gated_index"]]
    assert record["truncated"]
    gates = [s for s in seen["gated"]["lines"] if s["gate"]]
    assert [(g["text"], g["rule"], g["struck"]) for g in gates] == [
        (line["text"], line["rule"], True) for line in record["metadata"]["lines"]
        if line["gate"]
    ]
    assert "gate: truncated set here" in seen["gated"]["text"]


def test_search_filters_the_list(seen: dict[str, Any]) -> None:
    assert seen["search_none"].startswith("0 of ")
    assert seen["search_url"].startswith("1 of ")
    assert len(seen["search_rows"]) == 1


def test_script_like_page_text_is_shown_and_runs_nothing(seen: dict[str, Any]) -> None:
    text = seen["hostile"]["text"]
    assert '<script>window.__ncCanary = 1; alert("report ran page text")</script>' in text
    assert '<img src=x onerror="window.__ncCanary = 2; alert(2)">' in text
    assert "</script><script>window.__ncCanary = 3</script>" in text
    assert seen["canary"] == "undefined"
    assert seen["dialogs"] == []
    assert seen["scripts"] == 3  # the two JSON blocks and the report's own code
    assert seen["images"] == 0


def test_no_console_errors_and_no_network(seen: dict[str, Any]) -> None:
    assert seen["errors"] == []
    assert all(url.startswith("file:") for url in seen["requests"])


def test_screenshots_are_saved_as_artefacts(seen: dict[str, Any]) -> None:
    for name in ("report-summary.png", "report-article.png"):
        shot = ARTIFACTS / name
        assert shot.exists() and shot.stat().st_size > 10_000, name


def test_a_report_of_ten_thousand_articles_opens_and_lists_them(tmp_path: Path) -> None:
    """Opens and filters at this size; the time is logged (bench/bench_report.py measures it)."""
    base = compact(clean_text(HOSTILE_PAGE.replace("<", "("), explain=True).to_dict())
    report = tmp_path / "big.html"
    with report.open("w", encoding="utf-8") as out:
        write_report(({**base, "u": f"https://site{i % 50}.example.org/{i}",
                       "host": f"site{i % 50}.example.org"} for i in range(10_000)), out)

    def look(s: Session) -> dict[str, Any]:
        opened = s.open(report)
        s.articles()
        return {"open_ms": opened, "all": s.search(""), "one": s.search("site7.example.org/"),
                "rows": len(s.visible_rows()), "errors": s.console_errors()}

    seen = report_browser.session(look)
    print(f"\nreport of 10000 articles ({report.stat().st_size / 1e6:.1f} MB) opened in "
          f"{seen['open_ms']:.0f} ms")
    assert seen["all"] == "10000 of 10000 articles"
    assert seen["one"] == "200 of 10000 articles"
    assert 0 < seen["rows"] < 60  # virtualised: only the rows in view are in the page
    assert seen["errors"] == []
