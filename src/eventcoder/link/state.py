"""An incident's running summary, updated one member at a time in constant work.

Linking compares a new mention with this summary (most cited type and actors, narrowest date,
finest place, the centroid of the evidence words), never with every member, so a report
joins an incident only if it fits the incident as a whole: two unrelated events cannot be
chained through one member that resembles both. Figure disagreement is checked the same way:
per category the summary keeps the highest lower bound and the lowest upper bound any source
gave (with the claim behind each); a new source's range that lies past either clashes.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventcoder.link.claims import Claim, claim_range, describe
from eventcoder.link.rules import LinkRules, Mention
from eventcoder.link.similarity import merge_terms

Earlier = Callable[[str], list[tuple[int, Claim, str]]]
"""Earlier figures of one category as (member event pk, claim, article), read only on a clash."""
Disputed = tuple[int, str]
"""(member event pk, category): that mention's figures of that category are contradicted."""
PRECISION_RANK = {
    "point": 0, "neighbourhood": 1, "city": 2, "district": 3,
    "admin1": 4, "country": 5, "region": 6, "unknown": 7,
}
DATE_FIELDS = ("date_start", "date_end", "date_precision")
PLACE_FIELDS = ("country_code", "admin1", "location_name", "lat", "lon", "geo_precision")


@dataclass
class Bound:
    """The tightest bound in one direction for one figure category, and the claim that set it."""

    value: float
    member: int
    """The event mention (events pk) whose figure set the bound."""
    article: str
    text: str = ""


