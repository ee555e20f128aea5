"""Engines and migrations: one code path for SQLite files and PostgreSQL URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from eventcoder.errors import StoreError

DEFAULT_URL = "sqlite:///eventcoder.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str | None) -> str:
    """Accept a path, ``sqlite:///…`` or ``postgresql://…``; PostgreSQL always goes via psycopg 3."""
    if not url:
        return DEFAULT_URL
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL survives kill -9 with every committed article; foreign keys make deletes cascade."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str | None) -> Engine:
    """Create the engine for a corpus URL; SQLite connections get the pragmas above."""
    full = normalise_url(url)
    try:
        engine = create_engine(full)
    except Exception as exc:  # bad URL or missing driver
        raise StoreError(f"cannot open corpus database {full!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (head by default), so old corpora keep working."""
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as exc:
        raise StoreError(
            f"cannot migrate the corpus database to {revision}: {exc}; "
            "check the URL and that the database is writable"
        ) from exc


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
