"""ACLED-style CSV: one row per incident, ACLED's column names and precision codes.

Choices (ACLED's own codebook decides these for its analysts; ours are mechanical):
  * event_date is the first day of the incident's best (narrowest) date window, ISO format;
    time_precision is 1 for a day (or finer), 2 for a window of up to a week, 3 for wider;
  * geo_precision is 1 for a point/neighbourhood/city, 2 for a district, 3 for anything coarser;
  * interaction is the two inter codes with the smaller first (17, not 71), inter1*10 alone;
  * fatalities is the most conservative figure among the sources' killed claims (0 if none);
  * event_id_cnty is the ISO alpha-3 code plus a running number per country in export order.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from typing import Any, TextIO

from eventcoder.link.claims import conservative_value
from eventcoder.link.rules import LinkRules
from eventcoder.store import Filters, IncidentView, Store
from eventcoder.store.countries import alpha3, name

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
]
_GEO = {"point": 1, "neighbourhood": 1, "city": 1, "district": 2}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is run as a formula by spreadsheets (OWASP CSV injection)."""


def csv_safe(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would execute by prefixing ``'``; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def time_precision(start: str | None, end: str | None) -> int | str:
    """ACLED's 1–3: exact day, within a week, wider (month or more)."""
    if not start or not end:
        return ""
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    return 1 if days == 0 else 2 if days <= 6 else 3


def geo_precision(precision: str | None) -> int:
    """ACLED's 1–3 from our place precision."""
    return _GEO.get(precision or "unknown", 3)


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's numeric interaction: lower code first; a lone actor gives inter*10."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def fatalities(incident: IncidentView, rules: LinkRules) -> int:
    """The lowest killed figure any source supports (ACLED records the most conservative)."""
    values = [
        conservative_value(c, rules)
        for c in incident.claims if c.category == "killed"
    ]
    known = [v for v in values if v is not None]
    if not known:
        known = [m.fatalities for m in incident.members if m.fatalities is not None]
    return int(min(known)) if known else 0


def _notes(incident: IncidentView) -> str:
    first = incident.members[0].evidence if incident.members else ""
    extra = [f"{len(incident.sources)} sources"] if len(incident.sources) > 1 else []
    extra += [f"disputed {d}" for d in incident.disputes]
    return " ".join([first] + [f"[{e}]" for e in extra]).strip()


def acled_row(incident: IncidentView, seq: int, rules: LinkRules) -> dict[str, Any]:
    """One CSV row for one incident."""
    return {
        "event_id_cnty": f"{alpha3(incident.country_code)}{seq}",
        "event_date": incident.date_start or "",
        "year": int(incident.date_start[:4]) if incident.date_start else "",
        "time_precision": time_precision(incident.date_start, incident.date_end),
        "event_type": incident.type, "sub_event_type": incident.sub_type,
        "actor1": incident.actor1 or "", "assoc_actor_1": "", "inter1": incident.inter1 or "",
        "actor2": incident.actor2 or "", "assoc_actor_2": "", "inter2": incident.inter2 or "",
        "interaction": interaction(incident.inter1, incident.inter2),
        "country": name(incident.country_code), "admin1": incident.admin1 or "",
        "location": incident.location_name or "",
        "latitude": incident.lat if incident.lat is not None else "",
        "longitude": incident.lon if incident.lon is not None else "",
        "geo_precision": geo_precision(incident.geo_precision),
        "source": "; ".join(incident.sources), "notes": _notes(incident),
        "fatalities": fatalities(incident, rules),
    }


def acled_rows(store: Store, filters: Filters | None = None) -> Any:
    """Rows in date order with per-country running numbers."""
    seq: Counter[str] = Counter()
    for incident in store.iter_incidents(filters):
        seq[incident.country_code or ""] += 1
        yield acled_row(incident, seq[incident.country_code or ""], store.rules)


def write_acled_csv(store: Store, out: TextIO, filters: Filters | None = None) -> int:
    """Write the CSV, text cells made formula-safe; returns the number of incidents written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(store, filters):
        writer.writerow({key: csv_safe(value) for key, value in row.items()})
        n += 1
    return n
