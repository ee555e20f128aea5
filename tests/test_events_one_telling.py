"""Issue 10, round 3: one event told once, and only what a coder records.  Each test is a rule
with an example of its own (none from the article sets): the attackers' own deaths belong to
their attack, a disaster leading a sentence is no violence, a trigger naming a kind of squad or
kit is no event."""

from __future__ import annotations

from eventcoder.model import Article, Event
from eventcoder.record import build_record


def _events(text: str, published: str = "2024-05-15") -> list[Event]:
    return build_record(Article(id="t", text=text, published=published)).events


def test_attackers_killed_by_guards_belong_to_their_attack() -> None:
    """ACLED: one event, the attackers' deaths in its toll; the sentence telling them starts none."""
    events = _events("BAIDOA, Somalia, May 15 - Gunmen stormed a police post in Baidoa late on Monday, killing "
                     "four officers, police said. Three of the attackers were killed when officers returned fire.")
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.value == 7


def test_a_disaster_that_leads_the_sentence_is_no_violence() -> None:
    """'Landslides kill 23 as rebels prepare talks': the rebels sit in another clause."""
    text = ("Mudslides kill 14 in Rutshuru as government and rebels prepare new talks\n\n"
            "Mudslides set off by a week of heavy rain killed at least 14 people near Rutshuru on Tuesday, "
            "local officials said, and rescuers were searching for more than 20 people still missing under "
            "the mud. The authorities and the rebels said separately that a new round of talks would open "
            "in Nairobi next month.")
    assert _events(text) == []


def test_a_trigger_naming_a_kind_of_team_or_alarm_is_no_event() -> None:
    from eventcoder.extract.events.nonconflict import names_a_kind
    from eventcoder.nlp import get_nlp

    doc = get_nlp()("Air raid sirens sounded in Odesa as a bomb disposal squad cleared a car bomb.")
    raid, bomb, car_bomb = doc[1], doc[9], doc[14]
    assert names_a_kind(raid) and names_a_kind(bomb)
    assert not names_a_kind(car_bomb)  # the car names the bomb, not the other way round

