"""Codebook rules on what is an event and of which kind (issue 10): disasters and claims are
outside ACLED, crowd violence is a riot of one of two kinds, territory taken unopposed is a
transfer, and a mention that only sets the scene of another is not an event of its own.

The sentences are written for these tests; each checks the whole record, so a rule that stops
firing or starts firing beside another one fails here."""

from __future__ import annotations

import pytest

from eventcoder.extract.events import nonconflict
from eventcoder.extract.events.triggers import match_triggers
from eventcoder.model import Article, Record
from eventcoder.nlp import get_nlp
from eventcoder.record import build_record


def _record(text: str, published: str = "2024-05-14") -> Record:
    return build_record(Article(id="scope", text=text, published=published))


def _sub_types(text: str) -> list[str]:
    return [e.sub_type for e in _record(text).events]


@pytest.mark.parametrize("text", [
    "An earthquake flattened homes in a valley near Herat on Monday, killing 30 villagers.",
    "Floods forced the evacuation of 2,000 people from villages near Sylhet on Monday.",
    "A gas cylinder exploded in a market in Kano on Monday, killing three traders.",
    "One worker was killed and another injured when the boiler of a fertiliser chemical plant exploded in Multan on Monday.",
])
def test_disasters_and_accidents_are_no_events(text: str) -> None:
    assert _sub_types(text) == []


def test_a_disaster_word_does_not_hide_armed_violence() -> None:
    text = "Gunmen attacked flood victims at a camp near Beira on Monday, killing 4 people."
    assert _sub_types(text) == ["Attack"]


def test_a_claim_alone_is_an_attribution_but_names_the_doer_of_an_event_told() -> None:
    assert _sub_types("The militia claimed responsibility for a car bombing in Gao, its spokesman said.") == []
    record = _record("A car bomb killed 6 soldiers at a checkpoint near Gao on Monday. "
                     "JNIM claimed responsibility for the attack.")
    assert [e.sub_type for e in record.events] == ["Remote explosive/landmine/IED"]


def test_claimed_reads_the_claim_phrases() -> None:
    doc = get_nlp()("The group took credit for the ambush and claimed the killing of two guards.")
    marked = {t.text for t in doc if nonconflict.claimed(t)}
    assert {"ambush", "killing"} <= marked
    assert "group" not in marked


@pytest.mark.parametrize(("text", "sub"), [
    ("Rival villagers clashed with machetes over grazing land near Jos on Monday, killing two men.", "Mob violence"),
    ("Youths fought with police during a protest over fuel prices in Kano on Monday.", "Violent demonstration"),
    ("Thousands marched in Lyon on Saturday and some smashed shop windows.", "Violent demonstration"),
    ("Hundreds marched in Lagos on Monday against police violence.", "Peaceful protest"),
])
def test_crowd_violence_kind(text: str, sub: str) -> None:
    assert _sub_types(text)[:1] == [sub]


def test_territory_left_by_one_side_and_taken_by_the_other_is_one_transfer() -> None:
    text = "Rebels took control of the town of Kalehe on Sunday after government troops pulled out."
    assert _sub_types(text) == ["Non-violent transfer of territory"]


def test_territory_taken_in_fighting_stays_a_battle() -> None:
    text = "Rebels took control of the town of Kalehe on Sunday after heavy fighting with government troops."
    assert _sub_types(text)[:1] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(("text", "subs"), [
    ("The two militias agreed a ceasefire in Tripoli on Sunday after weeks of heavy clashes.", ["Agreement"]),
    ("Police raided homes in Srinagar on Monday and detained 12 activists of a banned party.", ["Arrests"]),
    ("Youths threw stones at police in Rotterdam on Monday night, defying the curfew.", ["Violent demonstration"]),
])
def test_scene_setting_mentions_are_not_events(text: str, subs: list[str]) -> None:
    assert _sub_types(text) == subs


def test_troop_movements_change_group_activity() -> None:
    assert _sub_types("Sudan moved troops and tanks to the border town of Kassala on Monday.") == [
        "Change to group/activity"]


