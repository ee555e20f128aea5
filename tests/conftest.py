"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventcoder.extract.context import Context
from eventcoder.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from eventcoder.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def make_ctx(nlp) -> Callable[..., Context]:
    """Build an extraction context for a text, parsed with the shared pipeline."""

    def _make(text: str, published: str | None = "2016-12-14", article_id: str = "t") -> Context:
        article = Article(id=article_id, text=text, published=published)
        return Context(article=article, doc=nlp(text))

    return _make


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the clone; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this clone")
    return SHARED
