"""A fifth unseen set of multi-paragraph articles (tests/fixtures/events_articles5.yaml, issue 10),
written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted.  Scored with the shared judge of test_events_articles.py (imported), so the five sets'
figures compare.  One article (a court ruling in Dhaka) has no codable event: whatever is found
there counts against precision.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 0b66998, untuned):
  gold 30 found 41 matched 24  precision=0.59  recall=0.80  sub_type=0.79  fatalities=0.79
  actor1_filled=0.85  actor1_named=0.71
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)

From the second round of precision work (issue 10, branch events9a) this set is an ERROR-ANALYSIS
set, no longer unseen (events_articles4, 6 and 7 are): its untuned first figure above (precision
0.59, recall 0.80) is the honest one.  Before that work (src as of f0a7a6e):
  gold 30 found 38 matched 24  precision=0.63  recall=0.80  sub_type=0.92  fatalities=0.88
  actor1_filled=0.89  actor1_named=0.79
After it (general rules with examples of their own: handovers of papers, the standing conflict
in the perfect, earlier-month background, denied captures, seized people, running totals, deals
made earlier or awaited, promises, 'known as X', references that date another event, bullets,
accidents told by police, unopposed gains told in the next sentence):
  gold 30 found 29 matched 26  precision=0.90  recall=0.87  sub_type=0.96  fatalities=0.92
  actor1_filled=0.93  actor1_named=0.77
Gates sit just below these figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles5.yaml"
MIN_PRECISION = 0.92  # 0.94 after events round 10 (a riot in a policed protest's paragraph is that protest)
MIN_RECALL = 0.95  # 0.97 after the dates fifth pass
MIN_SUB_TYPE = 0.92
MIN_FATALITIES = 0.93  # 0.97 after fatalities round 12
MIN_ACTOR1_FILLED = 0.95
MIN_ACTOR1_NAMED = 0.88  # 0.90 after events round 6 (a group tie inside the attackers' own phrase)


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article5", _articles())


def test_articles5_set_shape() -> None:
    check_set_shape(_articles(), count=12, without_events=1, max_words=450)


def test_articles5_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles5_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
