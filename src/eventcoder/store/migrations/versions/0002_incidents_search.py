"""Incidents, their members and claims; full-text search over articles and quotes.

Existing articles and quotes are indexed for search here; existing event mentions are
linked into incidents by ``Store.open`` after the upgrade (linking is code, not SQL).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_PG_ARTICLE_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
_PG_QUOTE_TSV = "to_tsvector('english', coalesce(speaker, '') || ' ' || text)"


def _create_linking_tables() -> None:
    op.create_table(
        "incidents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("sub_type", sa.String(128), nullable=False),
        sa.Column("date_start", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("country_code", sa.String(2)),
        sa.Column("admin1", sa.String(256)),
        sa.Column("location_name", sa.String(512)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.String(16)),
        sa.Column("actor1", sa.String(512)),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.String(512)),
        sa.Column("inter2", sa.Integer),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("disputed", sa.Boolean, nullable=False),
        sa.Column("disputes", sa.Text),
    )
    op.create_index("ix_incidents_type", "incidents", ["type"])
    op.create_index(
        "ix_incidents_country_date", "incidents", ["country_code", "date_start", "date_end"]
    )
    op.create_table(
        "incident_members",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer,
                  sa.ForeignKey("incidents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("event_pk", sa.Integer,
                  sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("article_pk", sa.Integer,
                  sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_incident_members_incident_pk", "incident_members", ["incident_pk"])
    op.create_index("ix_incident_members_article_pk", "incident_members", ["article_pk"])
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer,
                  sa.ForeignKey("incidents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("event_pk", sa.Integer,
                  sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("article_pk", sa.Integer,
                  sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("source", sa.String(512)),
        sa.Column("disputed", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claims_incident_pk", "claims", ["incident_pk"])
    op.create_index("ix_claims_event_pk", "claims", ["event_pk"])
    op.create_index("ix_claims_article_pk", "claims", ["article_pk"])
    op.create_index("ix_claims_source", "claims", ["source"])


def _create_sqlite_search() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, tokenize='porter unicode61')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(body, tokenize='porter unicode61')"
    )
    op.execute(
        "INSERT INTO articles_fts(rowid, body) "
        "SELECT pk, coalesce(title, '') || char(10) || text FROM articles"
    )
    op.execute(
        "INSERT INTO quotes_fts(rowid, body) "
        "SELECT pk, coalesce(speaker, '') || char(10) || text FROM quotes"
    )


def _create_pg_search() -> None:
    op.execute(
        f"ALTER TABLE articles ADD COLUMN search_tsv tsvector "
        f"GENERATED ALWAYS AS ({_PG_ARTICLE_TSV}) STORED"
    )
    op.execute(
        f"ALTER TABLE quotes ADD COLUMN search_tsv tsvector "
        f"GENERATED ALWAYS AS ({_PG_QUOTE_TSV}) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search_tsv ON articles USING gin (search_tsv)")
    op.execute("CREATE INDEX ix_quotes_search_tsv ON quotes USING gin (search_tsv)")


def upgrade() -> None:
    _create_linking_tables()
    if op.get_bind().dialect.name == "postgresql":
        _create_pg_search()
    else:
        _create_sqlite_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE quotes DROP COLUMN search_tsv")
        op.execute("ALTER TABLE articles DROP COLUMN search_tsv")
    else:
        op.execute("DROP TABLE quotes_fts")
        op.execute("DROP TABLE articles_fts")
    for table in ("claims", "incident_members", "incidents"):
        op.drop_table(table)
