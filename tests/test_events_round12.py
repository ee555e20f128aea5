"""Round 12 of event precision on articles (issue 10): tests of this round's rules, with example
sentences of my own in shapes the article sets do not use: habits and standing conflicts told in
the present or the perfect are no events of the day, and a day named before a past verb the
tagger reads as a present is the last such day, not the next."""

from __future__ import annotations

import pytest

from eventcoder.extract.dates.tense import weekday_lean
from eventcoder.extract.events.told_time import habitual
from eventcoder.model import Article
from eventcoder.nlp import parse
from eventcoder.record import build_record


def _token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


def _events(text: str, published: str) -> list[tuple[str, str | None]]:
    rec = build_record(Article(id="r12", text=text, published=published))
    return [(e.sub_type, e.date.value if e.date else None) for e in rec.events]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Goma's northern suburbs are shelled almost daily by rebels on the hills.", "shelled", True),
    ("Watchdogs have long accused the militia of abducting and killing traders.", "killing", True),
    ("The cartel has repeatedly attacked police patrols in the state.", "attacked", True),
    ("Bandits raid the villages nightly, residents say.", "raid", True),
    ("The cartel attacked a police patrol in the state on Monday.", "attacked", False),
    ("Rebels have shelled Goma's northern suburbs, killing two people.", "shelled", False),
    ("Residents said the town was shelled on Sunday.", "shelled", False),
])
def test_habits_in_the_present_and_the_perfect(text: str, word: str, expected: bool) -> None:
    assert habitual(_token(text, word)) is expected


@pytest.mark.parametrize("text", [
    "Kherson's river bank is shelled almost daily by forces on the opposite shore, the governor said on Monday.",
    "Human rights monitors have long accused the border guards of beating and shooting migrants near Kakuma.",
    "The province of Tillaberi has seen clashes in recent years between the army and jihadist fighters.",
    "The Gulf cartel has repeatedly attacked police convoys on the highway near Reynosa, officials said on Monday.",
])
def test_habits_and_standing_conflicts_are_no_events(text: str) -> None:
    assert _events(text, "2025-03-04") == []


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Rebels shelled Goma's northern suburbs on Sunday, killing two people, the governor said.",
     "Shelling/artillery/missile attack"),
    ("Border guards beat and shot three migrants near Kakuma on Saturday, monitors said.", "Attack"),
])
def test_the_day_s_events_beside_them_stay(text: str, sub_type: str) -> None:
    assert [s for s, _ in _events(text, "2025-03-04")] == [sub_type]


@pytest.mark.parametrize(("text", "lean"), [
    ("On Saturday, the army retook the town of Ayorou after a brief gunfight.", "backward"),
    ("On Friday, rebels overran a police post outside Kidal.", "backward"),
    ("The talks resume on Saturday in Addis Ababa.", "forward"),
])
def test_a_past_form_read_as_a_present_looks_back(text: str, lean: str) -> None:
    doc = parse(text)
    day = next(t for t in doc if t.text in {"Saturday", "Friday"})
    assert weekday_lean(text, day.idx, doc) == lean


def test_a_roundup_s_weekday_is_the_last_one() -> None:
    text = ("Sahel weekly digest\n\nTillaberi: jihadists burned the weekly market in Ayorou on Tuesday. "
            "On Saturday, the army retook the town after a brief gunfight, the governor said.")
    days = dict(_events(text, "2025-03-05"))  # a Wednesday: Saturday is the 1st, not the 8th
    assert days["Government regains territory"] == "2025-03-01"


def test_arrests_told_before_the_protest_they_broke_up_are_its_intervention() -> None:
    text = ("Police detained twenty people in central Tbilisi on Tuesday after students blocked the avenue "
            "outside parliament to demand new elections.")
    assert [s for s, _ in _events(text, "2025-03-05")] == ["Protest with intervention"]


