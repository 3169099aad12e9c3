"""Chrome learned from a crawl (``newsclean.core.learned``, ``newsclean.learn``): the store,
the chrome-stage rule ``learned:<host>``, the safeguard, the CLI batch and the pipeline.

The pages are invented: a harbour news site (``tideline.example``) no profile knows, whose
chrome (a masthead, an app promo, a partners line, a footer) no hand-written rule knows."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsclean import Article, clean_html, clean_text
from newsclean.cli import main
from newsclean.core.learned import Policy, Sighting, fingerprint, host_of
from newsclean.learn import (
    ChromeLearner,
    ChromeStoreError,
    SqliteChromeStore,
    clean_learning,
)
from newsclean.scrapy.pipeline import CleanArticlePipeline
from tools.regen_fixtures import cases

from .conftest import FIXTURES, IN_THREAD

HOST = "tideline.example"
CHROME = (
    "Tideline — every harbour, every tide",
    "Tide alerts are free in the Tideline app.",
    "Partners: Sailmakers Direct · Quayside Chandlery",
    "Tideline Media, 3 Pier Row, Southwold Bay",
)
CLOSING = "Reporting by the Coastal Press Association."
STORIES = [
    ("Lifeboat crew rescues two kayakers",
     "The crew launched at dawn after a call from the coastguard."),
    ("Harbour wall repairs finish early",
     "Contractors finished the work two weeks ahead of schedule."),
    ("Oyster beds reopen after testing",
     "Water samples from the estuary passed every test this month."),
    ("New pontoon for visiting yachts",
     "The pontoon adds forty berths for boats staying overnight."),
    ("Fish market moves to the quay",
     "Traders will sell from the old net store from next Monday."),
    ("Seal pups counted on the sandbar",
     "Volunteers counted 212 pups, the most since records began."),
    ("Ferry timetable changes for spring",
     "Sailings will start half an hour earlier from April."),
    ("Pilot boat gets a new engine",
     "The harbour board paid for the engine from its reserve fund."),
    ("Beach huts to be repainted",
     "Owners may choose from six colours approved by the council."),
    ("Regatta entries reach a record",
     "More than 300 boats have entered this year's regatta."),
]


def page(n: int, *, closing: bool = False) -> str:
    title, lead = STORIES[n % len(STORIES)]
    lines = [CHROME[0], "", CHROME[1], "", title, "", lead, "",
             f"Harbour master Ruth Adair said story {n} mattered to the town.", ""]
    if closing:
        lines += [CLOSING, ""]
    return "\n".join([*lines, CHROME[2], "", CHROME[3]])


def url(n: int) -> str:
    return f"https://www.{HOST}/news/story-{n}"


def learner(tmp_path: Path, **policy: int) -> ChromeLearner:
    return ChromeLearner(SqliteChromeStore(tmp_path / "chrome.sqlite"), Policy(**policy))


def crawl(lrn: ChromeLearner, count: int, **kwargs: bool) -> list[Article]:
    return [clean_learning(clean_text, page(n, **kwargs), url=url(n), learner=lrn, explain=True)
            for n in range(count)]


def test_learning_is_off_unless_asked_for() -> None:
    bodies = [clean_text(page(n), url=url(n)).articleBody for n in range(10)]
    assert all(CHROME[1] in body and CHROME[3] in body for body in bodies)
    pipe = build_from_crawler(CleanArticlePipeline, get_crawler(settings_dict=IN_THREAD))
    assert pipe.learner is None


def test_a_line_seen_on_fewer_than_min_pages_stays_and_then_goes(tmp_path: Path) -> None:
    articles = crawl(learner(tmp_path, min_pages=5), 8)
    for art in articles[:5]:  # counted on 0..4 pages before: not yet chrome
        assert CHROME[1] in art.articleBody
    for art in articles[5:]:
        assert not any(line in art.articleBody for line in CHROME[1:])
        assert "Harbour master Ruth Adair said" in art.articleBody


def test_explain_names_removals_learned_host(tmp_path: Path) -> None:
    art = crawl(learner(tmp_path), 7)[-1]
    removed = {r.line.strip(): r.rule for r in art.metadata.removed or []}
    assert removed[CHROME[1]] == f"learned:{HOST}"
    assert removed[CHROME[3]] == f"learned:{HOST}"


def test_a_line_on_too_small_a_share_of_the_hosts_pages_is_kept(tmp_path: Path) -> None:
    lrn = learner(tmp_path, min_pages=2)
    lrn.policy = Policy(min_pages=2, min_share=0.5)
    store = lrn.store
    for n in range(10):  # a line on 3 pages of 10: under half of them
        lines = {fingerprint(f"unique line {n}") or 0} | (
            {fingerprint("shared note") or 0} if n < 3 else set())
        store.record(Sighting(HOST, n, frozenset(lines)))
    assert fingerprint("shared note") not in store.chrome_lines(HOST, lrn.policy).lines
    assert fingerprint("shared note") in store.chrome_lines(HOST, Policy(min_pages=2)).lines


NOTE = "This report was updated with a statement from the harbour board."


def noted_page(n: int) -> str:
    text = page(n).replace(CHROME[2], f"{NOTE}\n\nTags: story {n}\n\n{CHROME[2]}")
    return text if n % 3 == 0 else page(n)


def test_a_sentence_repeated_alone_on_some_pages_stays(tmp_path: Path) -> None:
    """An editor's note on a third of the pages, standing alone after the story: learned as
    repeated, but a sentence on too few pages to go alone, so it stays (no JSON-LD needed)."""
    lrn = learner(tmp_path)
    arts = [clean_learning(clean_text, noted_page(n), url=url(n), learner=lrn)
            for n in range(16)]
    learned = lrn.store.chrome_lines(HOST, lrn.policy)
    assert fingerprint(NOTE) in learned.in_runs and fingerprint(CHROME[1]) not in learned.in_runs
    assert NOTE in arts[15].articleBody and CHROME[1] not in arts[15].articleBody


def test_the_same_sentence_inside_a_run_of_chrome_goes(tmp_path: Path) -> None:
    """A promo box's sentence on a third of the pages goes with the box around it."""
    promo = "Members read every story first and without adverts."
    lrn = learner(tmp_path)
    arts = [clean_learning(clean_text, page(n).replace(CHROME[2], f"{promo}\n{CHROME[2]}")
                           if n % 3 == 0 else page(n), url=url(n), learner=lrn)
            for n in range(16)]
    assert promo not in arts[15].articleBody


