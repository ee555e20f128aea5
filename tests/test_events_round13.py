"""Round 13 of event typing on coded notes (issue 10): a new armed group founded, communal fights,
crowds told by what they demand or do, and the month 'March' read as a march. Examples are our
own, in shapes and places the note sets do not use."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.crowds import crowd_hits
from eventcoder.extract.events.modality import assess
from eventcoder.extract.events.sub_kinds import communal_sides, demonstration_told, pressing_a_demand
from eventcoder.extract.events.triggers import match_triggers
from eventcoder.model import Article
from eventcoder.nlp import parse
from eventcoder.record import build_record


def _token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


def _sub_types(text: str, published: str) -> list[str]:
    rec = build_record(Article(id="r13", text=text, published=published))
    return [e.sub_type for e in rec.events]


@pytest.mark.parametrize("text", [
    "Ex-rebel officers announced the formation of a new armed group in Bouar on 4 May 2026.",
    "A self-defence militia announced its creation in Tillaberi on 4 May 2026.",
    "Dissident commanders launched a new rebel front in the hills outside Kalemie on 4 May 2026.",
    "Tuareg fighters set up a self-defence militia near Kidal on 4 May 2026.",
    "Clan elders founded a new brigade to guard Beledweyne on 4 May 2026.",
])
def test_a_new_armed_group_is_a_change_to_group(text: str) -> None:
    subs = {h.definition.sub_type for h in match_triggers(parse(text)[:])}
    assert "Change to group/activity" in subs


@pytest.mark.parametrize("text", [
    "The company established a new group of investors in Nairobi on Monday.",
    "Police set up a group chat for residents of Kisumu on Monday.",
    "The mayor announced the launch of a new bus line in Kano on Monday.",
])
def test_no_group_change_for_lookalikes(text: str) -> None:
    subs = {h.definition.sub_type for h in match_triggers(parse(text)[:])}
    assert "Change to group/activity" not in subs


def test_a_group_founded_in_a_note() -> None:
    text = "Former police officers announced the formation of the Lakeshore Defence Brigade in Goma on 2 June 2026."
    assert _sub_types(text, "2026-06-05") == ["Change to group/activity"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Papuan and Javanese residents clashed with knives in Timika on Monday.", "clashed", True),
    ("Clashes erupted between Hindu and Muslim youths in Nuh on Monday.", "Clashes", True),
    ("Villagers from two clans clashed over grazing land near Marsabit on Monday.", "clashed", True),
    ("Clashes between soldiers and villagers left two dead near Kindu on Monday.", "Clashes", False),
    ("Clashes between Fulani militiamen and Tiv villagers left two dead near Makurdi on Monday.", "Clashes", False),
    ("Police and students clashed outside the campus in Accra on Monday.", "clashed", False),
])
def test_communal_sides(text: str, word: str, expected: bool) -> None:
    assert communal_sides(_token(text, word)) is expected


def test_a_communal_fight_is_mob_violence() -> None:
    text = "On 2 March 2026, villagers of two rival clans clashed with machetes near Marsabit; three men were killed."
    assert _sub_types(text, "2026-03-04") == ["Mob violence"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Youths stoned a police car in Kisumu on 2 March 2026.", False),
    ("March 2026: youths stoned a police car in Kisumu.", False),
    ("Youths stoned a police car after the march in Kisumu on Monday.", True),
    ("Demonstrators stoned a police car in Kisumu on Monday.", True),
])
def test_the_month_march_is_no_demonstration(text: str, expected: bool) -> None:
    assert demonstration_told(parse(text)[:]) is expected


@pytest.mark.parametrize(("text", "word", "certainty"), [
    ("Students opposed to the new fees threw stones at police in Dakar on Monday.", "threw", "asserted"),
    ("Farmers opposed to the dam blocked the highway near Kampot on Monday.", "Farmers", "asserted"),
    ("The opposition demanded an end to the air strikes on Idlib.", "strikes", None),
    ("Residents feared new attacks on the village.", "attacks", None),
])
def test_a_drop_governor_reached_from_its_subject_does_not_drop(text: str, word: str, certainty: str | None) -> None:
    assert assess(_token(text, word)).certainty == certainty


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police opened fire on miners demanding back pay near Rustenburg.", "miners", True),
    ("Soldiers beat students protesting the fee rise in Kampala.", "students", True),
    ("Gunmen shot dead two workers repairing a road near Gao.", "workers", False),
    ("Militants demanding ransom held four traders near Gao.", "traders", False),
])
def test_people_pressing_a_demand_are_a_protest_crowd(text: str, word: str, expected: bool) -> None:
    assert pressing_a_demand(_token(text, word)) is expected


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Police opened fire on miners demanding back pay near Rustenburg on 3 May 2026, killing two.",
     "Excessive force against protesters"),
    ("Protesters opposed to the new toll threw stones at police in Valparaiso on 3 May 2026.",
     "Violent demonstration"),
])
def test_crowds_told_by_what_they_want_or_do(text: str, sub_type: str) -> None:
    assert _sub_types(text, "2026-05-05")[:1] == [sub_type]


@pytest.mark.parametrize(("text", "word"), [
    ("Protesters defying a ban torched a customs post in Birni N'Konni on Monday.", "torched"),
    ("Anarchists smashed bank windows in Exarcheia on Monday.", "smashed"),
    ("Hooligans torched two cars outside the stadium in Split on Monday.", "torched"),
])
def test_crowd_violence(text: str, word: str) -> None:
    assert word in {h.head.text for h in crowd_hits(parse(text)[:])}


def test_anarchists_rioting_are_a_riot() -> None:
    text = "Anarchists smashed bank windows and threw paint at police in Athens on 3 May 2026."
    rec = build_record(Article(id="r13", text=text, published="2026-05-05"))
    assert [e.type for e in rec.events] == ["Riots"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hundreds of teachers marched to the education ministry in Lilongwe on 3 May 2026. The protest ended peacefully.",
     "2026-05-05", ["Peaceful protest"]),
    ("Nurses gathered outside the health ministry in Harare on 3 May 2026 for a third day of protest; the rally "
     "ended without incident.", "2026-05-05", ["Peaceful protest"]),
    ("The border town of Kupiansk came under Russian artillery fire on 3 May 2026; no casualties were reported.",
     "2026-05-05", ["Shelling/artillery/missile attack"]),
])
def test_events_told_with_their_end_or_as_undergone(text: str, published: str, expected: list[str]) -> None:
    assert _sub_types(text, published) == expected


@pytest.mark.parametrize(("text", "word", "weak"), [
    ("An army convoy came under heavy gunfire near Kidal on Monday.", "gunfire", False),
    ("An army convoy came under attack near Kidal on Monday.", "attack", True),
    ("Mediators said the talks had ended the fighting in Tigray.", "fighting", True),
    ("Residents living under siege in Mariupol ran out of food.", "siege", True),
])
def test_what_came_under_and_what_was_ended(text: str, word: str, weak: bool) -> None:
    assert assess(_token(text, word)).weak is weak


@pytest.mark.parametrize("text", [
    "The minister came under attack from opposition deputies over the budget in Accra on 3 May 2026.",
    "The ministry released its annual report on school attendance in Nairobi on 3 May 2026.",
])
def test_no_event_for_words_of_criticism_or_reports(text: str) -> None:
    assert _sub_types(text, "2026-05-05") == []


@pytest.mark.parametrize("text", [
    "On 3 May 2026 the ADF released eleven hostages near Beni after talks with local chiefs.",
    "On 3 May 2026 the Houthis released four aid workers they had held for a year in Ibb.",
    "On 3 May 2026, two engineers kidnapped in March were freed by their captors near Zinder.",
    "On 3 May 2026 the militia handed over the bodies of six soldiers to the Red Cross in Kalehe.",
])
def test_captives_set_free_are_strategic_other(text: str) -> None:
    assert _sub_types(text, "2026-05-05") == ["Other"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Farmers blocked the M5 near Taunton (Somerset) on 3 May 2026 to protest against tax changes.", "Taunton", "GB"),
    ("Anti-migrant rioters threw bricks at police outside a hotel in Epping (Essex) on 3 May 2026.", "Epping", "GB"),
    ("An Al Shabaab suicide bomber blew himself up at a checkpoint in Baidoa on 3 May 2026.", "Baidoa", "SO"),
])
def test_event_places_named_with_a_district_or_beside_a_group(text: str, name: str, country: str) -> None:
    rec = build_record(Article(id="r13", text=text, published="2026-05-05"))
    loc = rec.events[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Gunmen shot dead two retired police officers in Peshawar on 3 May 2026.", "Attack"),
    ("Unknown attackers killed three former FARC fighters near Tumaco on 3 May 2026.", "Attack"),
    ("Gunmen killed two soldiers at a checkpoint in Peshawar on 3 May 2026.", "Armed clash"),
    ("Separatists shot dead a civil servant at a checkpoint in Kumba on 3 May 2026.", "Attack"),
    ("Militants opened fire on soldiers at a checkpoint near Kidal on 3 May 2026.", "Armed clash"),
])
def test_who_was_hit_decides_attack_or_battle(text: str, sub_type: str) -> None:
    assert _sub_types(text, "2026-05-05")[:1] == [sub_type]


@pytest.mark.parametrize(("text", "expected"), [
    ("Six people killed as gunmen stormed a bar in Culiacan on 3 May 2026.", ["Attack"]),
    ("Angry residents beat to death two suspected thieves in Kisumu on 3 May 2026.", ["Mob violence"]),
    ("A storm killed six people in Dhaka on 3 May 2026.", []),
    ("Kenyan soldiers engaged al-Shabaab (AS) militants near Lamu on 3 May 2026.", ["Armed clash"]),
])
def test_headline_victims_storming_and_named_foes(text: str, expected: list[str]) -> None:
    assert _sub_types(text, "2026-05-05") == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police cleared the barricades outside the ministry in Lima on Monday.", "barricades", True),
    ("The roadblock on the Cochabamba highway was dismantled by soldiers on Monday.", "roadblock", True),
    ("Houthi fighters imposed a blockade on the town of Midi on Monday.", "blockade", False),
    ("Rebels cleared the blockade to let their convoy through near Goma on Monday.", "blockade", False),
])
def test_forces_clearing_a_protest_blockade(text: str, word: str, expected: bool) -> None:
    from eventcoder.extract.events.obstacles import cleared_obstacle

    assert cleared_obstacle(_token(text, word)) is expected


def test_a_cleared_blockade_and_its_arrests_are_one_intervention() -> None:
    text = "Police cleared a blockade set up by truckers protesting fuel prices near Oruro on 3 May 2026 and detained nine drivers."
    assert _sub_types(text, "2026-05-05") == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "name"), [
    ("Around 3 May 2026, students gathered at Independence Monument in Bangkok to demand new elections.", "Bangkok"),
    ("Around 3 May 2026, thousands rallied on Freedom Square in Yerevan against the government.", "Yerevan"),
])
def test_a_landmark_in_a_city_places_the_event_in_the_city(text: str, name: str) -> None:
    rec = build_record(Article(id="r13", text=text, published="2026-05-05"))
    loc = rec.events[0].location if rec.events else None
    assert loc is not None and loc.name == name
