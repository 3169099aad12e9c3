"""trafilatura's class/id XPaths answered with Python's ``re`` instead of EXSLT ``re:test``.

trafilatura finds boilerplate sections and the article container by XPaths over every
element's ``@class``/``@id`` (``.//*[self::div or …][re:test(@class, '…') or …]``). lxml runs
each ``re:test`` as a call back into Python with the attribute converted to a string: 10 µs a
call, several calls an element, so these XPaths take most of trafilatura's time on a page. This
module reads such an XPath's own text into tests (tag, attribute presence and value,
``contains``, ``starts-with``, ``translate``, ``re:test``, ``not(self::…)``, ``not(.//tag)``)
and answers it with one C-level tag query and one compiled regex per test: the same elements,
in the same order. An XPath with any other construct is not translated (:func:`translate`
raises ``ValueError``) and keeps running as an XPath.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

import lxml.etree

Test = Callable[[Any], bool]

_QUOTED = r"'([^']*)'"
_ATTRS = r"@([\w-]+(?:\|@[\w-]+)*)"
_TERMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"self::([\w-]+)$"), "tag"),
    (re.compile(rf"{_ATTRS}$"), "has"),
    (re.compile(rf"{_ATTRS}\s*=\s*{_QUOTED}$"), "equals"),
    (re.compile(rf"contains\({_ATTRS},\s*{_QUOTED}\)$"), "contains"),
    (re.compile(rf"contains\(translate\({_ATTRS},\s*{_QUOTED},\s*{_QUOTED}\),\s*{_QUOTED}\)$"),
     "contains-translated"),
    (re.compile(rf"starts-with\({_ATTRS},\s*{_QUOTED}\)$"), "starts-with"),
    (re.compile(rf"re:test\({_ATTRS},\s*{_QUOTED}(?:,\s*{_QUOTED})?\)$"), "re-test"),
    (re.compile(r"not\(\.//([\w-]+)\)$"), "lacks-descendant"),
]


def translate(xpath: Any) -> Callable[[Any], list[Any]]:
    """A callable giving what ``xpath`` (an ``lxml.etree.XPath`` of the shapes above) gives."""
    path = " ".join(str(xpath.path).split())
    first = path.startswith("(") and path.endswith(")[1]")
    if first:
        path = path[1:-4]
    if not path.startswith(".//*["):
        raise ValueError(f"not a descendant test: {path[:40]}")
    predicates = _split_predicates(path[4:])
    first_child = predicates[-1] == "1"  # ``.//*[…][1]``: each parent's first such child
    if first_child:
        predicates.pop()
    tags: list[str] = []
    tests: list[Test] = []  # read attributes and the tag only
    structural: list[Test] = []  # read descendants too
    for predicate in predicates:
        terms = _split_top(predicate, " or ")
        if all(_TERMS[0][0].match(t) for t in terms):
            if tags:
                raise ValueError("two tag predicates")
            tags = [t[len("self::"):] for t in terms]
            continue
        (structural if "not(.//" in predicate else tests).append(_any([_term(t) for t in terms]))
    kind = "first" if first else "first-children" if first_child else "all"
    return Matcher(tuple(tags), tests, structural, path, kind)


# Answers are looked up by an element's tag and all its attributes (names and values in markup
# order): ``el.items()`` reads them in one call, three times faster than reading the two to
# seven attributes tested one by one with ``el.get``, which parses the attribute's name each
# time. Only on a miss (unique ids, styles) is the key of the tested attributes alone read,
# whose answers are kept too, and the tests run only on a miss of both.
_CACHE_SIZE = 20_000

Pairs = list[tuple[int, int, str, str]]


def _key(el: Any, names: tuple[str, ...], pairs: Pairs) -> tuple[Any, ...]:
    """What an element's attribute tests depend on: its tag, the values of the attributes
    read and, where both attributes of an ``@a|@b`` pair are there, which comes first in the
    markup."""
    values = tuple(map(el.get, names))
    k: tuple[Any, ...] = (el.tag, values)
    for i, j, a, b in pairs:
        if values[i] is not None and values[j] is not None:
            keys = el.keys()
            k = (*k, keys.index(a) < keys.index(b))
    return k


def _names(path: str) -> tuple[tuple[str, ...], Pairs]:
    """The attributes an XPath's tests read, and its ``@a|@b`` pairs as indexes into them."""
    names = tuple(sorted(set(re.findall(r"@([\w-]+)", path))))
    pairs = [(names.index(a), names.index(b), a, b)
             for a, b in re.findall(r"@([\w-]+)\|@([\w-]+)", path)]
    return names, pairs


