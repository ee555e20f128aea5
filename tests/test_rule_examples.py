"""Every rule's examples, kept beside the rule in its data file, still come out as written.

A rule added with an example cannot be silently dead: if the example's text no longer yields
what ``expect`` says, this test names the file and the example.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.datafiles import Example, bundled
from eventcoder.model import Article, Record

pytestmark = pytest.mark.slow


def _example_files() -> list[Path]:
    return sorted(p for p in bundled("").rglob("*.yaml") if "examples:" in p.read_text(encoding="utf-8"))


def _examples() -> list[tuple[str, Example]]:
    import yaml

    from eventcoder.datafiles import _Loader

    out = []
    for path in _example_files():
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        for raw in _find_examples(data):
            out.append((f"{path.parent.name}/{path.name}", Example.model_validate(raw)))
    return out


def _find_examples(node: Any) -> list[dict[str, Any]]:
    """Examples may sit at the top of a file or beside each rule inside it."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples" and isinstance(value, list):
                found.extend(v for v in value if isinstance(v, dict))
            else:
                found.extend(_find_examples(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_find_examples(item))
    return found


def _matches(item: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(_field(item, key) == value for key, value in want.items())


def _field(item: dict[str, Any], dotted: str) -> Any:
    value: Any = item
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def check(record: Record, expect: dict[str, Any]) -> list[str]:
    """What the record lacks of ``expect`` (empty when the example holds)."""
    dumped = record.model_dump()
    problems = []
    for part, want in expect.items():
        items = dumped[part]
        if want == []:
            if items:
                problems.append(f"{part} should be empty, got {len(items)}")
        elif not any(_matches(item, want) for item in items):
            problems.append(f"no {part} item with {want}; got {[{k: i.get(k) for k in want} for i in items]}")
    return problems


EXAMPLES = _examples()


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(("where", "example"), EXAMPLES, ids=[f"{w}:{e.text[:40]}" for w, e in EXAMPLES])
def test_rule_example(where: str, example: Example) -> None:
    from eventcoder.record import build_record

    record = build_record(Article(id="example", text=example.text, published=example.published))
    assert check(record, example.expect) == [], f"{where}: {example.text!r}"
