"""A fourteenth unseen set of multi-paragraph articles (tests/fixtures/events_articles14.yaml),
written and committed (628e5e7) before the extractor ran on it and kept from the engineers tuning
events, so the unseen goals are judged on text nobody fitted, now that sets 11 and 12 are opened for
error analysis.  Mostly the common case of daily conflict news: wire stories, national and local
papers, a broadcaster's web story, outlets in translation (French, Arabic, Georgian, Somali,
Portuguese), a humanitarian flash update, an armed group's claim with the army's reply, a follow-up
with a revised toll and a wire roundup of four incidents, over Ethiopia's Amhara, Serbia, Puntland,
Kenya, North Kivu, Burkina Faso, Georgia, central Mali, Tripoli, Kabul, Negros, Haiti, Rio de Janeiro
and Pakistan.  Every ACLED event type appears; one article (border talks between Armenia and
Azerbaijan, with only background history) has nothing to code, so whatever is found there counts
against precision.  Scored with the shared judge of test_events_articles.py (imported).

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 0ebb3d6, untuned):
  gold 38 found 50 matched 33  precision=0.66  recall=0.87  sub_type=0.97  fatalities=0.85
  actor1_filled=0.94  actor1_named=0.79
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)"""

from __future__ import annotations

from pathlib import Path

from test_events_articles import article_set_tests  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles14.yaml"
MIN_PRECISION = 0.63  # 0.66 on the first, untuned run
MIN_RECALL = 0.84  # 0.87
MIN_SUB_TYPE = 0.94  # 0.97
MIN_FATALITIES = 0.82  # 0.85
MIN_ACTOR1_FILLED = 0.91  # 0.94
MIN_ACTOR1_NAMED = 0.76  # 0.79


globals().update(article_set_tests("articles14", FIXTURE, {
    "precision": MIN_PRECISION, "recall": MIN_RECALL, "sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
    "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED}, count=15, without_events=1, max_words=450))