class Matcher:
    """The elements under a tree that pass every test, in document order (``kind``: all of
    them, the first, or each parent's first). Pages repeat a few class names over hundreds of
    elements, so the answer of the attribute ``tests`` is kept per tag and attributes; the
    ``structural`` tests are asked only of an element passing them.
    Candidates come from lxml's C-level tag walk: five times faster than the same tag tests
    in an XPath, where each ``self::`` is an axis step."""

    def __init__(self, tags: tuple[str, ...], tests: list[Test], structural: list[Test],
                 path: str, kind: str) -> None:
        self.tags = tags
        self.tests = tests
        self.structural = structural
        self.kind = kind
        self.names, self.pairs = _names(path)
        self.cache: dict[tuple[Any, ...], bool] = {}  # by tag and all attributes
        self.tested: dict[tuple[Any, ...], bool] = {}  # by tag and tested attributes

    def first_only(self) -> Matcher:
        """This matcher giving its first element only (the first of each parent's first
        children is the first overall), for a caller that reads no other: its walk stops
        there. Shares the answers kept."""
        twin = copy.copy(self)
        twin.kind = "first"
        return twin

    def answer(self, el: Any) -> bool:
        """Whether ``el`` passes the attribute tests (a miss of the cache by all attributes)."""
        if len(self.tested) > _CACHE_SIZE:
            self.tested.clear()
        k = _key(el, self.names, self.pairs)
        found = self.tested.get(k)
        if found is None:
            found = self.tested[k] = all(t(el) for t in self.tests)
        return found

    def __call__(self, tree: Any) -> list[Any]:
        structural, cache = self.structural, self.cache
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        first = self.kind == "first"
        out: list[Any] = []
        for el in tree.iterdescendants(*self.tags or (lxml.etree.Element,)):
            k = (el.tag, *el.items())
            found = cache.get(k)
            if found is None:
                found = cache[k] = self.answer(el)
            if found and (not structural or all(t(el) for t in structural)):
                out.append(el)
                if first:
                    break
        if self.kind == "first-children":
            seen: set[Any] = set()
            kept = []
            for el in out:
                parent = el.getparent()
                if parent not in seen:
                    seen.add(parent)
                    kept.append(el)
            return kept
        return out


