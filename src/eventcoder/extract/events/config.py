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
