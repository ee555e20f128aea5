"""A fifteenth unseen set of multi-paragraph articles (tests/fixtures/events_articles15.yaml),
written and committed (4ee3dd7) before the extractor ran on it and kept from the engineers tuning
events, so the unseen goals are judged on text nobody fitted now that sets 11 to 14 are opened for
error analysis.  Mostly the common case of daily conflict news: wire stories, national and local
papers, a broadcaster's web story, outlets in translation (Amharic, French, Spanish), a humanitarian
flash update, a UN situation update, an armed group's claim with the army's reply, a follow-up with
a revised toll and a wire roundup of overnight strikes, over Somalia, Ethiopia, South Sudan, the
Central African Republic, Burkina Faso, Cameroon, Afghanistan, the Philippines, Haiti, Ecuador, the
eastern DR Congo, Iraqi Kurdistan, the West Bank and Ukraine.  Every ACLED event type appears; one
article (Derna three years after the flood, with trials, a past riot and politics as background)
has nothing to code, so whatever is found there counts against precision.  Scored with the shared
judge of test_events_articles.py (imported).

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 2460719, untuned):
  gold 35 found 39 matched 32  precision=0.82  recall=0.91  sub_type=0.94  fatalities=0.88
  actor1_filled=0.95  actor1_named=0.78
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)"""

from __future__ import annotations

from pathlib import Path

from test_events_articles import article_set_tests  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles15.yaml"
MIN_PRECISION = 0.79  # 0.82 (32 of 39 found) on the first, untuned run
MIN_RECALL = 0.88  # 0.91 (32 of 35 gold)
MIN_SUB_TYPE = 0.91  # 0.94
MIN_FATALITIES = 0.85  # 0.88
MIN_ACTOR1_FILLED = 0.92  # 0.95
MIN_ACTOR1_NAMED = 0.75  # 0.78


globals().update(article_set_tests("articles15", FIXTURE, {
    "precision": MIN_PRECISION, "recall": MIN_RECALL, "sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
    "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED}, count=15, without_events=1, max_words=450))