def html_page(n: int, *, jsonld: bool) -> str:
    title, lead = STORIES[n]
    ld = ""
    if jsonld:
        body = json.dumps({"@type": "NewsArticle", "headline": title,
                           "articleBody": f"{lead}\n{CLOSING}"})
        ld = f'<script type="application/ld+json">{body}</script>'
    return (f"<html lang='en'><head><title>{title}</title>{ld}</head><body><article>"
            f"<h1>{title}</h1><p>{lead}</p><p>{CLOSING}</p><aside>{CHROME[1]}</aside>"
            "</article></body></html>")


def test_a_line_in_an_articlebody_elsewhere_is_never_removed(tmp_path: Path) -> None:
    lrn = learner(tmp_path, min_pages=3)
    # One page with JSON-LD says the closing line is article text …
    clean_learning(clean_html, html_page(0, jsonld=True), url=url(0), learner=lrn)
    # … so it stays on every text page that repeats it, while the promo goes.
    arts = [clean_learning(clean_text, page(n, closing=True), url=url(n), learner=lrn)
            for n in range(1, 10)]
    assert all(CLOSING in art.articleBody for art in arts)
    assert CHROME[1] not in arts[-1].articleBody


def test_without_the_articlebody_the_same_line_would_be_learned(tmp_path: Path) -> None:
    arts = crawl(learner(tmp_path, min_pages=3), 10, closing=True)
    assert CLOSING not in arts[-1].articleBody  # what the safeguard above prevents


def test_a_learned_line_stays_on_a_page_whose_own_articlebody_holds_it(tmp_path: Path) -> None:
    lrn = learner(tmp_path, min_pages=3)
    crawl(lrn, 6, closing=True)  # text pages only: the closing line is learned
    art = clean_learning(clean_html, html_page(7, jsonld=True), url=url(7), learner=lrn)
    assert CLOSING in art.articleBody
    bare = clean_learning(clean_html, html_page(8, jsonld=False), url=url(8), learner=lrn)
    assert CLOSING in bare.articleBody  # the page above marked it as article text for the host


def test_counts_persist_across_store_instances_and_a_page_counts_once(tmp_path: Path) -> None:
    first = learner(tmp_path)
    crawl(first, 4)
    first.close()
    second = learner(tmp_path)
    crawl(second, 4)  # the same four pages again: not counted twice
    assert second.store.hosts() == {HOST: 4}  # type: ignore[attr-defined]
    arts = [clean_learning(clean_text, page(n), url=url(n), learner=second) for n in (4, 5)]
    assert CHROME[1] in arts[0].articleBody  # counted on 4 pages before it
    assert CHROME[1] not in arts[1].articleBody  # on 5
    other = SqliteChromeStore(tmp_path / "chrome.sqlite")  # a second process's connection
    assert fingerprint(CHROME[1]) in other.chrome_lines(HOST, Policy()).lines
    other.close()


