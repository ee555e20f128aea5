"""Fatalities round 19 (issue 10): each side's dead told with a verb of its own are added even
when the parser hangs the second side on the first verb ('8 raiders were killed and 2 guards
martyred') or the first side is counted as a group ('dozens of fighters', '5 of the raiders'),
a vague part then counting at the codebook's value; a teller's 'put the dead at N' and a second
teller named after a comma with no verb ('the UN put it at 41, officials at 25') are tellings of
one toll, the lowest kept; enemies 'sent to hell' in a military statement were killed; a later
telling whose tally rose ('the number killed in the shelling rose to 13') is the event's toll,
not the first report's lower one; a vague toll outside the clause of its sentence's events, which
have none ('fought in X; residents said many people were killed'), is theirs. Sentences written
for each rule, in shapes of their own."""

from __future__ import annotations

import pytest
from test_fatalities_round16 import first_toll

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # each side's dead with its own verb, the second a participle the parser hangs on the first verb
    ("Insurgents raided a border post near Chaman on 4 May 2025. The military said 9 raiders were killed and "
     "2 soldiers martyred during the firefight.", 11.0),
    ("Rebels attacked a police station in Kidal on 4 May 2025; officials said 5 rebels were shot dead and "
     "3 gendarmes wounded.", 5.0),
    # the first side counted as a group ('dozens of', 'N of the'): its side still tells the parts apart
    ("Al Shabaab fighters overran an outpost near Bulo Burde on 4 May 2025. The army said dozens of militants "
     "were killed and four soldiers lost their lives.", 16.0),
    ("Gunmen ambushed a convoy near Tillia on 4 May 2025. The ministry said 7 of the attackers were "
     "neutralised and 2 soldiers lost their lives.", 9.0),
    # a teller's figure for 'the dead', and another teller's in the same sentence: the lowest
    ("Militiamen attacked a hamlet near Djugu on 4 May 2025; the governor put the dead at 18, while a local "
     "charity counted 31.", 18.0),
    ("Bandits stormed a market in Zurmi on 4 May 2025. Police put the number of traders killed at 12.", 12.0),
    # a second teller named after a comma with no verb of its own
    ("Gangs attacked homes in Cite Soleil on 4 May 2025; a rights group put the number of people killed at "
     "33, the police at 19.", 19.0),
    ("Fighters shelled a camp outside El Fasher on 4 May 2025; medics put the dead at 40, local officials "
     "at least 22.", 22.0),
    ("Gunmen raided villages near Zurmi on 4 May 2025; an aid group put the toll at 27, police officials at 15.",
     15.0),
    # ... but 'put' with no dead named is no toll
    ("Rebels raided a village near Bunia on 4 May 2025; officials put the blame on a splinter faction.", 0.0),
    # enemies 'sent to hell' in a military statement: killed, and added to the soldiers' dead
    ("Terrorists attacked a convoy in Khyber district on 4 May 2025. The military said three soldiers were "
     "martyred and five khwarij were sent to hell.", 8.0),
    ("Security forces raided a hideout near Bannu on 4 May 2025 and sent 4 terrorists to hell, the army said.",
     4.0),
    # a later telling of the event whose tally rose: the update, not the first report's lower toll
    ("Militants shelled a camp near Maiduguri on 4 May 2025, killing 8 displaced people. On Wednesday the number "
     "of people killed in the shelling rose to 13, officials said.", 13.0),
    ("An air strike hit a school in Saada on 4 May 2025, killing 12 pupils. Later the number of children killed "
     "in the air strike climbed to 20, health officials said.", 20.0),
    # ... but another teller's figure, with no tally that rose, is a rival telling: the lowest
    ("An air strike hit a school in Saada on 4 May 2025, killing 12 pupils. Health officials said 20 children "
     "were killed in the air strike.", 12.0),
    # a vague toll outside the clause of its sentence's event, that event with no toll: the event's
    ("Soldiers and Fano militiamen fought in Debre Tabor on 4 May 2025; residents said many people were killed, "
     "most of them civilians.", 10.0),
    ("Rebels overran the garrison town of Kamituga on 4 May 2025. Several soldiers were killed and dozens "
     "captured.", 10.0),
    ("Insurgents took control of Mueda on 4 May 2025 after routing the garrison. Many soldiers were killed and "
     "scores captured.", 10.0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round19_toll(text: str, value: float) -> None:
    assert first_toll(text) == value


FIGURES = [
    ("The health office put the dead at 26 after the raid on Kamituga.", "killed", 26.0),
    ("Monitors put the number of civilians killed at 15 in the shelling of Avdiivka.", "killed", 15.0),
    ("A monitor put the wounded at 40 after the blast in Kabul.", "injured", 40.0),
    ("The statement said 6 khawarij were sent to hell near Tank.", "killed", 6.0),
]


@pytest.mark.parametrize(("text", "category", "value"), FIGURES)
def test_round19_figure_category(text: str, category: str, value: float) -> None:
    rec = build_record(Article(id="fig", text=text, published="2025-05-05"))
    found = [(q.category, q.value) for q in rec.quantities]
    assert (category, value) in found, found


NOT_KILLED = [
    "Medics sent 9 injured miners to hospital in Kolwezi on Monday.",
    "The court sent 14 protesters to prison in Minsk on Monday.",
]


@pytest.mark.parametrize("text", NOT_KILLED)
def test_sent_elsewhere_is_no_death(text: str) -> None:
    rec = build_record(Article(id="sent", text=text, published="2025-05-05"))
    assert all(q.category != "killed" for q in rec.quantities), rec.quantities
