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



def test_a_toll_since_the_start_of_a_period_is_no_events_toll() -> None:
    """'Since the beginning of the year, 900 have been killed': the date resolves to a day, but
    the start of a running total, which no event of the article takes as its toll."""
    (event,) = _events("Gunmen kidnapped three nurses on the road to Hinche on Monday morning, a hospital "
                       "official said.\n\nSince the beginning of the year, more than 900 people have been killed "
                       "in the Centre department, according to the UN.")
    assert event.fatalities is None or not event.fatalities.value


def test_violence_only_planned_beside_what_happened_is_no_event() -> None:
    """ACLED codes what happened: a retake still being planned is the outlook of a report of attacks."""
    events = _events("Gangs attacked the police station in Lascahobas on Sunday, killing two officers, police "
                     "said.\n\nThe interior minister said on Monday that a plan to retake the town was being "
                     "prepared with the army.")
    assert [e.sub_type for e in events] == ["Armed clash"]


def test_a_surrender_in_a_battle_is_part_of_it() -> None:
    events = _events("Rebels overran an army base in Mahagi on Monday, killing six soldiers, and 20 soldiers "
                     "surrendered, a local official said.")
    assert len(events) == 1 and events[0].type == "Battles"


def test_nobody_as_the_first_verbs_subject_negates_the_second() -> None:
    assert _events("Police in Kisii said on Monday that nobody had been injured or arrested during the night.") == []


def test_a_bombers_death_told_in_the_next_paragraph_is_in_the_toll() -> None:
    """ACLED counts the bomber among the dead of the bombing, however far the text tells it."""
    (event,) = _events("A female suicide bomber struck a crowded market in Konduga on Tuesday, killing six traders, "
                       "a militia leader said.\n\nWitnesses said she walked into the crowd before the device went "
                       "off. The bomber also died in the blast.")
    assert event.fatalities is not None and event.fatalities.value == 7

