"""What extractors share while one article is processed, and how each step declares its needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.tokens import Doc, Span

from eventcoder.errors import EventcoderError
from eventcoder.model import Article, DateMention, Event, Place, Quantity, Quote

if TYPE_CHECKING:
    from eventcoder.extract.config import ExtractConfig

T = TypeVar("T")

GIVEN = frozenset({"article", "doc"})
"""What every context holds before any step runs."""


class StepOrderError(EventcoderError):
    """A step reads something no earlier step adds: the order of the steps is wrong."""


@dataclass
class Context:
    """The parsed article and everything extracted from it so far."""

    article: Article
    doc: Doc
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    actor_files: tuple[Path, ...] = ()
    """User actor dictionaries (YAML) merged over the bundled ones (``--actors``)."""
    config: ExtractConfig = field(default_factory=lambda: _default_config())
    done: set[str] = field(default_factory=lambda: set(GIVEN))
    """What the steps run so far have added (``Step.assigns``)."""
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def anchor(self) -> date | None:
        """The publication date relative dates resolve against, or None when unknown."""
        if not self.article.published:
            return None
        try:
            return date.fromisoformat(self.article.published[:10])
        except ValueError:
            return None

    @property
    def sentences(self) -> list[Span]:
        """The parser's sentences, listed once per article: spaCy walks every token on each read
        of ``doc.sents``. A text the parser left unsplit is one sentence."""
        return self.memo("doc.sentences", self._split_sentences)

    def _split_sentences(self) -> list[Span]:
        if not len(self.doc):
            return []
        return list(self.doc.sents) if self.doc.has_annotation("SENT_START") else [self.doc[:]]

    def require(self, *needs: str) -> None:
        """Fail loudly when a helper is called before the step that fills what it reads."""
        missing = [n for n in needs if n not in self.done]
        if missing:
            raise StepOrderError(f"needs {', '.join(missing)}, which no step has added yet")

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A per-article cache: computed once, dropped with the context."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value


def _default_config() -> ExtractConfig:
    """Imported late: the areas' config sections live in packages that import this module."""
    from eventcoder.extract.config import DEFAULT_CONFIG

    return DEFAULT_CONFIG


@dataclass(frozen=True)
class Step:
    """One extraction step: what it reads from the context and what it adds (spaCy's
    requires/assigns idea, checked once for the whole order)."""

    name: str
    run: Callable[[Context], None]
    requires: frozenset[str]
    assigns: frozenset[str]


def check_order(steps: list[Step]) -> None:
    """Every step's needs must be added by an earlier step (or be the article itself)."""
    available = set(GIVEN)
    for step in steps:
        missing = step.requires - available
        if missing:
            raise StepOrderError(
                f"step '{step.name}' reads {', '.join(sorted(missing))}, which no earlier step adds;"
                " move it after the step that does"
            )
        available |= step.assigns
