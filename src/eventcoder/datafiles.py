"""Bundled and user data files (YAML), each checked against a schema when it is loaded.

A misspelt key (``lemma:`` for ``lemmas:``), an unknown sub-type or a word listed twice is an
error that names the file and the line, raised once when the file is first read, instead of a
rule that silently never fires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from eventcoder.errors import DataFileError

M = TypeVar("M", bound=BaseModel)


class Example(BaseModel):
    """A rule's example, kept beside the rule in its data file: a short text and what the record
    must hold (``expect``: for each record part, the fields one of its items must have; an empty
    list means the part must be empty). ``tests/test_rule_examples.py`` runs every one, so a rule
    whose example stops working is noticed."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str
    published: str | None = "2024-05-12"
    expect: dict[str, dict[str, Any] | list[Any]]


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it: the ~100 data files are read at every start,
and the pure-Python parser spent seconds of each worker's start-up on them."""


class _Loader(_BaseLoader):
    """YAML 1.2 booleans only: 'on', 'off', 'yes' and 'no' stay words (they are words here)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (for line numbers and duplicate keys) and its data, parsed once."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def bundled(relative: str) -> Path:
    """Path of a file shipped in ``eventcoder/data``."""
    return Path(str(resources.files("eventcoder") / "data" / relative))


def load_checked(path: Path, schema: type[M]) -> M:
    """Read a YAML file and validate it; errors name the file and line of the offending value."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read it ({exc})") from exc
    try:
        node, data = _parse(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
    if node is not None:
        _refuse_duplicate_keys(path, node)
    try:
        return schema.model_validate(data if data is not None else {})
    except ValidationError as exc:
        first = exc.errors()[0]
        line = _line_of(node, first["loc"])
        where = f"{path}:{line}" if line else str(path)
        loc = ".".join(str(part) for part in first["loc"])
        raise DataFileError(f"{where}: {loc}: {first['msg']}") from exc


def _refuse_duplicate_keys(path: Path, node: yaml.Node) -> None:
    """PyYAML keeps the last of two equal keys; in a word list that hides a mistake."""
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            if key.value in seen:
                raise DataFileError(f"{path}:{key.start_mark.line + 1}: '{key.value}' is given twice")
            seen.add(key.value)
            _refuse_duplicate_keys(path, value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_duplicate_keys(path, item)


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """1-based line of the value a validation error points at (as deep as the path can be followed)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line
