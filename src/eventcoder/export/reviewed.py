"""Incidents as the analysts left them: corrections of member events applied on read.

A member event an analyst rejected leaves the incident (an incident left with none is not
exported); a corrected field (type, actors, date, place, fatalities, certainty) overrides
the incident's machine summary, the latest verdict winning. ``status`` says which.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from eventcoder.export.associated import incident_associates
from eventcoder.link.windows import iso_window
from eventcoder.model import Event, Record
from eventcoder.store import Filters, IncidentView, Store
from eventcoder.store.corrections import Correction, all_corrections, review


@dataclass(frozen=True)
class ReviewedIncident:
    """An incident with corrections applied, its review status and any corrected toll."""

    incident: IncidentView
    status: str
    """unreviewed, accepted, corrected, partly reviewed or rejected."""
    fatalities: float | None = None
    certainty: str | None = None
    associates: tuple[str, str] = ("", "")
    """ACLED's assoc_actor_1 and assoc_actor_2 cells, from the kept members' events."""


def _event_fields(event: Event, changed: set[str]) -> dict[str, Any]:
    """Incident columns a corrected event decides, for the fields the analyst changed."""
    out: dict[str, Any] = {}
    if changed & {"type", "sub_type"}:
        out.update(type=event.type, sub_type=event.sub_type)
    for slot in ("1", "2"):
        if "actor" + slot in changed:
            actor = getattr(event, "actor" + slot)
            out.update({"actor" + slot: actor.name if actor else None,
                        "inter" + slot: actor.inter if actor else None})
    if "date" in changed and event.date:
        start, end = iso_window(event.date.value, event.date.precision, event.date.until)
        out.update(date_start=start, date_end=end, date_precision=event.date.precision)
    if changed & {"location", "country_code"} and event.location:
        loc = event.location
        out.update(location_name=loc.name, admin1=loc.admin1, lat=loc.lat, lon=loc.lon,
                   geo_precision=loc.precision,
                   country_code=loc.country_code.upper() if loc.country_code else None)
    return out


_RECENT_RECORDS = 256
"""Uncorrected records kept for member events: incidents come in date order, so an article's
events are asked for close together, and a whole corpus is never held."""


class Reviewer:
    """Applies the corpus's corrections to incidents; records are read once per article."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.corrections: dict[str, list[Correction]] = all_corrections(store)
        self._records: dict[str, tuple[Record, dict[tuple[str, str], str]] | None] = {}
        self._recent: OrderedDict[str, Record | None] = OrderedDict()

    def _record(self, article_id: str) -> Record | None:
        """The article's record as the analysts left it (corrected ones kept, others recent)."""
        if article_id in self.corrections:
            found = self._reviewed(article_id)
            return found[0] if found else None
        if article_id in self._recent:
            self._recent.move_to_end(article_id)
        else:
            self._recent[article_id] = self.store.get_record(article_id)
            if len(self._recent) > _RECENT_RECORDS:
                self._recent.popitem(last=False)
        return self._recent[article_id]

    def member_events(self, incident: IncidentView) -> list[tuple[Event, str]]:
        """Each member's event and its article's text (the evidence spans point into it)."""
        out = []
        for member in incident.members:
            record = self._record(member.article_id)
            event = next((e for e in record.events if e.id == member.event_id), None) if record else None
            if record is not None and event is not None:
                out.append((event, record.article.text))
        return out

    def _reviewed(self, article_id: str) -> tuple[Record, dict[tuple[str, str], str]] | None:
        if article_id not in self._records:
            record = self.store.get_record(article_id)
            if record is None:
                self._records[article_id] = None
            else:
                done = review(record, self.corrections[article_id])
                self._records[article_id] = (done.record, done.status)
        return self._records[article_id]

    def apply(self, incident: IncidentView, associates: bool = False) -> ReviewedIncident:
        """The incident with its members' verdicts applied; with ``associates``, the associated
        actors too (they read every member's record, which listings need not pay for)."""
        overrides: dict[str, Any] = {}
        statuses: list[str] = []
        kept, fatalities, certainty = [], None, None
        for member in incident.members:
            found = self._reviewed(member.article_id) if member.article_id in self.corrections else None
            status = found[1].get(("event", member.event_id)) if found else None
            statuses.append(status or "unreviewed")
            if status == "reject":
                continue
            kept.append(member)
            if status != "correct" or found is None:
                continue
            event = next((e for e in found[0].events if e.id == member.event_id), None)
            changed = {f for c in self.corrections[member.article_id]
                       if c.item_kind == "event" and c.item_key == member.event_id
                       and c.action == "correct" for f in c.changes}
            if event is not None:
                overrides.update(_event_fields(event, changed))
                if "fatalities" in changed and event.fatalities:
                    fatalities = event.fatalities.value
                if "certainty" in changed:
                    certainty = event.certainty
        view = replace(incident, members=tuple(kept), **overrides)
        cells = (incident_associates(view.actor1, view.actor2, self.member_events(view), view.country_code)
                 if associates else ("", ""))
        return ReviewedIncident(view, _status(statuses), fatalities, certainty, cells)


def _status(statuses: list[str]) -> str:
    if all(s == "unreviewed" for s in statuses):
        return "unreviewed"
    if all(s == "reject" for s in statuses):
        return "rejected"
    if "correct" in statuses:
        return "corrected"
    return "accepted" if all(s == "accept" for s in statuses) else "partly reviewed"


def reviewed_incidents(store: Store, filters: Filters | None = None,
                       associates: bool = False) -> Iterator[ReviewedIncident]:
    """Incidents passing the filters, corrections applied; wholly rejected ones left out."""
    reviewer = Reviewer(store)
    for incident in store.iter_incidents(filters):
        done = reviewer.apply(incident, associates)
        if done.status != "rejected":
            yield done
