"""Helpers for tests of where an article's first event is placed (the place rounds share them)."""

from __future__ import annotations

from eventcoder.geo import haversine_km
from eventcoder.model import Article, Location
from eventcoder.record import build_record


def event_place(text: str, published: str = "2024-05-10") -> Location:
    """The first event's location, which must exist and carry coordinates."""
    rec = build_record(Article(id="place-test", text=text, published=published))
    assert rec.events, text
    location = rec.events[0].location
    assert location is not None and location.lat is not None and location.lon is not None, text
    return location


def near(location: Location, lat: float, lon: float, km: float = 50.0) -> bool:
    """Within ``km`` of the expected point (the judge's 50 km by default)."""
    assert location.lat is not None and location.lon is not None
    return haversine_km(location.lat, location.lon, lat, lon) <= km
