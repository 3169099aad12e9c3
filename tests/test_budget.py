"""The per-item time budget interrupts a runaway clean; the crawl gets the item flagged."""

from __future__ import annotations

import signal
import time

import pytest
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

import newsclean.core.job
import newsclean.scrapy.pipeline
from newsclean.article import Article
from newsclean.core.budget import TimeBudgetExceeded, time_budget

from .conftest import IN_THREAD


def test_block_longer_than_budget_is_interrupted() -> None:
    started = time.perf_counter()
    with pytest.raises(TimeBudgetExceeded), time_budget(0.2):
        time.sleep(5)
    assert time.perf_counter() - started < 2


def test_block_within_budget_runs_to_the_end_and_leaves_no_alarm() -> None:
    with time_budget(1.0):
        value = sum(range(1000))
    assert value == 499500
    time.sleep(1.2)  # an alarm left armed would raise here


def test_zero_budget_means_no_limit() -> None:
    """No alarm is armed at all, so a block longer than any small budget runs to its end."""
    with time_budget(0):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        time.sleep(0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_budget_arms_the_alarm_and_disarms_it_after() -> None:
    with time_budget(30):
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _slow_clean(*args: object, **kwargs: object) -> Article:
    time.sleep(5)
    raise AssertionError("the budget should have stopped this")


def test_pipeline_flags_an_item_over_budget_and_keeps_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsclean.core.job, "clean_text", _slow_clean)
    crawler = get_crawler(settings_dict={**IN_THREAD, "NEWSCLEAN_TIME_BUDGET": 0.2})
    pipe = build_from_crawler(newsclean.scrapy.pipeline.CleanArticlePipeline, crawler)
    out = pipe.process_item({"url": "https://example.org/a", "text": "Keep this sentence."})
    assert isinstance(out, Article)
    assert out.articleBody == "Keep this sentence."
    assert out.metadata.flags[0].startswith("clean-failed: TimeBudgetExceeded")
    assert crawler.stats.get_value("newsclean/errors/TimeBudgetExceeded") == 1


def test_failed_html_item_is_flagged_with_its_visible_text_not_markup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(newsclean.core.job, "clean_html", boom)
    pipe = build_from_crawler(newsclean.scrapy.pipeline.CleanArticlePipeline,
                              get_crawler(settings_dict=IN_THREAD))
    out = pipe.process_item({"html": "<p>First &amp; last.</p><script>x()</script>"})
    assert out.articleBody == "First & last."
