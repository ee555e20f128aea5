"""Thirteenth set of coded notes (tests/fixtures/events_notes13.yaml): 90 ACLED-style notes written
unseen - committed (3b861be) before the extractor ever ran on them and never tuned on - to be the
honest measure on notes the code has never met while notes9, notes10 and notes11 are opened for
error analysis. Its types follow the mix of a real month of ACLED data over 52 countries, with
places, armed groups and protest causes no earlier set uses (Tougan, Niafunke, Dinsoor, Kapoeta,
Kirumba, Umm Kaddadah, Tedim, Taungup, Wana, Kobani, Hermel, Puerto Asis, Chilapa, Babahoyo,
Kurakhove, Grayvoron; protests on the EU-Mercosur deal, rents, a lithium plant, maize prices).
Its tolls are those of a real month: most stated plainly, a minority in the harder forms (per
side, two sources, a range, subsets, bodies found, earlier tolls as context, injured only,
'dozens'). Scored with the shared judge of tests/test_events_fresh.py (type, sub-type, place
within 50 km, date within a day, fatalities), plus the count of notes that gave no event; -s
prints a line per note.

First, untuned run (code of commit 3b861be), the honest figure for unseen notes, as written:
  type=0.93  sub_type=0.91  place=0.90  date=0.93  fatalities=0.90  no_event=1
Still never tuned on, after the session's rounds (fatalities 19-20, places 15, types 20, all
fitted elsewhere) were merged (integ 5e3560a):
  type=0.93  sub_type=0.91  place=0.90  date=0.93  fatalities=0.91  no_event=1
Gates sit one note below the current figure."""

from __future__ import annotations

from pathlib import Path

from test_events_fresh import NoteGates, note_set_tests  # the shared judge and set checks

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes13.yaml"
GATES = NoteGates(type=0.92, sub_type=0.90, place=0.88, date=0.92,
                  fatalities=0.90, max_no_event=2)  # 0.90 first run, 0.91 after the merged rounds

# 90 distinct notes over at least 50 countries, every sub-type, each strategic development other
# than 'Other' at least twice, at least 49 with a toll; gold places in the gazetteer; the gates
globals().update(note_set_tests("notes13", FIXTURE, GATES, size=90, countries=50, with_toll=49))
