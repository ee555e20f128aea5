"""An eighth unseen set of multi-paragraph articles (tests/fixtures/events_articles8.yaml, issue 10),
written before the extractor ran on it and kept from the engineers tuning events, so the issue's
unseen goals (event precision >= 0.6, recall >= 0.7, fatalities >= 0.7) are judged on text nobody
fitted.  Varied styles (wire with dateline, broadsheet analysis, local radio bulletin, humanitarian
situation report with bullets, live blog with timestamps, translated regional press, weekly
roundup over several countries, ministry statement); every ACLED event type and sub-type except
chemical weapons and 'Other' appears, and two articles (Cox's Bazar landslides and a camp fire;
a north Kosovo anniversary, verdict and postponed talks) have nothing to code, so whatever is
found there counts against precision.  Scored with the shared judge of test_events_articles.py
(imported), so the sets' figures compare.

The set is never tuned on: gates sit a small margin below what the extractor reached when it was
written, and every figure is printed so a regression shows in the log before it fails the build.

First run (src as of commit 44153a5, untuned):
  gold 42 found 49 matched 36  precision=0.73  recall=0.86  sub_type=0.97  fatalities=0.86
  actor1_filled=0.90  actor1_named=0.72
(sub_type, fatalities and actor1_named over matched events; actor1_filled over all found.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_articles import check_gates, check_set_shape, load_articles, score_articles  # the shared judge

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles8.yaml"
MIN_PRECISION = 0.86  # 0.88 after places round 14 (a town measured from another is placed at itself); 0.86 after events round 10
MIN_RECALL = 0.86  # 0.88 after places round 14; 0.86 after events round 9
MIN_SUB_TYPE = 0.97  # 1.00 after events round 5
MIN_FATALITIES = 0.97  # 1.00 after fatalities round 13
MIN_ACTOR1_FILLED = 0.96  # 0.98 after events round 6 (army formations: "Operations Command", "Infantry Division")
MIN_ACTOR1_NAMED = 0.95  # 0.97 after actors round 9 (0.94 before: the UPC named as itself)


def _articles() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_articles("article8", _articles())


def test_articles8_set_shape() -> None:
    check_set_shape(_articles(), count=14, without_events=2, max_words=450)


def test_articles8_precision_recall(scores: dict[str, float]) -> None:
    check_gates(scores, {"precision": MIN_PRECISION, "recall": MIN_RECALL})


def test_articles8_arguments(scores: dict[str, float]) -> None:
    check_gates(scores, {"sub_type": MIN_SUB_TYPE, "fatalities": MIN_FATALITIES,
                         "actor1_filled": MIN_ACTOR1_FILLED, "actor1_named": MIN_ACTOR1_NAMED})
