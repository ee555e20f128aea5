"""Thresholds and weights of place finding and resolution (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets."""

    accept_score: int = 2
    """Points a candidate toponym needs to be kept as a place mention."""
    max_city_distance: int = 1500
    """Characters between a district name and the city it is placed in ('Shuja'iyya, a district of Gaza')."""
