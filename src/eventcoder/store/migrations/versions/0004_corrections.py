"""Analyst corrections: accept / correct / reject verdicts on extracted items.

Keyed by article id (no foreign key), so they outlive re-ingests and are re-applied on read; looked
up by the id's fixed-length hash (as articles are since 0003), so ids of any length fit.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("article_key", sa.String(64), nullable=False),
        sa.Column("item_kind", sa.String(16), nullable=False),
        sa.Column("item_key", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.String(256)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_corrections_article_key", "corrections", ["article_key"])


def downgrade() -> None:
    op.drop_index("ix_corrections_article_key", "corrections")
    op.drop_table("corrections")
