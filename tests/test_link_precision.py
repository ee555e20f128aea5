"""Linking as a coder would: eight incidents each told by 2–3 outlets in their own words and
tolls, places at different precision, plus distractors (same place another day, same day
another town, same town and day but another type, same province another event).

Scored as pairwise precision and recall over pairs of mentions placed in one incident, for
several ingest orders (linking is incremental, so order must not matter much).
"""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import pytest
from corpus_conftest import event, place, quantity, record

from eventcoder.model import Location, Record
from eventcoder.store import Store

BANDIAGARA = place("Bandiagara", "ML", "Mopti", 14.35, -3.61)
MOPTI = place("Mopti", "ML", "Mopti", None, None, "admin1")
KONDUGA = place("Konduga", "NG", "Borno", 11.65, 13.42)
GWOZA = place("Gwoza", "NG", "Borno", 11.08, 13.69)
IDLIB = place("Idlib", "SY", "Idlib", 35.93, 36.63)
IDLIB_PROVINCE = place("Idlib", "SY", "Idlib", None, None, "admin1")
MOGADISHU = place("Mogadishu", "SO", "Banaadir", 2.04, 45.34)
BENI = place("Beni", "CD", "North Kivu", 0.49, 29.47)
NORTH_KIVU = place("North Kivu", "CD", "North Kivu", None, None, "admin1")
KHARKIV = place("Kharkiv", "UA", "Kharkiv", 49.99, 36.23)
EL_OBEID = place("El Obeid", "SD", "North Kordofan", 13.18, 30.22)
YANGON = place("Yangon", "MM", "Yangon", 16.80, 96.16)
MANDALAY = place("Mandalay", "MM", "Mandalay", 21.97, 96.08)

VAC, ERV, BAT, PRO = ("Violence against civilians", "Explosions/Remote violence", "Battles",
                      "Protests")
RUSSIA, SUDAN_ARMY, RSF = "Military Forces of Russia", "Military Forces of Sudan", "Rapid Support Forces"