def test_two_connections_write_the_same_file_without_losing_counts(tmp_path: Path) -> None:
    a = SqliteChromeStore(tmp_path / "shared.sqlite")
    b = SqliteChromeStore(tmp_path / "shared.sqlite")
    for n in range(20):
        (a if n % 2 else b).record(Sighting(HOST, n, frozenset({7})))
    assert a.hosts() == {HOST: 20}
    assert a.chrome_lines(HOST, Policy(min_pages=20)).lines == {7}
    a.close()
    b.close()


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 40, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_corrupt_store_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "chrome.sqlite"
    path.write_bytes(content)
    with pytest.raises(ChromeStoreError, match="not a usable newsclean chrome store"):
        SqliteChromeStore(path)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE lines (x TEXT)")
    with pytest.raises(ChromeStoreError, match="not this program's database"):
        SqliteChromeStore(path)


def test_host_is_the_urls_without_www() -> None:
    assert host_of("https://WWW.Tideline.example/a") == "tideline.example"
    assert host_of("not a url") is None and host_of(None) is None
    assert fingerprint("  • Get the app ") == fingerprint("get the app")


# --- the CLI batch --------------------------------------------------------------------------


def write_batch(folder: Path, count: int) -> Path:
    records = [json.dumps({"url": url(n), "text": page(n)}) for n in range(count)]
    batch = folder / "pages.jsonl"
    batch.write_text("\n".join([*records, "[1, 2]"]) + "\n", encoding="utf-8")
    return batch


def test_cli_batch_learns_across_the_batch_and_cleans_the_first_pages_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite"
    status = main(["clean", "--jsonl", "--learn-chrome", "--chrome-db", str(db), "--explain",
                   str(write_batch(tmp_path, 8))])
    captured = capsys.readouterr()
    assert status == 1 and "pages.jsonl:9: skipped: a JSON list" in captured.err
    arts = [json.loads(line) for line in captured.out.splitlines()]
    assert len(arts) == 8
    assert all(CHROME[1] not in a["articleBody"] for a in arts)  # the first page as well
    assert f"learned:{HOST}" in {r["rule"] for r in arts[0]["metadata"]["removed"]}


def test_cli_batch_without_learning_keeps_the_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    main(["clean", "--jsonl", str(write_batch(tmp_path, 8))])
    arts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(CHROME[1] in a["articleBody"] for a in arts)
    assert not (tmp_path / ".newsclean").exists()  # no store written


def test_cli_a_corrupt_store_is_reported_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bad.sqlite"
    db.write_bytes(b"garbage" * 500)
    batch = str(write_batch(tmp_path, 2))
    assert main(["clean", "--jsonl", "--learn-chrome", "--chrome-db", str(db), batch]) == 2
    assert "not a usable newsclean chrome store" in capsys.readouterr().err


def test_cli_chrome_max_lines_caps_what_the_store_keeps_per_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = str(write_batch(tmp_path, 8))
    held = {}
    for cap in (1, 100):
        db = tmp_path / f"cap{cap}.sqlite"
        main(["clean", "--jsonl", "--learn-chrome", "--chrome-db", str(db),
              "--chrome-max-lines", str(cap), batch])
        capsys.readouterr()
        with sqlite3.connect(db) as conn:
            held[cap] = conn.execute("SELECT count(*) FROM lines WHERE host = ?",
                                     (HOST,)).fetchone()[0]
    assert held[100] > held[1]
    assert held[1] <= 2  # the bound, plus the tenth (at least one) it may run over


def test_cli_chrome_max_lines_below_one_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = str(write_batch(tmp_path, 2))
    args = ["clean", "--jsonl", "--learn-chrome", "--chrome-db", str(tmp_path / "c.sqlite"),
            "--chrome-max-lines", "0", batch]
    assert main(args) == 2
    assert "max_lines must be at least 1" in capsys.readouterr().err


def test_cli_learn_chrome_needs_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text(page(0), encoding="utf-8")
    assert main(["clean", "--learn-chrome", str(one)]) == 2
    assert "needs --jsonl" in capsys.readouterr().err


# --- the pipeline ---------------------------------------------------------------------------


