"""Reading GeoNames dumps (``allCountries.txt``/``SY.txt``) into the user gazetteer file.

The format is 19 tab-separated columns: geonameid, name, asciiname, alternatenames, lat,
lon, feature class, feature code, country code, cc2, admin1 .. admin4, population,
elevation, dem, timezone, modification date.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.extract.places.build import INDEXES, SCHEMA, arabic_countries, read_countries
from eventcoder.extract.places.names import arabic_variants, fold, is_latin_key

COLUMNS = 19


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


def read_dump(path: Path) -> list[DumpRow]:
    """Every place in a dump file; blank lines and ``#`` comments are skipped."""
    arabic = arabic_countries(read_countries())
    rows: list[DumpRow] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip() and not line.startswith("#"):
                    rows.append(parse_line(line, arabic, f"{path}:{lineno}"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason}); GeoNames dumps are UTF-8") from None
    return rows


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


def store_rows(path: Path, rows: list[DumpRow]) -> None:
    """Insert or replace rows (by geonameid) in the user gazetteer file, in one transaction."""
    con = _open_user_db(path)
    try:
        with con:
            for r in rows:
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
    finally:
        con.close()