@dataclass
class IncidentState:
    """Counts and extremes from which the incident's summary row is read."""

    n: int = 0
    types: dict[str, int] = field(default_factory=dict)
    sub_types: dict[str, dict[str, int]] = field(default_factory=dict)
    actors: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {"1": {}, "2": {}})
    date: dict[str, Any] | None = None
    place: dict[str, Any] | None = None
    sources: list[str] = field(default_factory=list)
    terms: dict[str, int] = field(default_factory=dict)
    low: dict[str, Bound] = field(default_factory=dict)
    high: dict[str, Bound] = field(default_factory=dict)
    disputes: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Per category, the (member, figure as written) pairs in dispute, in member order."""

    # ---- members --------------------------------------------------------------------------

    def add_member(self, row: dict[str, Any], source: str, words: dict[str, int]) -> None:
        """Count one event row (an ``events`` mapping) into the summary."""
        self.n += 1
        _bump(self.types, row["type"])
        _bump(self.sub_types.setdefault(row["type"], {}), row["sub_type"])
        for slot in ("1", "2"):
            name = row["actor" + slot]
            if name:
                entry = self.actors[slot].setdefault(name, [0, row["inter" + slot]])
                entry[0] += 1
        if row["date_start"] and (self.date is None or _date_key(row) < _date_key(self.date)):
            self.date = {k: row[k] for k in DATE_FIELDS}
        if row["country_code"] and (self.place is None or _place_key(row) < _place_key(self.place)):
            self.place = {k: row[k] for k in PLACE_FIELDS}
        if source not in self.sources:
            self.sources.append(source)
        self.terms = merge_terms(self.terms, words)

    def summary(self) -> dict[str, Any]:
        """The incidents row's summary columns."""
        kind = _top(self.types)
        values: dict[str, Any] = {"type": kind, "sub_type": _top(self.sub_types.get(kind or "", {})),
                                  "n_mentions": self.n, "n_sources": len(self.sources)}
        values.update({k: (self.date or {}).get(k) for k in DATE_FIELDS})
        values.update({k: (self.place or {}).get(k) for k in PLACE_FIELDS})
        for slot in ("1", "2"):
            name = _top({k: v[0] for k, v in self.actors[slot].items()})
            values["actor" + slot] = name
            values["inter" + slot] = self.actors[slot][name][1] if name else None
        notes = self.notes()
        values.update(disputed=bool(notes), disputes=json.dumps(notes) if notes else None)
        return values

    def mention(self, key: int) -> Mention:
        """The summary as a Mention, what a new report is compared with."""
        s = self.summary()
        return Mention(
            type=s["type"], start=_day(s["date_start"]), end=_day(s["date_end"]),
            country_code=s["country_code"], admin1=s["admin1"], lat=s["lat"], lon=s["lon"],
            precision=s["geo_precision"], actor1=s["actor1"], actor2=s["actor2"],
            article=f"incident:{key}", key=key, sub_type=s["sub_type"], words=self.terms)

    # ---- claims ---------------------------------------------------------------------------

    def add_claims(self, claims: list[Claim], member: int, article: str, rules: LinkRules,
                   earlier: Earlier) -> set[Disputed]:
        """Count one mention's figures in; returns the (member, category) pairs now disputed.

        Each category is checked against the summary bounds only (constant work). Only when
        it clashes are the earlier figures of that category read (``earlier``), to flag every
        member whose range the new one contradicts. A mention's own figures for a category are
        one range (an article may give a range itself), so they are never compared together.
        """
        disputed: set[Disputed] = set()
        for category in sorted({c.category for c in claims}):
            mine = [(c, r) for c in claims if c.category == category
                    and (r := claim_range(c, rules)) is not None]
            if not mine:
                continue
            lo = min(mine, key=lambda m: m[1][0])
            hi = max(mine, key=lambda m: m[1][1])
            if self._clashes(category, lo[1][0], hi[1][1], article):
                items = [(member, describe(c)) for c, _ in mine] + [
                    (other_member, describe(c)) for other_member, c, other in earlier(category)
                    if other != article and (r := claim_range(c, rules)) is not None
                    and (r[1] < lo[1][0] or r[0] > hi[1][1])]
                self._note(category, items)
                disputed |= {(m, category) for m, _ in items}
            self._tighten(category, Bound(lo[1][0], member, article, describe(lo[0])),
                          Bound(hi[1][1], member, article, describe(hi[0])))
        return disputed

    def _clashes(self, category: str, lo: float, hi: float, article: str) -> bool:
        up, down = self.high.get(category), self.low.get(category)
        return ((up is not None and up.article != article and lo > up.value)
                or (down is not None and down.article != article and hi < down.value))

    def _tighten(self, category: str, lo: Bound, hi: Bound) -> None:
        if category not in self.low or lo.value > self.low[category].value:
            self.low[category] = lo
        if not math.isinf(hi.value) and (category not in self.high or hi.value < self.high[category].value):
            self.high[category] = hi

    def _note(self, category: str, items: list[tuple[int, str]]) -> None:
        seen = {(m, t): None for m, t in self.disputes.get(category, [])}
        seen.update(dict.fromkeys(items))
        self.disputes[category] = sorted(seen)

    def notes(self) -> list[str]:
        """One line per disputed category: 'killed: 12 — A vs at least 15 — B'."""
        return [f"{cat}: " + " vs ".join(text for _, text in items)
                for cat, items in sorted(self.disputes.items())]

    # ---- storage --------------------------------------------------------------------------

    def to_json(self) -> str:
        data: dict[str, Any] = dict(self.__dict__)  # shallow: asdict's deep copy is the hot spot
        data["low"] = {k: b.__dict__ for k, b in self.low.items()}
        data["high"] = {k: b.__dict__ for k, b in self.high.items()}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> IncidentState:
        data = json.loads(raw) if raw else {}
        state = cls(**{k: v for k, v in data.items() if k not in ("low", "high", "disputes")})
        state.low = {k: Bound(**v) for k, v in data.get("low", {}).items()}
        state.high = {k: Bound(**v) for k, v in data.get("high", {}).items()}
        state.disputes = {k: [(int(p), t) for p, t in v] for k, v in data.get("disputes", {}).items()}
        return state


def _bump(counts: dict[str, int], key: str | None) -> None:
    if key:
        counts[key] = counts.get(key, 0) + 1


def _top(counts: dict[str, int]) -> str | None:
    """Most counted; ties go to the first seen (dicts keep insertion order)."""
    return Counter(counts).most_common(1)[0][0] if counts else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _date_key(row: dict[str, Any]) -> tuple[int, str]:
    """Narrowest window first, then earliest."""
    width = (date.fromisoformat(row["date_end"]) - date.fromisoformat(row["date_start"])).days
    return width, row["date_start"]


def _place_key(row: dict[str, Any]) -> tuple[bool, int]:
    """Places with coordinates first, then the finest precision."""
    return row["lat"] is None, PRECISION_RANK.get(row["geo_precision"] or "unknown", 7)
