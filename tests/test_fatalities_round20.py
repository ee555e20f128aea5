"""Fatalities round 20 (issue 10): an update of the toll told in the same sentence as the first
report ('first reported 12 killed; later they raised the toll to 19', 'the toll was raised to
six') replaces that report instead of being added to it or losing to it; a figure the parser
hangs on the name of the victims' group ('Five Zande civilians', 'Six Rohingya refugees') still
counts them; 'shot dead three of them' after another deed, its victim hung by the parser on the
first verb, still tells the dead; the other side's dead counted by a vague word in a joined
killing clause ('two soldiers died and several gunmen were killed') are added at the codebook's
value; a teller's own losses put at a figure ('the army put its losses at 9') are its dead; a
telegraphic tally after a dash that follows the date's year ('on 4 May 2025 - 4 dead') is read;
a capture held 'after overrunning' a garrison is the deed whose toll the sentence tells; a deed
told after the news in the past perfect with a word of earlier time ('had taken the town earlier
in the year in fighting that killed 20') keeps its dead from the news event; a death in custody
is the event of its sentence; 'Two of the attackers were also killed' after a toll of the other
side adds to it (a part marked 'also' is no part of the dead told before); victims the parser
made the subject of a participle describing them ('gunned down three farmers working their
fields') and the noun of a headline's bare participle ('Journalist killed in Guerrero') count. Sentences written for each rule, in shapes of their own."""

from __future__ import annotations

import pytest
from test_fatalities_round16 import first_toll

from eventcoder.model import Article
from eventcoder.record import build_record

