"""What the store hands to the CLI and views: plain frozen dataclasses, never cursors or rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from eventcoder.link.claims import Claim

AddStatus = Literal["added", "unchanged", "replaced"]


@dataclass(frozen=True)
class AddResult:
    """What ``Store.add_record`` did with one record, and which incidents it touched."""

    status: AddStatus
    article_id: str
    incidents: tuple[int, ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One article or quote matching a search, with a snippet ([matched] words bracketed)."""

    kind: Literal["article", "quote"]
    article_id: str
    title: str | None
    source: str | None
    published: str | None
    snippet: str
    score: float
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class MemberView:
    """One event mention inside an incident, and why it was merged there."""

    article_id: str
    source: str | None
    event_id: str
    type: str
    date: str | None
    location_name: str | None
    fatalities: float | None
    evidence: str
    reason: str
    url: str | None = None
    certainty: str | None = None
    ingested_at: str | None = None


@dataclass(frozen=True)
class ClaimView(Claim):
    """One source's figure for an incident; ``disputed`` when another source contradicts it."""

    article_id: str
    disputed: bool


@dataclass(frozen=True)
class IncidentView:
    """A real-world event with every mention, source and claim the corpus holds for it."""

    pk: int
    type: str
    sub_type: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    country_code: str | None
    admin1: str | None
    location_name: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    n_mentions: int
    n_sources: int
    disputed: bool
    disputes: tuple[str, ...] = ()
    members: tuple[MemberView, ...] = ()
    claims: tuple[ClaimView, ...] = ()
    uid: str = ""
    """The citable id (``SYR-3f9a2c``): the same incident whatever the export's filters."""

    @property
    def sources(self) -> list[str]:
        """Distinct sources in first-report order."""
        seen: dict[str, None] = {}
        for m in self.members:
            seen.setdefault(m.source or m.article_id, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Stats:
    """Corpus counts: totals, incidents per type/country/month, most-cited sources."""

    totals: dict[str, int]
    by_type: list[tuple[str, int]]
    by_country: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    top_sources: list[tuple[str, int]]
    top_attributions: list[tuple[str, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
