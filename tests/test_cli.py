"""End to end: the real ``eventcoder`` command on files, folders and stdin, with its exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo"
pytestmark = pytest.mark.slow


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventcoder", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_one_file_to_stdout() -> None:
    result = run("extract", str(DEMO / "kharkiv-strike.txt"), "--published", "2024-05-26", "--id", "kh")
    assert result.returncode == 0, result.stderr
    [record] = records(result.stdout)
    assert record["schema_version"] == "1"
    assert record["article"]["id"] == "kh"
    assert record["article"]["published"] == "2024-05-26"
    assert record["article"]["text"].startswith("Russian missiles hit Kharkiv")
    assert set(record) >= {"places", "dates", "quantities", "quotes", "events"}


def test_extract_folder_and_bad_inputs_to_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    bad_feed = tmp_path / "feed.jsonl"
    bad_feed.write_text('{"id": "ok", "text": "Troops clashed with rebels near Goma on Monday, the army said."}\n{oops\n')
    out = tmp_path / "out.jsonl"
    result = run("extract", str(DEMO), str(tmp_path / "empty.txt"), str(tmp_path / "blob.txt"), str(bad_feed), "-o", str(out))
    assert result.returncode == 1
    ids = [r["article"]["id"] for r in records(out.read_text(encoding="utf-8"))]
    assert ids == ["el-fasher-wire", "gaza-opinion", "kharkiv-strike", "marib-note", "ok"]
    assert "empty.txt: the input is empty" in result.stderr
    assert "blob.txt: the input looks binary" in result.stderr
    assert f"{bad_feed}:2: not valid JSON" in result.stderr
    assert "3 input(s) failed" in result.stderr


def test_extract_from_stdin() -> None:
    text = b"Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n"
    result = run("extract", "-", "--published", "2024-06-26", "--id", "nbo", stdin=text)
    assert result.returncode == 0, result.stderr
    [record] = records(result.stdout)
    assert record["article"] == {
        "id": "nbo", "text": text.decode(), "published": "2024-06-26",
        "title": None, "url": None, "source": None, "language": "en",
    }


@pytest.mark.parametrize(
    "args",
    [("extract",), ("extract", "x.txt", "--published", "yesterday"), ("extract", "a.txt", "b.txt", "--id", "x"), ()],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.strip()


def test_schema_command_prints_the_record_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert set(schema["required"]) >= {"article"}
    assert {"places", "dates", "quantities", "quotes", "events"} <= set(schema["properties"])


def test_show_summarises_records(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    assert run("extract", str(DEMO / "el-fasher-wire.txt"), "-o", str(out)).returncode == 0
    result = run("show", str(out))
    assert result.returncode == 0
    assert "== el-fasher-wire — Heavy fighting engulfs El Fasher" in result.stdout
    assert "published 2024-05-12" in result.stdout
    for section in ("Events (", "Places (", "Dates (", "Figures (", "Quotes ("):
        assert section in result.stdout


# ---- mistakes answered with one line and exit 2 (in-process, no model load) ------------------

def main_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from eventcoder.cli import main

    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse's own usage errors
        status = int(exc.code or 0)
    return status, capsys.readouterr().err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(("args", "expected"), [
    (("show", "nosuch.jsonl"), "nosuch.jsonl: no such file"),
    (("stats", "--top", "-1"), "'-1' is not a whole number of 1 or more"),
    (("extract", "x.txt", "--wokers", "2"), "unrecognized arguments: --wokers"),
    (("search", "shelling", "--from", "yesterday"), "'yesterday' is not a date; use YYYY-MM-DD"),
    (("export", "--format", "jsonl", "-o", "-", "--country", "Narnia"), "unknown country 'Narnia'"),
])
def test_mistakes_get_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     args: tuple[str, ...], expected: str) -> None:
    status, err = main_in_process(capsys, *args, *(("--db", str(tmp_path / "c.db")) if args[0] in ("stats", "search", "export") else ()))
    assert status == 2
    assert expected in one_line(err)


@pytest.mark.parametrize("command", [("search", "ambush"), ("export", "--format", "geojson", "-o", "-"), ("stats",)])
def test_reading_commands_refuse_a_missing_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  command: tuple[str, ...]) -> None:
    missing = tmp_path / "typo.db"
    status, err = main_in_process(capsys, *command, "--db", str(missing))
    assert status == 2 and f"no corpus at {missing}" in one_line(err)
    assert not missing.exists()


def test_unpadded_dates_and_country_aliases_are_accepted() -> None:
    from eventcoder.cli import build_parser

    args = build_parser().parse_args(["search", "raid", "--from", "2024-5-1", "--to", "2024-06-3",
                                      "--country", "DRC"])
    assert (args.date_from, args.date_to, args.country) == ("2024-05-01", "2024-06-03", "CD")
    for alias, code in (("Congo-Kinshasa", "CD"), ("UK", "GB"), ("USA", "US"), ("SYR", "SY"), ("Sudan", "SD")):
        assert build_parser().parse_args(["search", "x", "--country", alias]).country == code


def test_malformed_actor_dictionary_is_one_error_up_front(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - aliases: [RSF]\n    inter: 2\n  - name: [unclosed\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{i}", "text": "Gunfire was heard in Omdurman overnight."}) + "\n"
                            for i in range(3)), encoding="utf-8")
    status, err = main_in_process(capsys, "extract", str(feed), "--actors", str(bad))
    assert status == 2 and f"--actors {bad}: not a valid actor dictionary" in one_line(err)


def test_output_into_a_missing_folder_is_created(tmp_path: Path) -> None:
    from eventcoder.cli.output import open_output

    target = tmp_path / "new" / "deeper" / "out.jsonl"
    with open_output(str(target)) as out:
        out.write('{"ok": 1}\n')
    assert target.read_text(encoding="utf-8") == '{"ok": 1}\n'
    assert list(target.parent.iterdir()) == [target]


def test_full_disk_leaves_no_truncated_file(tmp_path: Path) -> None:
    import errno

    from eventcoder.cli.output import open_output
    from eventcoder.errors import OutputError

    target = tmp_path / "records.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    with pytest.raises(OutputError, match="no space left"):
        with open_output(str(target)) as out:
            out.write('{"id": "first"}\n')
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert list(tmp_path.iterdir()) == [target]


def test_full_disk_exits_1_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from eventcoder.cli import extract as extract_cli

    def no_space(*_a: object, **_k: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(extract_cli, "build_records_parallel", no_space)
    (tmp_path / "a.txt").write_text("Clashes erupted near Tripoli airport on Sunday.", encoding="utf-8")
    status, err = main_in_process(capsys, "extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o" / "r.jsonl"))
    assert status == 1 and "no space left on the device" in one_line(err)
    assert not (tmp_path / "o" / "r.jsonl").exists()


def test_show_strips_terminal_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.cli import main
    from eventcoder.model import Article, Record

    text = "Ceasefire\x1b[2J\x1b]0;pwned\x07 holds in Tigray\x9b31m,\x07 officials\r said.\tCalm\nreturned."
    record = Record(article=Article(id="esc\x1b[31m", text=text, title="Truce \x1b[5mnews"))
    path = tmp_path / "r.jsonl"
    path.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\r" not in out
    assert "== esc — Truce news" in out


def test_terminal_cleaning_keeps_newlines_and_tabs() -> None:
    from eventcoder.cli.terminal import safe_for_terminal

    assert safe_for_terminal("a\tb\nc\x1b[1;31md\x00e\x85f") == "a\tb\ncdef"


def test_ingest_says_when_it_creates_a_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.cli import corpus

    monkeypatch.setattr(corpus, "_articles", lambda _args, _published: iter([]))
    db = tmp_path / "fresh.db"
    status, err = main_in_process(capsys, "ingest", "nothing.jsonl", "--db", str(db))
    assert status == 0 and f"creating a new corpus at {db}" in err and db.exists()
    status, err = main_in_process(capsys, "ingest", "nothing.jsonl", "--db", str(db))
    assert "creating" not in err
