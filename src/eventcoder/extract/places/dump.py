"""Reading GeoNames dumps (``allCountries.txt``/``SY.txt``, ``alternateNames.txt``) into the
user gazetteer file, streamed line by line into one SQLite transaction: a 1.5 GB dump never sits
in memory, lookups query the file's index, and a bad line rolls the whole file back.

The format is 19 tab-separated columns: geonameid, name, asciiname, alternatenames, lat,
lon, feature class, feature code, country code, cc2, admin1 .. admin4, population,
elevation, dem, timezone, modification date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.extract.places.build import INDEXES, SCHEMA, arabic_countries, read_countries
from eventcoder.extract.places.names import arabic_variants, fold, is_latin_key

COLUMNS = 19
ALTERNATE_COLUMNS = (8, 10)
"""alternateNames.txt and alternateNamesV2.txt."""
SKIPPED_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793"})
"""alternateNames 'languages' that are codes or links, not names."""


@dataclass(frozen=True)
class DumpRow:
    """The parts of a GeoNames line the gazetteer keeps."""

    geonameid: int
    name: str
    keys: frozenset[str]
    other_keys: frozenset[str]
    lat: float
    lon: float
    kind: str
    cc: str
    admin1_code: str
    population: int


def kind_of(feature_class: str, feature_code: str) -> str:
    """GeoNames feature class/code → gazetteer kind (and so the place's precision)."""
    code = feature_code.upper()
    if feature_class == "A":
        if code.startswith("PCL"):
            return "country"
        if code == "ADM1":
            return "admin1"
        return "district"
    if feature_class == "P":
        return "neighbourhood" if code == "PPLX" else "city"
    if feature_class == "L":
        return "region"
    return "point"


def _keys(names: list[str], arabic: bool) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        key = fold(name)
        if is_latin_key(key) and len(key) >= 2:
            out |= arabic_variants(key) if arabic else {key}
    return frozenset(out)


def parse_line(line: str, arabic: frozenset[str], where: str) -> DumpRow:
    """One dump line → DumpRow; ConfigError naming ``where`` when it is malformed."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != COLUMNS:
        raise ConfigError(f"{where}: expected {COLUMNS} tab-separated GeoNames columns, found {len(cols)}")
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = cols[:9]
    try:
        geonameid, la, lo = int(gid), float(lat), float(lon)
        population = int(cols[14]) if cols[14].strip() else 0
    except ValueError as exc:
        raise ConfigError(f"{where}: not a GeoNames line ({exc})") from None
    if not name.strip() or not -90 <= la <= 90 or not -180 <= lo <= 180:
        raise ConfigError(f"{where}: missing name or coordinates out of range")
    cc = cc.strip().upper()
    ar = cc in arabic
    main = _keys([name, ascii_name], ar)
    other = _keys([a for a in alternates.split(",") if a and not a.isupper()], ar) - main
    return DumpRow(geonameid, name, main, other, la, lo, kind_of(fclass.strip(), fcode.strip()),
                   cc, cols[10].strip(), population)


def iter_dump(path: Path, progress: Callable[[int], None] = lambda pct: None) -> Iterator[DumpRow]:
    """The places of a dump file one at a time (allCountries.txt never sits in memory);
    blank lines and ``#`` comments are skipped.  ``progress`` hears the percentage read."""
    arabic = arabic_countries(read_countries())
    for lineno, line in _lines(path, progress):
        yield parse_line(line, arabic, f"{path}:{lineno}")


def read_dump(path: Path) -> list[DumpRow]:
    """Every place in a dump file (for small dumps and tests)."""
    return list(iter_dump(path))


def _lines(path: Path, progress: Callable[[int], None]) -> Iterator[tuple[int, str]]:
    """(line number, text) of the data lines, reading bytes so the position is known."""
    size, done, shown = max(path.stat().st_size, 1), 0, -1
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            done += len(raw)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ConfigError(f"{path}:{lineno}: not UTF-8 text ({exc.reason}); GeoNames dumps are UTF-8") from None
            pct = done * 100 // size
            if pct != shown:
                progress(pct)
                shown = pct
            if line.strip() and not line.startswith("#"):
                yield lineno, line


def is_alternate_names(path: Path) -> bool:
    """GeoNames' alternateNames(V2).txt has 8 or 10 columns, a place dump 19."""
    with open(path, "rb") as fh:
        for raw in fh:
            if raw.strip() and not raw.startswith(b"#"):
                return len(raw.rstrip(b"\r\n").split(b"\t")) in ALTERNATE_COLUMNS
    return False


def _open_user_db(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'entries'").fetchone():
        con.executescript(SCHEMA + "CREATE UNIQUE INDEX entries_gid ON entries (geonameid);")
    columns = {row[1] for row in con.execute("PRAGMA table_info(entries)")}
    if "names" not in columns:  # a file written before the column existed
        con.execute("ALTER TABLE entries ADD COLUMN names INTEGER NOT NULL DEFAULT 1")
    con.executescript(INDEXES)
    return con


def store_rows(path: Path, rows: Iterable[DumpRow]) -> int:
    """Insert or replace rows (by geonameid) in the user gazetteer file, in one transaction:
    a bad line met half-way through rolls everything back.  Returns how many were stored."""
    con = _open_user_db(path)
    count = 0
    try:
        with con:
            for r in rows:
                _store(con, r)
                count += 1
    finally:
        con.close()
    return count


def _store(con: sqlite3.Connection, r: DumpRow) -> None:
    old = con.execute("SELECT id FROM entries WHERE geonameid = ?", (r.geonameid,)).fetchone()
    if old:
        con.execute("DELETE FROM names WHERE entry = ?", old)
        con.execute("DELETE FROM entries WHERE id = ?", old)
    cur = con.execute(
        "INSERT INTO entries (geonameid, name, cc, admin1, lat, lon, population, kind, names)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (r.geonameid, r.name, r.cc, r.admin1_code, r.lat, r.lon, r.population, r.kind,
         len(r.keys | r.other_keys)))
    entry = cur.lastrowid
    con.executemany("INSERT INTO names VALUES (?,?,1)", [(k, entry) for k in r.keys])
    con.executemany("INSERT INTO names VALUES (?,?,0)", [(k, entry) for k in r.other_keys])
    if r.kind == "admin1" and r.admin1_code:
        con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (r.cc, r.admin1_code, r.name))


def store_alternate_names(path: Path, dump: Path, progress: Callable[[int], None] = lambda pct: None) -> int:
    """Add the names of an alternateNames file to places already in the user gazetteer
    (codes, links and airport ids are skipped); one transaction.  Returns how many were added."""
    con = _open_user_db(path)
    arabic = arabic_countries(read_countries())
    added = 0
    try:
        with con:
            for lineno, line in _lines(dump, progress):
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) not in ALTERNATE_COLUMNS or not cols[1].isdigit():
                    raise ConfigError(f"{dump}:{lineno}: not a GeoNames alternateNames line")
                if cols[2] in SKIPPED_LANGUAGES:
                    continue
                hit = con.execute("SELECT id, cc FROM entries WHERE geonameid = ?", (int(cols[1]),)).fetchone()
                if hit is None:
                    continue
                for key in _keys([cols[3]], hit[1] in arabic):
                    if not con.execute("SELECT 1 FROM names WHERE key = ? AND entry = ?", (key, hit[0])).fetchone():
                        con.execute("INSERT INTO names VALUES (?,?,0)", (key, hit[0]))
                        added += 1
    finally:
        con.close()
    return added
