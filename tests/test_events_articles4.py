"""A fourth unseen set of multi-paragraph articles (tests/fixtures/events_articles4.yaml, issue 10),
written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted.  Scored with the shared judge of test_events_articles.py (imported), so the four sets'
figures compare.  One article (talks over a mine in Peru) has no codable event: whatever is found
there counts against precision.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 8855568, untuned):
  gold 21 found 23 matched 17  precision=0.74  recall=0.81  sub_type=0.94  fatalities=0.88
  actor1_filled=1.00  actor1_named=0.59
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)
After the second round of issue 10 (src as of the merge of events9a; the causes of this set's
first run were named, in general terms, to the engineers of that round, so it is now only
half unseen):
  gold 21 found 20 matched 19  precision=0.95  recall=0.90  sub_type=0.95  fatalities=0.89
  actor1_filled=1.00  actor1_named=0.79"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles4.yaml"
MIN_PRECISION = 0.9
MIN_RECALL = 0.86
MIN_SUB_TYPE = 0.9
MIN_FATALITIES = 0.94  # 1.00 after fatalities round 12
MIN_ACTOR1_FILLED = 0.95
MIN_ACTOR1_NAMED = 0.88  # 0.90 after actors round 9 (0.86 before: UPC and anti-balaka apart from the CPC)


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article4", _articles())


def test_articles4_set_shape() -> None:
    check_set_shape(_articles(), count=10, without_events=1, max_words=450)


def test_articles4_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles4_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
