"""The ``corrections`` table: an analyst's verdicts on extracted items, kept apart from the record.

Corrections are keyed by the article's *id* (not its row pk, and with no foreign key) so they
survive a re-ingest that deletes and re-inserts the article: they are re-applied on read, and a
correction whose evidence text no longer matches is flagged instead of applied.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from eventcoder.store.tables import Base


class CorrectionRow(Base):
    """One review action on one item (event, figure, quote or place) of one article."""

    __tablename__ = "corrections"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(Text)
    article_key: Mapped[str] = mapped_column(String(64), index=True)
    item_kind: Mapped[str] = mapped_column(String(16))
    item_key: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    changes: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text)
