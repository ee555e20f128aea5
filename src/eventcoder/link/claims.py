"""Figures about one incident from different sources, kept side by side, and their disagreement.

A claim is read as a range: "82" is [82, 82] widened by the tolerance, "at least 15" is
[15, inf), "dozens" is a conventional range. Two sources disagree when their ranges for the
same category do not overlap ("12" vs "at least 15"; "82 — UN" vs "more than 100 — activists").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eventcoder.link.rules import LinkRules
from eventcoder.model import Event, Quantity, Record

PEOPLE_CATEGORIES = frozenset({
    "killed", "injured", "displaced", "evacuated", "detained", "abducted", "missing", "besieged",
})


@dataclass(frozen=True)
class Claim:
    """One figure, by one source, for one event mention."""

    category: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    text: str | None
    source: str | None


def _inside(q: Quantity, event: Event) -> bool:
    return any(span.start <= q.start and q.end <= span.end for span in event.evidence)


def _from_quantity(q: Quantity, default_source: str | None) -> Claim:
    return Claim(q.category, q.value, q.low, q.high, q.qualifier, q.text,
                 q.attributed_to or default_source)


def _from_fatalities(event: Event, record: Record) -> Claim | None:
    fat = event.fatalities
    if fat is None or (fat.value is None and not fat.text):
        return None
    source = event.attributed_to[0] if event.attributed_to else record.article.source
    return Claim("killed", fat.value, None, None, fat.qualifier or "exact", fat.text, source)


def claims_for_event(record: Record, event: Event) -> list[Claim]:
    """People figures tied to this event: inside its evidence, or all of them in a one-event article."""
    single = len(record.events) == 1
    source = record.article.source
    claims = [
        _from_quantity(q, source)
        for q in record.quantities
        if q.unit == "people" and q.category in PEOPLE_CATEGORIES and (single or _inside(q, event))
    ]
    fat = _from_fatalities(event, record)
    if fat and not any(c.category == "killed" and (c.text == fat.text or (
            c.value is not None and c.value == fat.value)) for c in claims):
        claims.append(fat)
    return claims


def claim_range(claim: Claim, rules: LinkRules) -> tuple[float, float] | None:
    """The range of counts a claim allows; None when it says nothing usable."""
    lo, hi, v, q = claim.low, claim.high, claim.value, claim.qualifier or "exact"
    if v is None:
        if lo is not None or hi is not None:
            return (lo or 0.0, hi if hi is not None else math.inf)
        return _vague_range(claim.text, rules)
    tol = rules.figure_tolerance
    if q == "exact":
        return (v * (1 - tol), v * (1 + tol))
    if q == "about":
        return (v * (1 - rules.about_spread), v * (1 + rules.about_spread))
    if q in ("at_least", "more_than"):
        return (v + (1 if q == "more_than" else 0), math.inf)
    if q in ("up_to", "less_than"):
        return (0.0, v - (1 if q == "less_than" else 0))
    return (lo if lo is not None else v, hi if hi is not None else v)


def _vague_range(text: str | None, rules: LinkRules) -> tuple[float, float] | None:
    low = (text or "").casefold()
    for word in sorted(rules.vague_ranges, key=len, reverse=True):
        if word in low:
            return rules.vague_ranges[word]
    return None


def conservative_value(claim: Claim, rules: LinkRules) -> float | None:
    """The lowest count the claim supports, the figure ACLED-style exports report."""
    if claim.value is not None and claim.qualifier not in ("up_to", "less_than"):
        return claim.value
    rng = claim_range(claim, rules)
    return rng[0] if rng and claim.qualifier not in ("up_to", "less_than") else None


def describe(claim: Claim) -> str:
    """'at least 15 — AP': the figure as written, and on whose word."""
    figure = claim.text or (f"{claim.value:g}" if claim.value is not None else "?")
    return f"{figure} — {claim.source or 'unattributed'}"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def disagreements(
    claims: list[tuple[Claim, str]], rules: LinkRules
) -> tuple[list[str], set[int]]:
    """Pairs of claims (with their article ids) whose ranges cannot both be true.

    Returns one note per disputed category and the indexes of the claims involved; claims from
    the same article are not compared with each other (an article may give a range itself).
    """
    notes: list[str] = []
    involved: set[int] = set()
    for category in sorted({c.category for c, _ in claims}):
        idx = [i for i, (c, _) in enumerate(claims) if c.category == category]
        ranges = {i: claim_range(claims[i][0], rules) for i in idx}
        clash: set[int] = set()
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                ri, rj = ranges[i], ranges[j]
                if claims[i][1] != claims[j][1] and ri and rj and not _overlap(ri, rj):
                    clash.update((i, j))
        if clash:
            involved |= clash
            parts = " vs ".join(describe(claims[i][0]) for i in sorted(clash))
            notes.append(f"{category}: {parts}")
    return notes, involved
