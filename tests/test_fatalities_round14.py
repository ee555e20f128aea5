"""Fatalities round 14 (issue 10): the general forms behind the sixth notes' misses, each rule
with sentences of several shapes written for it (other wars, other tellers, other orders)."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # two tellers of one toll, each under its own verb of saying: the lowest
    ("Police fired on students in Dhaka on Monday. Witnesses said at least six were killed; the police said 3.", None, 3.0),
    ("RSF shells hit Omdurman on Monday. The ministry reported 18 dead and 40 injured; a local committee said at least 25 "
     "were killed.", None, 18.0),
    ("Jihadists overran a base in Mora on Monday. At least 8 soldiers were killed, according to security sources; the group "
     "claimed 40.", None, 8.0),
    ("Police fired on marchers in Kisumu on Monday, killing six people, witnesses said, while police put the toll at 3.",
     None, 3.0),
    # a toll with no event of its own is read as an event's: parts added, a range at its low end
    ("The army and rebels clashed near Goma on Monday. Officials reported 11 soldiers and 4 rebels dead.", None, 15.0),
    ("Gunmen raided Kauru on Monday. Between 7 and 12 villagers were killed.", None, 7.0),
]


@pytest.mark.parametrize(("text", "type_", "value"), CASES)
def test_round14_toll(text: str, type_: str | None, value: float) -> None:
    rec = build_record(Article(id="r14", text=text, published="2024-05-14"))
    events = [e for e in rec.events if type_ is None or type_ in (e.type, e.sub_type)]
    assert events, [(e.type, e.sub_type) for e in rec.events]
    got = (events[0].fatalities.value if events[0].fatalities else None) or 0.0
    assert got == value
