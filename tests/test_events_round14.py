"""Round 14 of event precision on articles (issue 10): the day a statement was made is not the
day of the event it tells. Examples are our own, in wars and styles the article sets do not use."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

PUBLISHED = "2026-03-14"  # a Saturday


def _dated(text: str) -> list[tuple[str, str | None]]:
    rec = build_record(Article(id="r14", text=text, published=PUBLISHED))
    return [(e.sub_type, e.date.value[:10] if e.date and e.date.value else None) for e in rec.events]


@pytest.mark.parametrize(("text", "sub_type", "day"), [
    ("Survivors gave accounts on Tuesday of a firefight between police and smugglers near Tumbes on Sunday "
     "that left three dead.", "Armed clash", "2026-03-08"),
    ("Witnesses described on Thursday an ambush on a convoy outside Kidal on Monday in which two soldiers died.",
     "Armed clash", "2026-03-09"),
    ("Relatives gave details on Friday of a raid by militiamen on the village of Lolwa on Tuesday that killed six.",
     "Attack", "2026-03-10"),
])
def test_a_noun_event_keeps_its_own_day_not_the_telling(text: str, sub_type: str, day: str) -> None:
    """'gave accounts on Tuesday of a firefight ... on Sunday': the day inside the noun phrase
    dates the firefight; the day on the verb of telling dates the account."""
    found = _dated(text)
    assert (sub_type, day) in found
    assert all(d == day for _, d in found)


@pytest.mark.parametrize(("text", "day"), [
    ("A police spokesman said on Friday that gunmen had ambushed a bus near Kandahar on Wednesday, killing four.",
     "2026-03-11"),
    ("Villagers in Mopti region said on Saturday that soldiers had raped two women in Boni on Thursday.",
     "2026-03-12"),
])
def test_a_said_clause_keeps_its_own_day(text: str, day: str) -> None:
    """The day on the told verb wins over the day on 'said'."""
    assert [d for _, d in _dated(text)] == [day]


def test_the_telling_day_still_dates_an_event_with_no_day_of_its_own() -> None:
    text = "Residents said on Thursday that a drone strike hit a fuel depot in Sievierodonetsk."
    assert [d for _, d in _dated(text)] == ["2026-03-12"]
