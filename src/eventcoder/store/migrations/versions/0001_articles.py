"""Articles and what was extracted from them (the first corpus schema).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(512), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(512)),
        sa.Column("published", sa.String(40)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record_json", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("event_id", sa.String(128), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("sub_type", sa.String(128), nullable=False),
        sa.Column("actor1", sa.String(512)),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.String(512)),
        sa.Column("inter2", sa.Integer),
        sa.Column("date", sa.String(40)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("date_start", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("location_name", sa.String(512)),
        sa.Column("country_code", sa.String(2)),
        sa.Column("admin1", sa.String(256)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.String(16)),
        sa.Column("fatalities", sa.Float),
        sa.Column("fatalities_qualifier", sa.String(16)),
        sa.Column("fatalities_text", sa.Text),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("attributed_to", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_events_article_pk", "events", ["article_pk"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_actor1", "events", ["actor1"])
    op.create_index("ix_events_actor2", "events", ["actor2"])
    op.create_index("ix_events_country_date", "events", ["country_code", "date_start"])
    op.create_index("ix_events_date", "events", ["date_start", "date_end"])
    op.create_table(
        "quantities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("attributed_to", sa.Text),
        sa.Column("date", sa.String(40)),
    )
    op.create_index("ix_quantities_article_pk", "quantities", ["article_pk"])
    op.create_index("ix_quantities_category", "quantities", ["category"])
    op.create_table(
        "quotes",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(512)),
        sa.Column("speaker_role", sa.Text),
        sa.Column("speaker_affiliation", sa.Text),
    )
    op.create_index("ix_quotes_article_pk", "quotes", ["article_pk"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"])
    op.create_table(
        "places",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("country_code", sa.String(2)),
        sa.Column("admin1", sa.String(256)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.Integer),
        sa.Column("precision", sa.String(16), nullable=False),
    )
    op.create_index("ix_places_article_pk", "places", ["article_pk"])
    op.create_index("ix_places_country_code", "places", ["country_code"])


def downgrade() -> None:
    for table in ("places", "quotes", "quantities", "events", "articles"):
        op.drop_table(table)
