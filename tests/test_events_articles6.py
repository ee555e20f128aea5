"""A sixth unseen set of multi-paragraph articles (tests/fixtures/events_articles6.yaml, issue 10),
written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted.  Every ACLED sub-type appears once at least; two articles (landslides and planned talks in
Oromia, a court ruling and a decree in Ecuador) have no codable event, so whatever is found there
counts against precision.  Scored with the shared judge of test_events_articles.py (imported), so
the sets' figures compare.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 396106b, src unchanged since aee4164; untuned):
  gold 32 found 46 matched 27  precision=0.59  recall=0.84  sub_type=1.00  fatalities=0.81
  actor1_filled=0.91  actor1_named=0.67
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)
After the second round of issue 10 (nobody saw this set; still unseen):
  gold 32 found 41 matched 28  precision=0.68  recall=0.88  sub_type=1.00  fatalities=0.86
  actor1_filled=0.98  actor1_named=0.75
From the third round of issue 10 on, this set is an ERROR-ANALYSIS set: the engineers tuning events
read it (a new unseen set is written elsewhere), so its figures no longer judge the unseen goals.
Its last unseen figures are those of the second round above (precision 0.68, recall 0.88,
fatalities 0.86).  After the third round (general rules, none fitted to its sentences):
  gold 32 found 34 matched 28  precision=0.82  recall=0.88  sub_type=1.00  fatalities=0.89
  actor1_filled=1.00  actor1_named=0.75
After round 4 of event places and days (a town inside the country a sentence opens with; general
rules, none fitted to its sentences):
  gold 32 found 34 matched 30  precision=0.88  recall=0.94  sub_type=1.00  fatalities=0.87
  actor1_filled=1.00  actor1_named=0.90"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles6.yaml"
MIN_PRECISION = 0.92  # 0.94 after events round 5
MIN_RECALL = 0.88
MIN_SUB_TYPE = 0.95
MIN_FATALITIES = 0.93  # 0.97 after fatalities round 12
MIN_ACTOR1_FILLED = 0.92
MIN_ACTOR1_NAMED = 0.95  # 0.97 after actors round 9 (0.90 before: named alliances and formations)


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article6", _articles())


def test_articles6_set_shape() -> None:
    check_set_shape(_articles(), count=12, without_events=2, max_words=450)


def test_articles6_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles6_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
