"""Which other names of an article have a namesake near a point: places named together lie
together ('Paris' and 'Henry County' in Tennessee, 'Jefferson' and 'Marshall' in Texas).

Every entry of every accepted name counts, not only the chosen one, so two ambiguous names
can settle each other: of ten Henry Counties and twenty Parises, one pair lies together.
Points are kept in one-degree cells so a query reads only the cells around it.
"""

from __future__ import annotations

import math
from collections import defaultdict

from eventcoder.extract.places.gazetteer import Entry
from eventcoder.extract.places.mentions import Candidate
from eventcoder.geo import haversine_km

POINT_KINDS = ("city", "admin2")
"""Entries with a meaningful point: towns and counties, not countries or states."""


class Neighbours:
    """The points of an article's accepted names, by name."""

    def __init__(self, accepted: list[tuple[Candidate, Entry]], km: float, county_weight: int = 1) -> None:
        self.km = km
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, int]]] = defaultdict(list)
        seen: set[str] = set()
        for c, _ in accepted:
            if c.key in seen:
                continue
            seen.add(c.key)
            for e in c.entries:
                if e.kind in POINT_KINDS and e.lat is not None and e.lon is not None:
                    weight = county_weight if e.kind == "admin2" else 1
                    self._cells[(math.floor(e.lat), math.floor(e.lon))].append((c.key, e.lat, e.lon, weight))

    def support(self, e: Entry, key: str) -> int:
        """How many other names have a namesake within ``km`` of ``e``; a county counts
        ``county_weight`` times, since a town named with the county around it lies in it."""
        if e.lat is None or e.lon is None:
            return 0
        lat, lon = e.lat, e.lon
        reach = 1 + int(self.km // 50)
        found: dict[str, int] = {}
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                for other, y, x, weight in self._cells.get((math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    if other != key and found.get(other, 0) < weight and haversine_km(lat, lon, y, x) <= self.km:
                        found[other] = weight
        return sum(found.values())
