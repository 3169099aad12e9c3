"""JSON codec for requests kept in Redis: nothing read back from Redis is unpickled or imported.

scrapy-redis pickles requests by default, so anyone who can write to the Redis server can run
code in every worker. newsclean stores a request as one JSON object instead, with only what a
request needs: url, method, headers, body (base64), meta and cb_kwargs (JSON values only),
callback/errback by the name of a spider method, priority, dont_filter, flags, cookies and
encoding. A request that cannot be stored that way is refused when it is pushed
(:class:`RequestNotSerializable`, naming the field); stored data that is not this format
(pickled, foreign, tampered) is refused when it is popped (:class:`ForeignRequestData`).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from typing import Any

from scrapy import Request, Spider
from scrapy.http import FormRequest, JsonRequest
from scrapy.utils.request import request_from_dict

FORMAT = "newsclean-request/1"
"""The ``format`` field of every stored request; anything else is refused."""

_PLAIN_CLASSES = (Request, FormRequest, JsonRequest)
"""Request classes whose state is entirely in the stored fields (their body is already built)."""

_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,), "method": (str,), "headers": (dict,), "body": (str,), "meta": (dict,),
    "cb_kwargs": (dict,), "callback": (str, type(None)), "errback": (str, type(None)),
    "priority": (int,), "dont_filter": (bool,), "flags": (list,), "cookies": (dict, list),
    "encoding": (str,),
}  # fmt: skip


class RequestNotSerializable(ValueError):
    """A request that cannot be stored as JSON (raised at push time, before Redis is written)."""


class ForeignRequestData(ValueError):
    """Data in the queue that is not a newsclean JSON request: refused, never executed."""


def encode_request(request: Request, spider: Spider) -> str:
    """``request`` as one JSON object; :class:`RequestNotSerializable` says what does not fit.

    >>> from scrapy import Spider
    >>> encode_request(Request("https://example.org/a"), Spider("s"))[:40]
    '{"body": "", "callback": null, "cb_kwarg'
    """
    if type(request) not in _PLAIN_CLASSES:
        raise RequestNotSerializable(
            f"cannot store {request} in Redis: a {type(request).__name__} may keep state "
            f"outside the stored fields; only {', '.join(c.__name__ for c in _PLAIN_CLASSES)}"
        )
    try:
        data = request.to_dict(spider=spider)
    except ValueError as exc:  # a callback that is not a method of the spider
        raise RequestNotSerializable(f"cannot store {request} in Redis: {exc}") from None
    record: dict[str, Any] = {
        "format": FORMAT,
        "url": data["url"],
        "method": data["method"],
        "headers": {
            _latin1(name): [_latin1(v) for v in values] for name, values in data["headers"].items()
        },
        "body": base64.b64encode(data["body"]).decode("ascii"),
        "callback": data["callback"],
        "errback": data["errback"],
        "priority": data["priority"],
        "dont_filter": data["dont_filter"],
        "flags": [str(flag) for flag in data["flags"]],
        "encoding": data["encoding"],
    }
    for field in ("meta", "cb_kwargs", "cookies"):
        record[field] = _json_value(data[field], f"{field}", request)
    return json.dumps(record, sort_keys=True, ensure_ascii=False, allow_nan=False)


def decode_request(data: bytes | str, spider: Spider) -> Request:
    """The request stored by :func:`encode_request`; :class:`ForeignRequestData` for anything
    else (pickled bytes, another format, a callback that is not a public spider method)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise ForeignRequestData("not UTF-8 text (pickled data?)") from None
    if not text.startswith("{"):
        raise ForeignRequestData(f"not a JSON object (starts {text[:12]!r}; pickled data?)")
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise ForeignRequestData(f"not valid JSON ({exc})") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ForeignRequestData(f"not a {FORMAT} record")
    for field, types in _TYPES.items():
        if not isinstance(record.get(field), types):
            raise ForeignRequestData(f"field {field!r} is missing or of the wrong type")
    for field in ("callback", "errback"):
        name = record[field]
        if name is not None and (name.startswith("_") or not callable(getattr(spider, name, None))):
            raise ForeignRequestData(f"{field} {name!r} is not a public method of {spider.name}")
    try:
        body = base64.b64decode(record["body"], validate=True)
        headers = {name: [v.encode("latin-1") for v in _strings(values)]
                   for name, values in record["headers"].items()}
    except (binascii.Error, UnicodeEncodeError, TypeError) as exc:
        raise ForeignRequestData(f"bad body or headers ({exc})") from None
    fields = {name: record[name] for name in _TYPES}
    fields.update(body=body, headers=headers)
    try:
        return request_from_dict(fields, spider=spider)
    except (TypeError, ValueError) as exc:
        raise ForeignRequestData(f"cannot rebuild the request ({exc})") from None


def _strings(values: Any) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError("a header's values are not a list of strings")
    return values


def _latin1(value: bytes | str) -> str:
    """Header bytes as text, one character per byte (any bytes round-trip)."""
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _json_value(value: Any, where: str, request: Request) -> Any:
    """``value`` if JSON keeps it as it is (tuples become lists); else a push-time error."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
    elif isinstance(value, (list, tuple)):
        return [_json_value(v, f"{where}[{i}]", request) for i, v in enumerate(value)]
    elif isinstance(value, dict):
        bad = [k for k in value if not isinstance(k, str)]
        if not bad:
            return {k: _json_value(v, f"{where}[{k!r}]", request) for k, v in value.items()}
        where, value = f"{where} key {bad[0]!r}", bad[0]
    raise RequestNotSerializable(
        f"cannot store {request} in Redis: {where} is {type(value).__name__} {value!r:.60}, "
        "not a JSON value (str, int, finite float, bool, None, list, dict with str keys)"
    )
