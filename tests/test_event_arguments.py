"""An event's arguments as ACLED codes them (issue 10): a toll told in parts is added, people
listed without a number are counted, a reporting source never becomes the actor, and a time
told relative to the event before ('the same day', 'hours later') takes that event's date.

The sentences are written for these tests, from several wars."""

from __future__ import annotations

import pytest

from eventcoder.extract.events import fatalities
from eventcoder.model import Article, Record
from eventcoder.nlp import get_nlp
from eventcoder.record import build_record


def _record(text: str, published: str = "2024-05-15") -> Record:
    return build_record(Article(id="args", text=text, published=published))


def _tolls(text: str) -> list[float | None]:
    return [e.fatalities.value if e.fatalities else None for e in _record(text).events]


@pytest.mark.parametrize("text, toll", [
    ("Rebels overran a police station in Bambari on Monday, leaving four policemen and two rebels dead.", 6.0),
    ("The ambush near Kunduz on Monday left two policemen and a driver dead.", 3.0),
    ("A teacher and his daughter were shot dead by gunmen in Tillabéri on Monday.", 2.0),
    ("Gunmen shot dead a pastor and his wife in Kaduna on Monday.", 2.0),
])
def test_parts_of_one_toll_in_a_sentence_are_added(text: str, toll: float) -> None:
    assert _tolls(text) == [toll]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a market in Bunia on Monday, killing three traders and wounding eleven.",
    "Gunmen attacked a market in Bunia on Monday, wounding eleven traders and killing three.",
    "Three traders were killed and eleven wounded when gunmen attacked a market in Bunia on Monday.",
    "Eleven traders were wounded and three killed when gunmen attacked a market in Bunia on Monday.",
])
def test_the_wounded_never_join_the_toll_in_any_order(text: str) -> None:
    assert _tolls(text) == [3.0]


def test_dead_of_the_attacking_side_told_next_are_added() -> None:
    text = ("Al-Shabaab fighters stormed a military base near Jowhar on Monday. Six soldiers were killed. "
            "Four of the assailants died in the fighting.")
    assert _tolls(text) == [10.0]


def test_the_same_side_counted_again_is_not_added() -> None:
    text = ("Soldiers repelled militants who attacked a base near Diffa on Monday, killing six of the militants. "
            "Six of the militants died, the army said.")
    assert _tolls(text) == [6.0]


def test_a_toll_in_an_aside_of_another_clause_is_not_the_events() -> None:
    text = "Gunmen abduct 40 in Katsina as troops kill 7\n\nArmed men abducted 40 people from a village near Katsina on Monday."
    events = _record(text).events
    assert [e.sub_type for e in events] == ["Abduction/forced disappearance"]
    assert events[0].fatalities is None


def test_a_when_clause_event_takes_the_main_clause_victims() -> None:
    assert _tolls("A farmer was shot dead when gunmen stormed the village of Kuje on Monday.") == [1.0]


@pytest.mark.parametrize("text, day", [
    ("Militants attacked an army base near Gao on Monday, killing four soldiers.\n\n"
     "On the same day, gunmen killed two traders in Ansongo.", "2024-05-13"),
    ("Militants attacked an army base near Gao on Monday, killing four soldiers. The army said on Tuesday "
     "that reinforcements had arrived. Hours later, gunmen killed two traders in Ansongo.", "2024-05-13"),
    ("Militants attacked an army base near Gao on Monday, killing four soldiers.\n\n"
     "That night, gunmen killed two traders in Ansongo.", "2024-05-13"),
    ("Militants attacked an army base near Gao on Monday, killing four soldiers.\n\n"
     "Hours later, gunmen killed two traders in Ansongo, police said on Wednesday.", "2024-05-13"),
    ("Militants attacked an army base near Gao on Monday, killing four soldiers.\n\n"
     "Gunmen killed two traders in Ansongo on Tuesday.", "2024-05-14"),
])
def test_a_time_told_from_the_event_before_takes_its_day(text: str, day: str) -> None:
    events = _record(text, "2024-05-16").events
    traders = [e for e in events if e.fatalities and e.fatalities.text and "traders" in e.fatalities.text]
    assert [e.date.value for e in traders if e.date] == [day]


@pytest.mark.parametrize("text, country", [
    ("Gunmen on motorbikes killed six traders near the Niger border in Sokoto state on Sunday.", "NG"),
    ("Al-Shabaab fighters ambushed a convoy near the border with Kenya on Sunday, the army said in Baidoa.", "SO"),
    ("Taliban fighters attacked a checkpoint along the frontier with Pakistan near Jalalabad on Sunday.", "AF"),
])
def test_a_country_across_a_border_is_not_the_place(text: str, country: str) -> None:
    events = _record(text).events
    assert events and all(e.location is not None and e.location.country_code == country for e in events)


@pytest.mark.parametrize("source", ["Residents said", "Witnesses told reporters", "Villagers said"])
def test_a_reporting_source_never_decides_the_type(source: str) -> None:
    events = _record(f"{source} four farmers were shot dead by gunmen near Bukavu on Sunday.").events
    assert [(e.sub_type, e.actor1.kind if e.actor1 else None) for e in events] == [
        ("Attack", "unidentified armed group")]



def test_a_truce_the_killing_defied_has_no_toll() -> None:
    doc = get_nlp()("Drone strike on a bus kills four near Sumy despite truce")
    sent = doc[:]
    by_word = {t.lower_: t for t in doc}
    assert fatalities._parsed_fatalities(sent, by_word["strike"]) is not None
    assert fatalities._parsed_fatalities(sent, by_word["truce"]) is None


def test_at_a_border_with_no_town_named_the_event_is_in_the_articles_country() -> None:
    text = ("Kenyan police said on Monday that militants were active around Garissa.\n\n"
            "Militants killed four police reservists near the border with Somalia on Sunday.")
    events = [e for e in _record(text).events if e.fatalities and e.fatalities.value == 4.0]
    assert [e.location.country_code if e.location else None for e in events] == ["KE"]


@pytest.mark.parametrize("text, toll", [
    ("Gunmen raided two hamlets near Kaduna on Monday, killing 9 people, five in one hamlet and four in the other.", 9.0),
    ("Gunmen raided two hamlets near Kaduna on Monday, killing 9 people, 5 in Kauru and 4 in Kajuru.", 9.0),
    ("Bandits ambushed a patrol near Kaduna on Monday, killing 4 soldiers, 2 civilians and 3 attackers.", 9.0),
])
def test_a_breakdown_of_a_toll_is_not_more_dead(text: str, toll: float) -> None:
    assert _tolls(text) == [toll]


def test_a_toll_folded_into_the_event_before_is_no_orphan_for_another() -> None:
    text = ("Soldiers fought al-Shabaab fighters for hours outside Afgooye on Monday. Three soldiers and five "
            "militants were killed, an officer said. The group said it had repelled the assault.")
    assert _tolls(text) == [8.0]
