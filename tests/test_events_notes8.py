"""Eighth set of coded notes (tests/fixtures/events_notes8.yaml, issue 10): 90 ACLED-style notes
written unseen - committed before the extractor ever ran on them and never tuned on, so its
figures stay an honest estimate for unseen notes while the seventh set is being tuned on. Unlike
the earlier sets it has no emphasis: its types follow the mix of a real month of ACLED data over
53 countries, weighted to smaller conflicts and to protests on non-conflict topics. Scored with
the shared judge of tests/test_events_fresh.py (type, sub-type, place within 50 km, date within
a day, fatalities), plus the count of notes that gave no event; -s prints a line per note.

First, untuned run (code of commit 28904a6), the honest figure for unseen notes, as written:
  type=0.88  sub_type=0.87  place=0.86  date=0.88  fatalities=0.84  no_event=7
After one gold correction by the codebook (two take-overs without fighting are non-violent
transfers of territory; see the fixture's header; no note text and no code changed):
  type=0.90  sub_type=0.89  place=0.88  date=0.90  fatalities=0.87  no_event=7
Gates sit one note below the corrected figure. Round 16 (fatalities) opened this set for error
analysis (its figures are no longer unseen); after it:
  type=0.90  sub_type=0.89  place=0.88  date=0.90  fatalities=0.90  no_event=7
Events round 11 (its notes' misses studied, general rules written with example sentences of other
shapes), alone:
  type=0.98  sub_type=0.98  place=0.94  date=0.98  fatalities=0.93  no_event=1
Integration before fatalities round 17: fatalities=0.98; after (an attacker shot dead before he
could strike is the disrupted attack's dead): fatalities=0.99.
Gates sit one note below the latest merged figure."""

from __future__ import annotations

from pathlib import Path

from test_events_fresh import NoteGates, note_set_tests  # the shared judge and set checks

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes8.yaml"
GATES = NoteGates(type=0.96, sub_type=0.96, place=0.98, date=0.96,  # place 0.99 after notes round 13, 1.00 after places round 15
                  fatalities=0.97, max_no_event=2)

# 90 distinct notes over at least 50 countries, every sub-type, each strategic development other
# than 'Other' at least twice, at least 45 with a toll; gold places in the gazetteer; the gates
globals().update(note_set_tests("notes8", FIXTURE, GATES, size=90, countries=50, with_toll=45))
