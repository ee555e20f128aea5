"""What is not an event (issue 10, part B), by ACLED's codebook: only events that happened are
coded; a claim or a denial names who did an event told elsewhere; negated, hypothetical and
generic mentions are not events; disasters and relief work are out of scope; a siege or an
occupation that has lasted for months is a state; a country-wide tally is at no one place.

The sentences are written for these tests (other wars than any dev set)."""

from __future__ import annotations

import pytest

from eventcoder.extract.events import background, modality, nonconflict
from eventcoder.model import Article, Record
from eventcoder.nlp import get_nlp
from eventcoder.record import build_record


def _record(text: str, published: str = "2024-05-14") -> Record:
    return build_record(Article(id="not-events", text=text, published=published))


def _sub_types(text: str, published: str = "2024-05-14") -> list[str]:
    return [e.sub_type for e in _record(text, published).events]


@pytest.mark.parametrize("text", [
    "Police in Arusha opened an inquiry into the fire on Monday; nobody has been arrested.",
    "The rebels said on Monday they were ready to discuss a halt to abductions in Cauca.",
    "Union leaders accused the governor of neglect and said they would hold marches across Enugu next week.",
    "Cattle raiding has become a lucrative business in Karamoja, officials said on Monday.",
    "Critics said on Monday that the rebels had used previous truces to rearm.",
    "Both delegations said the talks in Oslo would focus on a truce in Arauca.",
])
def test_negated_hypothetical_generic_and_talked_about_mentions_are_no_events(text: str) -> None:
    assert _sub_types(text) == []


def test_a_subject_naming_no_one_is_no_actor_and_negates_its_verb() -> None:
    doc = get_nlp()("No group has claimed the blast and no one was detained.")
    assert [t.text for t in doc if modality.nobody(t)] == ["group", "one"]
    assert _sub_types("Gunmen attacked a bus near Gao on Monday and no one survived the attack.") == ["Attack"]
    record = _record("A roadside bomb hit an army truck near Gao on Monday, killing 3 soldiers. "
                     "No group has claimed the blast.")
    # 'No group' is no actor; ACLED codes the unclaimed bombing to the country's unidentified armed group
    assert [(e.sub_type, e.actor1.name if e.actor1 else None) for e in record.events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)")]


def test_a_claims_sentence_adds_no_event_and_no_toll() -> None:
    record = _record("Gunmen ambushed a convoy near Kidal on Sunday, killing 5 soldiers. The rebels said on "
                     "Monday that they had carried out the ambush and had killed 40 soldiers.")
    assert [(e.sub_type, e.fatalities.value if e.fatalities else None) for e in record.events] == [("Armed clash", 5)]


def test_a_counter_accusation_lends_no_doer() -> None:
    record = _record("A shell hit a market in Goma on Monday, killing 6 people. The M23 denied "
                     "responsibility and accused the army of shelling the market itself.")
    assert [(e.sub_type, e.actor1) for e in record.events] == [("Shelling/artillery/missile attack", None)]


def test_a_doer_answering_in_a_denial_and_a_witness_quote_retell_the_event() -> None:
    denial = ("Militiamen killed 8 farmers near Bunia on Sunday, officials said. The militia leader said on "
              "Monday that his men had attacked \"army spies\" and denied that they had targeted civilians.")
    assert _sub_types(denial) == ["Attack"]
    witness = ("Gunmen attacked the village of Kidira on Sunday, killing 9 people, officials said on Tuesday.\n\n"
               "\"They shot my brother at the door and burned our house,\" said a farmer who fled to Tambacounda.")
    assert [e.location.name if e.location else None for e in _record(witness).events] == ["Kidira"]


def test_a_denial_after_the_news_names_the_accused_side() -> None:
    record = _record("Shells hit a school in Kadugli on Monday, killing 3 pupils. "
                     "The army denied shelling the school.")
    assert [(e.sub_type, e.actor1.name if e.actor1 else None) for e in record.events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Sudan")]


def test_a_denial_alone_is_still_reported_as_denied() -> None:
    record = _record("Officials denied that troops had shelled the market in Kharkiv on Sunday.")
    assert [e.certainty for e in record.events] == ["denied"]


@pytest.mark.parametrize(("text", "states"), [
    ("A rocket hit a school in the besieged town of Kadugli on Monday.", {"besieged"}),
    ("Kadugli has been encircled by the rebels for most of the war.", {"encircled"}),
    ("The army, which has besieged Loikaw since 2021, shelled it on Monday.", {"besieged"}),
    ("Rebels have besieged Loikaw since Monday.", set()),
    ("Rebels besieged the town of Loikaw on Monday.", set()),
])
def test_a_siege_with_its_length_or_as_a_description_is_a_state(text: str, states: set[str]) -> None:
    doc = get_nlp()(text)
    assert {t.text for t in doc if background.as_state(t)} == states


def test_relief_work_is_no_strategic_development() -> None:
    doc = get_nlp()("Troops were deployed to evacuate stranded families and set up relief camps.")
    assert {t.text for t in doc if nonconflict.relief_work(t)} == {"deployed", "set"}
    assert _sub_types("Police were deployed to Mokwa on Monday to rescue stranded travellers.") == []
    assert _sub_types("Police were deployed to Mokwa on Monday.") == ["Change to group/activity"]
    assert _sub_types("Rebels set up checkpoints near Mokwa on Monday to search vehicles.") == ["Change to group/activity"]


def test_a_story_that_leads_with_a_disaster_codes_only_armed_or_crowd_acts() -> None:
    text = ("Heavy flooding killed 25 people in villages near Beira on Sunday. The army deployed troops and "
            "boats on Monday to evacuate stranded families. The governor offered compensation for every "
            "person killed. Gunmen killed 2 aid workers at a camp near Dondo on Monday.")
    assert _sub_types(text) == ["Attack"]


def test_a_country_wide_intercept_tally_is_at_no_place() -> None:
    assert _sub_types("Air defences shot down 30 of 45 missiles fired overnight across the country, "
                      "the air force said on Monday.") == []
    assert _sub_types("Air defences shot down 12 drones over Dnipro overnight, the air force said on Monday.") \
        == ["Disrupted weapons use"]


def test_a_setting_clause_and_a_led_march_are_no_events_of_their_own() -> None:
    assert _sub_types("Gunmen opened fire on soldiers in Kidal on Monday while they were arresting two smugglers.") \
        == ["Armed clash"]
    assert "Peaceful protest" not in _sub_types("Bandits marched the hostages into the forest near Birnin Gwari on Monday.")


def test_a_holiday_with_its_year_dates_history() -> None:
    record = _record("Raids on farms near Jos around Christmas in 2019 killed dozens of villagers.", "2025-06-03")
    assert [(d.text, d.value) for d in record.dates] == [("around Christmas in 2019", "2019-12-25")]
    assert record.events == []


def test_a_toll_placed_in_the_attack_joins_the_attack_told_before() -> None:
    told = _record("A suicide bomber hit an army base in Beledweyne on Monday, killing 7 soldiers. On Tuesday, "
                   "the militants said their fighters had killed 20 soldiers in the attack.")
    assert [(e.sub_type, e.fatalities.value if e.fatalities else None) for e in told.events] == [("Suicide bomb", 7)]
    assert _sub_types("Militants killed 5 soldiers in the attack on a base near Jilib on Monday.") == ["Armed clash"]
