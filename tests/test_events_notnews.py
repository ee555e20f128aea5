"""What is not an event of the day (issue 10, round 2): a handover of papers, the standing
conflict told in the perfect, a denied capture, a cumulative toll, a seizure of people; each
sentence written for these tests, from wars other than the dev sets'."""

from __future__ import annotations

import pytest

from eventcoder.model import Article, Event
from eventcoder.record import build_record


def _events(text: str, published: str = "2024-05-14") -> list[Event]:
    return build_record(Article(id="t", text=text, published=published)).events


def _subs(text: str, published: str = "2024-05-14") -> list[str]:
    return [e.sub_type for e in _events(text, published)]


def test_handover_of_a_letter_is_no_transfer() -> None:
    subs = _subs("Striking teachers marched to parliament in Nairobi on Monday and handed over a letter to the speaker.")
    assert subs == ["Peaceful protest"]


def test_handover_of_a_base_is_a_transfer() -> None:
    assert "Non-violent transfer of territory" in _subs(
        "French troops handed over their last base in Timbuktu to the Malian army on Sunday.")


@pytest.mark.parametrize("text", [
    "The army blamed the rebels, who have shelled villages around Kadugli for years, for the ambush on Monday.",
])
def test_perfect_with_a_long_span_is_the_standing_conflict(text: str) -> None:
    events = _events(text)
    assert [e.sub_type for e in events] == ["Armed clash"], [e.sub_type for e in events]


def test_fighting_of_an_earlier_month_is_the_background_of_a_dated_deal() -> None:
    subs = _subs("Leaders of two Dinka sections whose youths fought last month signed a peace deal in Rumbek on Sunday.",
                 "2024-06-11")
    assert subs == ["Agreement"]


def test_a_denied_capture_is_no_capture() -> None:
    subs = _subs("Rockets hit a school in Kharkiv on Monday, killing 3. The ministry also said on Tuesday that its "
                 "troops had taken control of a village near Kupiansk. A Ukrainian army spokesman denied this.",
                 "2024-05-15")
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs
    assert subs == ["Shelling/artillery/missile attack"], subs


def test_people_seized_are_no_territory() -> None:
    assert _subs("On Monday, a crowd in Gonaives seized two men accused of theft and beat them to death.") == ["Mob violence"]
    assert "Non-state actor overtakes territory" not in _subs(
        "Militants seized three soldiers at a checkpoint near Gao on Sunday.")


def test_a_toll_over_months_is_a_running_total() -> None:
    text = "A rights group said on Monday that as many as 900 people were killed during the months of protests in Tehran."
    assert _subs(text) == []
    assert _subs("Gunmen killed 9 people during a raid on a village near Bunia on Monday.") == ["Attack"]


def test_an_accident_told_by_police_is_no_attack() -> None:
    text = ("Lorry collides with minibus on Kenyan highway, 14 dead\n\nNAIROBI, May 14 - A lorry collided with a "
            "minibus on the highway between Nakuru and Eldoret on Monday, killing 14 passengers, police said. "
            "The lorry's brakes had failed on a steep slope, a police commander said.")
    assert _subs(text) == []


def test_an_event_told_to_date_another_joins_its_own_telling() -> None:
    text = ("Rebels storm army post near Kalehe; militias sign truce\n\nBUKAVU - Rebels attacked an army post near "
            "Kalehe in South Kivu on Monday, setting off hours of fighting in which nine people were killed, officials "
            "said, a day after rival militias in the provincial capital signed a truce meant to end weeks of bloodshed."
            "\n\nIn Bukavu, leaders of the two militias signed an agreement on Sunday to stop hostilities and exchange "
            "prisoners.")
    deals = [e for e in _events(text, "2024-05-15") if e.sub_type == "Agreement"]
    assert len(deals) == 1
    assert deals[0].fatalities is None and deals[0].date is not None and deals[0].date.value == "2024-05-12"


def test_a_capture_told_only_under_a_denial_is_no_capture() -> None:
    assert _subs("Officials denied reports that insurgents had overrun a military post near Mueda on Sunday.") == []


def test_reinforcements_sent_to_the_area_are_the_response() -> None:
    text = ("Militants attacked an army post near Tera on Sunday, killing four soldiers. It was the deadliest attack "
            "in the region since January. The army said it had sent reinforcements to the area.")
    assert _subs(text) == ["Armed clash"]


def test_an_event_judged_is_not_reported_again() -> None:
    text = "Rioters burned cars in Lahore on Sunday after the arrest of a cleric. The government said the arrest was lawful."
    assert _subs(text) == ["Violent demonstration"]