def test_pipeline_learns_and_removes_with_the_setting_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_LEARN_CHROME": True,
                                         "NEWSCLEAN_CHROME_DB": str(tmp_path / "p.sqlite")})
    pipe = build_from_crawler(CleanArticlePipeline, crawler)
    out = [pipe.process_item({"url": url(n), "text": page(n)}) for n in range(8)]
    assert CHROME[1] in out[0].articleBody
    assert all(CHROME[1] not in a.articleBody for a in out[5:])
    with caplog.at_level(logging.INFO, logger="newsclean.scrapy.pipeline"):
        pipe.close_spider()
    stats = crawler.stats
    assert stats.get_value("newsclean/learned_chrome/lines_removed") == 3 * len(CHROME)
    assert stats.get_value("newsclean/learned_chrome/hosts") == 1
    assert stats.get_value("newsclean/learned_chrome/pages_counted") == 8
    assert "learned chrome removed 12 lines from 3 pages" in caplog.text


@deferred_f_from_coro_f
async def test_pipeline_in_worker_processes_learns_the_same(tmp_path: Path) -> None:
    """A worker cleans its own copy of the job: the page's sightings come back with the
    result, so the store learns as in-thread."""
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_LEARN_CHROME": True,
                                         "NEWSCLEAN_CHROME_DB": str(tmp_path / "w.sqlite"),
                                         "NEWSCLEAN_WORKERS": 1})
    pipe = build_from_crawler(CleanArticlePipeline, crawler)
    try:
        out = [await pipe.process_item({"url": url(n), "text": page(n)}) for n in range(8)]
    finally:
        pipe.close_spider()
    assert CHROME[1] in out[0].articleBody
    assert all(CHROME[1] not in a.articleBody for a in out[5:])
    assert crawler.stats.get_value("newsclean/learned_chrome/pages_counted") == 8
    assert crawler.stats.get_value("newsclean/learned_chrome/lines_removed") == 3 * len(CHROME)


def test_pipeline_with_a_corrupt_store_logs_and_cleans_without_learning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "bad.sqlite"
    db.write_bytes(b"\x00garbage" * 600)
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_LEARN_CHROME": True,
                                         "NEWSCLEAN_CHROME_DB": str(db)})
    with caplog.at_level(logging.ERROR):
        pipe = build_from_crawler(CleanArticlePipeline, crawler)
    assert "learning is off" in caplog.text
    art = pipe.process_item({"url": url(0), "text": page(0)})
    assert isinstance(art, Article) and art.articleBody
    pipe.close_spider()
    assert crawler.stats.get_value("newsclean/learned_chrome/store_errors") == 1


# --- the Daily Brief replay -----------------------------------------------------------------


def test_daily_brief_batch_removes_its_chrome_and_keeps_every_article_line(
    tmp_path: Path,
) -> None:
    pages = cases(FIXTURES / "learned")
    assert len(pages) >= 40 and all(c.spec() for c in pages)
    lrn = learner(tmp_path)

    def run() -> list[tuple[dict[str, str], str]]:
        out = []
        for case in pages:
            clean = clean_html if case.body_path.suffix == ".html" else clean_text
            art = clean_learning(clean, case.body(), url=case.url, learner=lrn)
            out.append((case.spec() or {}, art.articleBody))
        return out

    run()
    lrn.learn = False
    chrome = leaked = 0
    for spec, body in run():
        lines = set(body.split("\n"))
        assert all(p in lines for p in spec["articleBody"].split("\n")), spec["url"]
        chrome += len(spec["chrome"])
        leaked += sum(line in lines for line in spec["chrome"])
    assert leaked / chrome <= 0.01


def live_page(n: int) -> str:
    title, lead = STORIES[n]
    return "\n\n".join([
        CHROME[0], CHROME[1], f"{title} – as it happened", "Key moments so far",
        f"{lead} The harbour office will publish a full report on story {n} next week.",
        f"Crews were still working on story {n} when the tide turned in the afternoon.",
        CHROME[2], CHROME[3],
    ])


def test_a_subheading_the_hosts_articles_share_stays_before_its_paragraph(
    tmp_path: Path,
) -> None:
    """A live page's "Key moments so far" sits alone before prose on every such page: it is
    article text, while the runs of chrome around it go."""
    lrn = learner(tmp_path, min_pages=3)
    arts = [clean_learning(clean_text, live_page(n), url=url(n), learner=lrn, explain=True)
            for n in range(10)]
    assert all("Key moments so far" in art.articleBody for art in arts)
    assert not any(line in arts[-1].articleBody for line in CHROME[1:])
