"""Story records: one storyId per story across aggregators, the best copy canonical.

All article text here is invented; the chrome lines mirror the shape of aggregator chrome.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsclean import Article
from newsclean.cli import main
from newsclean.dedup import Deduper, SqliteStore, StoreError, url_key
from newsclean.dedup import signature as sig
from newsclean.scrapy.pipeline import CleanArticlePipeline

from .conftest import IN_THREAD

STORY = (
    "The ferry service between Northport and the Skerry Islands will run twice a day from "
    "April, the harbour board said on Tuesday, after a winter in which storms cancelled "
    "almost a third of crossings.\n\n"
    "Board chair Imogen Ravel said a second vessel, the Marram Light, had been leased from "
    "a yard in Bergholt for three years at a cost of 2.4 million.\n\n"
    "Islanders have campaigned for a second daily sailing since 2019. Teacher Colm Ashdown, "
    "who crosses each Monday, said the change would let pupils sit exams on the mainland "
    "without staying overnight.\n\n"
    "The board will publish the new timetable on 14 March. Fares stay at 1987 levels for "
    "residents, while visitors will pay 12 more per car in the summer months.\n\n"
    "Repairs to the Northport slipway, damaged in the January gale, are due to finish "
    "before the first double sailing."
)
# Another story on the same topic (ferries, islands, a harbour board): a different story.
SAME_TOPIC = (
    "A harbour board on the west coast has cancelled the winter ferry to Holm Island after "
    "its only vessel failed an inspection on Friday, leaving 140 residents with a weekly "
    "supply boat.\n\n"
    "Harbourmaster Dunstan Poole said the Curlew would be out of service until at least "
    "June while its engines were rebuilt in Farrowmouth.\n\n"
    "Islanders said the board had been warned about the vessel in 2021. A petition for a "
    "replacement ferry has gathered 3,100 signatures.\n\n"
    "The board said it was looking for a vessel to lease and would publish a temporary "
    "timetable next week."
)
PUBLISHER_URL = "https://www.northport-herald.example/news/ferry-double-sailings-12345/"
INKL_HEAD = "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading"
YAHOO_FOOT = "Story continues\n\nRead more from the Northport Herald\n\nSign up for our newsletter"


def article(body: str, url: str, **fields: object) -> Article:
    return Article(articleBody=body, url=url, **fields)  # type: ignore[arg-type]


@pytest.fixture
def deduper() -> Deduper:
    return Deduper(SqliteStore(":memory:"))


def test_one_story_under_two_aggregators_chrome_is_one_story_and_the_publisher_canonical(
    deduper: Deduper,
) -> None:
    inkl = deduper.observe(article(f"{INKL_HEAD}\n\n{STORY}", "https://agg-a.example/a/1",
                                   aggregator="inkl"))
    yahoo = deduper.observe(article(f"{STORY}\n\n{YAHOO_FOOT}", "https://agg-b.example/n/9",
                                    aggregator="yahoo"))
    publisher = deduper.observe(article(STORY, PUBLISHER_URL))
    assert inkl.story_id == yahoo.story_id == publisher.story_id
    assert (yahoo.evidence, publisher.evidence) == ("body", "body")
    assert publisher.duplicate_of is None  # a better copy arrived: it is canonical now
    assert inkl.duplicate_of is None  # as emitted then: the first copy was the best so far
    assert yahoo.duplicate_of is None  # a longer body (its footer counts: it is still chrome)
    later = deduper.observe(article(STORY, "https://agg-c.example/x", aggregator="msn"))
    assert later.duplicate_of == PUBLISHER_URL


def test_a_truncated_copy_and_the_full_one_are_one_story_and_the_full_one_canonical(
    deduper: Deduper,
) -> None:
    cut = STORY[: int(len(STORY) * 0.35)].rpartition(" ")[0]
    first = deduper.observe(article(cut, "https://agg-a.example/t", truncated=True,
                                    aggregator="inkl"))
    full = deduper.observe(article(STORY, "https://agg-b.example/f", aggregator="yahoo"))
    assert full.story_id == first.story_id
    assert full.duplicate_of is None
    again = deduper.observe(article(cut, "https://agg-d.example/t2", aggregator="inkl"))
    assert again.duplicate_of == "https://agg-b.example/f"


def test_complete_beats_publisher_and_publisher_beats_a_longer_aggregator_copy(
    deduper: Deduper,
) -> None:
    paywalled = deduper.observe(article(STORY[:700], PUBLISHER_URL, truncated=True))
    complete = deduper.observe(article(STORY, "https://agg-a.example/full", aggregator="inkl"))
    assert complete.story_id == paywalled.story_id and complete.duplicate_of is None
    other = Deduper(SqliteStore(":memory:"))
    other.observe(article(f"{INKL_HEAD}\n\n{STORY}", "https://agg-a.example/1", aggregator="inkl"))
    assert other.observe(article(STORY, PUBLISHER_URL)).duplicate_of is None


def test_a_lightly_edited_copy_is_the_same_story(deduper: Deduper) -> None:
    edited = (STORY.replace("on Tuesday", "on Tuesday evening")
              .replace("Islanders have campaigned", "Islanders campaigned")
              .replace(" Fares stay at 1987 levels for residents, while", ""))
    a = deduper.observe(article(STORY, PUBLISHER_URL))
    b = deduper.observe(article(edited, "https://agg-b.example/e", aggregator="yahoo"))
    assert b.story_id == a.story_id and b.duplicate_of == PUBLISHER_URL


def test_a_same_topic_different_story_gets_its_own_story_id(deduper: Deduper) -> None:
    a = deduper.observe(article(STORY, PUBLISHER_URL))
    b = deduper.observe(article(SAME_TOPIC, "https://west-coast.example/holm-ferry"))
    assert b.new_story and b.story_id != a.story_id and b.duplicate_of is None


def test_briefs_from_one_template_with_other_names_and_figures_are_different_stories(
    deduper: Deduper,
) -> None:
    template = ("Shares in {firm} rose {pct} per cent in early trading after the company "
                "reported quarterly revenue of {rev} billion. Analysts had expected {exp} "
                "billion. The chief executive said demand had been stronger than forecast "
                "and that the company would raise its dividend. {firm} employs about {staff} "
                "people. The results were published before the market opened, and the shares "
                "were among the most traded of the morning.")
    one = template.format(firm="Quillon Energy", pct="4.2", rev="12.5", exp="11",
                          staff="9,000")
    two = template.format(firm="Vesper Mining", pct="2.9", rev="3.1", exp="3",
                          staff="41,000")
    x, y = sig.signature(one), sig.signature(two)
    assert x is not None and y is not None
    # By shingles alone they would be one story; their names and figures say two.
    assert sig.containment(x, y, sig.jaccard(x, y)) >= sig.CONTAINED
    a = deduper.observe(article(one, "https://wire.example/1"))
    b = deduper.observe(article(two, "https://wire.example/2"))
    assert a.story_id != b.story_id


def test_canonical_url_evidence_joins_copies_whose_bodies_differ(deduper: Deduper) -> None:
    a = deduper.observe(article(STORY, PUBLISHER_URL))
    # An update rewrote the body; the aggregator copy names the publisher page, with tracking.
    b = deduper.observe(article(SAME_TOPIC, "https://agg-msn.example/ar-AA1", aggregator="msn",
                                canonicalUrl="http://northport-herald.example/news/"
                                "ferry-double-sailings-12345?utm_source=msn&ocid=feed"))
    assert (b.story_id, b.evidence, b.duplicate_of) == (a.story_id, "url", PUBLISHER_URL)


def test_url_keys_drop_tracking_www_scheme_trailing_slash_and_amp() -> None:
    key = url_key(PUBLISHER_URL)
    assert key == "northport-herald.example/news/ferry-double-sailings-12345"
    assert url_key("http://northport-herald.example/news/ferry-double-sailings-12345/amp"
                   "?fbclid=x&utm_medium=social#comments") == key
    assert url_key(PUBLISHER_URL + "?page=2") != key
    assert url_key("mailto:desk@example.org") is None
    assert url_key("http://[::1") is None


def test_story_ids_persist_across_runs_in_the_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "stories.sqlite"
    first = Deduper(SqliteStore(db))
    yesterday = first.observe(article(STORY, PUBLISHER_URL)).story_id
    first.store.close()
    second = Deduper(SqliteStore(db))
    today = second.observe(article(f"{INKL_HEAD}\n\n{STORY}", "https://agg-a.example/a/2",
                                   aggregator="inkl"))
    assert (today.story_id, today.new_story, today.duplicate_of) == (
        yesterday, False, PUBLISHER_URL)
    # And a fresh store given the same records in the same order names the same story.
    assert Deduper(SqliteStore()).observe(article(STORY, PUBLISHER_URL)).story_id == yesterday


def test_a_store_made_with_other_signature_settings_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    SqliteStore(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value='minhash-other' WHERE name='signature'")
    with pytest.raises(StoreError, match="use a new file"):
        SqliteStore(db)


def test_a_record_bridging_two_stories_merges_them_and_the_best_copy_stays_canonical(
    deduper: Deduper,
) -> None:
    head = STORY[:500].rpartition(" ")[0]
    tail = STORY[-500:].partition(" ")[2]
    a = deduper.observe(article(head, "https://agg-a.example/h", aggregator="inkl"))
    b = deduper.observe(article(tail, "https://agg-b.example/t", aggregator="yahoo"))
    assert a.story_id != b.story_id  # nothing shared yet
    full = deduper.observe(article(STORY, PUBLISHER_URL))
    assert full.story_id == a.story_id  # the oldest id stays
    assert deduper.store.resolve(b.story_id) == a.story_id


def test_records_without_a_body_or_url_still_get_a_story(deduper: Deduper) -> None:
    empty = deduper.observe(Article())
    assert empty.story_id.startswith("st-") and empty.duplicate_of is None
    assert deduper.observe(Article(url=PUBLISHER_URL)).story_id != empty.story_id


# --- the pipeline -----------------------------------------------------------------------------
def _pipeline(mode: str, tmp_path: Path) -> tuple[CleanArticlePipeline, object]:
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_DEDUP": mode,
                                         "NEWSCLEAN_DEDUP_DB": str(tmp_path / "s.sqlite")})
    return build_from_crawler(CleanArticlePipeline, crawler), crawler.stats


ITEMS = [
    {"url": PUBLISHER_URL, "text": STORY},
    {"url": "https://agg-b.example/n/9", "text": STORY.rpartition("\n\n")[0]},  # shorter
    {"url": "https://west-coast.example/holm-ferry", "text": SAME_TOPIC},
]


def test_pipeline_mark_sets_story_fields_and_counts(tmp_path: Path) -> None:
    pipeline, stats = _pipeline("mark", tmp_path)
    out = [pipeline.process_item(dict(item)) for item in ITEMS]
    pipeline.close_spider()
    assert out[0].storyId == out[1].storyId != out[2].storyId
    assert [a.duplicateOf for a in out] == [None, PUBLISHER_URL, None]
    assert stats.get_value("newsclean/dedup/stories") == 2  # type: ignore[attr-defined]
    assert stats.get_value("newsclean/dedup/duplicates") == 1  # type: ignore[attr-defined]


def test_pipeline_drop_drops_the_copy_with_a_reason(tmp_path: Path) -> None:
    pipeline, stats = _pipeline("drop", tmp_path)
    assert pipeline.process_item(dict(ITEMS[0])).duplicateOf is None
    with pytest.raises(DropItem, match=r"copy of https://www\.northport-herald"):
        pipeline.process_item(dict(ITEMS[1]))
    assert pipeline.process_item(dict(ITEMS[2])).storyId
    assert stats.get_value("newsclean/dedup/dropped") == 1  # type: ignore[attr-defined]


def test_pipeline_dedup_off_by_default_and_a_bad_mode_is_refused(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict=IN_THREAD)
    article_out = build_from_crawler(CleanArticlePipeline, crawler).process_item(dict(ITEMS[0]))
    assert article_out.storyId is None and article_out.duplicateOf is None
    with pytest.raises(ValueError, match="NEWSCLEAN_DEDUP must be one of"):
        _pipeline("Mark", tmp_path)


def test_pipeline_passes_records_on_unmarked_when_the_store_fails(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_DEDUP": "mark",
                                         "NEWSCLEAN_DEDUP_DB": str(tmp_path)})  # a folder
    pipeline = build_from_crawler(CleanArticlePipeline, crawler)
    with caplog.at_level(logging.WARNING):
        out = pipeline.process_item(dict(ITEMS[0]))
    assert out.articleBody and out.storyId is None
    assert "dedup store" in caplog.text


# --- the CLI ----------------------------------------------------------------------------------
def _records() -> list[Article]:
    return [
        article(f"{INKL_HEAD}\n\n{STORY[:600]}", "https://agg-a.example/a/1", aggregator="inkl",
                truncated=True),
        article(SAME_TOPIC, "https://west-coast.example/holm-ferry"),
        article(f"{STORY}\n\n{YAHOO_FOOT}", "https://agg-b.example/n/9", aggregator="yahoo"),
        article(STORY, PUBLISHER_URL),
    ]


def test_cli_dedup_round_trip_names_each_storys_best_copy(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in _records()), "utf-8")
    assert main(["dedup", str(src), "-o", str(dst)]) == 0
    out = [Article.from_dict(json.loads(line)) for line in dst.read_text("utf-8").splitlines()]
    assert [a.duplicateOf for a in out] == [PUBLISHER_URL, None, PUBLISHER_URL, None]
    assert out[0].storyId == out[2].storyId == out[3].storyId != out[1].storyId
    # Everything else is as it was read.
    assert [dataclasses.replace(a, storyId=None, duplicateOf=None) for a in out] == _records()
    again = tmp_path / "again.jsonl"
    assert main(["dedup", str(src), "-o", str(again)]) == 0
    assert again.read_text("utf-8") == dst.read_text("utf-8")  # same ids on every run


def test_cli_dedup_leaves_one_of_two_copies_of_a_record_standing(tmp_path: Path) -> None:
    """A crawl worker killed between writing a record and acknowledging it writes it twice."""
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    publisher = json.dumps(_records()[3].to_dict()) + "\n"
    src.write_text(publisher + publisher, "utf-8")
    assert main(["dedup", str(src), "-o", str(dst)]) == 0
    out = [Article.from_dict(json.loads(line)) for line in dst.read_text("utf-8").splitlines()]
    assert [a.duplicateOf for a in out] == [None, PUBLISHER_URL]
    assert out[0].storyId == out[1].storyId


def test_cli_dedup_reports_bad_lines_by_number_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    src = tmp_path / "in.jsonl"
    good = [json.dumps(a.to_dict()) for a in _records()[:2]]
    src.write_text("\n".join([good[0], "{not json", "[1, 2]", '{"headline": 3, "bogus": 1}',
                              "", '{"articleBody": 5}', '{"url": ["x"]}', "[" * 100_000,
                              '{"truncated": "yes"}', good[1]]) + "\n", "utf-8")
    assert main(["dedup", str(src)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    errors = captured.err.splitlines()
    assert [e.split(":")[2] for e in errors] == ["2", "3", "4", "6", "7", "8", "9"]
    assert all(e.endswith("line skipped") for e in errors)


def test_cli_dedup_refuses_to_overwrite_its_input_and_reports_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(_records()[0].to_dict()) + "\n", "utf-8")
    assert main(["dedup", str(src), "-o", str(src)]) == 2
    assert src.read_text("utf-8").strip()
    assert main(["dedup", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_pipeline_inplace_items_gain_the_story_fields_only_when_dedup_runs(
    tmp_path: Path,
) -> None:
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_OUTPUT": "inplace",
                                         "NEWSCLEAN_DEDUP": "mark",
                                         "NEWSCLEAN_DEDUP_DB": ""})  # empty: in memory
    pipeline = build_from_crawler(CleanArticlePipeline, crawler)
    first, second = (pipeline.process_item(dict(item)) for item in ITEMS[:2])
    assert first["storyId"] == second["storyId"] and first["duplicateOf"] is None
    assert second["duplicateOf"] == PUBLISHER_URL
    plain = build_from_crawler(CleanArticlePipeline, get_crawler(
        settings_dict={**IN_THREAD, "NEWSCLEAN_OUTPUT": "inplace"})).process_item(dict(ITEMS[0]))
    assert "storyId" not in plain and "duplicateOf" not in plain


def test_huge_or_hostile_bodies_are_signed_without_backtracking() -> None:
    # Each of these took minutes with a regex that rescanned the line from every word.
    for body in ("word " * 60_000, "a." * 60_000, " " * 120_000 + "x", "\n" * 120_000,
                 "東京" * 60_000):
        sig.signature(body)
        sig.facts(body)


def test_facts_are_mid_sentence_names_and_figures_of_prose_lines() -> None:
    text = ("Board chair Imogen Ravel said a vessel had been leased for 2.4 million. The Board "
            "met.\nHeadline Words Here\n")
    found = set(sig.facts(text))
    assert sig.facts("Imogen Ravel Board 2.4") != sig.facts("Imogen Ravel Board 2.4 Here.")
    assert found  # the names and the figure; not the unpunctuated headline line
    assert sig.facts(text) == sig.facts(text.replace("Headline Words Here", "Other Line"))
    assert sig.facts(text) != sig.facts(text.replace("Imogen", "Maud"))


# --- the Redis store: the same behaviour on a real redis-server (skipped without one) ---------
@pytest.fixture
def redis_socket(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A redis-server of our own on a Unix socket (no TCP port), without persistence."""
    import shutil
    import subprocess
    import time

    pytest.importorskip("redis", reason="the redis extra is not installed")
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not on PATH")
    sock = tmp_path / "redis.sock"
    server = subprocess.Popen(
        ["redis-server", "--port", "0", "--unixsocket", str(sock), "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.05)
        yield f"unix://{sock}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_redis_store_keeps_stories_across_runs_and_merges_like_sqlite(redis_socket: str) -> None:
    from newsclean.dedup.redis_store import RedisStore

    head = STORY[:500].rpartition(" ")[0]
    tail = STORY[-500:].partition(" ")[2]
    first = Deduper(RedisStore.from_url(redis_socket))
    a = first.observe(article(head, "https://agg-a.example/h", aggregator="inkl"))
    b = first.observe(article(tail, "https://agg-b.example/t", aggregator="yahoo"))
    assert a.story_id != b.story_id
    first.store.close()
    second = Deduper(RedisStore.from_url(redis_socket))  # another run, the same server
    full = second.observe(article(STORY, PUBLISHER_URL))
    assert (full.story_id, full.duplicate_of) == (a.story_id, None)
    assert second.store.resolve(b.story_id) == a.story_id
    copy = second.observe(article(f"{INKL_HEAD}\n\n{STORY}", "https://agg-c.example/x",
                                  aggregator="inkl", canonicalUrl=PUBLISHER_URL + "?utm_source=x"))
    assert (copy.story_id, copy.evidence, copy.duplicate_of) == (a.story_id, "url", PUBLISHER_URL)
    other = second.observe(article(SAME_TOPIC, "https://west-coast.example/holm-ferry"))
    assert other.new_story and second.store.stories() == 2
    # The same records through SQLite give the same stories.
    lite = Deduper(SqliteStore())
    ids = [lite.observe(article(text, url)).story_id
           for text, url in ((head, "https://agg-a.example/h"), (STORY, PUBLISHER_URL))]
    assert ids == [a.story_id, a.story_id]


def test_pipeline_dedups_through_a_redis_url_and_an_unreachable_one_costs_only_the_marks(
    redis_socket: str, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_DEDUP": "mark",
                                         "NEWSCLEAN_DEDUP_DB": redis_socket})
    pipeline = build_from_crawler(CleanArticlePipeline, crawler)
    out = [pipeline.process_item(dict(item)) for item in ITEMS]
    pipeline.close_spider()
    assert [a.duplicateOf for a in out] == [None, PUBLISHER_URL, None]
    gone = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_DEDUP": "mark",
                                      "NEWSCLEAN_DEDUP_DB": f"unix://{tmp_path}/none.sock"})
    with caplog.at_level(logging.WARNING):
        unmarked = build_from_crawler(CleanArticlePipeline, gone).process_item(dict(ITEMS[0]))
    assert unmarked.articleBody and unmarked.storyId is None
    assert gone.stats.get_value("newsclean/dedup/errors/StoreError") == 1
