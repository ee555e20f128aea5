"""Fatalities round 15 (issue 10): the first stage of one toll pass. A death figure is read with
its scope (this event, or an earlier one its sentence points back to), a loose toll goes only to
an event of a kind that may have dead, and the figures step counts the dead that wordings hid
(victim nouns, 'neutralised', a range opening a reported clause, a later death in the toll's
sentence, 'one of the ...' who died later). Sentences written for each rule, in several shapes."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.deaths import can_carry_deaths, figure_scope
from eventcoder.model import Article
from eventcoder.nlp import get_nlp
from eventcoder.record import build_record

CASES = [
    # the dead of an earlier event, told in the sentence of a later deed: not the deed's toll
    ("Troops rounded up 30 youths in Beni on Friday over last week's massacre of 14 villagers.", "Arrests", 0.0),
    ("Police in Lagos arrested 7 suspects on Friday, days after a gang fight killed four boys.", "Arrests", 0.0),
    ("Police detained 3 herders in Mokwa on Friday, two days after an attack on a farm left six people dead.",
     "Arrests", 0.0),
    ("Rebels seized a bridge near Uvira on Friday. A week earlier, 9 soldiers had died defending it.",
     "Non-state actor overtakes territory", 0.0),
    # ... while the earlier event keeps its own dead, and a deed's own toll stays with it
    ("Gunmen stormed a clinic in Bama on Friday, killing six patients, a week after a raid on the market.", None, 6.0),
    # a loose toll skips a protest (a peaceful one has no dead) for the violence told beside it
    ("A grenade was hurled at a sit-in of nurses in Kandahar on Friday. Four people died.", "Explosions/Remote violence",
     4.0),
    # figures the wording hid: victim nouns, 'neutralised', a range opening a reported clause
    ("Bandits ambushed a convoy near Funtua on Friday; two drivers and a mechanic were killed.", None, 3.0),
    ("Troops repelled an assault on a base near Diffa on Friday and said 17 assailants were neutralised.", None, 17.0),
    ("Fighters clashed with militia near Baidoa on Friday; elders said between 5 and 8 men perished.", None, 5.0),
    # later deaths in the toll's own sentence, and one of the victims told before
    ("Gunmen attacked a bus near Gao on Friday; three passengers died on the spot and two more later succumbed to their "
     "wounds.", None, 5.0),
    ("Soldiers opened fire on a crowd of miners in Kolwezi on Friday, wounding nine. One of the miners hit died in "
     "hospital on Sunday.", None, 1.0),
    # one person with two titles, the parser hanging its 'a' on the first: one dead
    ("A village youth leader and market association secretary was killed by bandits near Tsafe on Friday.", None, 1.0),
    # attackers listed with the dead are counted, 'both' as two, in the event's sentence or after it
    ("Two gunmen opened fire in a mosque in Maiduguri on Friday. Both gunmen and three worshippers were killed.", None, 5.0),
    ("Two militants drove a truck bomb into a checkpoint near Mosul on Friday. Both attackers and six police officers "
     "died.", None, 8.0),
]


@pytest.mark.parametrize(("text", "type_", "value"), CASES)
def test_round15_toll(text: str, type_: str | None, value: float) -> None:
    rec = build_record(Article(id="r15", text=text, published="2024-05-14"))
    events = [e for e in rec.events if type_ is None or type_ in (e.type, e.sub_type)]
    assert events, [(e.type, e.sub_type) for e in rec.events]
    got = (events[0].fatalities.value if events[0].fatalities else None) or 0.0
    assert got == value


def _scope(text: str, figure: str, trigger: str | None) -> str:
    doc = get_nlp()(text)
    sent = next(iter(doc.sents))
    start = text.index(figure)
    token = next((t for t in doc if t.text == trigger), None) if trigger else None
    return figure_scope(sent, start, start + len(figure), token)


def test_scope_reads_the_figures_branch() -> None:
    text = "Police questioned 5 men on Friday over last month's raid that killed 12 traders."
    assert _scope(text, "12 traders", "questioned") == "earlier"
    assert _scope(text, "12 traders", "raid") == "event"  # the raid's own dead
    assert _scope("Five months ago, 20 porters had been killed in the valley.", "20 porters", None) == "earlier"
    assert _scope("Gunmen killed 20 porters and then fled before dawn.", "20 porters", "killed") == "event"
    assert _scope("Twenty porters died before reaching the clinic.", "Twenty porters", None) == "event"


def test_kinds_that_take_a_loose_toll() -> None:
    assert can_carry_deaths("Explosions/Remote violence", "Suicide bomb")
    assert can_carry_deaths("Protests", "Excessive force against protesters")
    assert not can_carry_deaths("Protests", "Peaceful protest")
    assert not can_carry_deaths("Strategic developments", "Arrests")
