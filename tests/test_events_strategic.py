"""Strategic developments a coder would not record (issue 10, ``events.strategic``): a step told
with another act, troops described by where they stood, property destruction by the doer of the
attack told beside it, plans for a later period, and deals in force or only pledged.

Sentences are written for these tests; each checks the article's whole list of sub-types, so a
rule that stops firing, or fires beside another event, fails here."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.strategic import damage_in_attack
from eventcoder.model import Actor, Article
from eventcoder.record import build_record


def _sub_types(text: str, published: str = "2024-05-14") -> list[str]:
    return [e.sub_type for e in build_record(Article(id="strategic", text=text, published=published)).events]


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund under 'after' is a step of the defection, not an agreement of its own
    ("Some 60 Mai-Mai fighters defected to the army in Beni on Monday after laying down their arms.",
     ["Change to group/activity"]),
    # troops described by where they were deployed were not moved in this event
    ("Gunmen threw a grenade at police officers deployed outside a polling station in Goma on Monday.",
     ["Grenade"]),
    # one party agreeing to do something is a pledge; two parties agreeing is the deal
    ("Iran has agreed to supply air defence systems to Venezuela, its foreign minister said on Monday.", []),
    ("The army and the Karen rebels agreed on Monday to exchange prisoners in Hpa-an.", ["Agreement"]),
    # a deal in force named as breached or overseen is context
    ("Armenia said on Monday that Azerbaijani troops had violated the truce, and asked Moscow, which "
     "oversees the ceasefire, to intervene.", []),
    # plans: for next week an announcement, for the next days a planned event
    ("Farmers' unions in Nairobi said on Monday they would march on parliament next week.", []),
    ("The army said on Monday it would keep up its raids in Sulu until every Abu Sayyaf fighter surrenders.", []),
    # forces sent to 'the area' of an attack told before are the response to it
    ("Gunmen killed 6 herders near Kaga on Monday. Officials said soldiers had been sent to the area.", ["Attack"]),
    ("The army sent two battalions to the border area of Kaya on Monday.", ["Change to group/activity"]),
    # a move dated only to a month is a programme
    ("The Malian army said it was deploying more troops to Gao this month.", []),
    ("The Malian army deployed more troops to Gao on Monday.", ["Change to group/activity"]),
])
def test_strategic_context_is_no_event(text: str, expected: list[str]) -> None:
    assert _sub_types(text) == expected


def _mention(sub_type: str, etype: str, start: int, doer: str | None, date_source: str = "article") -> Mention:
    return Mention(type=etype, sub_type=sub_type, trigger="x", start=start, end=start + 1, sent_start=start,
                   sent_end=start + 1, certainty="asserted", weak=False, date=None, date_source=date_source,
                   location=None, location_source="none", location_score=0,
                   actor1=Actor(name=doer) if doer else None)


def test_damage_by_the_attacker_is_part_of_the_attack() -> None:
    attack = _mention("Attack", "Violence against civilians", 500, "Military Forces of Cameroon")
    burned = _mention("Looting/property destruction", "Strategic developments", 300, "Military Forces of Cameroon")
    assert damage_in_attack([burned, attack]) == [attack]  # told before the killing it belongs to


def test_damage_by_another_doer_or_on_its_own_date_stays() -> None:
    attack = _mention("Attack", "Violence against civilians", 100, "Military Forces of Cameroon")
    looted = _mention("Looting/property destruction", "Strategic developments", 300, "Ambazonian separatists")
    dated = _mention("Looting/property destruction", "Strategic developments", 400, "Military Forces of Cameroon",
                     date_source="governing")
    assert damage_in_attack([attack, looted]) == [attack, looted]
    assert damage_in_attack([attack, dated]) == [attack, dated]
