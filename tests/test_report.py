"""``newsclean report`` without a browser: the ordered lines explain records, what a report
record keeps, the summary's counts, escaping and the Content-Security-Policy, the CLI and the
``NEWSCLEAN_REPORT`` crawl extension. (The page itself is tested in chromium:
``tests/test_report_browser.py``.)"""

from __future__ import annotations

import hashlib
import json
import re
from base64 import b64encode
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.test import get_crawler

from newsclean import Article, clean_html, clean_text
from newsclean.cli import main
from newsclean.core.limits import failed_article
from newsclean.report import Summary, compact, rule_kind, write_report
from newsclean.report.charts import bench_charts
from newsclean.scrapy.addon import Addon
from newsclean.scrapy.report import ReportExtension
from newsclean.scrapy.spiders.newsbreak import NewsBreakSpider

from .conftest import FIXTURES, IN_THREAD
from .test_spiders import crawl

GATED = """Open in App
• Local
• The Millbrook Gazette

Library extends weekend hours

The county library will open on Sundays from next month, trustees said.

The change follows a survey in which most readers asked for longer hours.

Subscribe to continue reading

Already a subscriber? Sign in

Download the app
"""


def _report(records: list[dict[str, Any]], tmp_path: Path, **kwargs: Any) -> str:
    path = tmp_path / "r.html"
    with path.open("w", encoding="utf-8") as out:
        write_report(records, out, **kwargs)
    return path.read_text(encoding="utf-8")


def _json_block(html: str, block: str) -> Any:
    m = re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


# --- the ordered lines (Metadata.lines) ---------------------------------------------------


def test_explain_records_every_non_blank_line_in_page_order_kept_or_with_its_rule() -> None:
    article = clean_text(GATED, explain=True)
    lines = article.metadata.lines
    assert lines is not None
    assert [line.text for line in lines] == [x for x in GATED.splitlines() if x.strip()]
    assert [line.text for line in lines if line.rule is None] == \
        article.articleBody.split("\n\n")
    removed = [(r.line, r.rule) for r in article.metadata.removed or []]
    assert [(line.text, line.rule) for line in lines if line.rule] == removed


def test_the_gate_line_is_the_one_that_set_truncated_and_lines_after_it_are_not() -> None:
    lines = clean_text(GATED, explain=True).metadata.lines or []
    assert [line.text for line in lines if line.gate] == ["Subscribe to continue reading"]
    assert lines[-1].rule is not None and lines[-1].rule.endswith(":after-gate")
    untruncated = clean_text(GATED.replace("Subscribe to continue reading", ""), explain=True)
    assert not any(line.gate for line in untruncated.metadata.lines or [])


def test_lines_are_recorded_only_with_explain_and_survive_a_round_trip() -> None:
    plain = clean_text(GATED)
    assert plain.metadata.lines is None and "lines" not in plain.to_dict()["metadata"]
    explained = clean_text(GATED, explain=True)
    assert Article.from_dict(json.loads(json.dumps(explained.to_dict()))) == explained


# --- the report's records and summary -------------------------------------------------------


def test_html_stage_removals_are_kept_apart_from_the_ordered_lines() -> None:
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
            "<h1>Dam gates open after week of rain</h1><p>Engineers opened two of the dam's "
            "five gates on Tuesday as the reservoir neared its limit after a week of rain."
            "</p><p>Farmers downstream were told to move livestock to higher fields by the "
            "evening, the water authority said.</p></article></body></html>")
    article = clean_html(page, url="https://news.example.org/dam", explain=True).to_dict()
    record = compact(article)
    on_lines = [(t, r) for t, r, *_ in record["ln"] if r]
    removed = [(r["line"], r["rule"]) for r in article["metadata"]["removed"]]
    assert sorted(on_lines + [tuple(x) for x in record.get("rm", [])]) == sorted(removed)
    assert record["rm"]  # the nav was removed before the lines were made


def test_summary_counts_outcomes_as_the_pipeline_stats_do() -> None:
    gated = clean_text(GATED, explain=True).to_dict()
    empty = clean_text("   ").to_dict()
    failed = failed_article("<p>x</p>", "https://a.example/x", ValueError("bad")).to_dict()
    summary = Summary()
    for record in (gated, empty, failed):
        summary.add(compact(record))
    summary.add(compact({"url": "https://a.example/y", "metadata": {"flags": ["dropped: x"]}},
                        outcome="dropped"))
    data = summary.to_json()
    assert data["pages"] == 4
    assert data["outcomes"] == {"cleaned": 2, "truncated": 1, "empty": 1, "flagged": 1,
                                "dropped": 1}
    assert ("clean-failed", 1) in data["flags"]
    assert ["generic:paywall", 1, 1, "phrase"] in data["rules"]


@pytest.mark.parametrize(("rule", "kind"), [
    ("learned:example.org", "learned"), ("header:bylineRaw", "field"), ("caption", "field"),
    ("html:drop div.ad", "structural"), ("main-content:not-kept", "structural"),
    ("generic:paywall:after-gate", "structural"), ("inkl:footer", "phrase"),
    ("generic:app-promo", "phrase"),
])
def test_rules_are_labelled_by_family(rule: str, kind: str) -> None:
    assert rule_kind(rule) == kind


