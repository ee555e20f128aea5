"""An event placed in an area takes the town the sentence names inside that area (ACLED codes
the most specific named place); a town elsewhere, or one that only locates a speaker, does not."""

from __future__ import annotations

import pytest

from eventcoder.model import Article, Event
from eventcoder.record import build_record


def _events(text: str) -> list[Event]:
    return build_record(Article(id="t", text=text, published="2025-03-07")).events


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed four farmers in Mopti region near the town of Bandiagara on Monday.", "Bandiagara"),
    ("Insurgents ambushed an army convoy on the road between Maiduguri and Damboa in Borno state on Tuesday.",
     "Maiduguri"),
    ("A roadside bomb exploded in Kunar province outside Asadabad on Thursday, killing two policemen.",
     "Asadābād"),
    ("In Ukraine, shelling hit a school in Kherson on Monday. In Russia, a Ukrainian drone hit a lorry near the "
     "border town of Sudzha on Tuesday, killing the driver.", "Sudzha"),
])
def test_a_town_inside_the_area_is_the_place(text: str, place: str) -> None:
    event = _events(text)[-1]
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting in Borno state killed twelve soldiers on Monday, officials in Maiduguri said.", "Borno"),
    ("Shelling in Donetsk region killed three civilians on Sunday as families fled towards Dnipro.", "Donetsk"),
])
def test_a_speakers_town_or_a_town_elsewhere_keeps_the_area(text: str, place: str) -> None:
    events = _events(text)
    assert events and events[0].location is not None and events[0].location.name.startswith(place)
