"""A sentence whose rule triggers the modality rules read as not happening (bound by a past deal,
planned, hypothetical) gives the event classifier nothing to add: the model reads no modality, so
its guess would undo what the rules read (seen when two rounds of rules met: a truce read as the
setting and a withdrawal bound by it came back as a transfer of territory)."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

pytestmark = pytest.mark.slow


def _sub_types(text: str, published: str) -> list[str | None]:
    return [e.sub_type for e in build_record(Article(id="unreal", text=text, published=published)).events]


@pytest.mark.parametrize("text", [
    "Under the ceasefire, the rebels were to leave the hilltop villages and hand the district to monitors, "
    "but their units remain dug in.",
    "Under the 2019 pact, government troops were to pull out of the border towns near Ruhengeri.",
])
def test_acts_a_deal_bound_a_side_to_are_no_events(text: str) -> None:
    assert _sub_types(text, "2026-03-02") == []


def test_a_withdrawal_that_happened_stays() -> None:
    text = "On Sunday the rebels withdrew from the hilltop villages near Ruhengeri and handed them to monitors."
    assert "Non-violent transfer of territory" in _sub_types(text, "2026-03-02")
