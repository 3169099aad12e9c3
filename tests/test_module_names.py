"""A module-level name is bound once. Two branches that each added a ``_LIST_MIN`` to one
module merged cleanly, and the later binding silently replaced the earlier one for every
function that read it (ruff does not report a rebound constant)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import newsclean

PACKAGE = Path(newsclean.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _is_overload(node):
            continue  # typing's signatures for the one implementation that follows
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def _is_overload(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        (isinstance(d, ast.Name) and d.id == "overload")
        or (isinstance(d, ast.Attribute) and d.attr == "overload")
        for d in node.decorator_list
    )


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(PACKAGE)) for m in MODULES])
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    counts = Counter(_bound_at_top(ast.parse(module.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_rebound_constant() -> None:
    tree = ast.parse("_LIST_MIN = 2\ndef f():\n    return _LIST_MIN\n_LIST_MIN = 3\n")
    assert Counter(_bound_at_top(tree))["_LIST_MIN"] == 2


def test_overloads_bind_their_name_once() -> None:
    source = (
        "@overload\ndef f(x: int) -> int: ...\n"
        "@typing.overload\ndef f(x: str) -> str: ...\n"
        "def f(x): return x\n"
    )
    assert Counter(_bound_at_top(ast.parse(source)))["f"] == 1
    assert Counter(_bound_at_top(ast.parse(source + "def f(x): return 0\n")))["f"] == 2