def test_arrests_of_a_protest_s_organisers_stay_arrests() -> None:
    text = "Police in Kumasi arrested four union leaders on Monday who had organised a march against fuel prices."
    assert "Arrests" in [s for s, _ in _events(text, "2025-03-05")]


def _typed(text: str, published: str = "2026-05-04") -> list[tuple[str, str | None]]:
    rec = build_record(Article(id="r12", text=text, published=published))
    return [(e.sub_type, e.location.name if e.location else None) for e in rec.events]


def test_what_a_past_deal_bound_a_side_to_do_is_no_event() -> None:
    text = ("Under the truce, Ethiopian troops were to withdraw from the border towns and the militia was "
            "to pull its fighters back, but both sides still hold their positions.")
    assert _typed(text, "2025-09-10") == []


def test_a_deal_dated_by_its_participle_to_an_earlier_year_is_history() -> None:
    text = "The labour minister said on Tuesday that an agreement signed with the dockers in 2023 remained valid."
    assert _typed(text, "2025-09-10") == []


def test_a_deal_signed_today_stays() -> None:
    text = "Dockers' unions and the port authority signed an agreement in Mombasa on Tuesday, ending a strike that began in 2023."
    assert [s for s, _ in _typed(text, "2025-09-10")] == ["Agreement"]


def test_a_march_that_sets_off_is_no_riot() -> None:
    text = "The march, called by the nurses' unions, set off from the general hospital in Lagos on Monday and ended at the governor's office."
    assert [s for s, _ in _typed(text)] == ["Peaceful protest"]


def test_another_crowd_s_violence_in_a_while_clause_stays_its_own() -> None:
    text = ("BERLIN, May 3 - Thousands of nurses marched through Berlin on Saturday to protest against hospital "
            "cuts, while a separate rally in Leipzig turned violent in the evening.")
    found = _typed(text)
    assert ("Peaceful protest", "Berlin") in found
    assert ("Violent demonstration", "Leipzig") in found


def test_violence_told_undated_at_the_place_of_a_dated_event_is_that_event() -> None:
    text = ("Gunmen abduct 20 in Katsina raid\n\nArmed bandits have abducted at least 20 people, most of them "
            "farmers, in a raid on a village in Katsina State.\n\nResidents said the gunmen stormed the village "
            "of Danmusa on motorcycles at about 10pm on Sunday and shot one man dead.")
    assert len(_typed(text, "2026-06-23")) == 1


def test_two_dated_events_leave_an_undated_one_apart() -> None:
    text = ("Militants killed three soldiers at a checkpoint in Kidal on Monday. On Wednesday, gunmen shot "
            "dead two traders at the market in Kidal. Separately, militants have abducted a teacher in Kidal.")
    assert len(_typed(text, "2026-06-25")) == 3


def test_arrests_told_later_in_a_protest_s_paragraph_are_made_in_it() -> None:
    text = ("Teachers rally in Nairobi\n\nThousands of teachers marched through central Nairobi on Tuesday to "
            "demand unpaid allowances. Police later said 12 people were detained for blocking traffic.")
    assert [s for s, _ in _typed(text, "2026-09-16")] == ["Protest with intervention"]


def test_the_worst_fighting_in_years_measures_the_fighting_not_the_deal() -> None:
    text = "Rebel and government forces have agreed a shaky truce after the heaviest fighting in years around Goma"
    assert "Agreement" in [s for s, _ in _typed(text, "2025-03-04")]


def test_arrests_told_before_a_protest_of_who_they_are_stay_arrests() -> None:
    text = "The Eritrean security service continues to detain students who organise or join the ongoing protests"
    assert "Arrests" in [s for s, _ in _typed(text, "2025-03-04")]


def test_arrests_of_an_armed_group_after_a_march_stay_apart() -> None:
    text = ("Teachers rally in Nairobi\n\nThousands of teachers marched through central Nairobi on Tuesday to "
            "demand unpaid allowances. Police later arrested two gang leaders in the city.")
    assert [s for s, _ in _typed(text, "2026-09-16")] == ["Peaceful protest", "Arrests"]
