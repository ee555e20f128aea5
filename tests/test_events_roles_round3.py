"""Role and type rules of issue 10, round 3, on sentences written for them: a heading is no doer,
what 'falls' is the place and not a side, a source that attributes a strike is not its doer,
armed marchers are no protest, and a crowd member killed in the next sentence makes the policing
excessive force."""

from __future__ import annotations

from eventcoder.extract.events.roles import roles
from eventcoder.model import Article
from eventcoder.nlp import get_nlp
from eventcoder.record import build_record


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    record = build_record(Article(id="t", text=text, published="2024-05-14"))
    return [(e.sub_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in record.events]


def test_heading_across_a_line_break_is_no_agent() -> None:
    doc = get_nlp()("KEY POINTS\n\nShelling on Kadugli town killed five civilians on 3 May.")
    killed = next(t for t in doc if t.text == "killed")
    agent, patient = roles(killed)
    assert agent is None
    assert patient is not None and patient.text == "civilians"


def test_the_place_that_falls_is_no_side() -> None:
    found = _events("Kamituga fell into the hands of the M23 rebels on Sunday after a day of fighting.")
    assert found == [("Non-state actor overtakes territory", "M23 - March 23 Movement", None)]


def test_a_losing_side_named_as_a_group_stays_actor2() -> None:
    found = _events("The army lost to the rebels in Kidal on Sunday.")
    assert found == [("Non-state actor overtakes territory", "Rebels (Mali)", "Military Forces of Mali")]


def test_source_attributing_a_strike_is_not_its_doer() -> None:
    found = _events("A drone strike hit a market in Kadugli on Monday, killing nine civilians. Local sources "
                    "attributed the strike to the Rapid Support Forces, which did not comment.")
    assert found == [("Air/drone strike", "RSF - Rapid Support Forces", "Civilians (Sudan)")]


def test_armed_men_marching_are_not_protesters() -> None:
    found = _events("Armed men marched into the town of Gao on Tuesday and burned the market.")
    assert [sub for sub, _, _ in found] == ["Looting/property destruction"]


def test_death_in_the_crowd_told_next_is_excessive_force() -> None:
    fired = "Police opened fire on nurses rallying outside the health ministry in Harare on Monday. "
    assert ("Excessive force against protesters", "Protesters (Zimbabwe)", "Police Forces of Zimbabwe") in _events(
        fired + "One nurse was killed by a bullet, her union said.")
    other = _events("Police fired tear gas at nurses rallying outside the health ministry in Harare on Monday. "
                    "Two nurses were injured by stones thrown by a rival group.")
    assert ("Protest with intervention", "Protesters (Zimbabwe)", "Police Forces of Zimbabwe") in other


def test_doer_on_the_trigger_line_replaces_a_heading() -> None:
    doc = get_nlp()("Rebels storm post in Kidal as elders sign truce in Gao\n\n"
                    "BAMAKO - Tuareg rebels attacked an army post in Kidal on Monday, officials said.")
    attacked = next(t for t in doc if t.text == "attacked")
    agent, patient = roles(attacked)
    assert agent is not None and agent.text == "rebels" and "\n" not in doc[agent.i:attacked.i].text
    assert patient is not None and patient.text == "post"


def test_what_came_under_fire_is_the_target() -> None:
    found = _events("The town of Kupiansk came under Russian shelling on Monday; two people were killed.")
    assert found == [("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)")]