def test_fire_opened_on_armed_men_is_a_battle() -> None:
    assert _sub_types("Soldiers opened fire on militants crossing the border near Dori on Monday.") == [
        "Armed clash"]


def test_a_trigger_phrase_naming_a_thing_is_no_trigger() -> None:
    doc = get_nlp()("Inspectors visited three chemical weapons facilities near Homs on Monday.")
    assert [h.definition.sub_type for h in match_triggers(doc[:])] == []
    doc = get_nlp()("Doctors said a chemical weapons attack hit Douma on Saturday.")
    assert "Chemical weapon" in [h.definition.sub_type for h in match_triggers(doc[:])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels shelled an army post near Kadugli on Sunday in retaliation for an air strike on their camp.",
     ["Shelling/artillery/missile attack"]),
    ("Militants ambushed a patrol near Gao on Monday in response to the arrest of their commander.",
     ["Armed clash"]),
    ("Police arrested 14 men in Kano on Tuesday, responding to a bomb blast at a market the day before.", ["Arrests"]),
    ("The army retaliated for the ambush by shelling rebel positions near Bria on Sunday.",
     ["Shelling/artillery/missile attack"]),
    ("Troops took the village of Dolo on Monday, the scene of heavy fighting in March.",
     ["Government regains territory"]),
    ("Students rallied in Dhaka on Monday against the killing of a classmate by police.", ["Peaceful protest"]),
    ("A sit-in was held in Rabat on Monday against the detention of two journalists.", ["Peaceful protest"]),
    ("Thousands of teachers marched in Nairobi on Monday to protest the arrest of their union leader.",
     ["Peaceful protest"]),
    ("Police deployed riot units in Lagos on Friday in anticipation of rallies against fuel prices.",
     ["Change to group/activity"]),
])
def test_a_motive_a_scene_a_protest_topic_or_an_expected_protest_is_no_event(text: str, expected: list[str]) -> None:
    """The event told as a cause, a place's past, what a protest is against, or what police
    expect is not the sentence's news (a coder records the news, once)."""
    assert _sub_types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Warplanes bombed depots which stored chemical weapons near Hama on Monday.",
     ["Air/drone strike"]),
    ("Jets bombed rebel positions near Aleppo on Monday in retaliation for a chlorine attack on a town.",
     ["Air/drone strike"]),
    ("Officials found evidence that militants used mustard gas in an attack near Mosul on Monday.",
     ["Chemical weapon"]),
    ("The rebels in Hama suffered heavy losses in raids by the air force's choppers on Monday.",
     ["Air/drone strike"]),
    ("Army jets fired a number of missiles at a farm in Idlib on Saturday, killing 4 people.", ["Air/drone strike"]),
])
def test_weapon_words_count_only_when_told_about_the_event(text: str, expected: list[str]) -> None:
    """ACLED codes the weapon of the event itself: a gas named in the target's description or in
    a motive is not the strike's weapon, and aircraft that fire a number of missiles make an air strike."""
    assert _sub_types(text) == expected


def test_a_crowd_that_only_tells_the_news_is_no_riot() -> None:
    """'according to vigilantes' names a source; the raid they report is the event."""
    text = "Gunmen raided a village near Maiduguri on Monday and killed 12 farmers, according to vigilantes."
    assert _sub_types(text) == ["Attack"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Army troops and vigilantes shelled rebel positions near Jos on Monday, killing 9 fighters.",
     ["Shelling/artillery/missile attack"]),
    ("A bomb planted by vigilantes killed 3 herders at a market near Jos on Monday.",
     ["Remote explosive/landmine/IED"]),
])
def test_a_crowd_noun_beside_armed_violence_is_a_party_not_a_riot(text: str, expected: list[str]) -> None:
    """Vigilantes who shell or plant a bomb take part in that event; ACLED codes it once."""
    assert _sub_types(text) == expected


