"""Fourteenth set of coded notes (tests/fixtures/events_notes14.yaml): 90 ACLED-style notes written
unseen - committed (211e22a) before the extractor ever ran on them and never tuned on - to stay the
honest measure on notes the code has never met while notes9, notes10 and notes11 are opened for
error analysis. Its types follow the mix of a real month of ACLED data over 52 countries, with
places, armed groups and protest causes no earlier set uses (Gayeri, Tominian, Abalak, Baardheere,
Wajid, Kasongo, Pemba, Kanbalu, Mindat, Hangu, Ampatuan, Al Mayadin, Baalbek, Tepalcatepec,
Gressier, Milagro; protests on disability allowances, a peat ban, shipyard bonuses, a tourist
fee, kerosene prices, a fuel levy). Its tolls are those of a real month: most stated plainly, a
minority in the harder forms (parts summed, two sources, a range, 'including' subsets, bodies
recovered, an earlier strike's toll as context, injured only, 'dozens'). Scored with the shared
judge of tests/test_events_fresh.py (type, sub-type, place within 50 km, date within a day,
fatalities), plus the count of notes that gave no event; -s prints a line per note.

First, untuned run (code of commit 211e22a), the honest figure for unseen notes, as written:
  type=0.93  sub_type=0.90  place=0.86  date=0.93  fatalities=0.91  no_event=4
(84, 81, 77, 84 and 82 of the 90 notes right.)
Still never tuned on, after the session's rounds (fatalities 19-20, places 15, types 20, all
fitted elsewhere) were merged (integ 5e3560a):
  type=0.93  sub_type=0.90  place=0.87  date=0.93  fatalities=0.92  no_event=4
Gates sit one note below the current figure."""

from __future__ import annotations

from pathlib import Path

from test_events_fresh import NoteGates, note_set_tests  # the shared judge and set checks

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes14.yaml"
GATES = NoteGates(type=0.92, sub_type=0.88, place=0.85, date=0.92,
                  fatalities=0.91, max_no_event=5)  # place 0.86 -> 0.87, fatalities 0.91 -> 0.92 after the merged rounds

# 90 distinct notes over at least 50 countries, every sub-type, each strategic development other
# than 'Other' at least twice, at least 44 with a toll; gold places in the gazetteer; the gates
globals().update(note_set_tests("notes14", FIXTURE, GATES, size=90, countries=50, with_toll=44))
