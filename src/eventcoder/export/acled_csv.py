"""ACLED-style CSV: one row per incident, ACLED's current columns, then eventcoder's own.

Choices (ACLED's own codebook decides these for its analysts; ours are mechanical):
  * event_id_cnty is the incident's citable id (``SYR-3f9a2c``): the same incident has the
    same id in every export, filtered or not, and after a relink or re-ingest;
  * event_date is the first day of the incident's best (narrowest) date window, ISO format;
    time_precision is 1 for a day (or finer), 2 for a window of up to a week, 3 for wider;
  * geo_precision is 1 for a point/neighbourhood/city, 2 for a district, 3 for anything coarser;
  * interaction is ``taxonomy.interaction_code`` (smaller inter code first; a lone actor × 10);
  * civilian_targeting is "Civilian targeting" for violence against civilians and for other
    political violence whose second actor is civilians (inter 7);
  * fatalities is the analyst's figure when one corrected it, else the most conservative
    of the sources' killed claims (0 if none);
  * assoc_actor_1/2 are the groups the members' actors belong to (``export.associated``:
    'striking nurses' -> Health Workers beside Protesters), '; '-joined when several;
  * admin2, admin3, source_scale and tags are left empty: the record does not know them;
  * timestamp is the Unix time the newest member article was stored;
  * an incident no source tells as having happened (certainty ``planned``: a march called
    for next week, an offensive announced) is left out unless asked for (``planned=True``):
    ACLED codes events that took place, and a planned event is context for an analyst.
Analyst corrections are applied first (``export.reviewed``); review_status says which.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, TextIO

import pycountry

from eventcoder import taxonomy
from eventcoder.export.regions import region
from eventcoder.export.reviewed import ReviewedIncident, reviewed_incidents
from eventcoder.link.claims import conservative_value
from eventcoder.link.rules import LinkRules
from eventcoder.store import Filters, IncidentView, Store
from eventcoder.store.countries import name

ACLED = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]
OWN = ["certainty", "article_ids", "article_urls", "review_status", "evidence"]
COLUMNS = ACLED + OWN
_GEO = {"point": 1, "neighbourhood": 1, "city": 1, "district": 2}
_CERTAINTY_ORDER = ("asserted", "reported", "alleged", "planned", "denied")
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
    """ACLED's numeric interaction (``taxonomy.interaction_code``); '' without actors."""
    code = taxonomy.interaction_code(inter1, inter2)
    return "" if code is None else code


def fatalities(incident: IncidentView, rules: LinkRules) -> int:
    """The lowest killed figure any source supports (ACLED records the most conservative)."""
    values = [conservative_value(c, rules) for c in incident.claims if c.category == "killed"]
    known = [v for v in values if v is not None]
    if not known:
        known = [m.fatalities for m in incident.members if m.fatalities is not None]
    return int(min(known)) if known else 0


def _disorder(sub_type: str) -> str:
    try:
        return taxonomy.disorder_type(sub_type)
    except KeyError:
        return ""


def _iso_numeric(alpha2: str | None) -> int | str:
    found = pycountry.countries.get(alpha_2=alpha2.upper()) if alpha2 else None
    return int(found.numeric) if found else ""


def civilian_targeting(incident: IncidentView) -> str:
    """ACLED's flag: civilians were the primary target."""
    if incident.type == "Violence against civilians" or (
            incident.inter2 == 7 and incident.type in ("Explosions/Remote violence", "Battles")):
        return "Civilian targeting"
    return ""


def _notes(incident: IncidentView) -> str:
    first = incident.members[0].evidence if incident.members else ""
    extra = [f"{len(incident.sources)} sources"] if len(incident.sources) > 1 else []
    extra += [f"disputed {d}" for d in incident.disputes]
    return " ".join([first] + [f"[{e}]" for e in extra]).strip()


def _timestamp(incident: IncidentView) -> int | str:
    stamps = [m.ingested_at for m in incident.members if m.ingested_at]
    return int(datetime.fromisoformat(max(stamps)).timestamp()) if stamps else ""


def _certainty(incident: IncidentView) -> str:
    """The firmest certainty any source gives (a report asserted by one outlet is asserted)."""
    found = {m.certainty for m in incident.members if m.certainty}
    return next((c for c in _CERTAINTY_ORDER if c in found), "")


def acled_row(done: ReviewedIncident, rules: LinkRules) -> dict[str, Any]:
    """One row for one (reviewed) incident."""
    i = done.incident
    members = i.members
    return {
        "event_id_cnty": i.uid, "event_date": i.date_start or "",
        "year": int(i.date_start[:4]) if i.date_start else "",
        "time_precision": time_precision(i.date_start, i.date_end),
        "disorder_type": _disorder(i.sub_type), "event_type": i.type, "sub_event_type": i.sub_type,
        "actor1": i.actor1 or "", "assoc_actor_1": done.associates[0], "inter1": i.inter1 or "",
        "actor2": i.actor2 or "", "assoc_actor_2": done.associates[1], "inter2": i.inter2 or "",
        "interaction": interaction(i.inter1, i.inter2), "civilian_targeting": civilian_targeting(i),
        "iso": _iso_numeric(i.country_code), "region": region(i.country_code),
        "country": name(i.country_code), "admin1": i.admin1 or "", "admin2": "", "admin3": "",
        "location": i.location_name or "",
        "latitude": i.lat if i.lat is not None else "",
        "longitude": i.lon if i.lon is not None else "",
        "geo_precision": geo_precision(i.geo_precision),
        "source": "; ".join(i.sources), "source_scale": "", "notes": _notes(i),
        "fatalities": int(done.fatalities) if done.fatalities is not None else fatalities(i, rules),
        "tags": "", "timestamp": _timestamp(i),
        "certainty": done.certainty or _certainty(i),
        "article_ids": "; ".join(dict.fromkeys(m.article_id for m in members)),
        "article_urls": "; ".join(dict.fromkeys(m.url for m in members if m.url)),
        "review_status": done.status,
        "evidence": " | ".join(f"{m.source or m.article_id}: {m.evidence}" for m in members),
    }


def acled_rows(store: Store, filters: Filters | None = None,
               planned: bool = False) -> Iterator[dict[str, Any]]:
    """Rows in date order, corrections applied, wholly rejected incidents left out, and
    incidents that have not happened (certainty ``planned``) left out unless ``planned``."""
    for done in reviewed_incidents(store, filters, associates=True):
        row = acled_row(done, store.rules)
        if planned or row["certainty"] != "planned":
            yield row


def write_acled_csv(store: Store, out: TextIO, filters: Filters | None = None,
                    planned: bool = False) -> int:
    """Write the CSV, text cells made formula-safe; returns the number of incidents written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(store, filters, planned):
        writer.writerow({key: csv_safe(value) for key, value in row.items()})
        n += 1
    return n
