"""Engines and migrations: one code path for SQLite files and PostgreSQL URLs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text

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


_WRITE = "eventcoder_write"
# Key of PostgreSQL advisory locks taken by eventcoder (migrations; linking adds a second int).
PG_LOCK_SPACE = 0x45C0


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL survives kill -9 with every committed article; foreign keys make deletes cascade.

    The busy timeout comes first so that even switching a new file to WAL waits for another
    process instead of failing. The driver's own transaction handling is turned off:
    ``_sqlite_begin`` emits BEGIN itself.
    """
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock up front (BEGIN IMMEDIATE), readers do not.

    A deferred transaction that reads and then writes fails at once (SQLITE_BUSY, no wait)
    when another process committed in between; an immediate one waits its turn instead.
    """
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: serialised with other writers on SQLite, plain on PostgreSQL."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


def sqlite_path(url: str | None) -> Path | None:
    """The file behind a SQLite URL, or None (PostgreSQL, in-memory)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def make_engine(url: str | None) -> Engine:
    """Create the engine for a corpus URL; SQLite connections get the pragmas above."""
    full = normalise_url(url)
    try:
        engine = create_engine(full)
    except Exception as exc:  # bad URL or missing driver
        raise StoreError(f"cannot open corpus database {full!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _lock_migrations(conn: Connection) -> None:
    """Processes opening one new database migrate one at a time; the rest then find it at head.

    SQLite: the write transaction (BEGIN IMMEDIATE) is the lock. PostgreSQL: an advisory
    lock held until commit; its DDL is transactional, so Alembic reads the version after it.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:space, 0)"), {"space": PG_LOCK_SPACE})


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (head by default), so old corpora keep working."""
    cfg = alembic_config()
    try:
        with writing(engine) as conn:
            _lock_migrations(conn)
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
