"""The gazetteer: folded place names → GeoNames entries, from a cached base plus user dumps.

The base (countries, admin1 areas, a few regions, every GeoNames place of 500+ people) is
built once per package version into a cache SQLite file (``$EVENTCODER_HOME/cache`` or
``~/.cache/eventcoder``); a warm run only opens it.  ``eventcoder gazetteer add FILE``
stores GeoNames dump rows (villages, neighbourhoods) in a user SQLite file
(``$EVENTCODER_HOME`` or ``~/.local/share/eventcoder``) that every later run reads too.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.extract.places import build as geo_build
from eventcoder.extract.places.dump import is_alternate_names, iter_dump, store_alternate_names, store_rows
from eventcoder.extract.places.names import fold

try:
    import fcntl
except ImportError:  # Windows: concurrent first runs each build their own copy
    fcntl = None  # type: ignore[assignment]

USER_DB = "gazetteer.sqlite"
MEMO_LIMIT = 200_000

PRECISION = {"country": "country", "admin1": "admin1", "admin2": "district", "region": "region", "city": "city",
             "district": "district", "neighbourhood": "neighbourhood", "point": "point"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer place, as a candidate for a mention."""

    geonameid: int | None
    name: str
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str
    main: bool
    """True when the looked-up key is the place's own name rather than an alternate name."""
    names: int = 1
    """How many spellings GeoNames knows: places known abroad have many (Geneva, not Geneva IL)."""

    @property
    def precision(self) -> str:
        return PRECISION.get(self.kind, "unknown")

    @property
    def is_area(self) -> bool:
        """Countries, admin1 and admin2 areas and regions: names that are rarely anything else."""
        return self.kind in ("country", "admin1", "admin2", "region")


def _entry(row: Any, admin1: str | None) -> Entry:
    """An Entry from a row of ``_QUERY`` (geonameid, name, cc, admin1 code or name, lat, lon,
    population, kind, main, names)."""
    return Entry(geonameid=row[0], name=row[1], country_code=row[2], admin1=admin1, lat=row[4], lon=row[5],
                 population=row[6], kind=row[7], main=bool(row[8]), names=row[9])


def data_dir() -> Path:
    """Where user gazetteer additions live: ``$EVENTCODER_HOME`` or ``~/.local/share/eventcoder``."""
    home = os.environ.get("EVENTCODER_HOME")
    return Path(home) if home else Path.home() / ".local" / "share" / "eventcoder"


def cache_dir() -> Path:
    """Where rebuildable files live: ``$EVENTCODER_HOME/cache`` or ``~/.cache/eventcoder``."""
    home = os.environ.get("EVENTCODER_HOME")
    if home:
        return Path(home) / "cache"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "eventcoder"


def base_path() -> Path:
    """The base index file for this package version."""
    return cache_dir() / f"gazetteer-{geo_build.source_version()}.sqlite"


def _connect_ro(path: Path) -> sqlite3.Connection:
    """Read-only: lookups never write, and several processes may share the file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


_QUERY = ("SELECT e.geonameid, e.name, e.cc, e.admin1, e.lat, e.lon, e.population, e.kind, n.main, e.names"
          " FROM names n JOIN entries e ON e.id = n.entry WHERE n.key = ?")


class Gazetteer:
    """Read access to the base index and the user additions; lookups are memoised."""

    def __init__(self, base: Path, user: Path | None) -> None:
        self._base = _connect_ro(base)
        self._admin1 = dict(((cc, code), name) for cc, code, name in
                            self._base.execute("SELECT cc, code, name FROM admin1"))
        self._user = None
        if user and user.exists():
            try:
                self._user = _connect_ro(user)
                self._admin1.update(((cc, code), name) for cc, code, name in
                                    self._user.execute("SELECT cc, code, name FROM admin1"))
                self._user.execute(_QUERY, ("",)).fetchall()
            except sqlite3.DatabaseError as exc:
                raise ConfigError(f"{user}: not a readable eventcoder gazetteer ({exc}); "
                                  "move it away and add your GeoNames dumps again") from None
        self._memo: dict[str, tuple[Entry, ...]] = {}
        self._lock = threading.Lock()
        self.country_names = frozenset(
            fold(n) for (n,) in self._base.execute("SELECT name FROM entries WHERE kind = 'country'"))

    def admin1_name(self, cc: str, code: str) -> str | None:
        """The name of the admin1 area with GeoNames code ``cc.code`` ('US', 'GA' → 'Georgia')."""
        return self._admin1.get((cc, code))

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded name (or variant) is ``key``, user additions first."""
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        with self._lock:
            found: dict[object, Entry] = {}
            if self._user is not None:
                for row in self._user.execute(_QUERY, (key,)):
                    admin1 = self._admin1.get((row[2], row[3] or ""), None)
                    e = _entry(row, admin1)
                    found.setdefault(e.geonameid, e)
            for row in self._base.execute(_QUERY, (key,)):
                e = _entry(row, row[3])
                # admin1 areas have no geonameid: Florida (US) and Florida (PR) are both kept
                ident = e.geonameid if e.geonameid is not None else (e.name, e.kind, e.country_code)
                found.setdefault(ident, e)
            hit = tuple(found.values())
            if len(self._memo) >= MEMO_LIMIT:  # a long batch run must not grow without bound
                self._memo.clear()
            self._memo[key] = hit
        return hit


