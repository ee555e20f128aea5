"""A national capital named bare keeps its name against a namesake in the state a story is about."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.places.extract import extract_places
from eventcoder.model import Article

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def _places(nlp: Any, text: str) -> dict[str, Any]:
    ctx = Context(article=Article(id="t", text=text, published="2016-12-14"), doc=nlp(text))
    return {p.text: p for p in extract_places(ctx)}


def test_washington_in_a_state_story_is_the_capital(nlp: Any) -> None:
    text = ("Corn growers in Iowa welcomed the farm bill that lawmakers in Washington passed on "
            "Thursday, and Des Moines officials said it would help.")
    washington = _places(nlp, text)["Washington"]
    assert washington.country_code == "US" and washington.lat is not None and abs(washington.lat - 38.9) < 0.5


def test_a_small_namesake_qualified_by_its_state_still_wins(nlp: Any) -> None:
    text = "The fair in Washington, Iowa, drew growers from across the county."
    assert _places(nlp, text)["Washington"].admin1 == "Iowa"