def test_learned_chrome_is_counted_per_host() -> None:
    record = {"url": "https://news.example.org/a", "articleBody": "x", "metadata": {
        "flags": [], "lines": [{"text": "Menu", "rule": "learned:news.example.org"},
                               {"text": "Sport", "rule": "learned:news.example.org"},
                               {"text": "x", "rule": None}]}}
    summary = Summary()
    summary.add(compact(record))
    summary.add(compact(record))
    assert summary.to_json()["learned"] == [["news.example.org", 4, 2]]


# --- the file: escaping, policy, charts -----------------------------------------------------


def test_page_text_cannot_end_the_data_block_or_add_markup(tmp_path: Path) -> None:
    hostile = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>"
    record = compact(clean_text(f"{hostile}\n\nA line of body text here.", explain=True)
                     .to_dict())
    html = _report([record], tmp_path)
    assert hostile not in html and "<img" not in html
    assert html.count("<script") == 3  # two JSON blocks and the report's own code
    assert _json_block(html, "nc-articles")[0]["ln"][0][0] == hostile


def test_the_policy_allows_exactly_the_inline_script_and_style(tmp_path: Path) -> None:
    html = _report([], tmp_path)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    csp = policy.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert len(scripts) == len(styles) == 1
    for directive, block in (("script-src", scripts[0]), ("style-src", styles[0])):
        digest = b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}';" in csp
    assert "http:" not in csp and "https:" not in csp and "unsafe" not in csp


def test_bench_charts_are_svg_with_escaped_names() -> None:
    svg = bench_charts({"title": "t", "pages": 3, "systems": [
        {"name": "newsclean 0.1", "f1": 0.9, "ms_per_page": 5.0},
        {"name": "<b>other</b>", "f1": 0.8, "ms_per_page": 20.0}]})
    assert svg.count("<svg") == 2 and "<b>" not in svg and "&lt;b&gt;other" in svg
    assert "style=" not in svg and "<script" not in svg
    assert bench_charts({"systems": []}) == ""


# --- the command line -----------------------------------------------------------------------


def test_cli_report_names_skipped_lines_and_still_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps(clean_text(GATED, explain=True).to_dict()) + "\nnot json\n[1]\n",
                     encoding="utf-8")
    bench = tmp_path / "bench.json"
    bench.write_text(json.dumps({"systems": [{"name": "newsclean", "f1": 0.9}]}))
    out = tmp_path / "r.html"
    assert main(["report", str(jsonl), "-o", str(out), "--bench", str(bench)]) == 1
    err = capsys.readouterr().err
    assert f"{jsonl}:2: not JSON" in err and f"{jsonl}:3: not a JSON object" in err
    assert "report of 1 pages (1 with --explain)" in err
    html = out.read_text(encoding="utf-8")
    assert _json_block(html, "nc-summary")["pages"] == 1 and "<svg" in html


def test_cli_report_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["report", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html")]) == 2


# --- the crawl extension ----------------------------------------------------------------------


def test_the_addon_lists_the_report_extension() -> None:
    crawler = get_crawler(settings_dict={**IN_THREAD, "ADDONS": {Addon: 0}})
    assert crawler.settings.getdict("EXTENSIONS")[ReportExtension] == 500


@deferred_f_from_coro_f
async def test_a_crawl_writes_its_report_with_the_numbers_of_its_stats(tmp_path: Path) -> None:
    path = tmp_path / "out" / "%(name)s.html"
    items, stats = await crawl(NewsBreakSpider, FIXTURES, settings={
        "NEWSCLEAN_REPORT": str(path), "NEWSCLEAN_EXPLAIN": True})
    written = tmp_path / "out" / "newsbreak.html"
    assert stats["newsclean/report/path"] == str(written)
    summary = _json_block(written.read_text(encoding="utf-8"), "nc-summary")
    assert summary["pages"] == stats["newsclean/report/pages"] == len(items)
    assert summary["outcomes"]["cleaned"] == stats["newsclean/items/cleaned"]
    assert summary["outcomes"]["truncated"] == stats.get("newsclean/items/truncated", 0)
    assert summary["outcomes"]["empty"] == stats.get("newsclean/items/empty_body", 0)
    assert summary["stats"]["newsclean/items/cleaned"] == stats["newsclean/items/cleaned"]
    assert summary["explained"] == len(items)


@deferred_f_from_coro_f
async def test_dropped_items_are_in_the_report_by_url_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    items, stats = await crawl(NewsBreakSpider, FIXTURES, settings={
        "NEWSCLEAN_REPORT": str(path), "NEWSCLEAN_ON_ERROR": "drop",
        "NEWSCLEAN_TIME_BUDGET": 1e-9})
    html = path.read_text(encoding="utf-8")
    summary = _json_block(html, "nc-summary")
    assert items == []
    assert summary["outcomes"]["dropped"] == stats["newsclean/items/dropped"] >= 3
    records = _json_block(html, "nc-articles")
    assert all(r["out"] == "dropped" and r["u"].startswith("https://") for r in records)
    assert all(r["fl"][0].startswith("dropped: DropItem: newsclean could not clean")
               for r in records)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=12,
)
_FIELDS = st.sampled_from(["url", "headline", "aggregator", "authors", "images", "metadata",
                           "truncated", "articleBody", "organizations", "publisher"])


@given(st.dictionaries(_FIELDS, _JSON | st.fixed_dictionaries(
    {"flags": _JSON, "removed": _JSON, "lines": _JSON})))
def test_any_json_object_makes_a_record_and_is_counted(article: dict[str, Any]) -> None:
    summary = Summary()
    summary.add(compact(article))
    assert summary.to_json()["pages"] == 1
