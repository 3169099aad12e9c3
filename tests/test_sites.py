"""The site registry: every aggregator is a data file in ``newsclean/sites/`` (with a module
beside it for code of its own) plus its fixtures, and no other module names a site."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.profiles import PROFILES, get_profile
from newsclean.scrapy.spiders import SPIDERS
from newsclean.sites import (
    SiteDataError,
    all_sites,
    get_site,
    json_adapters,
    load_site,
    spider_names,
)
from newsclean.sites import base as sites_base

from .conftest import FIXTURES

PACKAGE = Path(newsclean.__file__).resolve().parent
SITE_NAMES = list(all_sites())
# Backward-compatible import paths of what moved into newsclean/sites/ (a re-export each; a
# new site has none: its spider is found through the registry).
COMPAT_SHIMS = {
    "msnjson.py",
    "scrapy/spiders/inkl.py",
    "scrapy/spiders/msn.py",
    "scrapy/spiders/newsbreak.py",
    "scrapy/spiders/yahoo.py",
}


def test_registry_discovers_every_site_data_file() -> None:
    data_files = sorted(p.stem for p in (PACKAGE / "sites").glob("*.toml"))
    assert data_files == SITE_NAMES
    # A module is only for code of the site's own; every module belongs to a data file.
    modules = {p.stem for p in (PACKAGE / "sites").glob("*.py")} - {"__init__", "base"}
    assert modules <= set(SITE_NAMES)
    for name, site in all_sites().items():
        assert site.name == name == site.profile.aggregator
        assert get_site(name) is site
        assert get_profile(name) is site.profile
    assert list(PROFILES) == [*SITE_NAMES, "generic"]
    with pytest.raises(ValueError, match="unknown site 'digg'; known: "):
        get_site("digg")


@pytest.mark.parametrize("name", SITE_NAMES)
def test_every_site_has_a_spider_and_fixtures(name: str) -> None:
    site = get_site(name)
    assert name in spider_names()
    spider = SPIDERS[name]
    assert spider.name == spider.profile_name == name
    assert spider.__module__ == "newsclean.scrapy.spiders"  # where SPIDER_MODULES finds it
    assert (FIXTURES / name / "urls.json").is_file()
    assert (FIXTURES / name / "README.md").is_file()
    assert site.profile.hosts and site.profile.article_url is not None


def test_a_data_file_alone_makes_a_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wirefeed.toml").write_text(
        '''hosts = ["wirefeed.example"]
article_url = '^https://wirefeed\\.example/story/'
text_signature = ["Wirefeed: all the wires"]
[selectors]
body = "div.story"
[[rules]]
name = "wirefeed:promo"
phrases = ["Try Wirefeed Plus"]
[crawl]
class_name = "WirefeedSpider"
listing_url = "https://wirefeed.example/{section}"
default_section = "world"
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(sites_base, "SITES_DIR", tmp_path)
    site = load_site("wirefeed")
    assert site.profile.claims_host("news.wirefeed.example")
    assert site.profile.article_url is not None
    assert site.profile.article_url.match("https://wirefeed.example/story/1")
    rule = site.profile.rules.match("TRY WIREFEED PLUS")
    assert rule is not None and rule.name == "wirefeed:promo"
    assert site.profile.text_signature == (("wirefeed: all the wires",),)
    assert site.crawl is not None and site.crawl.class_name == "WirefeedSpider"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('hosts = ["a.example"]\nselector = {body = "p"}\n', "unknown key selector"),
        ('hosts = ["a.example"]\n[[rules]]\nname = "x"\nphrase = ["y"]\n', "rules\\[0\\].phrase"),
        ('hosts = ["a.example"]\n[crawl]\nclass_name = "A"\nlisting = "u"\n', "crawl.listing"),
        ('name = "other"\nhosts = ["a.example"]\n', "name = 'other'"),
    ],
)
def test_a_typo_in_site_data_names_the_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    (tmp_path / "typo.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sites_base, "SITES_DIR", tmp_path)
    with pytest.raises(SiteDataError, match=f"typo.toml: .*{message}"):
        load_site("typo")


def test_json_adapters_are_the_json_sites() -> None:
    adapters = json_adapters()
    assert adapters == tuple(s.json_adapter for s in all_sites().values() if s.json_adapter)
    assert len({a.field for a in adapters}) == len(adapters)


def _code_words(path: Path) -> set[str]:
    """Words of a module's code: string constants (not docstrings: prose may name a site),
    names, attributes, imported module paths; split at anything but letters and digits."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {  # module, class, function and attribute docstrings: bare string statements
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    texts: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                texts.append(node.value)
        elif isinstance(node, ast.Name):
            texts.append(node.id)
        elif isinstance(node, ast.Attribute):
            texts.append(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
            texts.append(node.name)
        elif isinstance(node, ast.ImportFrom):
            texts.append(node.module or "")
            texts.extend(a.name for a in node.names)
        elif isinstance(node, ast.alias):
            texts.append(node.asname or "")
    words: set[str] = set()
    for text in texts:
        words.update(w.casefold() for w in re.split(r"[^0-9A-Za-z]+|(?<=[a-z])(?=[A-Z])", text))
    return words


def test_no_module_outside_a_site_names_a_site() -> None:
    """A site's name is in the code of its own module only (``sites/<name>.py``), its fixtures
    and the tests; shared modules reach sites through the registry."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("sites/") or rel in COMPAT_SHIMS:
            continue
        named = _code_words(path) & set(SITE_NAMES)
        if named:
            offenders.append(f"{rel}: {sorted(named)}")
    assert offenders == []


def test_core_import_does_not_load_scrapy() -> None:
    """Site modules build their spiders lazily: matching a profile never imports Scrapy."""
    code = (
        "import sys, newsclean; from newsclean.profiles import PROFILES; "
        "newsclean.clean_text('x', url='https://www.example.org/a'); "
        "print(len(PROFILES), 'scrapy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(SITE_NAMES) + 1), "False"]
