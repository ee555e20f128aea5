"""Argument checks that turn common command-line mistakes into one clear usage line.

Used as argparse ``type=`` functions (argparse then exits 2 with the message) or called
by handlers before any work starts, raising ConfigError (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.ingest.dates import parse_published

COUNTRY_ALIASES = {
    "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD", "congo kinshasa": "CD",
    "democratic republic of congo": "CD", "congo-brazzaville": "CG", "congo brazzaville": "CG",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "america": "US", "united states": "US",
    "uae": "AE", "car": "CF", "russia": "RU", "syria": "SY", "iran": "IR", "south korea": "KR",
    "north korea": "KP", "ivory coast": "CI", "burma": "MM", "palestine": "PS", "gaza": "PS",
    "west bank": "PS", "turkey": "TR", "laos": "LA", "vietnam": "VN", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "kosovo": "XK",
}
COUNTRY_HELP = "give an ISO code (CD, COD), an English name ('Sudan') or a common alias (DRC, UK, USA)"


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


def country(value: str) -> str:
    """A country as ISO alpha-2, from a code, a name or a common alias (DRC, UK, USA)."""
    code = country_code(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"unknown country {value!r}; {COUNTRY_HELP}")
    return code


def country_code(value: str) -> str | None:
    """Strict lookup (no fuzzy guessing): alias, ISO alpha-2/alpha-3, or an exact English name."""
    import pycountry

    text = value.strip()
    if text.casefold() in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[text.casefold()]
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


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


def require_corpus(url: str) -> None:
    """Commands that read a corpus refuse a SQLite file that is not there (instead of creating it)."""
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise ConfigError(f"no corpus at {path}; create one with 'eventcoder ingest FILES --db {path}' "
                          "or give the right --db")


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
