"""Fatalities round 18 (issue 10): a state word the parser hangs on the verb of telling still
says what befell a figure ('counted 6 dead'); a side's claim of the enemies it killed yields to
another teller's count of the dead, even a vague one; a verb of admitting tells a figure like a
verb of saying; a subset named after its noun ('three nurses among them') is not added; a vague
toll in a sentence of its own goes to the event before it; a month in another part of the
sentence does not date the toll; one person's body found is one dead. Sentences
written for each rule, in shapes of their own."""

from __future__ import annotations

import pytest
from test_fatalities_round16 import first_toll

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # a side's claim of its kills against another teller's count: the count
    ("Rebels and troops fought for the hills above Bunagana on 4 May 2025. A hospital counted 6 dead, while the rebels "
     "claimed to have killed 45 soldiers.", 6.0),
    ("Army units and Tigrayan fighters clashed near Alamata on 4 May 2025. Elders spoke of dozens dead; the army said "
     "it killed 150 fighters.", 12.0),
    ("Taliban and resistance fighters clashed in the Andarab valley on 4 May 2025; the resistance said it killed 30 "
     "Taliban, but villagers counted 7 bodies.", 7.0),
    # ... but a third party's count of a side's killing is no claim: the lowest telling
    ("Soldiers killed at least 14 villagers in raids near Djibo on 4 May 2025, a rights group said; local activists "
     "put the toll at 30.", 14.0),
    # two tellers, one admitting a lower toll: the lowest
    ("Insurgents overran an outpost near Kunduz on 4 May 2025. Insurgent media claimed 35 policemen were killed, "
     "while the ministry admitted nine dead.", 9.0),
    ("Militiamen stormed a camp near Kadugli on 4 May 2025. Activists said 40 soldiers died; an army officer "
     "conceded 11 killed.", 11.0),
    # a subset named after its own noun phrase is a part of the toll before it
    ("Gunmen attacked a clinic in Bossangoa on 4 May 2025. Twelve people were killed, three nurses among them.", 12.0),
    ("A shell hit a bus station in Horlivka on 4 May 2025, killing eight people, two drivers among the dead.", 8.0),
    # a month told in another part of the sentence dates another deed, not the toll
    ("Troops retook Kauda on 4 May 2025 after heavy fighting. The army said 23 rebels were killed; the rebels had "
     "seized the town in March.", 23.0),
    ("Soldiers drove militants out of Bama on 4 May 2025. Officials said dozens of fighters died; the militants had "
     "held the town since February.", 12.0),
    # ... but a month in the toll's own part makes it an earlier toll
    ("Troops retook Kauda on 4 May 2025. The rebels had killed 40 villagers there in March.", 0.0),
    # a vague toll in a sentence of its own, no event and no figure: the event before it
    ("Troops and Ansar al-Sunna fighters clashed near Macomia on 4 May 2025. According to the army, several "
     "insurgents were neutralised.", 10.0),
    ("Soldiers and Fano militiamen fought outside Bahir Dar on 4 May 2025. Local sources reported several ENDF dead.",
     10.0),
    # ... but not a running total of the area
    ("Troops and rebels clashed near Beni on 4 May 2025. Several civilians have been killed in the area since "
     "January.", 0.0),
    # one person's body found is one dead
    ("On 4 May 2025 villagers discovered the body of a tribal elder, shot in the head, on a track near Wana.", 1.0),
    ("The corpse of a taxi driver was recovered from a canal in Tegucigalpa on 4 May 2025 after gang members "
     "attacked his cab.", 1.0),
    # a later death whose dying verb the parser joined to a participle read as the main verb
    ("Shelling hit a market in Kherson on 4 May 2025. Three people were killed and 9 injured, including a boy; a "
     "woman pulled from the rubble of her shop died in hospital the next day.", 4.0),
    ("Gunmen raided a bar in Tumaco on 4 May 2025. Two men were killed; a waiter was shot and died of his wounds "
     "the next morning.", 3.0),
    # 'N of whom' right after a toll is a part of it
    ("Militants raided a fishing village near Mocimboa da Praia on 4 May 2025, killing six fishermen, two of whom "
     "were beheaded.", 6.0),
    # the state word closing a 'shot' clause, the parser hanging it on a word in between
    ("Bandits stopped a minibus near Funtua on 4 May 2025 and shot four traders from Kano dead.", 4.0),
    ("Soldiers shot two smugglers crossing from Benin dead near Malanville on 4 May 2025.", 2.0),
    # ... and shot without a word of death is no toll
    ("Police shot three marchers in the legs in Nairobi on 4 May 2025.", 0.0),
    # rioters, marchers and strikers are people a figure counts
    ("Rioters burned a police post in Nampula on 4 May 2025; officers shot dead three rioters.", 3.0),
    ("Police fired on a march of dockworkers in Mombasa on 4 May 2025, killing two strikers.", 2.0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round18_toll(text: str, value: float) -> None:
    assert first_toll(text) == value


STATES = [
    ("Medics in Gao counted 14 dead after the raid.", "killed", 14.0),
    ("The radio reported 30 wounded in the market blast in Goma.", "injured", 30.0),
    ("Local officials spoke of dozens dead after the clashes near Malakal.", "killed", None),
]


@pytest.mark.parametrize(("text", "category", "value"), STATES)
def test_state_word_on_the_verb_names_the_figure(text: str, category: str, value: float | None) -> None:
    rec = build_record(Article(id="state", text=text, published="2025-05-05"))
    found = [(q.category, q.value) for q in rec.quantities]
    assert (category, value) in found, found


def test_state_word_of_another_clause_names_nothing() -> None:
    """'deployed 40 soldiers to Gao; dead bodies were found': a state word must stand right after
    the figure's phrase and hang on its clause; here 'dead' belongs to another clause."""
    rec = build_record(Article(id="state", text="The army deployed 40 soldiers to Gao; dead bodies were later found "
                               "in the river.", published="2025-05-05"))
    assert all(q.category != "killed" or q.value != 40 for q in rec.quantities)
