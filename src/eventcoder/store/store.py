"""The corpus: one typed API over SQLite or PostgreSQL for the CLI and future web views.

Re-ingest rules (by article id + content hash, see ``rows.content_hash``):
  * same id, same hash → nothing changes (``unchanged``);
  * same id, new hash → the old article and everything derived from it (events, figures,
    quotes, places, incident memberships, claims) is deleted and the new one stored
    (``replaced``); incidents it belonged to are recomputed, and dropped when left empty.
Each article is one transaction, so a crash loses at most the article in flight, and one
that the database refuses fails alone. Concurrent writers (processes ingesting overlapping
inputs into one corpus) are safe: SQLite writes are serialised (BEGIN IMMEDIATE), PostgreSQL
linking takes per-country advisory locks, and a write that lost a race is retried.
Strings are stored with NUL replaced by U+FFFD (``rows.scrub_record``) on both backends.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from eventcoder.errors import CorpusNotFound, FilterError, StoreError
from eventcoder.link.claims import claims_for_event
from eventcoder.link.rules import LinkRules
from eventcoder.model import Article, Record
from eventcoder.store import db
from eventcoder.store import search as _search
from eventcoder.store import stats as _stats
from eventcoder.store.filters import Filters, article_condition, clean_text, incident_condition
from eventcoder.store.linking import Work, drop_empty, link_event, lock_countries, refresh_incident
from eventcoder.store.rows import (
    article_key,
    article_row,
    child_rows,
    content_hash,
    event_row,
    scrub_record,
)
from eventcoder.store.tables import (
    ArticleRow,
    ClaimRow,
    EventRow,
    IncidentMemberRow,
    IncidentRow,
    PlaceRow,
    QuantityRow,
    QuoteRow,
)
from eventcoder.store.views import (
    AddResult,
    ClaimView,
    IncidentView,
    MemberView,
    SearchHit,
    Stats,
)

_CHILD_TABLES = {"quantities": QuantityRow, "quotes": QuoteRow, "places": PlaceRow}
_BATCH = 500
_ATTEMPTS = 4  # a write that lost a race (duplicate key, deadlock, busy) is redone this often
# Statements built once: values travel as parameters, so SQLAlchemy's compiled cache is hit.
_ARTICLES, _EVENTS = cast(Table, ArticleRow.__table__), cast(Table, EventRow.__table__)
_INSERT_ARTICLE = insert(_ARTICLES).returning(_ARTICLES.c.pk)
_INSERT_EVENT = insert(_EVENTS).returning(_EVENTS.c.pk)


class Store:
    """A corpus database; open it with ``Store.open(url)``, which migrates it to head."""

    def __init__(self, engine: Engine, rules: LinkRules | None = None) -> None:
        self.engine = engine
        self.rules = rules or LinkRules()
        self.work: Work = Counter()
        """Linking work done through this handle (see ``linking.Work``), for tests and tuning."""

    @classmethod
    def open(cls, url: str | None = None, *, rules: LinkRules | None = None,
             create: bool = True) -> Store:
        """Open and upgrade the corpus, then link any unlinked mentions.

        ``create=False`` is for read commands: a SQLite file that does not exist is refused
        (CorpusNotFound) instead of being created empty, which would hide a mistyped path.
        """
        if not create:
            _require_existing(url)
        engine = db.make_engine(url)
        try:
            db.upgrade(engine)
            store = cls(engine, rules)
            store.link_pending()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---- writing -------------------------------------------------------------------------

    def status(self, article: Article) -> str:
        """'new', 'same' (already stored with this content) or 'changed' (stored, content differs)."""
        with self.engine.connect() as conn:
            stored = conn.execute(select(ArticleRow.content_hash)
                                  .where(ArticleRow.id_key == article_key(article.id))).scalar()
        if stored is None:
            return "new"
        return "same" if stored == content_hash(article) else "changed"

    def add_record(self, record: Record, *, force: bool = False) -> AddResult:
        """Store one record in its own transaction; see the module docstring for re-ingests.

        ``force`` replaces a stored article even when its content hash is unchanged: the
        record was re-extracted after a dictionary, gazetteer or rule change.

        Losing a race to another writer (same article inserted first, deadlock, lock wait
        over) rolls back and redoes this article: the next attempt sees the winner's rows.
        """
        digest = content_hash(record.article)
        clean = scrub_record(record)
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                return self._add(clean, digest, force)
            except (IntegrityError, OperationalError) as exc:
                if attempt == _ATTEMPTS:
                    raise StoreError(f"could not store article {record.article.id!r}: {exc}") from exc
            except SQLAlchemyError as exc:
                raise StoreError(f"could not store article {record.article.id!r}: {exc}") from exc
        raise AssertionError("unreachable")

    def _add(self, record: Record, digest: str, force: bool = False) -> AddResult:
        """One attempt at ``add_record`` in one write transaction."""
        with db.writing(self.engine) as conn:
            old = conn.execute(select(ArticleRow.pk, ArticleRow.content_hash)
                               .where(ArticleRow.id_key == article_key(record.article.id))).first()
            if old is not None and old.content_hash == digest and not force:
                return AddResult("unchanged", record.article.id)
            lock_countries(conn, self._countries(conn, record, old.pk if old else None))
            touched = self._delete_article(conn, old.pk) if old is not None else set()
            drop_empty(conn, touched)
            linked = self._insert(conn, record, digest)
            for incident_pk in sorted(touched):
                refresh_incident(conn, incident_pk, self.rules, self.work)
        return AddResult("added" if old is None else "replaced", record.article.id,
                         tuple(sorted(linked)))

    @staticmethod
    def _countries(conn: Connection, record: Record, old_pk: int | None) -> set[str | None]:
        """Countries whose incidents this write may touch: the new events' and the old ones'."""
        codes = {e.location.country_code.upper() if e.location and e.location.country_code
                 else None for e in record.events}
        if old_pk is not None:
            codes |= set(conn.execute(select(EventRow.country_code).distinct()
                                      .where(EventRow.article_pk == old_pk)).scalars())
        return codes

    def _insert(self, conn: Connection, record: Record, digest: str) -> set[int]:
        """Insert rows and link events (each join updates its incident); returns the incidents."""
        article_pk = int(conn.execute(_INSERT_ARTICLE, article_row(record, digest)).scalar_one())
        for name, rows in child_rows(record, article_pk).items():
            if rows:
                conn.execute(insert(cast(Table, _CHILD_TABLES[name].__table__)), rows)
        self._index_text(conn, article_pk)
        linked: set[int] = set()
        for event in record.events:
            row = event_row(record, event, article_pk)
            event_pk = int(conn.execute(_INSERT_EVENT, row).scalar_one())
            incident_pk, _joined = link_event(
                conn, self.rules, event_pk, {**row, "pk": event_pk}, claims_for_event(record, event),
                (record.article.id, record.article.source), self.work)
            linked.add(incident_pk)
        return linked

    def _index_text(self, conn: Connection, article_pk: int) -> None:
        """SQLite keeps FTS5 tables by hand; PostgreSQL's tsvector columns are generated."""
        if self.dialect != "sqlite":
            return
        conn.execute(text("INSERT INTO articles_fts(rowid, body) SELECT pk, "
                          "coalesce(title, '') || char(10) || text FROM articles WHERE pk = :pk"),
                     {"pk": article_pk})
        conn.execute(text("INSERT INTO quotes_fts(rowid, body) SELECT pk, "
                          "coalesce(speaker, '') || char(10) || text FROM quotes "
                          "WHERE article_pk = :pk"), {"pk": article_pk})

    def _delete_article(self, conn: Connection, article_pk: int) -> set[int]:
        """Remove an article and everything derived from it; returns the incidents it was in."""
        touched = set(conn.execute(select(IncidentMemberRow.incident_pk)
                                   .where(IncidentMemberRow.article_pk == article_pk)).scalars())
        if self.dialect == "sqlite":
            conn.execute(text("DELETE FROM quotes_fts WHERE rowid IN "
                              "(SELECT pk FROM quotes WHERE article_pk = :pk)"), {"pk": article_pk})
            conn.execute(text("DELETE FROM articles_fts WHERE rowid = :pk"), {"pk": article_pk})
        conn.execute(delete(ArticleRow).where(ArticleRow.pk == article_pk))
        return touched

    # ---- linking -------------------------------------------------------------------------

    def link_pending(self) -> int:
        """Link event mentions that belong to no incident (after an upgrade or a rule change)."""
        linked = 0
        with self.engine.connect() as conn:
            pending = list(conn.execute(
                select(EventRow.article_pk).distinct()
                .where(~EventRow.pk.in_(select(IncidentMemberRow.event_pk)))
                .order_by(EventRow.article_pk)).scalars())
        for article_pk in pending:
            linked += self._link_pending_article(article_pk)
        return linked

    def _link_pending_article(self, article_pk: int) -> int:
        """Link one article's unlinked mentions; another process doing the same may win a race."""
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                with db.writing(self.engine) as conn:
                    lock_countries(conn, conn.execute(
                        select(EventRow.country_code).distinct()
                        .where(EventRow.article_pk == article_pk)).scalars())
                    return self._link_article(conn, article_pk)
            except (IntegrityError, OperationalError) as exc:
                if attempt == _ATTEMPTS:
                    raise StoreError(f"could not link stored mentions: {exc}") from exc
        return 0

    def _link_article(self, conn: Connection, article_pk: int) -> int:
        record = Record.model_validate_json(conn.execute(
            select(ArticleRow.record_json).where(ArticleRow.pk == article_pk)).scalar_one())
        by_id = {e.id: e for e in record.events}
        rows = conn.execute(select(EventRow.__table__).where(
            EventRow.article_pk == article_pk,
            ~EventRow.pk.in_(select(IncidentMemberRow.event_pk))).order_by(EventRow.pk)).mappings().all()
        for row in rows:
            event = by_id.get(row["event_id"])
            claims = claims_for_event(record, event) if event else []
            link_event(conn, self.rules, row["pk"], dict(row), claims,
                       (record.article.id, record.article.source), self.work)
        return len(rows)

    def relink(self, rules: LinkRules | None = None) -> int:
        """Rebuild every incident with (new) rules; returns the number of mentions linked."""
        if rules is not None:
            self.rules = rules
        with db.writing(self.engine) as conn:
            conn.execute(delete(ClaimRow))
            conn.execute(delete(IncidentMemberRow))
            conn.execute(delete(IncidentRow))
        return self.link_pending()

    # ---- reading -------------------------------------------------------------------------

    def get_record(self, article_id: str) -> Record | None:
        """The record exactly as it was stored."""
        with self.engine.connect() as conn:
            raw = conn.execute(select(ArticleRow.record_json)
                               .where(ArticleRow.id_key == article_key(article_id))).scalar()
        return Record.model_validate_json(raw) if raw else None

    def records(self, filters: Filters | None = None) -> Iterator[Record]:
        """Stored records passing the filters, in ingest order, read in batches."""
        cond = article_condition(filters or Filters())
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(ArticleRow.pk, ArticleRow.record_json).where(cond, ArticleRow.pk > last)
                    .order_by(ArticleRow.pk).limit(_BATCH)).all()
            if not rows:
                return
            for row in rows:
                yield Record.model_validate_json(row.record_json)
            last = rows[-1].pk

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        with self.engine.connect() as conn:
            return _stats.totals(conn)

    def stats(self, top: int = 10) -> Stats:
        """Counts per type, country and month, and the most-cited sources (``top`` ≥ 1 of them)."""
        _require_count("top", top)
        with self.engine.connect() as conn:
            return _stats.stats(conn, top)

    def search(self, query: str, filters: Filters | None = None, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over articles and quotes, with filters and snippets.

        The query is words only: quotes, operators (AND, NEAR, *, parentheses) and SQL are
        read as the words in them, never as syntax.
        """
        _require_count("limit", limit)
        try:
            with self.engine.connect() as conn:
                return _search.search(conn, clean_text(query), filters or Filters(), limit)
        except SQLAlchemyError as exc:
            raise StoreError(f"search for {query!r} failed: {exc}") from exc

    def incidents(self, filters: Filters | None = None, *, limit: int | None = None) -> list[IncidentView]:
        """Incidents passing the filters, by date, each with its members and claims."""
        return list(self.iter_incidents(filters, limit=limit))

    def incident(self, key: str | int) -> IncidentView | None:
        """One incident with members and claims, by its citable id (``SYR-3f9a2c``, any case)
        or its row number; None when there is none."""
        if isinstance(key, int) or key.strip().isdigit():
            cond = IncidentRow.pk == int(key)
        else:
            prefix, _, digest = key.strip().partition("-")
            cond = IncidentRow.uid == f"{prefix.upper()}-{digest.lower()}"
        with self.engine.connect() as conn:
            rows = conn.execute(select(IncidentRow).where(cond)).mappings().all()
            return _views(conn, list(rows))[0] if rows else None

    def iter_incidents(self, filters: Filters | None = None, *,
                       limit: int | None = None) -> Iterator[IncidentView]:
        """Like ``incidents`` but streamed in batches, for exports of large corpora."""
        if limit is not None:
            _require_count("limit", limit)
        cond = incident_condition(filters or Filters())
        stmt = select(IncidentRow).where(cond).order_by(
            IncidentRow.date_start.is_(None), IncidentRow.date_start, IncidentRow.pk)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            result = conn.execute(stmt).mappings()
            while batch := result.fetchmany(_BATCH):
                yield from _views(conn, list(batch))


def _require_count(name: str, value: object) -> None:
    """Counts from users (``--top``, ``--limit``) are positive integers, else a clear error."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FilterError(f"{name} must be a whole number of at least 1, not {value!r}")


def _require_existing(url: str | None) -> None:
    """Refuse a SQLite path that does not exist, saying how to get a corpus there."""
    path = db.sqlite_path(url)
    if path is not None and not path.is_file():
        raise CorpusNotFound(
            f"no corpus at {path}; run `eventcoder ingest` first or check --db")


def _views(conn: Connection, rows: list[Any]) -> list[IncidentView]:
    pks = [r["pk"] for r in rows]
    members: dict[int, list[MemberView]] = {pk: [] for pk in pks}
    for m in conn.execute(
        select(IncidentMemberRow.incident_pk, IncidentMemberRow.reason, ArticleRow.id.label("aid"),
               ArticleRow.source, ArticleRow.url, ArticleRow.ingested_at, EventRow.event_id,
               EventRow.type, EventRow.date, EventRow.location_name, EventRow.fatalities,
               EventRow.evidence, EventRow.certainty)
        .join(EventRow, EventRow.pk == IncidentMemberRow.event_pk)
        .join(ArticleRow, ArticleRow.pk == IncidentMemberRow.article_pk)
        .where(IncidentMemberRow.incident_pk.in_(pks)).order_by(IncidentMemberRow.pk)
    ):
        members[m.incident_pk].append(MemberView(
            m.aid, m.source, m.event_id, m.type, m.date, m.location_name, m.fatalities,
            m.evidence, m.reason, m.url, m.certainty, m.ingested_at))
    claims: dict[int, list[ClaimView]] = {pk: [] for pk in pks}
    for c in conn.execute(
        select(ClaimRow, ArticleRow.id.label("aid"))
        .join(ArticleRow, ArticleRow.pk == ClaimRow.article_pk)
        .where(ClaimRow.incident_pk.in_(pks)).order_by(ClaimRow.pk)
    ).mappings():
        claims[c["incident_pk"]].append(ClaimView(
            c["category"], c["value"], c["low"], c["high"], c["qualifier"], c["text"],
            c["source"], c["aid"], bool(c["disputed"])))
    out = []
    for r in rows:
        fields = {k: r[k] for k in (
            "pk", "type", "sub_type", "date_start", "date_end", "date_precision", "country_code",
            "admin1", "location_name", "lat", "lon", "geo_precision", "actor1", "inter1",
            "actor2", "inter2", "n_mentions", "n_sources")}
        out.append(IncidentView(
            **fields, disputed=bool(r["disputed"]),
            disputes=tuple(json.loads(r["disputes"])) if r["disputes"] else (),
            members=tuple(members[r["pk"]]), claims=tuple(claims[r["pk"]]), uid=r["uid"] or ""))
    return out
