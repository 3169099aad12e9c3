"""Every fixture follows the one convention (README, "Fixtures"): ``fixtures/<group>/<case>/``
holds one stored response, ``body.<ext>`` and ``response.json`` (url, status, headers), plus
``spec.json`` and ``expected.json`` where the case has them; a site's ``urls.json`` is the
replay map generated from its cases."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.sites import spider_names
from tools.regen_fixtures import cases, generated_url_map, read_case

from .conftest import FIXTURES, ROOT

CASE_FILES = {"response.json", "spec.json", "expected.json"}
BODY_FILES = {"body.html", "body.json", "body.txt"}
NESTED_GROUPS = {
    "publishers": {"holdout", "body-tune", "body-holdout", "body-holdout2"},
    "learned": {"holdout"},
    "metadata": {f"{kind}{n}" for kind in ("tune", "holdout")
                 for n in ("", "2", "3", "4", "5", "6", "7", "8")},
}
"""Groups inside a group: ``publishers/holdout`` (and ``body-tune``/``body-holdout``, the
body-chrome pages of ``tests/data/pubbody``), ``learned/holdout`` and ``metadata/holdout``
(and ``holdout2``-``holdout7``) are kept apart, never used for tuning (``metadata/tune``,
``tune2``-``tune7`` hold the pages tuned on)."""
GROUP_FILES = {"README.md", "urls.json"}

GROUPS = sorted(
    [p for p in FIXTURES.iterdir() if p.is_dir()]
    + [FIXTURES / outer / inner for outer, inners in NESTED_GROUPS.items() for inner in inners]
)


@pytest.mark.parametrize("group", GROUPS, ids=[g.relative_to(FIXTURES).as_posix() for g in GROUPS])
def test_every_group_is_a_readme_and_case_folders(group: Path) -> None:
    assert (group / "README.md").is_file()
    nested = NESTED_GROUPS.get(group.name, set())
    for entry in group.iterdir():
        if entry.is_file():
            assert entry.name in GROUP_FILES, f"loose file {entry} (a case is a folder)"
            continue
        if entry.name in nested:
            continue
        files = {p.name for p in entry.iterdir()}
        assert "response.json" in files, f"{entry}: not a case (no response.json)"
        assert len(files & BODY_FILES) == 1, f"{entry}: one body.<html|json|txt> expected"
        assert files <= CASE_FILES | BODY_FILES, f"{entry}: unexpected {files - CASE_FILES}"
        case = read_case(entry)
        assert case.status == 200
        assert case.content_type and case.charset() == "utf-8"
        case.body().decode(case.charset() or "utf-8")  # the header tells the truth
        if case.spec() is not None or case.expected() is not None:
            assert case.url is not None or group.name == "text", f"{entry}: no url"


@pytest.mark.parametrize("name", spider_names())
def test_site_replay_map_is_generated_from_its_cases(name: str) -> None:
    """``urls.json`` is not edited by hand: ``python -m tools.regen_fixtures``
    writes it from the case folders."""
    site = FIXTURES / name
    stored = json.loads((site / "urls.json").read_text(encoding="utf-8"))
    assert stored == generated_url_map(site)
    assert {entry["file"].split("/")[0] for entry in stored.values()} == {
        case.name for case in cases(site)
    }


def test_every_site_case_with_a_spec_has_an_expected_article_and_listings_have_none() -> None:
    for name in spider_names():
        site_cases = cases(FIXTURES / name)
        for case in site_cases:
            assert (case.spec() is None) == (case.expected() is None), case.folder
        assert sum(case.spec() is not None for case in site_cases) >= 3


def test_text_and_publisher_cases() -> None:
    text = cases(FIXTURES / "text")
    assert text and all(c.body_path.name == "body.txt" and c.expected() for c in text)
    for group in (FIXTURES / "publishers", FIXTURES / "publishers" / "holdout"):
        pages = cases(group)
        assert pages and all(c.body_path.name == "body.html" and c.spec() for c in pages)
        assert all(c.expected() is None for c in pages)


def test_read_case_rejects_a_folder_off_the_convention(tmp_path: Path) -> None:
    case = tmp_path / "page"
    case.mkdir()
    (case / "response.json").write_text('{"url": "https://a.example/", "status": 200}')
    with pytest.raises(ValueError, match="0 body"):
        read_case(case)
    (case / "body.html").write_text("<html></html>")
    (case / "body.txt").write_text("x")
    with pytest.raises(ValueError, match="2 body"):
        read_case(case)
    (case / "body.txt").unlink()
    (case / "response.json").write_text('{"url": 3}')
    with pytest.raises(ValueError, match="url must be"):
        read_case(case)


def test_regen_writes_a_stale_url_map_and_check_reports_it(tmp_path: Path) -> None:
    """A new or changed case reaches replay through ``regen_fixtures`` (``--check`` fails
    until then); the articles' ``expected.json`` stay as they are."""
    shutil.copytree(FIXTURES / "inkl", tmp_path / "inkl")
    urls = tmp_path / "inkl" / "urls.json"
    urls.write_text("{}\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (tmp_path / "inkl").glob("*/expected.json")}

    def regen(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tools.regen_fixtures", "inkl"]
        return subprocess.run(
            [*command, "--fixtures", str(tmp_path), *args],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    stale = regen("--check")
    assert stale.returncode == 1
    assert "+++ b/inkl/urls.json" in stale.stdout
    assert json.loads(urls.read_text(encoding="utf-8")) == {}  # --check writes nothing
    written = regen()
    assert written.returncode == 0, written.stdout + written.stderr
    assert json.loads(urls.read_text(encoding="utf-8")) == generated_url_map(tmp_path / "inkl")
    assert regen("--check").returncode == 0
    assert {p: p.read_bytes() for p in (tmp_path / "inkl").glob("*/expected.json")} == before