# (article id, true incident, text, type, sub-type, actor1, actor2, date, precision, place, toll)
REPORTS: list[tuple[Any, ...]] = [
    ("ml-a", "mali", "Gunmen on motorbikes attacked the village of Bandiagara on Sunday, killing "
     "18 villagers, local officials said.", VAC, "Attack", None, None, "2022-06-19", "day", BANDIAGARA, 18),
    ("ml-b", "mali", "At least 22 civilians died when armed men stormed Bandiagara overnight, a "
     "mayor told reporters.", VAC, "Attack", None, None, "2022-06-20", "day", BANDIAGARA, 22),
    ("ml-c", "mali", "Suspected jihadists stormed a village in central Mali's Mopti region at the "
     "weekend and killed dozens of villagers.", VAC, "Attack", "JNIM", None, "2022-06", "month", MOPTI, None),
    ("ng-a", "konduga", "Two suicide bombers blew themselves up at a crowded fish market in Konduga "
     "on Saturday evening, killing nine people.", ERV, "Suicide bomb", None, None, "2023-03-04", "day", KONDUGA, 9),
    ("ng-b", "konduga", "A double suicide blast at the Konduga fish market killed 12 traders, a "
     "militia leader said.", ERV, "Suicide bomb", "Boko Haram", None, "2023-03-04", "day", KONDUGA, 12),
    ("sy-a", "idlib", "Russian warplanes struck a hospital in Idlib city on Tuesday, killing five "
     "medical staff.", ERV, "Air/drone strike", RUSSIA, None, "2019-05-07", "day", IDLIB, 5),
    ("sy-b", "idlib", "Airstrikes on the main hospital of Idlib killed seven people including "
     "doctors, a war monitor said.", ERV, "Air/drone strike", None, None, "2019-05-07", "day", IDLIB, 7),
    ("sy-c", "idlib", "A hospital in Idlib province was bombed by Russian jets on Tuesday, medical "
     "staff among the dead.", ERV, "Air/drone strike", RUSSIA, None, "2019-05-07", "day", IDLIB_PROVINCE, None),
    ("so-a", "mogadishu", "A car bomb exploded outside a hotel in Mogadishu on Friday, killing at "
     "least 15 people.", ERV, "Remote explosive/landmine/IED", None, None, "2024-03-15", "day", MOGADISHU, 15),
    ("so-b", "mogadishu", "Al-Shabaab claimed the truck bombing of a Mogadishu hotel that left 20 "
     "dead.", ERV, "Remote explosive/landmine/IED", "Al Shabaab", None, "2024-03-15", "day", MOGADISHU, 20),
    ("cd-a", "beni", "ADF rebels hacked 30 villagers to death with machetes near Beni on Wednesday.",
     VAC, "Attack", "ADF", None, "2021-05-05", "day", BENI, 30),
    ("cd-b", "beni", "Militiamen killed 26 villagers with machetes in a night raid outside Beni, "
     "the army said.", VAC, "Attack", None, None, "2021-05-06", "day", BENI, 26),
    ("cd-c", "beni", "Dozens of villagers were massacred by ADF fighters with machetes in North "
     "Kivu this month.", VAC, "Attack", "ADF", None, "2021-05", "month", NORTH_KIVU, None),
    ("ua-a", "kharkiv", "A Russian missile hit a residential building in Kharkiv on Thursday, "
     "killing four people.", ERV, "Shelling/artillery/missile attack", RUSSIA, None, "2024-01-18", "day", KHARKIV, 4),
    ("ua-b", "kharkiv", "Four residents died when a rocket struck an apartment block in Kharkiv, "
     "the governor said.", ERV, "Shelling/artillery/missile attack", None, None, "2024-01-18", "day", KHARKIV, 4),
    ("ua-c", "kharkiv", "A missile strike on a residential tower in Kharkiv killed six, the mayor "
     "said.", ERV, "Shelling/artillery/missile attack", None, None, "2024-01-19", "day", KHARKIV, 6),
    ("sd-a", "obeid", "The army repelled an RSF assault on El Obeid on Monday after hours of heavy "
     "fighting.", BAT, "Armed clash", SUDAN_ARMY, RSF, "2023-11-06", "day", EL_OBEID, None),
    ("sd-b", "obeid", "Clashes between the Rapid Support Forces and Sudanese troops raged around "
     "El Obeid, killing 11 fighters.", BAT, "Armed clash", RSF, SUDAN_ARMY, "2023-11-06", "day", EL_OBEID, 11),
    ("mm-a", "yangon", "Thousands of protesters marched through Yangon on Saturday demanding the "
     "release of detained leaders.", PRO, "Peaceful protest", "Protesters (Myanmar)", None, "2021-02-06", "day", YANGON, None),
    ("mm-b", "yangon", "Crowds filled the streets of Yangon on Saturday in the largest "
     "demonstration since the coup.", PRO, "Peaceful protest", "Protesters (Myanmar)", None, "2021-02-06", "day", YANGON, None),
    # distractors: each its own incident
    ("x-place-day", "x1", "Gunmen attacked Bandiagara again on Thursday, killing three herders.",
     VAC, "Attack", None, None, "2022-06-23", "day", BANDIAGARA, 3),
    ("x-day-town", "x2", "A suicide bomber struck a mosque in Gwoza on Saturday, killing four "
     "worshippers.", ERV, "Suicide bomb", None, None, "2023-03-04", "day", GWOZA, 4),
    ("x-type", "x3", "Residents of Kharkiv protested on Thursday against power cuts in the city.",
     PRO, "Peaceful protest", "Protesters (Ukraine)", None, "2024-01-18", "day", KHARKIV, None),
    ("x-province", "x4", "Artillery shelling hit farmland villages in southern Idlib province on "
     "Tuesday, wounding a shepherd.", ERV, "Shelling/artillery/missile attack", None, None,
     "2019-05-07", "day", IDLIB_PROVINCE, None),
    ("x-later", "x5", "A mortar round fired at Mogadishu's airport on Sunday wounded two soldiers.",
     ERV, "Shelling/artillery/missile attack", "Al Shabaab", None, "2024-03-17", "day", MOGADISHU, None),
    ("x-town", "x6", "Security forces fired tear gas at protesters in Mandalay on Saturday.",
     PRO, "Protest with intervention", "Protesters (Myanmar)", None, "2021-02-06", "day", MANDALAY, None),
    ("x-beni-battle", "x7", "The army said it had killed five ADF fighters in clashes near Beni "
     "on Friday.", BAT, "Armed clash", "Military Forces of the Democratic Republic of Congo", "ADF",
     "2021-05-07", "day", BENI, 5),
]


def build(report: tuple[Any, ...], n: int) -> Record:
    aid, _label, text, kind, sub, a1, a2, day, precision, where, toll = report
    loc: Location = where
    quantities = [quantity(text, str(toll) if str(toll) in text else text.split()[0], toll)] if toll else []
    return record(aid, text, source=f"Outlet {n % 5}", published=day if len(day) == 10 else None,
                  events=[event(text, text, type=kind, sub_type=sub, actor1=a1, inter1=2 if a1 else None,
                                actor2=a2, inter2=2 if a2 else None, date=day, precision=precision,
                                location=loc)], quantities=quantities)


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def pairwise(store: Store) -> tuple[float, float]:
    """Precision and recall of same-incident pairs against the true labels."""
    truth: dict[str, set[str]] = {}
    for r in REPORTS:
        truth.setdefault(r[1], set()).add(r[0])
    found = _pairs([{m.article_id for m in i.members} for i in store.incidents()])
    gold = _pairs(list(truth.values()))
    right = len(found & gold)
    return right / len(found) if found else 1.0, right / len(gold)


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_linking_merges_what_a_coder_would(tmp_path: Any, seed: int | None) -> None:
    order = list(enumerate(REPORTS))
    if seed is not None:
        random.Random(seed).shuffle(order)
    with Store.open(str(tmp_path / "corpus.db")) as store:
        for n, report in order:
            store.add_record(build(report, n))
        precision, recall = pairwise(store)
    print(f"linking order={seed}: pairwise precision {precision:.3f} recall {recall:.3f}")
    assert precision >= 0.99 and recall >= 0.99
