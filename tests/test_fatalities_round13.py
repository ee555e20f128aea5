"""Fatalities round 13 (issue 10): the toll phrases real notes use, each rule with a sentence
written for it (other wars, other styles)."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # the lowest figure of a range is the toll
    ("Gunmen stormed a cattle market near Katsina on Monday, killing between 12 and 15 traders.", "Attack", 12.0),
    ("Rebel mortars hit Kalehe on Monday. 7-9 civilians killed.", None, 7.0),
    ("Militants overran the army post at Tessit on Monday. Between 20 and 35 soldiers killed, local sources said.", None, 20.0),
    # telegraphic tolls: a force's acronym, people nouns of a bar or a shop
    ("Troops clashed with RSF fighters near El Obeid on Monday: 4 RSF killed, 2 soldiers injured.", "Armed clash", 4.0),
    ("Gunmen threw a grenade into a nightclub in Cali on Monday. Three customers killed, 6 injured.", None, 3.0),
    # death verbs
    ("Two policemen were martyred when militants stormed a checkpoint in Lakki Marwat on Monday.", None, 2.0),
    ("A mob burned alive a man accused of stealing a goat in Bunia on Monday.", None, 1.0),
    # a passive killing after a semicolon is the deed's toll
    ("Russian artillery shelled Nikopol on Monday; a man was killed and 4 people injured.", None, 1.0),
    # a wider or earlier toll told as context is not this event's
    ("Russian drones hit a bakery in Sumy on Monday, killing a woman. The governor said 6 people were killed across the oblast that day.",
     None, 1.0),
    ("Thousands marched in Lagos on Monday over the handling of the June 2023 floods, which killed more than 80 people.", "Protests", 0.0),
    ("Police detained 9 suspects in Mombasa on Monday over a raid on 2 March in which 5 guards were killed.", "Strategic developments", 0.0),
]


@pytest.mark.parametrize(("text", "type_", "value"), CASES)
def test_round13_toll(text: str, type_: str | None, value: float) -> None:
    rec = build_record(Article(id="r13", text=text, published="2024-05-14"))
    events = [e for e in rec.events if type_ is None or type_ in (e.type, e.sub_type)]
    assert events, [(e.type, e.sub_type) for e in rec.events]
    got = (events[0].fatalities.value if events[0].fatalities else None) or 0.0
    assert got == value
