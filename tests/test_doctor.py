"""The configuration file (eventcoder.toml, [tool.eventcoder], $EVENTCODER_CONFIG) and ``doctor``."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.cli import build_parser, doctor, main
from eventcoder.cli import corpus as corpus_cli
from eventcoder.config import ENV_VAR, load_settings, resolve_db
from eventcoder.errors import ConfigError
from eventcoder.store import Store


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.delenv("EVENTCODER_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def test_no_file_means_defaults(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.origin is None and settings.actors == () and settings.max_chars is None


def test_eventcoder_toml_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "eventcoder.toml").write_text(
        'db = "corpus/sahel.db"\nactors = ["dicts/sahel.yaml"]\ngazetteer = ["ML.txt"]\nmax_chars = 50000\n',
        encoding="utf-8")
    settings = load_settings()
    assert settings.db == str(tmp_path / "corpus/sahel.db")
    assert settings.actors == (str(tmp_path / "dicts/sahel.yaml"),)
    assert settings.gazetteer == (str(tmp_path / "ML.txt"),) and settings.max_chars == 50000


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.eventcoder]\ndb = "postgresql://db/war"\n',
                                             encoding="utf-8")
    settings = load_settings()
    assert settings.db == "postgresql://db/war" and "pyproject.toml [tool.eventcoder]" in str(settings.origin)


def test_env_var_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "conf" / "team.toml"
    other.parent.mkdir()
    other.write_text("max_chars = 1200\n", encoding="utf-8")
    (tmp_path / "eventcoder.toml").write_text("max_chars = 9\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(other))
    assert load_settings().max_chars == 1200
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match="gone.toml, which does not exist"):
        load_settings()


@pytest.mark.parametrize(("content", "message"), [
    ('dbb = "x.db"\n', "unknown key(s) dbb; allowed: db, actors, gazetteer, max_chars"),
    ("max_chars = -3\n", "max_chars must be a whole number"),
    ("actors = 5\n", "actors must be a list of file paths"),
    ("db = [\n", "not valid TOML"),
])
def test_bad_files_are_errors_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "eventcoder.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="eventcoder.toml") as info:
        load_settings()
    assert message in str(info.value)


def test_flags_override_the_file_and_env_overrides_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "eventcoder.toml").write_text('db = "from-file.db"\n', encoding="utf-8")
    settings = load_settings()
    assert resolve_db("flag.db", settings) == ("flag.db", "--db")
    assert resolve_db(None, settings)[0] == str(tmp_path / "from-file.db")
    monkeypatch.setenv("EVENTCODER_DB", "env.db")
    assert resolve_db(None, settings) == ("env.db", "$EVENTCODER_DB")


def test_commands_use_the_configured_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store.open(str(tmp_path / "mine.db")).close()
    (tmp_path / "eventcoder.toml").write_text('db = "mine.db"\n', encoding="utf-8")
    args = build_parser().parse_args(["stats", "--json"])
    assert corpus_cli.db_of(args) == str(tmp_path / "mine.db")
    assert main(["stats", "--json"]) == 0
    assert '"articles": 0' in capsys.readouterr().out


def test_unknown_key_stops_a_command_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "eventcoder.toml").write_text('maxchars = 10\n', encoding="utf-8")
    assert main(["stats"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "eventcoder.toml: unknown key(s) maxchars" in err


def test_max_chars_from_the_file_limits_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "eventcoder.toml").write_text("max_chars = 40\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text("Artillery fire hit the outskirts of Sievierodonetsk overnight.", encoding="utf-8")
    args = build_parser().parse_args(["extract", "long.txt"])
    from eventcoder.cli.extract import max_chars_of
    from eventcoder.ingest import iter_articles

    assert max_chars_of(args) == 40
    [item] = list(iter_articles(["long.txt"], max_chars=max_chars_of(args)))
    assert "over the 40 limit" in str(item)
    assert max_chars_of(build_parser().parse_args(["extract", "long.txt", "--max-chars", "500"])) == 500


# ---- doctor ------------------------------------------------------------------------------------

def _doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["doctor", *args])
    return status, capsys.readouterr().out.splitlines()


@pytest.mark.slow
def test_doctor_healthy_install_with_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store.open(str(tmp_path / "c.db")).close()
    (tmp_path / "eventcoder.toml").write_text('db = "c.db"\n', encoding="utf-8")
    status, lines = _doctor(capsys)
    assert status == 0, lines
    text = "\n".join(lines)
    for name in ("spaCy model", "language model", "gazetteer", "actor dictionaries", "event triggers",
                 "psycopg", "dask", "chromium"):
        assert f"] {name}:" in text
    assert f"config db: {tmp_path / 'c.db'} (from {tmp_path / 'eventcoder.toml'})" in text
    [db_line] = [line for line in lines if "] database:" in line]
    assert db_line.startswith("[     ok]") and "0 articles, 0 events, 0 incidents" in db_line
    assert lines[-1] == "all required checks passed"


def test_doctor_reports_problems_with_fixes_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.yaml").write_text("actors: {not: [a, list}\n", encoding="utf-8")
    (tmp_path / "eventcoder.toml").write_text('actors = ["bad.yaml"]\ngazetteer = ["SD.txt"]\n', encoding="utf-8")
    monkeypatch.setattr(doctor, "check_spacy_model", lambda: doctor.Check(doctor.OK, "spaCy model", "stubbed"))
    status, lines = _doctor(capsys)
    assert status == 1
    [actors] = [line for line in lines if "] actor dictionaries:" in line]
    assert actors.startswith("[problem]") and "bad.yaml" in actors and "-> fix the YAML" in actors
    [dumps] = [line for line in lines if "] gazetteer dumps:" in line]
    assert dumps.startswith("[problem]") and "SD.txt" in dumps
    assert lines[-1] == "2 problem(s) found"


def test_doctor_survives_a_broken_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "eventcoder.toml").write_text("colour = 'red'\n", encoding="utf-8")
    monkeypatch.setattr(doctor, "check_spacy_model", lambda: doctor.Check(doctor.OK, "spaCy model", "stubbed"))
    status, lines = _doctor(capsys)
    assert status == 1 and lines[0].startswith("[problem] config:") and "unknown key(s) colour" in lines[0]
    assert any("] event triggers:" in line for line in lines)


def test_doctor_database_check_is_read_only(tmp_path: Path) -> None:
    check = doctor.check_database(str(tmp_path / "absent.db"), load_settings())
    assert check.status == doctor.NOTE and "does not exist yet" in check.detail
    assert not (tmp_path / "absent.db").exists()
