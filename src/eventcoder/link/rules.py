"""When are two event mentions the same real-world event? Explicit, tunable rules.

Every rule returns either None (no match) or a short human reason; the reasons of a match
are joined into the merge reason stored with the incident member, e.g.
"same type Violence against civilians; dates 2016-12-13/2016-12-13; 3.2 km apart; actor1 match".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventcoder.geo import haversine_km
from eventcoder.link.similarity import cosine

DEFAULT_COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"Protests", "Riots"}),
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
})
RELATED_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Riots", "Violence against civilians"}),
})
UNKNOWN_ACTOR_WORDS: frozenset[str] = frozenset({
    "unknown", "unidentified", "unidentified armed group", "unidentified gunmen",
    "gunmen", "assailants", "attackers",
})


@dataclass(frozen=True)
class LinkRules:
    """The tunables of linking and of figure disagreement, with their defaults."""

    date_tolerance_days: int = 1
    max_window_days: int = 31
    """Mentions dated more loosely than this (a year, a season) are never linked: too vague."""
    max_distance_km: float = 25.0
    coarse_precisions: frozenset[str] = frozenset({"admin1", "country", "region"})
    compatible_types: frozenset[frozenset[str]] = DEFAULT_COMPATIBLE_TYPES
    related_types: frozenset[frozenset[str]] = RELATED_TYPES
    """Types one outlet may code where another codes the other (a raid as a clash or an
    attack); linked only when the evidence sentences are alike (``related_min_similarity``)."""
    related_min_similarity: float = 0.4
    weak_min_similarity: float = 0.1
    """A match only by admin1 (a coarse place) or by a window wider than a day needs the same
    sub-type and at least this evidence similarity (or ``weak_other_sub_type_similarity``): a
    vague report of 'a hospital bombed in the province' joins the air strike it describes, not
    the shelling of villages that shares the province and day."""
    weak_other_sub_type_similarity: float = 0.35
    unknown_actors: frozenset[str] = UNKNOWN_ACTOR_WORDS
    figure_tolerance: float = 0.1
    """Relative slack around exact figures before two sources are said to disagree."""
    about_spread: float = 0.2
    """'about 40' is read as 40 ± this fraction."""
    vague_ranges: dict[str, tuple[float, float]] = field(default_factory=lambda: {
        "several": (3, 9), "a few": (2, 5), "dozens": (12, 99), "scores": (40, 199),
        "hundreds": (100, 999), "thousands": (1000, 9999), "tens of thousands": (10000, 99999),
    })


@dataclass(frozen=True)
class Mention:
    """What linking needs to know about one event mention, detached from the database."""

    type: str
    start: date | None
    end: date | None
    country_code: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    article: str = ""
    key: int = 0
    sub_type: str | None = None
    words: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)
    """Content-word counts of the evidence (``similarity.terms``); empty when unknown."""


@dataclass(frozen=True)
class Match:
    """A successful comparison: how far apart in km (None when matched by admin1) and why."""

    reason: str
    distance_km: float | None
    day_gap: int
    similarity: float | None = None


def match_type(a: Mention, b: Mention, rules: LinkRules) -> str | None:
    """Same ACLED type, or a pair declared compatible in the rules."""
    if a.type == b.type:
        return f"same type {a.type}"
    if frozenset({a.type, b.type}) in rules.compatible_types:
        return f"compatible types {a.type}/{b.type}"
    return None


def linkable_date(m: Mention, rules: LinkRules) -> bool:
    """A resolved window no wider than ``max_window_days`` (a month at most by default)."""
    return m.start is not None and m.end is not None and (
        (m.end - m.start).days < rules.max_window_days)


def match_dates(a: Mention, b: Mention, rules: LinkRules) -> tuple[str, int] | None:
    """Day windows overlap once widened by the tolerance; returns the reason and the gap."""
    if not linkable_date(a, rules) or not linkable_date(b, rules):
        return None
    assert a.start and a.end and b.start and b.end
    slack = timedelta(days=rules.date_tolerance_days)
    if a.start > b.end + slack or b.start > a.end + slack:
        return None
    gap = max(0, (a.start - b.end).days, (b.start - a.end).days)
    return f"dates {_fmt_window(a)}/{_fmt_window(b)}", gap


def _fmt_window(m: Mention) -> str:
    assert m.start is not None and m.end is not None
    if m.start == m.end:
        return m.start.isoformat()
    return f"{m.start.isoformat()}..{m.end.isoformat()}"


def _is_coarse(m: Mention, rules: LinkRules) -> bool:
    return m.lat is None or m.lon is None or (m.precision or "") in rules.coarse_precisions


def _same_text(x: str | None, y: str | None) -> bool:
    return bool(x) and bool(y) and x.strip().casefold() == y.strip().casefold()  # type: ignore[union-attr]


def match_place(a: Mention, b: Mention, rules: LinkRules) -> tuple[str, float | None] | None:
    """Within the distance for precise places; same country and admin1 when either is coarse."""
    if not a.country_code or a.country_code != b.country_code:
        return None
    if not _is_coarse(a, rules) and not _is_coarse(b, rules):
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= rules.max_distance_km:
            return f"{km:.1f} km apart", km
        return None
    if _same_text(a.admin1, b.admin1):
        return f"same admin1 {a.admin1}", None
    return None


def _known(name: str | None, rules: LinkRules) -> str | None:
    if not name or name.strip().casefold() in rules.unknown_actors:
        return None
    return name.strip().casefold()


def _slot(x: str | None, y: str | None, label: str, rules: LinkRules) -> str | None:
    kx, ky = _known(x, rules), _known(y, rules)
    if kx is None or ky is None:
        return f"{label} unknown on one side" if (kx or ky) else f"{label} unknown"
    return f"{label} match" if kx == ky else None


def match_actors(a: Mention, b: Mention, rules: LinkRules) -> str | None:
    """Slot by slot: same canonical name or one side unknown; swapped slots are accepted too."""
    straight = (_slot(a.actor1, b.actor1, "actor1", rules), _slot(a.actor2, b.actor2, "actor2", rules))
    if None not in straight:
        return "; ".join(s for s in straight if s and "unknown" not in s) or "actors unknown"
    crossed = (_slot(a.actor1, b.actor2, "actor1", rules), _slot(a.actor2, b.actor1, "actor2", rules))
    if None not in crossed and any(s and s.endswith("match") for s in crossed):
        return "actors match (swapped)"
    return None


def similarity(a: Mention, b: Mention) -> float | None:
    """Evidence cosine, or None when either side has no words to compare."""
    return cosine(a.words, b.words) if a.words and b.words else None


def _weak(a: Mention, b: Mention, place: tuple[str, float | None]) -> bool:
    """Matched only by admin1, or one side dated by a window wider than a day."""
    wide = any(m.start != m.end for m in (a, b))
    return place[1] is None or wide


def _weak_threshold(a: Mention, b: Mention, rules: LinkRules) -> float:
    same = not a.sub_type or not b.sub_type or a.sub_type == b.sub_type
    return rules.weak_min_similarity if same else rules.weak_other_sub_type_similarity


def _similar_enough(sim: float | None, needed: float) -> bool:
    return sim is None or sim >= needed


def compare(a: Mention, b: Mention, rules: LinkRules) -> Match | None:
    """Type, date, place and actors must all hold; weak or cross-type matches need alike evidence.

    The reasons are kept in a fixed order, with the similarity when it was computed.
    """
    if a.article and a.article == b.article:
        return None
    kind = match_type(a, b, rules)
    related = kind is None and frozenset({a.type, b.type}) in rules.related_types
    if kind is None and not related:
        return None
    dates = match_dates(a, b, rules)
    if dates is None:
        return None
    place = match_place(a, b, rules)
    if place is None:
        return None
    actors = match_actors(a, b, rules)
    if actors is None:
        return None
    sim = similarity(a, b)
    if related and (sim is None or sim < rules.related_min_similarity):
        return None
    if _weak(a, b, place) and not _similar_enough(sim, _weak_threshold(a, b, rules)):
        return None
    kind = kind or f"related types {a.type}/{b.type}"
    parts = [kind, dates[0], place[0], actors] + ([f"evidence similarity {sim:.2f}"] if sim is not None else [])
    return Match(reason="; ".join(parts), distance_km=place[1], day_gap=dates[1], similarity=sim)


def best_match(new: Mention, candidates: list[Mention], rules: LinkRules) -> tuple[Mention, Match] | None:
    """The closest compatible candidate (fewest days apart, most alike evidence, nearest), or None."""
    found = [(c, m) for c in candidates if (m := compare(new, c, rules)) is not None]
    if not found:
        return None
    return min(found, key=lambda cm: (cm[1].day_gap, -round(cm[1].similarity or 0.0, 2),
                                      cm[1].distance_km or 0.0, cm[0].key))
