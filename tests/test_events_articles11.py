"""An eleventh unseen set of multi-paragraph articles (tests/fixtures/events_articles11.yaml, issue
10), written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted; set 10 is being tuned on and no longer measures honestly.  Mostly the common case this
time: wire stories, national newspaper reports, broadcasters' web stories, a local paper and
regional outlets in translation, plus a weekly roundup with a dated week, a humanitarian flash
update, an armed group's claim with the army's reply, a follow-up piece with a revised toll and a
protests roundup.  Every ACLED event type appears and 23 of the 25 sub-types; one article (a court
verdict on a past killing) has nothing to code, so whatever is found there counts against
precision.  Scored with the shared judge of test_events_articles.py (imported), so the sets'
figures compare.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 148a1d8, untuned):
  gold 47 found 60 matched 34  precision=0.57  recall=0.72  sub_type=0.94  fatalities=0.94
  actor1_filled=0.87  actor1_named=0.79
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles11.yaml"
MIN_PRECISION = 0.55
MIN_RECALL = 0.70
MIN_SUB_TYPE = 0.91
MIN_FATALITIES = 0.91
MIN_ACTOR1_FILLED = 0.84
MIN_ACTOR1_NAMED = 0.76


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article11", _articles())


def test_articles11_set_shape() -> None:
    check_set_shape(_articles(), count=15, without_events=1, max_words=450)


def test_articles11_gold_places() -> None:
    """Every gold place points at a gazetteer entry the extractor can return."""
    from test_events_fresh import unplaced_gold

    items = [dict(event, id=f"{art['id']}#{i}") for art in _articles() for i, event in enumerate(art["events"])]
    assert unplaced_gold(items) == []


def test_articles11_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles11_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
