"""Fatalities round 16 (issue 10): the causes that came back in every unseen set. A sentence's
death figures are combined by the side they count and the teller who gives them: each side's
dead told with their own verb by one teller are added, two tellers' figures for one side are
rival estimates (the lowest kept), tellers' figures for different sides are added; a bare
figure after a toll noun is a teller's toll ('gave a toll of five'); the attacker left out of a
loose toll ('besides', 'in addition to') is added; a toll told as the whole ('in all',
'altogether') supersedes the claims before it. Sentences written for each rule, in shapes
of their own."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # per-side tolls, each with its own verb, one teller or none: summed
    ("On 4 May 2025 troops fought insurgents outside Mocimboa. Per a local official, eleven insurgents perished while "
     "three conscripts lost their lives.", 14.0),
    ("Soldiers battled rebels near Goma on 2 May 2025, and four rebels were killed while two soldiers died, the army "
     "said.", 6.0),
    # two tellers for one side: the lowest; two tellers for different sides: each side's dead added
    ("Gangs stormed a market in Cite Soleil on 8 June 2025. Hospital staff counted nine bodies; the police gave a toll "
     "of six.", 6.0),
    ("Residents said 20 civilians were killed in the raid on Kauru on 3 May 2025, while the army said 12 bandits died.",
     32.0),
    ("Residents said 20 villagers were killed in the raid on Kauru on 3 May 2025, while the army said 12 died.", 12.0),
    # the attacker left out of a toll told apart from the deed is added; one counted in it is not
    ("A bomber detonated a vest at a checkpoint outside Kabul on 6 May 2025. According to police, three officers died "
     "in addition to the bomber.", 4.0),
    ("A bomber detonated a vest at a checkpoint outside Kabul on 6 May 2025. Police put the toll at four including "
     "the bomber.", 4.0),
    # a toll told as the whole of the event's dead supersedes the sides' claims of each other's dead
    ("Rebels and troops fought for the ridge above Kalehe on 3 May 2025. The army claimed to have killed 30 rebels and "
     "the rebels said they killed 18 soldiers. A nurse at the district hospital said eleven bodies were brought in "
     "altogether.", 11.0),
    ("Gunmen shot dead three farmers near Bokkos on 2 May 2025. Nine villagers died in all, a local leader said.", 9.0),
    # ... but a running total of many raids stays context
    ("Gunmen killed 6 farmers near Gusau on 3 May 2025. Raids in the state have killed 500 people in total.", 6.0),
    # dead counted by a vague word or 'a', with any death verb of the figures lexicons
    ("Troops repelled an attack on a camp near Mora on 2 May 2025, neutralising several assailants.", 10.0),
    # the dead told in a clause of what happened in a noun set beside the deed ('in which', 'where')
    ("Militants ambushed a patrol near Gao on 2 May 2025, an ambush in which a soldier died.", 1.0),
    ("Militants ambushed a patrol near Gao on 2 May 2025 in an attack where a driver died.", 1.0),
    ("Jihadists overran an army post near Djibo on 2 May 2025, a raid during which a number of conscripts lost their "
     "lives.", 10.0),
    # a loose toll after the event's own: a teller's lower figure for the same dead is kept, the
    # other side's dead are added, a higher figure or a side's claim of its own kills is not
    ("Bandits stormed a mine near Anka on 2 May 2025 and shot dead 9 miners. A district official said 6 died.", 6.0),
    ("Gunmen raided a village near Gusau on 2 May 2025, killing 4 villagers. Police said 8 died.", 4.0),
    ("Bandits stormed a mine near Anka on 2 May 2025, shooting dead 9 miners. Two bandits lost their lives, the police "
     "said.", 11.0),
    # ... and a count taken out of the dead ('three of the victims') is a part, not a retelling
    ("Gunmen shot dead 7 traders at a market in Bunia on 2 May 2025. Relatives said three of the victims were women.",
     7.0),
]


def first_toll(text: str, published: str = "2025-06-10") -> float:
    """The first event's toll (0 when it has none); the text must give an event."""
    rec = build_record(Article(id="toll", text=text, published=published))
    assert rec.events, text
    return (rec.events[0].fatalities.value if rec.events[0].fatalities else None) or 0.0


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round16_toll(text: str, value: float) -> None:
    assert first_toll(text) == value
