"""``eventcoder doctor``: is this installation ready? One line per check, with how to fix it.

Everything is imported inside the checks, so a broken piece shows as one failed line
instead of stopping the command. Exit 0 when every required check passes, 1 otherwise;
missing optional pieces are notes, not problems.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventcoder.config import Settings, load_settings, resolve_actors, resolve_db, resolve_max_chars

OK, PROBLEM, NOTE = "ok", "problem", "note"
CHROMIUM = Path("/usr/bin/chromium")


@dataclass(frozen=True)
class Check:
    """One line of the report: status, what was checked, what was found, how to fix it."""

    status: str
    name: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        fix = f" -> {self.fix}" if self.fix and self.status != OK else ""
        return f"[{self.status:>7}] {self.name}: {self.detail}{fix}"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("doctor", help="check the model, data files, gazetteer, database and config",
                              description="Check that this eventcoder installation is ready to use.")
    p.add_argument("--db", default=None, help="database to check (default: as the other commands resolve it)")
    p.set_defaults(func=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    """Print every check; exit 1 if any required one failed."""
    checks = run_checks(args.db)
    for check in checks:
        print(check.line(), flush=True)
    problems = sum(1 for c in checks if c.status == PROBLEM)
    print(f"{problems} problem(s) found" if problems else "all required checks passed")
    return 1 if problems else 0


def run_checks(db_flag: str | None = None) -> list[Check]:
    """Configuration first (the others depend on it), then each piece in turn."""
    try:
        settings = load_settings()
    except Exception as exc:  # noqa: BLE001 - a bad config file is itself a finding
        return [Check(PROBLEM, "config", str(exc), "fix the file or unset $EVENTCODER_CONFIG"),
                *_guarded_checks(Settings(), db_flag)]
    return [*config_checks(settings), *_guarded_checks(settings, db_flag)]


def _guarded_checks(settings: Settings, db_flag: str | None) -> list[Check]:
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("spaCy model", check_spacy_model),
        ("language model", check_language_model),
        ("gazetteer", check_gazetteer_index),
        ("gazetteer dumps", lambda: check_gazetteer_dumps(settings)),
        ("actor dictionaries", lambda: check_actor_dictionaries(settings)),
        ("event triggers", check_event_triggers),
        ("database", lambda: check_database(db_flag, settings)),
        ("psycopg", lambda: check_optional_module("psycopg", "PostgreSQL corpora", "pip install 'psycopg[binary]'")),
        ("dask", lambda: check_optional_module("dask", "dask-based scaling", "pip install dask")),
        ("chromium", check_chromium),
    ]
    results = []
    for name, step in steps:
        try:
            results.append(step())
        except Exception as exc:  # noqa: BLE001 - report and go on to the next check
            results.append(Check(PROBLEM, name, f"{type(exc).__name__}: {exc}", "reinstall eventcoder"))
    return results


def config_checks(settings: Settings) -> list[Check]:
    """What is in effect and where each value comes from."""
    origin = settings.origin or "no eventcoder.toml, [tool.eventcoder] or $EVENTCODER_CONFIG"
    db, db_from = resolve_db(None, settings)
    actors, actors_from = resolve_actors([], settings)
    max_chars, chars_from = resolve_max_chars(None, settings)
    gazetteer_from = settings.origin if settings.gazetteer else "none"
    return [
        Check(OK, "config", f"file: {origin}"),
        Check(OK, "config db", f"{db} (from {db_from})"),
        Check(OK, "config actors", f"{', '.join(actors) or 'bundled only'} (from {actors_from})"),
        Check(OK, "config gazetteer", f"{', '.join(settings.gazetteer) or 'none'} (from {gazetteer_from})"),
        Check(OK, "config max_chars", f"{max_chars:,} (from {chars_from})"),
    ]


def check_spacy_model() -> Check:
    from eventcoder.nlp import MODEL_PACKAGE, get_nlp

    nlp = get_nlp()
    return Check(OK, "spaCy model", f"{MODEL_PACKAGE} {nlp.meta.get('version', '?')} loads "
                 f"({', '.join(nlp.pipe_names)})")


def check_language_model() -> Check:
    from eventcoder.ingest.language import detect_non_english

    detect_non_english("Правительственные войска вошли в город после трёх дней боёв, сообщили жители.")
    return Check(OK, "language model", "py3langid's bundled model loads")


def check_gazetteer_index() -> Check:
    from eventcoder.extract.places.gazetteer import USER_DB, base_path, data_dir

    base = base_path()
    user = data_dir() / USER_DB
    extra = f"; user additions in {user}" if user.exists() else "; no user additions"
    if base.exists():
        return Check(OK, "gazetteer", f"index cached at {base} ({base.stat().st_size / 1e6:.0f} MB){extra}")
    return Check(NOTE, "gazetteer", f"index not built yet (will be at {base}){extra}",
                 "the first extraction builds it once; nothing to do")


def check_gazetteer_dumps(settings: Settings) -> Check:
    missing = [f for f in settings.gazetteer if not Path(f).is_file()]
    if missing:
        return Check(PROBLEM, "gazetteer dumps", f"listed in {settings.origin} but missing: {', '.join(missing)}",
                     "fix the paths in the config file")
    if not settings.gazetteer:
        return Check(OK, "gazetteer dumps", "none configured")
    return Check(OK, "gazetteer dumps", f"{len(settings.gazetteer)} file(s) present",
                 "run 'eventcoder gazetteer add' to load them")


def check_actor_dictionaries(settings: Settings) -> Check:
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries

    files, origin = resolve_actors([], settings)
    for path in files:
        try:
            load_actor_dictionaries([path])
        except Exception as exc:  # noqa: BLE001
            return Check(PROBLEM, "actor dictionaries", f"{path} (from {origin}) does not load: "
                         f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}",
                         "fix the YAML (see data/actors/*.yaml for the format)")
    dictionary = load_actor_dictionaries(files)
    return Check(OK, "actor dictionaries", f"{len(dictionary.aliases):,} aliases load "
                 f"(bundled{' + ' + str(len(files)) + ' user file(s)' if files else ''})")


def check_event_triggers() -> Check:
    from eventcoder.extract.events.triggers import load_lexicon

    lexicon = load_lexicon()
    return Check(OK, "event triggers", f"event_triggers.yaml loads ({len(lexicon.lemmas):,} lemmas, "
                 f"{len(lexicon.phrases):,} phrases)")


def check_database(db_flag: str | None, settings: Settings) -> Check:
    """Read-only: never creates or migrates the database."""
    from eventcoder.cli.checks import sqlite_path

    url, origin = resolve_db(db_flag, settings)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        return Check(NOTE, "database", f"{url} (from {origin}) does not exist yet",
                     "'eventcoder ingest FILES' creates it")
    return _database_state(url, origin)


def _database_state(url: str, origin: str) -> Check:
    from alembic.script import ScriptDirectory

    from eventcoder.store import Store
    from eventcoder.store.db import alembic_config, current_revision, make_engine

    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        if revision != head:
            return Check(PROBLEM, "database", f"{url} (from {origin}) is at migration {revision}, not {head}",
                         "run any 'eventcoder ingest' on it: it migrates the schema")
        counts = Store(engine).counts()
    except Exception as exc:  # noqa: BLE001 - unreachable server, not a database, no permission
        return Check(PROBLEM, "database", f"{url} (from {origin}) cannot be read: {type(exc).__name__}: "
                     f"{' '.join(str(exc).split())[:160]}", "check the URL, the server and permissions")
    finally:
        engine.dispose()
    return Check(OK, "database", f"{url} (from {origin}) at migration head {head}: {counts['articles']:,} "
                 f"articles, {counts['events']:,} events, {counts['incidents']:,} incidents")


def check_optional_module(module: str, needed_for: str, fix: str) -> Check:
    try:
        importlib.import_module(module)
    except ImportError:
        return Check(NOTE, module, f"not installed (only needed for {needed_for})", fix)
    return Check(OK, module, "importable")


def check_chromium() -> Check:
    if CHROMIUM.is_file() or shutil.which("chromium"):
        return Check(OK, "chromium", f"found at {CHROMIUM if CHROMIUM.is_file() else shutil.which('chromium')}")
    return Check(NOTE, "chromium", f"not found at {CHROMIUM} (only needed to render JavaScript-heavy pages)",
                 "apt-get install chromium")
