"""A local paper's own town (the name in its host) is the namesake the story's other names
surround, even when few lie within the 50 km of ``Neighbours.support``: 'Hillsboro' in the
'hillsborocourier.com' story naming three towns 25-60 km from the small Ohio Hillsboro is that
one, not the large Oregon namesake."""

from __future__ import annotations

from typing import Any, cast

from eventcoder.extract.places.choice import _masthead_home
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.gazetteer import Entry
from eventcoder.extract.places.mentions import Candidate
from eventcoder.extract.places.nearby import Neighbours

BIG = Entry(1, "Hillsboro", "US", "Oregon", 45.52, -122.99, 100_000, "city", True)
SMALL = Entry(2, "Hillsboro", "US", "Ohio", 39.20, -83.61, 6_500, "city", True)
TOWNS = {"chillicothe": (39.33, -82.98), "wilmington": (39.45, -83.83), "greenfield": (39.35, -83.38)}
"""Towns 55, 35 and 26 km away: each weighs less than one, together they settle it."""


def _cand(key: str, entries: tuple[Entry, ...]) -> Candidate:
    return Candidate(span=cast(Any, None), key=key, entries=entries, features={"masthead": True})


def _near(towns: dict[str, tuple[float, float]]) -> Neighbours:
    accepted = []
    for i, (key, (lat, lon)) in enumerate(towns.items()):
        e = Entry(10 + i, key.title(), "US", "Ohio", lat, lon, 20_000, "city", True)
        accepted.append((_cand(key, (e,)), e))
    return Neighbours(accepted, 50.0)


def test_decayed_support_weighs_farther_names_less() -> None:
    near = _near(TOWNS)
    close = near.decayed_support(SMALL, "hillsboro", 150.0, 60.0)
    assert 1.0 < close < 3.0
    assert near.decayed_support(BIG, "hillsboro", 150.0, 60.0) == 0.0


def test_the_papers_town_is_the_namesake_its_story_surrounds() -> None:
    c = _cand("hillsboro", (BIG, SMALL))
    assert _masthead_home(c, BIG, BIG, _near(TOWNS), PlaceConfig()) is SMALL


def test_one_distant_name_does_not_move_the_papers_town() -> None:
    c = _cand("hillsboro", (BIG, SMALL))
    far = {"portsmouth": (38.73, -82.99)}  # ~75 km: too weak alone
    assert _masthead_home(c, BIG, BIG, _near(far), PlaceConfig()) is BIG
