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
(tuned on: the unseen figure after this work is events_articles3's.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_events_articles import _describe, _fatalities, _name_ok, _pair  # the shared judge

from eventcoder.model import Article

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_articles2.yaml"
MIN_PRECISION = 0.8
MIN_RECALL = 0.88
MIN_SUB_TYPE = 0.92
MIN_FATALITIES = 0.84
MIN_ACTOR1_FILLED = 0.86
MIN_ACTOR1_NAMED = 0.6


def _articles() -> list[dict[str, Any]]:
    return list(yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["articles"])


def _print_article(art: dict[str, Any], events: list[Any], paired: set[int]) -> None:
    print(f"  {art['id']}: found {len(events)}, gold {len(art['events'])}, matched {len(paired)}")
    for event in events:
        print(f"    {'ok ' if id(event) in paired else 'xx '}{event.type[:12]:12} {_describe(event)}")


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    from eventcoder.record import build_record

    n_sys = n_gold = n_pairs = sub_ok = fat_ok = a1_filled = a1_named = 0
    print("\narticle2 events:")
    for art in _articles():
        rec = build_record(Article(id=art["id"], text=art["text"], published=art["published"]))
        pairs = _pair(rec.events, art["events"])
        n_sys, n_gold, n_pairs = n_sys + len(rec.events), n_gold + len(art["events"]), n_pairs + len(pairs)
        sub_ok += sum(e.sub_type == g["sub_type"] for e, g in pairs)
        fat_ok += sum(_fatalities(e) == g["fatalities"] for e, g in pairs)
        a1_filled += sum(e.actor1 is not None for e in rec.events)
        a1_named += sum(_name_ok(e.actor1.name if e.actor1 else None, g.get("actor1")) for e, g in pairs)
        _print_article(art, rec.events, {id(e) for e, _ in pairs})
    totals = {"precision": n_pairs / max(n_sys, 1), "recall": n_pairs / n_gold,
              "sub_type": sub_ok / max(n_pairs, 1), "fatalities": fat_ok / max(n_pairs, 1),
              "actor1_filled": a1_filled / max(n_sys, 1), "actor1_named": a1_named / max(n_pairs, 1)}
    print(f"  gold {n_gold} found {n_sys} matched {n_pairs}  "
          + "  ".join(f"{k}={v:.2f}" for k, v in totals.items()))
    return totals


def test_articles2_set_shape() -> None:
    arts = _articles()
    assert len(arts) == 14
    assert len({a["id"] for a in arts}) == 14
    assert sum(not a["events"] for a in arts) == 2  # the two stories with no codable event
    for art in arts:
        date.fromisoformat(art["published"])
        assert 250 <= len(art["text"].split()) <= 600, art["id"]


def test_articles2_precision_recall(scores: dict[str, float]) -> None:
    assert scores["precision"] >= MIN_PRECISION
    assert scores["recall"] >= MIN_RECALL


def test_articles2_arguments(scores: dict[str, float]) -> None:
    assert scores["sub_type"] >= MIN_SUB_TYPE
    assert scores["fatalities"] >= MIN_FATALITIES
    assert scores["actor1_filled"] >= MIN_ACTOR1_FILLED
    assert scores["actor1_named"] >= MIN_ACTOR1_NAMED
