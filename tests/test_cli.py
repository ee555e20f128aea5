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
