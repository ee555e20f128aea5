"""Index keys that find an incident's candidates without scanning: place key × day.

An incident is filed under its grid cell (precise places) and its country + admin1, once per
day of its date window. A new mention looks up the cells within the linking distance of it
and its own admin1, over its window widened by the date tolerance, so the work per mention
is a handful of index probes whatever the size of the corpus or of an incident.
"""

from __future__ import annotations

import math
from datetime import timedelta

from eventcoder.link.rules import LinkRules, Mention

CELL_DEGREES = 0.25
"""Grid cell side in degrees (about 28 km north–south); cells near a point cover the distance."""
KM_PER_DEGREE = 111.2


def _cell(cc: str, lat: float, lon: float) -> str:
    return f"c:{cc}:{math.floor(lat / CELL_DEGREES)}:{math.floor(lon / CELL_DEGREES)}"


def _admin(cc: str, admin1: str) -> str:
    return f"a:{cc}:{admin1.strip().casefold()}"


def _precise(m: Mention, rules: LinkRules) -> bool:
    return m.lat is not None and m.lon is not None and (m.precision or "") not in rules.coarse_precisions


def place_keys(m: Mention, rules: LinkRules) -> list[str]:
    """The keys an incident whose summary is ``m`` is filed under."""
    if not m.country_code:
        return []
    keys = [_cell(m.country_code, m.lat, m.lon)] if _precise(m, rules) else []  # type: ignore[arg-type]
    return keys + ([_admin(m.country_code, m.admin1)] if m.admin1 else [])


def lookup_keys(m: Mention, rules: LinkRules) -> list[str]:
    """The keys under which an incident matching ``m`` may be filed."""
    if not m.country_code:
        return []
    keys = [_admin(m.country_code, m.admin1)] if m.admin1 else []
    if not _precise(m, rules):
        return keys
    assert m.lat is not None and m.lon is not None
    dlat = rules.max_distance_km / KM_PER_DEGREE
    far_lat = min(89.9, abs(m.lat) + dlat)
    dlon = min(180.0, dlat / math.cos(math.radians(far_lat)))
    rows = range(math.floor((m.lat - dlat) / CELL_DEGREES), math.floor((m.lat + dlat) / CELL_DEGREES) + 1)
    cols = range(math.floor((m.lon - dlon) / CELL_DEGREES), math.floor((m.lon + dlon) / CELL_DEGREES) + 1)
    return keys + [f"c:{m.country_code}:{r}:{c}" for r in rows for c in cols]


def filed_days(m: Mention) -> list[str]:
    """Every day of a linkable window (at most ``max_window_days`` of them)."""
    if m.start is None or m.end is None:
        return []
    return [(m.start + timedelta(days=i)).isoformat() for i in range((m.end - m.start).days + 1)]


def lookup_days(m: Mention, rules: LinkRules) -> tuple[str, str]:
    """First and last filed day an incident matching ``m`` can have."""
    assert m.start is not None and m.end is not None
    slack = timedelta(days=rules.date_tolerance_days)
    return (m.start - slack).isoformat(), (m.end + slack).isoformat()


def index_rows(incident_pk: int, m: Mention, rules: LinkRules) -> list[dict[str, object]]:
    """Rows of ``incident_keys`` for one incident summary."""
    return [{"incident_pk": incident_pk, "place_key": key, "day": day}
            for key in place_keys(m, rules) for day in filed_days(m)]


__all__ = ["filed_days", "index_rows", "lookup_days", "lookup_keys", "place_keys"]
