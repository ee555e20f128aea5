"""A second, unseen set of multi-paragraph articles (tests/fixtures/events_articles2.yaml, issue 10),
scored with the judge of test_events_articles.py so the two sets' figures compare: event precision /
recall, sub-type and fatalities accuracy on matched events, and how often actor1 is filled and
names the gold actor.  Two articles (peace talks, floods) have no codable event: whatever is found
there counts against precision.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (commit 291f334 code, untuned):
  gold 27 found 69 matched 25  precision=0.36  recall=0.93  sub_type=0.96  fatalities=0.84
  actor1_filled=0.78  actor1_named=0.52
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)

After issue 10 part B (what is not an event: disasters and relief, claims and counter-claims,
negated / talked-about / generic / past mentions, sieges as states, country-wide tallies,
witness quotes retelling the news, a sentence about talks):
  gold 27 found 43 matched 25  precision=0.58  recall=0.93  sub_type=0.96  fatalities=0.84
  actor1_filled=0.79  actor1_named=0.52

After one event told many times merges (issue 10 part A, events/retelling.py):
  gold 27 found 44 matched 26  precision=0.59  recall=0.96  sub_type=0.96  fatalities=0.88
  actor1_filled=0.84  actor1_named=0.69
Both together:
  gold 27 found 30 matched 25  precision=0.83  recall=0.93  sub_type=0.96  fatalities=0.88
  actor1_filled=0.90  actor1_named=0.64
After the actor rules of issue 10 (a weapon is never an actor, claims and 'the attackers belonged
to X' name the doer, generic actors take the place's country):
  gold 27 found 30 matched 25  precision=0.83  recall=0.93  sub_type=0.96  fatalities=0.88
  actor1_filled=0.93  actor1_named=0.84
After strategic developments a coder would not record (plans for next week, deals in force,
month-dated moves; events/strategic.py), fitted on events_articles3 and case-dev:
  gold 27 found 28 matched 25  precision=0.89  recall=0.93  sub_type=0.96  fatalities=0.88
  actor1_filled=0.93  actor1_named=0.64
After event arguments (issue 10, events/fatalities.py, tolls.py: a toll's breakdown is not more
dead, a toll folded into the event before is no orphan for another):
  gold 27 found 30 matched 25  precision=0.83  recall=0.93  sub_type=0.96  fatalities=0.96
  actor1_filled=0.90  actor1_named=0.64
With all three: see the gates (tuned on; the unseen figures are events_articles4-6's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles2.yaml"
MIN_PRECISION = 0.92
MIN_RECALL = 0.96
MIN_SUB_TYPE = 0.92
MIN_FATALITIES = 0.96
MIN_ACTOR1_FILLED = 0.96  # 1.00 after events round 5
MIN_ACTOR1_NAMED = 0.86  # 0.89 after events round 5


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article2", _articles())


def test_articles2_set_shape() -> None:
    check_set_shape(_articles(), count=14, without_events=2, max_words=600)


def test_articles2_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles2_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
