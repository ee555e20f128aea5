"""Alembic environment: always run programmatically by ``Store.open`` on a live connection."""

from __future__ import annotations

from alembic import context

from eventcoder.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run eventcoder migrations through eventcoder.store.Store.open(url)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
