"""Exports (ACLED CSV, GeoJSON, JSON Lines) and the corpus CLI handlers, driven by argparse."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_conftest import event, place, record, store_url  # noqa: F401
from test_link_incidents import ALL

from eventcoder.cli import corpus as cli
from eventcoder.errors import MalformedInput
from eventcoder.export import ACLED_COLUMNS, write_acled_csv, write_geojson, write_jsonl
from eventcoder.export.acled_csv import geo_precision, interaction, time_precision
from eventcoder.model import Record
from eventcoder.store import Filters, Store


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:  # noqa: F811
    s = Store.open(store_url)
    for build in ALL:
        s.add_record(build())
    yield s
    s.close()


def test_precision_and_interaction_codes() -> None:
    assert time_precision("2016-12-13", "2016-12-13") == 1
    assert time_precision("2016-12-12", "2016-12-18") == 2
    assert time_precision("2016-12-01", "2016-12-31") == 3
    assert [geo_precision(p) for p in ("point", "city", "district", "admin1", None)] == [1, 1, 2, 3, 3]
    assert interaction(7, 1) == 17 and interaction(1, 7) == 17
    assert interaction(8, None) == 80 and interaction(None, None) == ""


def test_acled_csv(store: Store) -> None:
    out = io.StringIO()
    assert write_acled_csv(store, out) == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ACLED_COLUMNS
    market = next(r for r in rows if r["location"] == "Avdiivka central market")
    assert re.fullmatch(r"UKR-[0-9a-f]{6}", market["event_id_cnty"]) and market["event_date"] == "2023-02-20"
    assert market["country"] == "Ukraine" and market["admin1"] == "Donetsk"
    assert market["fatalities"] == "12"  # the most conservative of 12 and "at least 15"
    assert market["source"] == "Northwire; Eastern Press"
    assert market["time_precision"] == "1" and market["geo_precision"] == "1"
    assert market["inter1"] == "8" and market["interaction"] == "80"
    assert "disputed killed" in market["notes"]
    battle = next(r for r in rows if r["event_type"] == "Battles")
    assert battle["interaction"] == "12" and battle["country"] == "Sudan"
    village = next(r for r in rows if r["location"] == "Um Kadada")
    assert village["fatalities"] == "12"  # "dozens" counts as 12, ACLED's convention
    sudan = {r["event_id_cnty"] for r in rows if r["country"] == "Sudan"}
    assert len(sudan) == 2 and all(uid.startswith("SDN-") for uid in sudan)


def test_acled_csv_filters(store: Store) -> None:
    out = io.StringIO()
    assert write_acled_csv(store, out, Filters(country="SD", event_type="Battles")) == 1


def test_geojson_is_rfc7946(store: Store) -> None:
    out = io.StringIO()
    written, skipped = write_geojson(store, out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and written == 6 and skipped == 0
    feat = next(f for f in data["features"] if f["properties"]["location"] == "Kramatorsk")
    assert feat["geometry"] == {"type": "Point", "coordinates": [37.556, 48.723]}  # lon, lat
    assert all(not isinstance(v, (dict, list)) for v in feat["properties"].values())
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_jsonl_round_trips_records(store: Store) -> None:
    out = io.StringIO()
    assert write_jsonl(store, out, Filters(country="UA")) == 5
    lines = out.getvalue().splitlines()
    records = [Record.model_validate_json(line) for line in lines]
    assert records[0] == ALL[0]()


# ---- CLI handlers ------------------------------------------------------------------------

def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventcoder")
    cli.register(p.add_subparsers(dest="command", required=True))
    return p


def run(*argv: str) -> int:
    args = parser().parse_args(list(argv))
    return int(args.func(args))


def test_cli_ingest_reports_bad_inputs_and_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    records = {build().article.id: build() for build in ALL}
    items = [records["ua-a"].article, MalformedInput("bad JSON", where="in.jsonl:2"),
             records["ua-b"].article]
    monkeypatch.setattr(cli, "_articles", lambda _args, _published: iter(items))
    monkeypatch.setattr(cli, "_builder", lambda _actor_files: lambda a: records[a.id])
    db_path = str(tmp_path / "c.db")
    assert run("ingest", "in.jsonl", "--db", db_path) == 1
    err = capsys.readouterr().err
    assert "eventcoder: skipped in.jsonl:2: bad JSON" in err
    assert "2 added, 0 replaced, 0 unchanged, 1 failed" in err
    assert run("ingest", "in.jsonl", "--db", db_path) == 1
    assert "0 added, 0 replaced, 2 unchanged, 1 failed" in capsys.readouterr().err


def test_cli_ingest_missing_actor_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("ingest", "x.txt", "--db", str(tmp_path / "c.db"), "--actors", "nope.yaml") == 2
    assert "--actors nope.yaml: no such file" in capsys.readouterr().err


def test_cli_search_export_stats(store: Store, store_url: str, tmp_path: Path,  # noqa: F811
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "market", "--db", store_url, "--country", "Ukraine", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["article_id"] for h in hits} == {"ua-a", "ua-b", "ua-e"}
    assert run("search", "market", "--db", store_url, "--type", "Protests") == 0
    assert capsys.readouterr().out.startswith("[article] ua-e  Local Daily  2023-02-20")
    target = tmp_path / "out.geojson"
    assert run("export", "--format", "geojson", "--db", store_url, "--country", "SD",
               "-o", str(target)) == 0
    assert len(json.loads(target.read_text())["features"]) == 2
    assert not (tmp_path / "out.geojson.part").exists()
    assert run("export", "--format", "acled-csv", "--db", store_url, "-o", "-") == 0
    assert capsys.readouterr().out.startswith(",".join(ACLED_COLUMNS))
    assert run("stats", "--db", store_url, "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["totals"]["incidents"] == 6 and ["UA", 4] in stats["by_country"]
    assert run("stats", "--db", store_url) == 0
    assert "most-cited sources" in capsys.readouterr().out


def test_progress_line() -> None:
    p = cli.Progress(total=100, stream=io.StringIO())
    p.done = 25
    line = p.line(elapsed=5.0)
    assert "25/100" in line and "5.0 articles/s" in line and "ETA 15s" in line


def test_estimate_total(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n')
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x")
    assert cli.estimate_total([str(tmp_path / "a.jsonl"), str(tmp_path / "d")]) == 3
    assert cli.estimate_total(["-"]) is None


@pytest.mark.parametrize("code,name", [
    ("SY", "Syria"), ("UA", "Ukraine"), ("RU", "Russia"), ("TR", "Turkey"),
    ("CD", "Democratic Republic of Congo"), ("PS", "Palestine"), ("SD", "Sudan"),
])
def test_country_names_as_acled_writes_them(code: str, name: str) -> None:
    from eventcoder.store.countries import alpha3, to_alpha2
    from eventcoder.store.countries import name as country_name

    assert country_name(code) == name
    assert to_alpha2(name) == code and to_alpha2(code.lower()) == code
    assert to_alpha2(alpha3(code)) == code


@pytest.mark.parametrize(("cell", "safe"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+cmd", "'+cmd"), ("-5 dead", "'-5 dead"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tindent", "'\tindent"), ("\rreturn", "'\rreturn"),
    ("Shelling in Kherson", "Shelling in Kherson"), (-33.9, -33.9), (-4, -4), ("", ""),
])
def test_csv_cells_are_formula_safe_and_numbers_stay_numbers(cell: object, safe: object) -> None:
    from eventcoder.export.acled_csv import csv_safe

    assert csv_safe(cell) == safe


def test_acled_csv_neutralises_formulas_in_written_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.export import acled_csv

    row = {column: "" for column in ACLED_COLUMNS}
    row.update(actor1="=cmd|' /C calc'!A0", notes="-3 killed near Bakhmut", latitude=-12.5,
               longitude=-77.0, fatalities=3, location="@Lima")
    monkeypatch.setattr(acled_csv, "acled_rows", lambda _store, _filters, _planned: iter([row]))
    out = io.StringIO()
    assert write_acled_csv(None, out) == 1  # type: ignore[arg-type]
    [written] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert written["actor1"] == "'=cmd|' /C calc'!A0"
    assert written["notes"] == "'-3 killed near Bakhmut" and written["location"] == "'@Lima"
    assert (written["latitude"], written["longitude"], written["fatalities"]) == ("-12.5", "-77.0", "3")


def planned_march() -> Record:
    t = "Teachers' unions in Lilongwe said they would march on parliament next Thursday."
    march = event(t, t, type="Protests", sub_type="Peaceful protest", actor1="Protesters (Malawi)",
                  inter1=6, date="2024-03-14",
                  location=place("Lilongwe", "MW", "Central Region", -13.9669, 33.7873))
    return record("mw-plan", t, source="Lakeside Times", published="2024-03-08",
                  events=[march.model_copy(update={"certainty": "planned"})])


def test_planned_incidents_are_left_out_unless_asked_for(store: Store) -> None:
    store.add_record(planned_march())
    out = io.StringIO()
    assert write_acled_csv(store, out) == 6
    assert "Lilongwe" not in out.getvalue()
    out = io.StringIO()
    assert write_acled_csv(store, out, planned=True) == 7
    lilongwe = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["location"] == "Lilongwe")
    assert lilongwe["certainty"] == "planned" and lilongwe["event_type"] == "Protests"
    assert write_geojson(store, io.StringIO())[0] == 6
    assert write_geojson(store, io.StringIO(), planned=True)[0] == 7
    records = io.StringIO()
    write_jsonl(store, records)
    assert '"certainty":"planned"' in records.getvalue()  # the records keep every event they had


def test_cli_export_include_planned(store: Store, store_url: str, tmp_path: Path) -> None:  # noqa: F811
    store.add_record(planned_march())
    default, every = tmp_path / "acled.csv", tmp_path / "all.csv"
    assert run("export", "--db", store_url, "--format", "acled-csv", "-o", str(default)) == 0
    assert run("export", "--db", store_url, "--format", "acled-csv", "--include-planned",
               "-o", str(every)) == 0
    assert len(default.read_text().splitlines()) == 7 and len(every.read_text().splitlines()) == 8
