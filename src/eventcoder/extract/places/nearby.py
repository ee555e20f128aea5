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

    def decayed_support(self, e: Entry, key: str, reach_km: float, decay_km: float) -> float:
        """Like ``support`` but within ``reach_km``, each other name weighing less the farther
        its nearest namesake lies (exp(-d/decay_km)): a paper's home town is surrounded by
        the towns its stories name, even when none lies within ``km`` of it."""
        if e.lat is None or e.lon is None:
            return 0.0
        lat, lon = e.lat, e.lon
        reach = 1 + int(reach_km // 50)
        found: dict[str, float] = {}
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                for other, y, x, _ in self._cells.get((math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    d = haversine_km(lat, lon, y, x)
                    if other != key and d <= reach_km:
                        found[other] = max(found.get(other, 0.0), math.exp(-d / decay_km))
        return sum(found.values())


def settled_together(accepted: list[tuple[Candidate, Entry]], km: float) -> set[str]:
    """Names whose chosen town or county lies within ``km`` of another name's chosen one in
    the same admin1 area: two names placed side by side say which area the story is about,
    though each alone has namesakes of like size elsewhere ('Columbus' beside 'Platte County')."""
    points: list[tuple[str, Entry]] = []
    seen: set[str] = set()
    for c, e in accepted:
        if c.key not in seen and e.kind in POINT_KINDS and e.lat is not None and e.lon is not None:
            seen.add(c.key)
            points.append((c.key, e))
    out: set[str] = set()
    for i, (a, ea) in enumerate(points):
        for b, eb in points[i + 1 :]:
            if set(a.split()) & set(b.split()):
                continue  # 'Hall' and 'Hall County' are one name: a town and its county lie together anywhere
            if (ea.country_code, ea.admin1) == (eb.country_code, eb.admin1) and ea.admin1 \
                    and haversine_km(ea.lat, ea.lon, eb.lat, eb.lon) <= km:  # type: ignore[arg-type]
                out |= {a, b}
    return out