CASES = [
    # an update in the same sentence as the first report: the later figure, not the sum or the first
    ("Gunmen raided a village near Bunia on 4 May 2025. Medics first reported 12 killed; a day later they "
     "raised the toll to 19.", 19.0),
    ("Drones struck Kharkiv on 4 May 2025. Officials first reported three dead; on Monday the toll was raised "
     "to six.", 6.0),
    ("A car bomb hit a checkpoint in Mogadishu on 4 May 2025; police said 5 people died, and later hospital "
     "staff raised the toll to 8.", 8.0),
    # ... but a level raised is no toll, and two tellers with no update: the lowest
    ("Rebels shelled Goma on 4 May 2025, wounding 14 people; the governor then raised the alert level to 3.", 0.0),
    ("Gunmen raided a village near Bunia on 4 May 2025. Medics reported 12 killed; a church group said 19 died.",
     12.0),
    # the figure hung on the name of the victims' group
    ("Six Rohingya refugees were beaten to death by a mob near Teknaf on 4 May 2025.", 6.0),
    ("Four Hazara miners, among them a boy, were hacked to death by gunmen near Quetta on 4 May 2025.", 4.0),
    ("Seven Fulani herders, one of them a village head, were hacked to death near Bankass on 4 May 2025.", 7.0),
    # 'shot dead N of them' after another deed
    ("Militiamen stopped a truck carrying traders near Beni on 4 May 2025 and shot dead three of them.", 3.0),
    ("Gunmen rounded up a group of farmers working in a field near Zurmi on 4 May 2025 and shot dead two of them.",
     2.0),
    ("Soldiers stopped a convoy near Gao on 4 May 2025 and shot dead its escort leader.", 1.0),
    # the other side's dead counted by a vague word in a killing clause joined to the toll's: added
    ("Gunmen attacked a checkpoint near Kidal on 4 May 2025. Officials said two soldiers died and several "
     "gunmen were killed.", 12.0),
    ("Pirates attacked a ferry near Kalemie on 4 May 2025; three passengers drowned and a number of the "
     "raiders were shot dead.", 13.0),
    # ... but not when the joined clause wounds or captures them
    ("Bandits stormed a mine near Anka on 4 May 2025; five miners were killed and several guards were wounded.",
     5.0),
    ("Rebels ambushed a convoy near Beni on 4 May 2025; four soldiers were killed and several attackers were "
     "captured.", 4.0),
    # a telegraphic tally after a dash that follows the date's year ('... 2025 - 4 dead, 9 injured')
    ("Kherson: Russian artillery hit a bus stop on 4 May 2025 - 4 dead, 9 injured, per the governor.", 4.0),
    ("Mortar fire hit a market in Goma on 4 May 2025 - two dead, several injured.", 2.0),
    ("Rockets hit Kiryat Shmona on 4 May 2025 - 3 injured, no dead.", 0.0),
    # a capture held 'after overrunning' the garrison: the capture is the deed, its toll is the event's
    ("Rebels held Kamituga for two days on 4 May 2025 after overrunning the garrison; the army put its losses "
     "at 7.", 7.0),
    # an earlier deed told after the news in the past perfect with a word of earlier time: not the news's dead
    ("Government troops recaptured Buulobarde on 3 May 2025, officials said. Militants had taken the town "
     "earlier in the year in fighting that killed 20 people.", 0.0),
    ("Soldiers retook Palma on 3 May 2025. Insurgents had overrun it last month in an assault that left 40 dead.",
     0.0),
    # ... but a past perfect with no such word, or 'before dawn', still tells the news
    ("Gunmen attacked Kauru on 3 May 2025. They had killed 6 farmers there before dawn, residents said.", 6.0),
    # a death in custody is the event its sentence tells, whatever word found the event
    ("A prisoner aged 31 died in custody at a police station in Luxor on 4 May 2025; his family said they had "
     "seen marks of torture on his body.", 1.0),
    # a part of a group marked 'also' in a later sentence: more dead, of the other side
    ("Rebels ambushed an army patrol near Beni on 4 May 2025, killing three soldiers, the army said. Two of the "
     "attackers were also killed when troops returned fire.", 5.0),
    # ... but a part of the dead told before is no more dead
    ("Rebels ambushed an army patrol near Beni on 4 May 2025, killing five soldiers, the army said. Two of the "
     "dead were officers.", 5.0),
    # the victims the parser made the subject of a participle describing them
    ("On 18 January 2026, militants gunned down three farmers working their fields near Kandi.", 3.0),
    ("Soldiers shot dead two youths fleeing a checkpoint near Bamenda on 4 May 2025.", 2.0),
    # a headline's bare participle: its noun is the victim, one when no figure is given
    ("Journalist killed in Guerrero on 3 April 2025 by unknown gunmen.", 1.0),
    ("A councillor murdered in Tumaco on 3 April 2025 by suspected dissidents.", 1.0),
    ("Social leader murdered in El Tambo (Cauca) on 3 April 2025 by suspected FARC dissidents.", 1.0),
    # ... but a headline's noun attacked or wounded is no death
    ("Convoy attacked near Gao on 3 April 2025 by suspected jihadists.", 0.0),
    # ... but not a death in custody told as the cause of the deed
    ("Angry traders set fire to a police post in Onitsha on 4 May 2025 after a vendor died in custody. No one "
     "was hurt.", 0.0),
    # a side's own losses put at a figure: its dead
    ("Rebels overran the garrison at Kamanyola on 4 May 2025; the army put its losses at 9.", 9.0),
    ("Militants stormed a base near Mueda on 4 May 2025. The police put their losses at 6, while the insurgents "
     "claimed 30.", 6.0),
    # ... but another's tally of a named side's losses is no whole toll: the sides' dead told by the army stand
    ("Militants ambushed an army convoy near Djibo on 4 May 2025. The army said 3 soldiers and 15 assailants "
     "were killed; a local source put the soldiers' losses at 8.", 18.0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round20_toll(text: str, value: float) -> None:
    assert first_toll(text) == value


NOT_KILLED = [
    "Floods hit a farm near Mopti on 4 May 2025 and farmers put the losses at 2 million francs.",
    "Traders rioted in Kano on 4 May 2025 after a fire; the market union put its losses at 40 stalls.",
]


@pytest.mark.parametrize("text", NOT_KILLED)
def test_losses_of_no_people_are_no_death(text: str) -> None:
    rec = build_record(Article(id="loss", text=text, published="2025-05-05"))
    assert all(q.category != "killed" for q in rec.quantities), rec.quantities
