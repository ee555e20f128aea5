"""A thirteenth unseen set of multi-paragraph articles (tests/fixtures/events_articles13.yaml),
written and committed (commit 79d3108) before the extractor ran on it and kept from the engineers
tuning events, so the unseen goals are judged on text nobody fitted now that sets 11 and 12 are
opened for error analysis.  Mostly the common case of daily conflict news: wire stories, national
and local papers, a broadcaster's web story, outlets in translation (Arabic, Burmese, Spanish), a
UN humanitarian update, a weekly Sahel roundup, an armed group's claim with the official reply and
a follow-up with a revised toll, over the Sahel and Nigeria, eastern Congo, Mozambique, Sudan,
Yemen, Syria, Iraq, Myanmar, Pakistan, India, Colombia, Mexico, Ukraine and Russia, the West Bank
and Lebanon.  One article (returns to Sinjar, with history, trials and budget politics) has nothing
to code, so whatever is found there counts against precision.  Scored with the shared judge of
test_events_articles.py (imported).

The set is never tuned on: gates sit a small margin below what the extractor reached on its first
run, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 0ebb3d6, untuned):
  gold 38 found 51 matched 31  precision=0.61  recall=0.82  sub_type=0.94  fatalities=0.87
  actor1_filled=0.92  actor1_named=0.81
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)"""

from __future__ import annotations

from pathlib import Path

from test_events_articles import article_set_tests  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles13.yaml"
MIN_PRECISION = 0.58  # 0.61 on the first, untuned run
MIN_RECALL = 0.79  # 0.82
MIN_SUB_TYPE = 0.91  # 0.94
MIN_FATALITIES = 0.84  # 0.87
MIN_ACTOR1_FILLED = 0.89  # 0.92
MIN_ACTOR1_NAMED = 0.78  # 0.81


globals().update(article_set_tests("articles13", FIXTURE, {
    "precision": MIN_PRECISION, "recall": MIN_RECALL, "sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
    "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED}, count=15, without_events=1, max_words=450))
