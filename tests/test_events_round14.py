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


def _sub_types(text: str) -> list[str]:
    rec = build_record(Article(id="r14", text=text, published=PUBLISHED))
    return [e.sub_type for e in rec.events]


@pytest.mark.parametrize("text", [
    "Two soldiers were wounded and evacuated by helicopter to Gao on Wednesday.",
    "A police officer was injured and airlifted to Peshawar on Thursday.",
    "Rescuers evacuated the injured to a hospital in Kharkiv on Tuesday.",
])
def test_moving_the_hurt_to_care_is_no_development(text: str) -> None:
    assert "Other" not in _sub_types(text)


def test_an_evacuation_of_a_town_is_still_a_development() -> None:
    assert "Other" in _sub_types("Medics evacuated wounded civilians from Bakhmut on Tuesday.")


@pytest.mark.parametrize("text", [
    "The army extended the curfew in Juba on Friday.",
    "A night curfew was extended in Bouake on Friday after the unrest.",
    "The junta renewed its blockade of the port of Sittwe on Friday.",
])
def test_a_measure_kept_longer_is_no_new_development(text: str) -> None:
    assert "Other" not in _sub_types(text)


def test_a_measure_imposed_is_a_development() -> None:
    assert "Other" in _sub_types("The army imposed a curfew on Bouake on Friday after the unrest.")


@pytest.mark.parametrize("text", [
    "The army said a rocket launcher found in an orchard near Tyre had been dismantled by engineers on Monday.",
    "Police seized two mortars and a drone from a farmhouse near Culiacan on Thursday.",
    "Customs officers found grenades hidden in a lorry at the Torkham crossing on Thursday.",
])
def test_weapons_found_or_seized_are_no_explosion(text: str) -> None:
    rec = build_record(Article(id="r14", text=text, published=PUBLISHED))
    assert not [e for e in rec.events if e.type == "Explosions/Remote violence"]


def test_a_weapon_fired_is_still_an_explosion() -> None:
    text = "Militants fired a rocket at an army post near Tyre on Monday, wounding two soldiers."
    assert "Explosions/Remote violence" in {e.type for e in build_record(
        Article(id="r14", text=text, published=PUBLISHED)).events}


@pytest.mark.parametrize("text", [
    "The truce signed in Bria on Tuesday provides for compensation for those killed.",
    "The governor met the families of those abducted near Kaduna on Monday.",
])
def test_people_named_by_what_befell_them_are_no_event(text: str) -> None:
    assert [s for s in _sub_types(text) if s in {"Attack", "Abduction/forced disappearance"}] == []


@pytest.mark.parametrize("text", [
    "A farmer was wounded on Monday when an old mine left over from the war exploded in a field near Kuito, police said.",
    "Three children were killed on Sunday when an unexploded shell from the 1990s war detonated in a yard near Bihac.",
    "Two boys were hurt on Friday when a leftover grenade they found in a ditch near Kunduz went off.",
    "A bus lost its brakes on a hill road near Kandy on Monday and hit a wall, killing seven passengers.",
])
def test_accidents_and_old_ordnance_are_no_events(text: str) -> None:
    assert _sub_types(text) == []


@pytest.mark.parametrize("text", [
    "A landmine planted by the rebels exploded under a truck near Kuito on Monday, killing two soldiers.",
    "An old man was killed when a roadside bomb exploded near Kandahar on Monday.",
])
def test_a_blast_of_today_is_still_an_event(text: str) -> None:
    assert "Remote explosive/landmine/IED" in _sub_types(text)


def test_a_roadside_shop_is_no_weapon_in_an_accident() -> None:
    text = "A gas cylinder exploded in a roadside restaurant near Lviv on Monday, killing two; police called it an accident."
    assert _sub_types(text) == []


def test_a_weapon_word_on_an_attack_noun_keeps_the_attack() -> None:
    text = "A gas cylinder exploded during a mortar attack on a market in Gao on Monday, killing two."
    assert "Shelling/artillery/missile attack" in _sub_types(text)


@pytest.mark.parametrize("text", [
    "Taliban fighters overran an army post near Kunduz on Monday, seizing rifles and two mortars.",
    "Rebels captured a government base outside Bossangoa on Monday, seizing ammunition and three trucks.",
])
def test_spoils_of_a_capture_are_part_of_it(text: str) -> None:
    subs = _sub_types(text)
    assert "Disrupted weapons use" not in subs and "Non-state actor overtakes territory" in subs


def test_arms_seized_are_no_territory() -> None:
    text = "Troops seized two mortars and a drone from a farmhouse near Culiacan on Thursday."
    assert "Government regains territory" not in _sub_types(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Later on Monday, police arrested two young men in Tetovo on suspicion of involvement in the attack.", "Arrests"),
    ("Prosecutors said the investigation into the shootout in Tijuana was continuing.", None),
    ("The minister ordered an inquiry into the massacre on Friday.", None),
])
def test_an_event_looked_into_is_told_elsewhere(text: str, kept: str | None) -> None:
    """'involvement in the attack', 'the investigation into the shootout': the bare event noun
    with 'the' is the event told before, not a new one."""
    assert _sub_types(text) == ([kept] if kept else [])


def test_remnants_of_a_group_are_people_not_old_ordnance() -> None:
    text = ("Two policemen were killed on Monday when a roadside bomb hit their car near Kirkuk. "
            "Officials blamed remnants of the group for the blast.\n\n"
            "Police arrested three suspects in Hawija on Monday.")
    subs = _sub_types(text)
    assert "Remote explosive/landmine/IED" in subs and "Arrests" in subs


def test_a_bomb_left_somewhere_is_not_old_ordnance() -> None:
    text = "On Sunday, police defused a pipe bomb left outside a bank in Pattani after a guard reported a bag."
    assert "Disrupted weapons use" in _sub_types(text)
