"""The record model's own JSON Schema, and the shared contract, both accept what eventcoder writes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from eventcoder.model import Article, Record
from eventcoder.record import build_record

DEMO = Path(__file__).resolve().parents[1] / "demo"


@pytest.fixture(scope="module")
def demo_records(nlp) -> list[dict]:
    records = []
    for path in sorted(DEMO.glob("*.txt")):
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
        article = Article(id=meta["id"], text=path.read_text(encoding="utf-8"), published=meta["published"])
        records.append(json.loads(build_record(article).model_dump_json()))
    return records


def test_records_validate_against_the_models_schema(demo_records: list[dict]) -> None:
    schema = Record.model_json_schema()
    for record in demo_records:
        jsonschema.validate(record, schema)


def test_records_validate_against_the_shared_contract(demo_records: list[dict], shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    for record in demo_records:
        jsonschema.validate(record, schema)


def test_every_span_points_at_its_text(demo_records: list[dict]) -> None:
    for record in demo_records:
        text = record["article"]["text"]
        for area in ("places", "dates", "quantities", "quotes"):
            for item in record[area]:
                assert 0 <= item["start"] < item["end"] <= len(text)
                if item.get("text"):
                    assert text[item["start"]:item["end"]] == item["text"]
        for event in record["events"]:
            assert all(0 <= s["start"] < s["end"] <= len(text) for s in event["evidence"])


def test_no_publication_date_leaves_relative_dates_unresolved(nlp) -> None:
    record = build_record(Article(id="x", text="Shelling hit Kharkiv on Tuesday, officials said."))
    assert record.article.published is None
    assert any("no publication date" in w for w in record.warnings)
    assert all(d.value is None for d in record.dates if "Tuesday" in d.text)
