"""The shared dev gold, scored by ../shared/eval/score.py through the real CLI (skipped without ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EXAMPLE_THRESHOLDS = {
    "places": {"f1": 0.85},
    "dates": {"f1": 0.75, "recall": 0.95},  # every mention listed; the gold lists each time once
    "quantities": {"f1": 0.90, "qualifier_accuracy": 0.90},
    "quotes": {"f1": 0.90, "speaker_accuracy": 0.90},
    "events": {"recall": 0.83, "sub_type_accuracy": 0.6},
}
MAX_EVENTS = 15


@pytest.fixture(scope="module")
def example_scores(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("dev") / "r.jsonl"
    extract = subprocess.run(
        [sys.executable, "-m", "eventcoder", "extract", str(shared_dir / "examples" / "aleppo-ceasefire.txt"),
         "--id", "aleppo-ceasefire", "--published", "2016-12-14", "-o", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert extract.returncode == 0, extract.stderr
    score = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "gold" / "dev"), str(out), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    return json.loads(score.stdout)


def test_no_span_problems(example_scores: dict) -> None:
    assert example_scores["problems"] == []


@pytest.mark.parametrize("area", sorted(EXAMPLE_THRESHOLDS))
def test_example_area_meets_threshold(example_scores: dict, area: str) -> None:
    got = example_scores["overall"][area]
    for metric, minimum in EXAMPLE_THRESHOLDS[area].items():
        assert got[metric] >= minimum, f"{area} {metric} {got[metric]} < {minimum}: {got}"


def test_example_has_no_flood_of_events(example_scores: dict) -> None:
    assert example_scores["overall"]["events"]["system"] <= MAX_EVENTS
