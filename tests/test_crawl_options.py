"""``newsclean crawl`` options that need no crawl: ``-s NAME=VALUE`` and ``--redis`` errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cli import main


def test_a_setting_without_equals_sign_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "-s", "DOWNLOAD_DELAY", "inkl"]) == 2
    assert "-s takes NAME=VALUE" in capsys.readouterr().err


def test_a_misspelt_newsclean_setting_stops_the_crawl_before_it_starts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["crawl", "-s", "NEWSCLEAN_REDIS_HEARTBEET=5", "inkl"]) == 2
    assert "did you mean NEWSCLEAN_REDIS_HEARTBEAT?" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "message"),
    [("http://127.0.0.1:1/0", "not a redis://"), ("redis://127.0.0.1:1/0", "cannot use Redis")],
)
def test_an_unusable_redis_url_is_one_clear_error(
    capsys: pytest.CaptureFixture[str], url: str, message: str
) -> None:
    pytest.importorskip("scrapy_redis", reason="the redis extra is not installed")
    assert main(["crawl", "--redis", url, "inkl"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("NEWSCLEAN_WORKERS=two", "NEWSCLEAN_WORKERS must be"),
        ("NEWSCLEAN_ON_ERROR=skip", "NEWSCLEAN_ON_ERROR must be one of"),
        ("NEWSCLEAN_OUTPUT=article_only", "NEWSCLEAN_OUTPUT must be one of"),
    ],
)
def test_a_newsclean_setting_value_it_cannot_use_stops_the_crawl_before_it_starts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, setting: str, message: str
) -> None:
    out = tmp_path / "articles.jsonl"
    assert main(["crawl", "-s", setting, "--replay", "fixtures", "-o", str(out), "inkl"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()
