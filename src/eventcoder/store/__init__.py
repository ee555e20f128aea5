"""The corpus store: SQLAlchemy models, Alembic migrations, SQLite/PostgreSQL, search."""

from eventcoder.store.db import DEFAULT_URL, normalise_url
from eventcoder.store.filters import Filters
from eventcoder.store.rows import content_hash
from eventcoder.store.store import Store
from eventcoder.store.views import (
    AddResult,
    ClaimView,
    IncidentView,
    MemberView,
    SearchHit,
    Stats,
)

__all__ = [
    "DEFAULT_URL", "AddResult", "ClaimView", "Filters", "IncidentView", "MemberView",
    "SearchHit", "Stats", "Store", "content_hash", "normalise_url",
]
