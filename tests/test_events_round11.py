"""Round 11 of event typing on coded notes (issue 10): word-level tests of this round's rules, in
shapes the note sets do not use (the whole-pipeline examples sit beside the rules in the data
files)."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.modality import assess
from eventcoder.extract.events.protest_kind import protest_sub_type
from eventcoder.extract.events.triggers import match_triggers
from eventcoder.extract.events.weapon_kind import chemical, thwarted_bomber
from eventcoder.nlp import parse


def _token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "weak"), [
    ("Bandits halted a lorry outside Gusau and gunned down its driver.", "gunned", False),
    ("Militiamen stopped a minibus near Djugu, ordered the travellers out and executed four.", "executed", False),
    ("Mediators stopped the fighting in Djugu.", "fighting", True),
])
def test_a_verb_joined_by_and_is_no_governor(text: str, word: str, weak: bool) -> None:
    assert assess(_token(text, word)).weak is weak


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Forty convicts broke out of the jail in Bukavu.", "Other"),
    ("Twenty detainees escaped from the penitentiary in Kindia.", "Other"),
    ("The rebels turned over Bentiu to the army.", "Non-violent transfer of territory"),
    ("The militia handed Kidal to the army.", "Non-violent transfer of territory"),
    ("An army patrol encountered Maoist guerrillas near Sukma.", "Armed clash"),
])
def test_new_trigger_shapes(text: str, sub_type: str) -> None:
    assert sub_type in {h.definition.sub_type for h in match_triggers(parse(text)[:])}


@pytest.mark.parametrize("text", [
    "Families escaped the heat in Bukavu.",
    "The militia handed over Ahmed Musa to the police.",
    "On 2 May police in Kano handed over the suspects to the army.",
    "Aid workers encountered displaced families near Afgoye.",
])
def test_no_trigger_for_lookalikes(text: str) -> None:
    subs = {h.definition.sub_type for h in match_triggers(parse(text)[:])}
    assert not subs & {"Other", "Non-violent transfer of territory", "Armed clash"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Police shot dead a would-be suicide bomber at the gate.", True),
    ("Guards overpowered the suicide bomber before she could blow herself up.", True),
    ("Two would-be suicide bombers blew themselves up before reaching the gate.", False),
    ("A suicide bomber killed six people before police arrived.", False),
])
def test_thwarted_bomber(text: str, expected: bool) -> None:
    assert thwarted_bomber(_token(text, "bomber" if "bomber " in text else "bombers")) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Russian troops dropped tear gas canisters from drones on Ukrainian trenches.", "dropped", True),
    ("Police fired tear gas at students marching in Dhaka.", "fired", False),
    ("A roadside bomb tore through a minibus near Baidoa.", "bomb", False),
])
def test_riot_agent_in_war(text: str, word: str, expected: bool) -> None:
    doc = parse(text)
    assert chemical(doc[:], _token(text, word)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Students rallied in Bogota in memory of a classmate shot dead by riot police.", "Peaceful protest"),
    ("Soldiers shot at miners protesting near Oruro. Officials put the death toll at five.",
     "Excessive force against protesters"),
])
def test_protest_kinds(text: str, expected: str) -> None:
    doc = parse(text)
    word = "rallied" if "rallied" in text else "protesting"
    trigger = next(t for t in doc if t.text == word)
    assert protest_sub_type(trigger, trigger.sent)[1] == expected
