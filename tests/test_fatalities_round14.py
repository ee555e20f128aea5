"""Fatalities round 14 (issue 10): the general forms behind the sixth notes' misses, each rule
with sentences of several shapes written for it (other wars, other tellers, other orders)."""

from __future__ import annotations

import pytest

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # two tellers of one toll, each under its own verb of saying: the lowest
    ("Police fired on students in Dhaka on Monday. Witnesses said at least six were killed; the police said 3.", None, 3.0),
    ("RSF shells hit Omdurman on Monday. The ministry reported 18 dead and 40 injured; a local committee said at least 25 "
     "were killed.", None, 18.0),
    ("Jihadists overran a base in Mora on Monday. At least 8 soldiers were killed, according to security sources; the group "
     "claimed 40.", None, 8.0),
    ("Police fired on marchers in Kisumu on Monday, killing six people, witnesses said, while police put the toll at 3.",
     None, 3.0),
    ("Gunmen stormed a market in Gao on Friday. Local councillors counted at least 30 civilians killed; the government "
     "said 19.", None, 19.0),
    # a toll with no event of its own is read as an event's: parts added, a range at its low end
    ("The army and rebels clashed near Goma on Monday. Officials reported 11 soldiers and 4 rebels dead.", None, 15.0),
    ("Gunmen raided Kauru on Monday. Between 7 and 12 villagers were killed.", None, 7.0),
    # people listed with 'and' before a killed figure share its verb
    ("The army and rebels clashed near Goma on Monday. A monitor counted 12 soldiers and 5 rebels killed.", None, 17.0),
    ("The army said it had found 12 soldiers and 4 rebels dead after fighting near Goma on Monday.", None, 16.0),
    # a death later, by its cause or in hospital, whatever noun names the one who died
    ("Gunmen attacked a village near Jos on Monday. A watchman guarding the school died of gunshot wounds.", None, 1.0),
    ("Gunmen attacked a village near Jos on Monday, killing two farmers. A third died in hospital on Tuesday.", None, 3.0),
    # ... and told in the toll's own sentence
    ("Soldiers fired on marchers in Kisumu on Monday. Three protesters were shot dead and a fourth died in hospital the "
     "next day.", None, 4.0),
    ("Drones struck Kharkiv on Monday. Four people were killed and 10 injured; a man rescued from the rubble later died "
     "in hospital.", None, 5.0),
    ("The army and militias clashed near Bunia on Monday. A monitor reported 9 soldiers and 3 militiamen killed; a herder "
     "hit by a stray bullet died in hospital on Tuesday.", None, 13.0),
    # vague words by the codebook, 'multiple' too, and inside quotation marks
    ("A drone strike hit a militant camp outside Jilib on Friday, killing multiple fighters.", None, 10.0),
    ("The army stormed a rebel camp near Beni on Friday; residents said 'a number of' villagers were killed in the "
     "assault.", None, 10.0),
    # victims listed rather than counted: one each, whatever the noun
    ("On Friday, members of a gang killed a taxi driver and his conductor in Tegucigalpa for refusing to pay.", None, 2.0),
    ("On Friday, gunmen shot dead a shopkeeper and his apprentice in Kano.", None, 2.0),
    ("On Friday, an airstrike hit a house in Rafah, killing a father, a mother and their four children.", None, 6.0),
    ("A driver and his helper were killed when gunmen fired on their lorry near Zaria on Friday.", None, 2.0),
    # ... but a person named again in apposition is not a second victim, nor the people a count tells apart
    ("On Friday, gunmen shot dead a man, a teacher at the local school, in Kano.", None, 1.0),
    ("Artillery fire killed two people in Kharkiv on Friday, a man on a bicycle and a woman at a bus stop.", None, 2.0),
    ("Militiamen looted a market in Bria on Friday and killed two traders, a man and his adult son, who refused to pay.",
     None, 2.0),
    # a side's quoted claim is not a vague toll set in quotation marks
    ("The rebels said they had killed \"many soldiers\" near Hakha on Friday but gave no figure.", None, 0.0),
    # an earlier event's toll, told in a clause of its noun, is not given to an arrest
    ("On Friday, police in Fez arrested 25 men suspected of taking part in the riots of the previous night, in which "
     "three people were killed.", "Arrests", 0.0),
    ("On Friday, police in Fez detained 12 youths over the clashes of Thursday evening, in which a policeman died.",
     "Arrests", 0.0),
]


@pytest.mark.parametrize(("text", "type_", "value"), CASES)
def test_round14_toll(text: str, type_: str | None, value: float) -> None:
    rec = build_record(Article(id="r14", text=text, published="2024-05-14"))
    events = [e for e in rec.events if type_ is None or type_ in (e.type, e.sub_type)]
    assert events, [(e.type, e.sub_type) for e in rec.events]
    got = (events[0].fatalities.value if events[0].fatalities else None) or 0.0
    assert got == value
