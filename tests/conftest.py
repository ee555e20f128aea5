"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventcoder.extract.context import Context
from eventcoder.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from eventcoder.nlp import get_nlp

    return get_nlp()


HAND_FILLED = frozenset({"places", "dates", "quotes", "quantities"})


@pytest.fixture(scope="session")
def make_ctx(nlp) -> Callable[..., Context]:
    """Build an extraction context for a text, parsed with the shared pipeline."""

    def _make(text: str, published: str | None = "2016-12-14", article_id: str = "t") -> Context:
        article = Article(id=article_id, text=text, published=published)
        ctx = Context(article=article, doc=nlp(text))
        ctx.done |= HAND_FILLED  # tests fill what earlier steps would add, or leave it empty
        return ctx

    return _make


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the clone; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def base_index() -> Path:
    """The base gazetteer, built (or found) once for the session in the normal cache dir."""
    from eventcoder.extract.places.gazetteer import ensure_base

    return ensure_base()


@pytest.fixture
def gazetteer_home(base_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty EVENTCODER_HOME (no user additions) that reuses the built base index."""
    monkeypatch.setenv("EVENTCODER_HOME", str(tmp_path))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / base_index.name).symlink_to(base_index)
    return tmp_path


@pytest.fixture
def places_by_text(make_ctx: Callable[..., Context]) -> Callable[[str], dict[str, Any]]:
    """Places of a text keyed by their surface form (the places step alone)."""
    from eventcoder.extract.places.extract import extract_places

    def _run(text: str) -> dict[str, Any]:
        return {p.text: p for p in extract_places(make_ctx(text))}

    return _run


@pytest.fixture
def places_at(nlp: Any) -> Callable[[str, str | None], dict[str, Any]]:
    """Places of a text published at a URL, keyed by surface form (the places step alone)."""
    from eventcoder.extract.places.extract import extract_places

    def _run(text: str, url: str | None) -> dict[str, Any]:
        ctx = Context(article=Article(id="t", text=text, published="2016-12-14", url=url), doc=nlp(text))
        return {p.text: p for p in extract_places(ctx)}

    return _run
