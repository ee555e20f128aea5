"""The corpus schema as SQLAlchemy 2 models: the head revision the migrations build.

Rows are flat on purpose (one column per filterable attribute) so that filters, linking
candidates and exports are plain indexed queries; the full record is kept as JSON beside them.
Full-text indexes are not modelled here: they differ per dialect (see ``search.py``).
Free-text columns are TEXT (revision 0003): on PostgreSQL their B-tree indexes are dropped,
since a value over about 2.7 kB cannot be indexed and no query looks them up by equality.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every corpus table."""


def _article_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)


class ArticleRow(Base):
    """One ingested article; ``id`` + ``content_hash`` decide whether a re-ingest changes it."""

    __tablename__ = "articles"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(Text)
    id_key: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of id: any length
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text, index=True)
    published: Mapped[str | None] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    record_json: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[str] = mapped_column(String(40))


class EventRow(Base):
    """One event mention in one article; ``date_start``/``date_end`` are its ISO day window."""

    __tablename__ = "events"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_pk: Mapped[int] = _article_fk()
    event_id: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(64), index=True)
    sub_type: Mapped[str] = mapped_column(Text)
    actor1: Mapped[str | None] = mapped_column(Text, index=True)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(Text, index=True)
    inter2: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(40))
    date_precision: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    location_name: Mapped[str | None] = mapped_column(Text)
    country_code: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str | None] = mapped_column(String(16))
    fatalities: Mapped[float | None] = mapped_column(Float)
    fatalities_qualifier: Mapped[str | None] = mapped_column(String(16))
    fatalities_text: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(16))
    attributed_to: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_events_country_date", "country_code", "date_start"),
        Index("ix_events_date", "date_start", "date_end"),
    )


class QuantityRow(Base):
    """One figure found in one article."""

    __tablename__ = "quantities"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_pk: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(40))


class QuoteRow(Base):
    """One quote in one article, with its speaker."""

    __tablename__ = "quotes"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_pk: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_affiliation: Mapped[str | None] = mapped_column(Text)


class PlaceRow(Base):
    """One resolved toponym mention in one article."""

    __tablename__ = "places"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_pk: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    precision: Mapped[str] = mapped_column(String(16))


class IncidentRow(Base):
    """A real-world event seen in one or more articles; summary columns are recomputed."""

    __tablename__ = "incidents"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    """The citable id (``SYR-3f9a2c``): ISO3 + hash of the founding mention (revision 0005)."""
    type: Mapped[str] = mapped_column(String(64), index=True)
    sub_type: Mapped[str] = mapped_column(Text)
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(16))
    country_code: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    location_name: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str | None] = mapped_column(String(16))
    actor1: Mapped[str | None] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    n_mentions: Mapped[int] = mapped_column(Integer, default=0)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    disputes: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(Text)
    """``link.state.IncidentState`` as JSON: what the summary is read from, updated per member."""

    __table_args__ = (
        Index("ix_incidents_country_date", "country_code", "date_start", "date_end"),
    )


class IncidentKeyRow(Base):
    """One (place key, day) an incident is filed under, so candidates are found by index."""

    __tablename__ = "incident_keys"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(
        ForeignKey("incidents.pk", ondelete="CASCADE"), index=True
    )
    place_key: Mapped[str] = mapped_column(String(160))
    day: Mapped[str] = mapped_column(String(10))

    __table_args__ = (Index("ix_incident_keys_place_day", "place_key", "day"),)


class IncidentMemberRow(Base):
    """An event mention assigned to an incident, and why it was merged there."""

    __tablename__ = "incident_members"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(
        ForeignKey("incidents.pk", ondelete="CASCADE"), index=True
    )
    event_pk: Mapped[int] = mapped_column(
        ForeignKey("events.pk", ondelete="CASCADE"), unique=True
    )
    article_pk: Mapped[int] = _article_fk()
    reason: Mapped[str] = mapped_column(Text)


class ClaimRow(Base):
    """One source's figure for one incident, kept beside the others."""

    __tablename__ = "claims"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(
        ForeignKey("incidents.pk", ondelete="CASCADE"), index=True
    )
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    article_pk: Mapped[int] = _article_fk()
    category: Mapped[str] = mapped_column(String(16))
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text, index=True)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
