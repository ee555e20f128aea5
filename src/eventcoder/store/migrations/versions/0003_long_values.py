"""Long ids, sources and names; a hash key for article ids; bounded full-text documents.

PostgreSQL enforced the VARCHAR lengths (an event id is the article id plus a suffix, so a
long URL as id broke at 128) and its B-tree rows are limited to about 2.7 kB, so ids are
looked up through ``id_key`` (SHA-256 of the id) and free-text columns become TEXT; their
plain B-tree indexes served no query (filters use substring matches) and are dropped there.
A tsvector is limited to 1 MB, so only a prefix of each text is indexed for search; the full
text stays in its column. SQLite enforces no lengths: it only gains ``id_key``.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Must match eventcoder.store.rows.FTS_PREFIX (kept literal: migrations are frozen history).
_PREFIX = 100_000
_PG_ARTICLE_TSV = f"to_tsvector('english', left(coalesce(title, '') || ' ' || text, {_PREFIX}))"
_PG_QUOTE_TSV = f"to_tsvector('english', left(coalesce(speaker, '') || ' ' || text, {_PREFIX}))"

_WIDEN = {
    "articles": ("id", "source"),
    "events": ("event_id", "sub_type", "actor1", "actor2", "location_name", "admin1"),
    "quotes": ("speaker",),
    "places": ("name", "admin1"),
    "incidents": ("sub_type", "admin1", "location_name", "actor1", "actor2"),
    "claims": ("source",),
}
_PG_DROPPED_INDEXES = ("ix_articles_source", "ix_events_actor1", "ix_events_actor2",
                       "ix_quotes_speaker", "ix_claims_source")


def _fill_id_keys() -> None:
    """Hash every existing id in Python: SQLite has no SHA-256 function."""
    bind = op.get_bind()
    articles = sa.table("articles", sa.column("pk", sa.Integer), sa.column("id", sa.Text),
                        sa.column("id_key", sa.String))
    rows = bind.execute(sa.select(articles.c.pk, articles.c.id)).all()
    for pk, article_id in rows:
        key = hashlib.sha256(str(article_id).encode("utf-8")).hexdigest()
        bind.execute(articles.update().where(articles.c.pk == pk).values(id_key=key))


def _pg_widen() -> None:
    for name in _PG_DROPPED_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("ALTER TABLE articles DROP CONSTRAINT IF EXISTS articles_id_key")
    for table, columns in _WIDEN.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.Text)


def _pg_bounded_search() -> None:
    """Generated columns cannot change expression on PostgreSQL 15: add them anew."""
    for table, expr in (("articles", _PG_ARTICLE_TSV), ("quotes", _PG_QUOTE_TSV)):
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_tsv tsvector "
                   f"GENERATED ALWAYS AS ({expr}) STORED")
        op.execute(f"CREATE INDEX ix_{table}_search_tsv ON {table} USING gin (search_tsv)")


def upgrade() -> None:
    op.add_column("articles", sa.Column("id_key", sa.String(64)))
    _fill_id_keys()
    op.create_index("ux_articles_id_key", "articles", ["id_key"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for table in ("articles", "quotes"):  # they pin the column types widened below
            op.execute(f"ALTER TABLE {table} DROP COLUMN search_tsv")
        _pg_widen()
        _pg_bounded_search()


def downgrade() -> None:
    """Drops the key only: narrowing columns again could not hold the long values stored."""
    op.drop_index("ux_articles_id_key", "articles")
    op.drop_column("articles", "id_key")