@pytest.mark.parametrize("text", [
    "Police detained 40 people in Yerevan on Friday as students marched on parliament.",
    "Police arrested 12 activists in Dhaka on Monday while hundreds protested outside the court.",
])
def test_arrests_made_while_a_protest_goes_on_are_its_intervention(text: str) -> None:
    """ACLED codes one protest with intervention, not arrests beside a protest."""
    assert _sub_types(text) == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents briefly took control of Dikwa on Sunday after overrunning an army post.", ["Armed clash"]),
    ("Rebels seized the town of Kaga Bandoro on Monday.", ["Non-state actor overtakes territory"]),
])
def test_ground_held_only_briefly_is_a_battle_not_a_transfer(text: str, expected: list[str]) -> None:
    """ACLED: a place taken and left again has not changed hands."""
    assert _sub_types(text) == expected


def test_the_aircraft_that_flew_the_strikes_are_no_strike_of_their_own() -> None:
    """'air strikes launched by warplanes' is one air strike: the warplanes are its doer."""
    text = ("Five farmers were killed in airstrikes carried out by Turkish-backed warplanes across northern Syria"
            " over the weekend, officials said on Monday.")
    assert _sub_types(text) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "A court in Minsk sentenced two students to three years on Monday for taking part in protests.",
    "Moscow expelled three diplomats on Friday for joining unauthorised rallies in support of an opposition leader.",
])
def test_the_deed_a_punishment_is_for_is_no_new_event(text: str) -> None:
    """The protest a sentence or an expulsion punishes happened before; the punishment is no
    ACLED event either, and the learned model adds none there."""
    assert _sub_types(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen who had previously kidnapped traders killed 4 people in Zamfara on Monday.", ["Attack"]),
    ("Rebels shelled Goma on Monday. They had previously attacked the town in 2012.",
     ["Shelling/artillery/missile attack"]),
])
def test_an_event_its_clause_calls_past_is_history(text: str, expected: list[str]) -> None:
    """'previously', 'formerly', 'in the past' put the event in the background, not the news."""
    assert _sub_types(text) == expected


def test_looting_by_a_rioting_crowd_is_the_riot() -> None:
    """ACLED codes the riot once; the looting is what the crowd did in it."""
    assert _sub_types("Angry mobs of looters ransacked shops in Kisumu on Tuesday.") == ["Mob violence"]


def test_a_retreat_forced_by_violence_is_no_non_violent_transfer() -> None:
    """ACLED: a non-violent transfer has no fighting; a retreat under shelling is part of the shelling."""
    text = "Army artillery pounded rebel positions near Kidal on Monday, killing 7 fighters and forcing the rest to retreat."
    assert _sub_types(text) == ["Shelling/artillery/missile attack"]


def test_a_crowd_source_never_swallows_the_attack_it_reports() -> None:
    """The rules alone (no learned second opinion) keep the attack that 'according to
    residents' reports: the crowd word is set aside before it could stand for the event."""
    from dataclasses import replace

    from eventcoder.extract.config import DEFAULT_CONFIG
    from eventcoder.extract.context import Context
    from eventcoder.model import Article
    from eventcoder.nlp import get_nlp
    from eventcoder.record import assemble

    rules_only = replace(DEFAULT_CONFIG, events=replace(DEFAULT_CONFIG.events, classifier=False))
    text = "Bandits stormed a hamlet near Zurmi on Sunday and shot dead nine villagers, according to vigilantes."
    record = assemble(Context(article=Article(id="src", text=text, published="2024-06-03"),
                              doc=get_nlp()(text), config=rules_only))
    assert [e.sub_type for e in record.events] == ["Attack"]


def test_a_place_written_with_hyphens_is_the_events_place_not_a_modifier() -> None:
    """'Port-au-Prince' is one name: its hyphens join no lower-case word to a place, as
    'US-backed' does, so the event keeps it; 'US-backed' still places nothing."""
    record = _record("Gang members shot dead four people in Port-au-Prince on Sunday, police said.\n\n"
                     "US-backed fighters clashed with militants near Raqqa on Monday.")
    places = [(e.sub_type, e.location.name if e.location else None) for e in record.events]
    assert ("Attack", "Port-au-Prince") in places
    assert all(name != "United States" for _kind, name in places)
