"""Helpers for the corpus tests: the SQLite/PostgreSQL store fixture and hand-built records.

Import the fixture into a test module with ``from corpus_conftest import store_url  # noqa``.
PostgreSQL variants need EVENTCODER_TEST_PG (``eval "$(scripts/start-postgres)"``); without it
they skip, except under CI=true where they fail so a missing server cannot pass silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.model import (
    Actor,
    Article,
    Event,
    Fatalities,
    Location,
    Quantity,
    Quote,
    Record,
    TextSpan,
    TimeRef,
)

PG_ENV = "EVENTCODER_TEST_PG"


def pg_base_url() -> str:
    """The server URL from the environment, or skip/fail as the policy above says."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {PG_ENV} is not set: run eval \"$(scripts/start-postgres)\" "
                        "before pytest")
        pytest.skip(f"{PG_ENV} not set (eval \"$(scripts/start-postgres)\" to run PostgreSQL tests)")
    return url


def _admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def fresh_pg_database() -> Iterator[str]:
    """A new empty database on the test server for one test, dropped afterwards."""
    base = pg_base_url()
    name = f"ec_test_{uuid.uuid4().hex[:12]}"
    with _admin(base) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # name is generated above, not user input
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with _admin(base) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty corpus database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
    else:
        yield from fresh_pg_database()


# ---- hand-built records -------------------------------------------------------------------

def span(text: str, needle: str) -> TextSpan:
    """Offsets of the first occurrence of ``needle`` (which must be there)."""
    start = text.index(needle)
    return TextSpan(start=start, end=start + len(needle))


def quantity(text: str, needle: str, value: float | None, *, qualifier: str = "exact",
             category: str = "killed", attributed_to: str | None = None,
             low: float | None = None, high: float | None = None) -> Quantity:
    """A people figure found at ``needle``."""
    s = span(text, needle)
    return Quantity(start=s.start, end=s.end, text=needle, value=value, low=low, high=high,
                    qualifier=qualifier, unit="people", category=category,
                    attributed_to=attributed_to)


def quote(text: str, needle: str, speaker: str | None, kind: str = "direct") -> Quote:
    """A quote at ``needle``."""
    s = span(text, needle)
    return Quote(start=s.start, end=s.end, text=needle, kind=kind, speaker=speaker)


def place(name: str, cc: str, admin1: str | None, lat: float | None, lon: float | None,
          precision: str = "city") -> Location:
    """A resolved location."""
    return Location(name=name, country_code=cc, admin1=admin1, lat=lat, lon=lon, precision=precision)


def event(text: str, evidence: str, *, id: str = "e1", type: str = "Violence against civilians",
          sub_type: str = "Attack", actor1: str | None = None, inter1: int | None = None,
          actor2: str | None = None, inter2: int | None = None, date: str | None = "2016-12-13",
          precision: str = "day", location: Location | None = None,
          fatalities: tuple[float | None, str, str] | None = None,
          attributed_to: list[str] | None = None) -> Event:
    """An event whose evidence is the sentence ``evidence`` of ``text``."""
    return Event(
        id=id, type=type, sub_type=sub_type,
        actor1=Actor(name=actor1, inter=inter1) if actor1 else None,
        actor2=Actor(name=actor2, inter=inter2) if actor2 else None,
        date=TimeRef(value=date, precision=precision) if date else None,
        location=location,
        fatalities=Fatalities(value=fatalities[0], qualifier=fatalities[1], text=fatalities[2])
        if fatalities else None,
        attributed_to=attributed_to or [], evidence=[span(text, evidence)],
    )


def record(article_id: str, text: str, *, source: str | None = "Wire",
           published: str | None = "2016-12-14", title: str | None = None,
           events: list[Event] | None = None, quantities: list[Quantity] | None = None,
           quotes: list[Quote] | None = None) -> Record:
    """A Record with the given parts and no extractor involved."""
    return Record(
        article=Article(id=article_id, text=text, published=published, source=source,
                        title=title or text.split(".")[0][:80], url=f"https://example.org/{article_id}"),
        events=events or [], quantities=quantities or [], quotes=quotes or [],
    )