_cache: dict[tuple[str, float, int], Gazetteer] = {}
_build_lock = threading.Lock()


def ensure_base() -> Path:
    """Build the base index if this package version has none yet; return its path.

    Processes starting together (parallel workers) wait for one builder through a lock
    file.  When the cache directory cannot be written, the index goes to the temp dir.
    """
    path = base_path()
    if path.exists():
        return path
    try:
        return _build_locked(path)
    except OSError:
        fallback = Path(tempfile.gettempdir()) / f"eventcoder-{getattr(os, 'getuid', lambda: 0)()}" / path.name
        return fallback if fallback.exists() else _build_locked(fallback)


def _build_locked(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock, open(path.with_suffix(".lock"), "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            geo_build.build(path, _progress_line(path))
    return path


def _progress_line(path: Path) -> Callable[[int, str], None]:
    """A one-line percentage on stderr while the index is first built; silent when stderr is
    not a terminal (batch jobs, CI logs)."""
    if not sys.stderr.isatty():
        return lambda pct, what: None

    def show(pct: int, what: str) -> None:
        end = "\n" if pct >= 100 else ""
        sys.stderr.write(f"\reventcoder: building the place gazetteer once, into {path.parent}: {pct:3d}% {what:<40}{end}")
        sys.stderr.flush()

    return show


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer for the current home directory, reopened after ``add``."""
    base = ensure_base()
    user = data_dir() / USER_DB
    stamp = user.stat().st_mtime if user.exists() else 0.0
    key = (f"{base}|{user}", stamp, os.getpid())  # a forked worker opens its own connections
    gaz = _cache.get(key)
    if gaz is None:
        _cache.clear()
        try:
            gaz = Gazetteer(base, user)
        except sqlite3.DatabaseError:  # a damaged cache file: it is only a cache, rebuild it
            base.unlink(missing_ok=True)
            gaz = Gazetteer(ensure_base(), user)
        _cache[key] = gaz
    return gaz


def add_geonames_dump(path: Path) -> int:
    """Store the places of a GeoNames dump (``SY.txt``, ``allCountries.txt``) for later runs, or
    the names of an ``alternateNames.txt`` for places already stored; return how many.

    The file is streamed into one transaction, so a bad line adds nothing.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such file (expected a GeoNames dump such as SY.txt)")
    target = data_dir() / USER_DB
    show = _percent_line(f"adding {path.name} to the gazetteer")
    if is_alternate_names(path):
        count = store_alternate_names(target, path, show)
    else:
        count = store_rows(target, iter_dump(path, show))
    _cache.clear()
    return count


def _percent_line(what: str) -> Callable[[int], None]:
    """A percentage on stderr for long additions; silent when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return lambda pct: None

    def show(pct: int) -> None:
        sys.stderr.write(f"\reventcoder: {what}: {pct:3d}%" + ("\n" if pct >= 100 else ""))
        sys.stderr.flush()

    return show
