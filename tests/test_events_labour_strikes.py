"""A 'strike' of workers is no shelling; a strike from the air or by guns still is."""

from __future__ import annotations

import pytest

from eventcoder.model import Article, Event
from eventcoder.record import build_record

REMOTE = "Explosions/Remote violence"


def _events(text: str) -> list[Event]:
    return build_record(Article(id="t", text=text, published="2025-03-04")).events


@pytest.mark.parametrize("text", [
    "Hundreds of nurses on strike over unpaid wages gathered outside the county hospital in Kisumu on Monday.",
    "A strike by dock workers in Chittagong entered its third day on Tuesday, leaving ships unloaded.",
    "The teachers' strike closed most public schools in Bulawayo on Wednesday.",
    "Bus drivers in Lahore began a strike over fuel allowances on Monday, stranding commuters.",
    "The union said strike action at the copper mines near Kolwezi would continue until salaries are paid.",
    "Magistrates in Lusaka extended their strike for better pay into a second week.",
])
def test_a_stoppage_of_work_is_no_remote_violence(text: str) -> None:
    assert [e.sub_type for e in _events(text) if e.type == REMOTE] == []


@pytest.mark.parametrize("text", [
    "A missile strike on a fuel depot in Odesa killed two workers on Monday.",
    "A drone strike by the army hit a truck carrying fighters near Gao on Sunday, killing four.",
    "An air strike on a market in Sagaing killed nine traders and a teacher on Friday.",
    "A Russian strike hit a supermarket in Kostiantynivka on Sunday, killing two shoppers.",
])
def test_a_strike_in_war_still_is(text: str) -> None:
    assert any(e.type == REMOTE for e in _events(text)), [e.sub_type for e in _events(text)]


def test_striking_workers_who_march_are_a_protest() -> None:
    events = _events("Striking nurses marched to the health ministry in Nairobi on Thursday to demand their arrears.")
    assert [e.type for e in events] == ["Protests"]