class Family:
    """Matchers that one step asks of the same tree in turn, with only deletions in between
    (trafilatura's section pruning: boilerplate, image captions, teasers), answered by one walk
    over the tree and one cached lookup per element for all of them. Inside ``with
    family.on(tree):`` each member's first call on ``tree`` gets the walk's finds that are
    still in the tree and pass its structural tests, asked then (a deletion may have changed
    their descendants); any other call is answered as the member alone answers it."""

    def __init__(self, xpaths: list[Any]) -> None:
        self.matchers = [translate(x) for x in xpaths]  # ValueError: not all translatable
        if any(not isinstance(m, Matcher) or m.kind != "all" for m in self.matchers):
            raise ValueError("a family holds tests of all matching elements only")
        members: list[Matcher] = self.matchers  # type: ignore[assignment]
        self.names = tuple(sorted({n for m in members for n in m.names}))
        self.pairs = sorted({(self.names.index(a), self.names.index(b), a, b)
                             for m in members for _, _, a, b in m.pairs})
        # The walk visits the members' tags only, unless one of them takes any element.
        self.tags = () if any(not m.tags for m in members) else tuple(
            dict.fromkeys(t for m in members for t in m.tags))
        self.cache: dict[tuple[Any, ...], tuple[bool, ...]] = {}  # by tag and all attributes
        self.tested: dict[tuple[Any, ...], tuple[bool, ...]] = {}  # by tested ones
        self.local = threading.local()

    def members(self) -> list[Callable[[Any], list[Any]]]:
        return [functools.partial(self._answer, n) for n in range(len(self.matchers))]

    @contextlib.contextmanager
    def on(self, tree: Any) -> Iterator[None]:
        self.local.tree, self.local.found, self.local.asked = tree, None, set()
        try:
            yield
        finally:
            self.local.tree = self.local.found = None

    def _answer(self, n: int, tree: Any) -> list[Any]:
        local = self.local
        if getattr(local, "tree", None) is not tree or n in local.asked:
            return self.matchers[n](tree)
        local.asked.add(n)
        # The first member asked gets the walk's finds as they are: nothing was deleted
        # since. Any later one keeps those still under ``tree`` (``in`` tests the ancestors
        # by identity in C, where a generator's ``is`` cost twice as much).
        walked = local.found is None
        if walked:
            local.found = self._walk(tree)
        structural = self.matchers[n].structural  # type: ignore[attr-defined]
        return [el for el in local.found[n] if (walked or tree in el.iterancestors())
                and all(t(el) for t in structural)]

    def _answers(self, el: Any, members: list[Matcher]) -> tuple[bool, ...]:
        """Each member's answer for ``el`` (a miss of the cache by all attributes)."""
        if len(self.tested) > _CACHE_SIZE:
            self.tested.clear()
        k = _key(el, self.names, self.pairs)
        answers = self.tested.get(k)
        if answers is None:
            tag = el.tag
            answers = self.tested[k] = tuple(
                (not m.tags or tag in m.tags) and all(t(el) for t in m.tests) for m in members
            )
        return answers

    def _walk(self, tree: Any) -> list[list[Any]]:
        members: list[Matcher] = self.matchers  # type: ignore[assignment]
        cache = self.cache
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        found: list[list[Any]] = [[] for _ in members]
        for el in tree.iterdescendants(*self.tags or (lxml.etree.Element,)):  # ``*``: elements
            tag = el.tag
            k = (tag, *el.items())
            answers = cache.get(k)
            if answers is None:
                answers = cache[k] = self._answers(el, members)
            if True in answers:
                for n, yes in enumerate(answers):
                    if yes:
                        found[n].append(el)
        return found


