"""The corpus command line: incidents, incident ID, relink, ingest --force, and the
reliability of search/export/stats (existing corpus only, strict --country, whole files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_link_incidents import ALL

from eventcoder.cli import corpus, main
from eventcoder.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "corpus.db")
    with Store.open(path) as store:
        for build in ALL:
            store.add_record(build())
    return path


def test_incidents_list_and_one_incident(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incidents", "--db", db, "--country", "Sudan"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.startswith("SDN-") for line in lines)
    village = next(line for line in lines if "Um Kadada" in line)
    assert "3 source(s)" in village and "[disputed]" in village
    uid = village.split()[0]
    assert main(["incident", uid.lower(), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "“Rapid Support Forces fighters killed 40 people in the village of Um Kadada" in out
    assert "   ! 40 people" in out and "   ! more than 100 people" in out
    assert "merged: same type Violence against civilians" in out
    assert main(["incident", uid, "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["uid"] == uid and data["review_status"] == "unreviewed" and len(data["claims"]) == 3
    assert main(["incident", "SDN-000000", "--db", db]) == 2
    assert "no incident 'SDN-000000'" in capsys.readouterr().err


def test_relink_keeps_incidents_and_ids(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incidents", "--db", db]) == 0
    before = capsys.readouterr().out
    assert main(["relink", "--db", db]) == 0
    assert "relinked 9 mentions into 6 incidents" in capsys.readouterr().err
    assert main(["incidents", "--db", db]) == 0
    assert capsys.readouterr().out == before


def test_ingest_force_recodes_unchanged_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    records = {build().article.id: build() for build in ALL}
    monkeypatch.setattr(corpus, "_articles", lambda _args, _published: iter(
        [r.article for r in records.values()]))
    monkeypatch.setattr(corpus, "_builder", lambda _actor_files: lambda a: records[a.id])
    path = str(tmp_path / "c.db")
    assert main(["ingest", "in.jsonl", "--db", path]) == 0
    assert main(["ingest", "in.jsonl", "--db", path]) == 0
    assert "0 added, 0 replaced, 9 unchanged" in capsys.readouterr().err
    assert main(["ingest", "in.jsonl", "--db", path, "--force"]) == 0
    assert "0 added, 9 replaced, 0 unchanged" in capsys.readouterr().err


def test_read_commands_refuse_a_missing_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    for argv in (["search", "x"], ["stats"], ["export", "--format", "jsonl", "-o", "-"],
                 ["incidents"], ["incident", "SYR-abcdef"], ["relink"]):
        assert main([*argv, "--db", str(missing)]) == 2
        assert f"no corpus at {missing}" in capsys.readouterr().err
    assert not missing.exists()


def test_country_aliases_and_unknown_countries(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.country("DRC") == "CD" and corpus.country("syr") == "SY"
    assert main(["export", "--format", "incidents-jsonl", "-o", "-", "--db", db, "--country", "ukraine"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    with pytest.raises(SystemExit) as exit_:
        main(["search", "x", "--db", db, "--country", "EU"])
    assert exit_.value.code == 2
    assert "unknown country 'EU'" in capsys.readouterr().err
    for option in (["search", "x", "--limit", "0"], ["stats", "--top", "-3"]):
        with pytest.raises(SystemExit):
            main([*option, "--db", db])
        assert "is not a whole number of 1 or more" in capsys.readouterr().err


def test_failed_export_leaves_no_part_file(
        db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder import export

    target = tmp_path / "out" / "incidents.csv"

    def broken(store: Store, out: object, filters: object, planned: bool = False) -> int:
        out.write("event_id_cnty\n")  # type: ignore[attr-defined]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export, "write_acled_csv", broken)
    assert main(["export", "--format", "acled-csv", "-o", str(target), "--db", db]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not target.exists() and list(target.parent.iterdir()) == []
    monkeypatch.undo()
    assert main(["export", "--format", "acled-csv", "-o", str(target), "--db", db]) == 0
    assert [p.name for p in target.parent.iterdir()] == ["incidents.csv"]
    assert target.read_text().startswith("event_id_cnty,event_date,year,time_precision,disorder_type,")
