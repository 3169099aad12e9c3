"""The JSON request codec of the Redis queue: round trips, and refuses what it must not store
or run (no Redis server needed)."""

from __future__ import annotations

import json
import pickle
import re
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.http import FormRequest, JsonRequest, Response

from newsclean.scrapy.redis_serializer import (
    FORMAT,
    ForeignRequestData,
    RequestNotSerializable,
    decode_request,
    encode_request,
)


class NewsSpider(Spider):
    name = "news"

    def parse_page(self, response: Response) -> None:
        """A callback, stored by name."""

    def on_error(self, failure: Any) -> None:
        """An errback, stored by name."""

    def _hidden(self, response: Response) -> None:
        """Private: never a callback read from Redis."""


@pytest.fixture
def spider() -> NewsSpider:
    return NewsSpider()


def _round_trip(request: Request, spider: Spider) -> Request:
    return decode_request(encode_request(request, spider).encode("utf-8"), spider)


def test_every_request_field_survives_the_round_trip(spider: NewsSpider) -> None:
    request = Request(
        "https://news.example/world/story?id=7", method="POST",
        headers={"X-Token": "abc", "Accept-Language": ["en", "fr"]},
        body=b"\x00\xffbinary\r\n", cookies={"session": "s1"},
        meta={"depth": 2, "ratio": 0.5, "tags": ["a", "b"], "nested": {"ok": True, "n": None}},
        cb_kwargs={"section": "world", "page": 3}, callback=spider.parse_page,
        errback=spider.on_error, priority=-4, dont_filter=True, flags=["seed"], encoding="utf-8",
    )  # fmt: skip
    back = _round_trip(request, spider)
    assert type(back) is Request
    for attr in ("url", "method", "body", "cookies", "meta", "cb_kwargs", "priority",
                 "dont_filter", "flags", "encoding"):
        assert getattr(back, attr) == getattr(request, attr), attr
    assert back.headers.getlist("Accept-Language") == [b"en", b"fr"]
    assert back.headers["X-Token"] == b"abc"
    assert back.callback == spider.parse_page
    assert back.errback == spider.on_error


def test_form_and_json_requests_keep_their_built_body(spider: NewsSpider) -> None:
    form = FormRequest("https://news.example/search", formdata={"q": "rain"})
    posted = JsonRequest("https://news.example/api", data={"page": 2})
    for request in (form, posted):
        back = _round_trip(request, spider)
        assert (back.method, back.body, back.headers["Content-Type"]) == (
            request.method, request.body, request.headers["Content-Type"])


def test_stored_form_is_plain_json_without_pickle(spider: NewsSpider) -> None:
    data = json.loads(encode_request(Request("https://news.example/a"), spider))
    assert data["format"] == FORMAT
    assert data["body"] == ""


@pytest.mark.parametrize(
    ("meta", "where"),
    [({"obj": object()}, "meta['obj']"), ({"raw": b"x"}, "meta['raw']"),
     ({"x": float("nan")}, "meta['x']"), ({"deep": [1, {2: "a"}]}, "meta['deep'][1] key 2")],
)
def test_a_meta_value_json_cannot_hold_is_refused_at_push_time(
    spider: NewsSpider, meta: dict[str, Any], where: str
) -> None:
    with pytest.raises(RequestNotSerializable, match=re.escape(where)):
        encode_request(Request("https://news.example/a", meta=meta), spider)


def test_a_callback_that_is_not_a_spider_method_is_refused(spider: NewsSpider) -> None:
    with pytest.raises(RequestNotSerializable):
        encode_request(Request("https://news.example/a", callback=lambda r: None), spider)


def test_a_request_subclass_with_its_own_state_is_refused(spider: NewsSpider) -> None:
    class RenderRequest(Request):
        pass

    with pytest.raises(RequestNotSerializable, match="RenderRequest"):
        encode_request(RenderRequest("https://news.example/a"), spider)


def test_pickled_data_is_refused_not_loaded(spider: NewsSpider) -> None:
    pickled = pickle.dumps(Request("https://news.example/a").to_dict(spider=spider))
    with pytest.raises(ForeignRequestData, match="pickled"):
        decode_request(pickled, spider)


@pytest.mark.parametrize(
    "change",
    [{"format": "other/1"}, {"callback": "_hidden"}, {"callback": "no_such_method"},
     {"errback": "__init__"}, {"priority": "high"}, {"body": "***not base64***"},
     {"headers": {"X": "not a list"}}, {"url": None}],
)
def test_foreign_or_tampered_records_are_refused(
    spider: NewsSpider, change: dict[str, Any]
) -> None:
    record = json.loads(encode_request(Request("https://news.example/a"), spider))
    record.update(change)
    with pytest.raises(ForeignRequestData):
        decode_request(json.dumps(record), spider)


def test_json_that_is_not_an_object_is_refused(spider: NewsSpider) -> None:
    for data in (b"[1, 2]", b"\x80\x04not utf8 \xff", "{broken"):
        with pytest.raises(ForeignRequestData):
            decode_request(data, spider)
