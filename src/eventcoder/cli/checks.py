"""Argument checks that turn common command-line mistakes into one clear usage line.

Used as argparse ``type=`` functions (argparse then exits 2 with the message) or called
by handlers before any work starts, raising ConfigError (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.ingest.dates import parse_published


def iso_day(value: str) -> str:
    """'2024-05-01', also unpadded '2024-5-1' → '2024-05-01'; anything else is a usage error."""
    text = value.strip()
    day, _problem = parse_published(text)
    if day is None or not _looks_numeric_date(text):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-05-01")
    return day


def _looks_numeric_date(text: str) -> bool:
    parts = text[:10].split("-")
    return len(parts) == 3 and all(p.isdigit() for p in parts)


def positive_int(value: str) -> int:
    """1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite corpus URL or path; None for in-memory or other databases."""
    from eventcoder.store import normalise_url

    full = normalise_url(url)
    if not full.startswith("sqlite:///"):
        return None
    path = full[len("sqlite:///"):].split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


def check_actor_files(files: tuple[Path, ...]) -> None:
    """Load each user actor dictionary once, up front, so a bad file is one error, not one per article."""
    if not files:
        return
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries

    for path in files:
        if not path.is_file():
            raise ConfigError(f"--actors {path}: no such file")
        try:
            load_actor_dictionaries([path])
        except Exception as exc:  # noqa: BLE001 - YAML, shape and key errors all mean "bad file"
            reason = " ".join(str(exc).split())[:200]
            raise ConfigError(
                f"--actors {path}: not a valid actor dictionary ({type(exc).__name__}: {reason}); "
                "it must be YAML with 'actors:' entries each having a 'name' (see data/actors/*.yaml)"
            ) from exc