def _split_predicates(rest: str) -> list[str]:
    """``[a][b]`` → ``["a", "b"]``, brackets inside quotes or parentheses left alone."""
    out: list[str] = []
    depth, start, quote = 0, 0, False
    for i, ch in enumerate(rest):
        if ch == "'":
            quote = not quote
        elif quote:
            continue
        elif ch == "[":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                out.append(rest[start:i].strip())
        elif depth == 0 and not ch.isspace():
            raise ValueError(f"text between predicates: {rest[i:i + 20]}")
    if depth or quote or not out:
        raise ValueError("unbalanced predicates")
    return out


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside quotes and parentheses."""
    parts: list[str] = []
    depth, start, quote, i = 0, 0, False, 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
        elif not quote and depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i].strip())
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:].strip())
    return parts


def _any(tests: list[Test]) -> Test:
    return lambda el: any(t(el) for t in tests)


def _value(names: str) -> Callable[[Any], str | None]:
    """An attribute's value; for ``@a|@b`` the first of them in the element's markup (XPath's
    string of a node-set is its first node in document order)."""
    wanted = names.split("|@")
    if len(wanted) == 1:
        name = wanted[0]
        return lambda el: el.get(name)

    def first(el: Any) -> str | None:
        for name, value in el.attrib.items():
            if name in wanted:
                return str(value)
        return None

    return first


def _term(term: str) -> Test:
    if term.startswith("not(self::"):
        tags = {t[len("self::"):] for t in _split_top(term[4:-1], " or ")}
        if not all(_TERMS[0][0].match(t) for t in _split_top(term[4:-1], " or ")):
            raise ValueError(f"unsupported term: {term}")
        return lambda el: el.tag not in tags
    for pattern, kind in _TERMS[1:]:
        m = pattern.match(term)
        if m:
            return _make(kind, m.groups())
    raise ValueError(f"unsupported term: {term}")


def _make(kind: str, groups: tuple[Any, ...]) -> Test:
    if kind == "lacks-descendant":
        path = f".//{groups[0]}"
        return lambda el: el.find(path) is None
    value = _value(groups[0])
    if kind == "has":
        return lambda el: value(el) is not None
    if kind == "equals":
        wanted = groups[1]
        return lambda el: value(el) == wanted
    if kind == "contains":
        needle = groups[1]
        return lambda el: needle in (value(el) or "")
    if kind == "contains-translated":
        source, target = groups[1], groups[2]
        table = {ord(c): (target[i] if i < len(target) else None) for i, c in enumerate(source)}
        needle = groups[3]
        return lambda el: needle in (value(el) or "").translate(table)
    if kind == "starts-with":
        prefix = groups[1]
        return lambda el: (value(el) or "").startswith(prefix)
    flags = re.IGNORECASE if groups[2] and "i" in groups[2] else 0
    if groups[2] and set(groups[2]) - {"i", "g"}:
        raise ValueError(f"unsupported regex flags: {groups[2]}")
    search = re.compile(groups[1], flags).search
    return lambda el: search(value(el) or "") is not None


def translated(xpaths: list[Any]) -> list[Any]:
    """``xpaths`` with each translatable one replaced by its translation (same results)."""
    out: list[Any] = []
    for xpath in xpaths:
        try:
            out.append(translate(xpath))
        except ValueError:
            out.append(xpath)
    return out



_TAG_STEP = re.compile(r"\.//([\w-]+)")
_NAMED_STEP = re.compile(r"\.//([\w-]+)(\[.*\])")
_IN_ORDER = lxml.etree.XPath("$found | $more")  # a union: libxml2 merges in document order


class _Path:
    """An XPath's text, as :func:`translate` reads it from an ``lxml.etree.XPath``."""

    def __init__(self, path: str) -> None:
        self.path = path


def translate_union(xpath: Any) -> Callable[[Any], list[Any]]:
    """A callable giving what a union of descendant steps gives (``.//aside | .//div[…] |
    .//*[re:test(@class, …)]``, trafilatura's basic cleaning): the bare tag steps by one
    C-level tag walk, each step with predicates by its translation (``.//div[…]`` read as
    ``.//*[self::div][…]``), merged into document order. ``ValueError`` for any other step."""
    path = " ".join(str(xpath.path).split())
    tags: list[str] = []
    matchers: list[Callable[[Any], list[Any]]] = []
    for step in _split_top(path, "|"):
        bare, named = _TAG_STEP.fullmatch(step), _NAMED_STEP.fullmatch(step)
        if bare:
            tags.append(bare.group(1))
            continue
        if named and named.group(1) != "*":
            step = f".//*[self::{named.group(1)}]{named.group(2)}"
        matchers.append(translate(_Path(step)))

    def union(tree: Any) -> list[Any]:
        found: list[Any] = list(tree.iterdescendants(*tags)) if tags else []
        for matcher in matchers:
            more = matcher(tree)
            if more:
                found = list(_IN_ORDER(tree, found=found, more=more))
        return found

    return union
