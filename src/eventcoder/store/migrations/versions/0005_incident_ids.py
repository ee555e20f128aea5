"""Citable incident ids, incident summaries kept as state, and the (place, day) candidate index.

Incidents are derived data: they are emptied here and rebuilt by ``Store.open`` (which links
every unlinked mention) with the new linking, so each gets its id and index rows.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM claims")
    op.execute("DELETE FROM incident_members")
    op.execute("DELETE FROM incidents")
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("uid", sa.String(32), nullable=True))
        batch.add_column(sa.Column("state", sa.Text, nullable=True))
        batch.create_unique_constraint("uq_incidents_uid", ["uid"])
    op.create_table(
        "incident_keys",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer,
                  sa.ForeignKey("incidents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("place_key", sa.String(160), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
    )
    op.create_index("ix_incident_keys_incident_pk", "incident_keys", ["incident_pk"])
    op.create_index("ix_incident_keys_place_day", "incident_keys", ["place_key", "day"])


def downgrade() -> None:
    op.drop_index("ix_incident_keys_place_day", "incident_keys")
    op.drop_index("ix_incident_keys_incident_pk", "incident_keys")
    op.drop_table("incident_keys")
    with op.batch_alter_table("incidents") as batch:
        batch.drop_constraint("uq_incidents_uid", type_="unique")
        batch.drop_column("state")
        batch.drop_column("uid")
