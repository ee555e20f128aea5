"""A seventh unseen set of multi-paragraph articles (tests/fixtures/events_articles7.yaml, issue 10),
written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted.  Varied styles (wire, broadsheet analysis, local radio round-up, humanitarian flash update,
live-blog digest with timestamps, translated regional press); every ACLED event type appears, and
two articles (Tigray talks on an anniversary, Lamu floods) have nothing to code, so whatever is
found there counts against precision.  Scored with the shared judge of test_events_articles.py
(imported), so the sets' figures compare.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit f0a7a6e, untuned):
  gold 41 found 51 matched 33  precision=0.65  recall=0.80  sub_type=0.88  fatalities=0.82
  actor1_filled=0.90  actor1_named=0.73
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)
After the second round of issue 10 (nobody saw this set; still unseen):
  gold 41 found 46 matched 33  precision=0.72  recall=0.80  sub_type=0.88  fatalities=0.82
  actor1_filled=0.91  actor1_named=0.76
From the third round of issue 10 on, this set is an ERROR-ANALYSIS set: the engineers tuning events
read it (a new unseen set is written elsewhere), so its figures no longer judge the unseen goals.
Its last unseen figures are those of the second round above (precision 0.72, recall 0.80,
fatalities 0.82).  After the third round (general rules, none fitted to its sentences):
  gold 41 found 40 matched 33  precision=0.82  recall=0.80  sub_type=0.88  fatalities=0.85
  actor1_filled=0.95  actor1_named=0.76
After round 4 of event places and days (headings, 'N km north of X', districts of a named city,
'X, the capital of Y', 'a rural area of X'; general rules with examples of their own):
  gold 41 found 40 matched 37  precision=0.93  recall=0.90  sub_type=0.95  fatalities=0.86
  actor1_filled=0.93  actor1_named=0.78"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles7.yaml"
MIN_PRECISION = 0.93  # 0.95 after events round 5
MIN_RECALL = 0.87
MIN_SUB_TYPE = 0.94  # 0.97 after event types round 20 (riots turned on police)
MIN_FATALITIES = 0.95  # 0.97 after fatalities round 13
MIN_ACTOR1_FILLED = 0.95  # 0.97 after events round 5
MIN_ACTOR1_NAMED = 0.90  # 0.92 after events round 6 (article-level named group; tie in the attackers' phrase)


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article7", _articles())


def test_articles7_set_shape() -> None:
    check_set_shape(_articles(), count=12, without_events=2, max_words=450)


def test_articles7_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles7_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
