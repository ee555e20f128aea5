"""Thresholds of event finding and merging (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets."""

    historical_days: int = 400
    """An event dated this many days before publication is history, not news: it is not coded."""
    merge_km: float = 25.0
    """Two mentions of one kind of event within this distance (same day) are one event."""
    merge_days: int = 1
    """Two day-precise mentions this many days apart or less may be one event; a date this close
    to publication also matches a mention dated only by the article."""
    place_on_trigger: int = 4
    """Score of a place attached to the trigger itself ('fighting in X', 'X clashes')."""
    place_on_clause: int = 3
    """Score of a place attached to the trigger's clause verb rather than to the trigger."""
    place_in_sentence: int = 2
    """Score of a place that is merely in the trigger's sentence."""
    place_aside: int = 1
    """Score of a place that names an armed group ('Fano militias') or locates a speaker
    ('witnesses in Goma said'); such a place in another country than the focus is skipped."""
    place_loose_penalty: int = 1
    """Subtracted when the place hangs under a loose preposition (of, from, towards …)."""
    country_place_min_score: int = 3
    """A country or region name is the event's place only from this score (else it is an actor)."""
    anchoring_place_score: int = 4
    """A weak trigger ('clash', 'attack') counts as an event when its place scores this much."""
