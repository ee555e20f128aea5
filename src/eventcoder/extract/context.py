"""What extractors share while one article is processed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from eventcoder.model import Article, DateMention, Event, Place, Quantity, Quote


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
