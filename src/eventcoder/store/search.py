"""Full-text search: SQLite FTS5 (bm25, snippet) or PostgreSQL tsvector (ts_rank, ts_headline).

User text never reaches the query language raw: for FTS5 every word is quoted (so "al-Bab"
or a stray quote cannot break the MATCH), for PostgreSQL it goes through plainto_tsquery.
Both read a query as "all these words". Filters are uncorrelated ``IN (SELECT …)`` lists, so
the full-text match drives every query. SQLite ranks on the index alone, then fetches titles and
snippets for the winners only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Select, column, func, literal_column, select, table, true
from sqlalchemy.sql.elements import ColumnClause, ColumnElement

from eventcoder.store.filters import Filters, article_condition, article_filter
from eventcoder.store.rows import FTS_PREFIX
from eventcoder.store.tables import ArticleRow, QuoteRow
from eventcoder.store.views import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
_ARTICLES_FTS = table("articles_fts", column("rowid"), column("body"))
_QUOTES_FTS = table("quotes_fts", column("rowid"), column("body"))
_REGCONFIG: ColumnClause[Any] = literal_column("'english'::regconfig")
_HEADLINE = "StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1"


def fts5_query(query: str) -> str:
    """'shelling al-Bab' → '"shelling" "al" "Bab"': words only, each quoted."""
    return " ".join(f'"{w}"' for w in _WORD.findall(query))


def _article_cols() -> list[Any]:
    return [ArticleRow.id, ArticleRow.title, ArticleRow.source, ArticleRow.published]


def _sqlite_search(conn: Connection, query: str, f: Filters, limit: int) -> list[SearchHit]:
    """Rank first, then dress only the winners: bm25 over every match is cheap on the index
    alone, but joined to the base rows it reads each matching article (3–4× slower at 10k)."""
    match = fts5_query(query)
    art_ids = _sqlite_top(conn, _ARTICLES_FTS, match, _article_filter(f), limit)
    quote_ids = _sqlite_top(conn, _QUOTES_FTS, match, _quote_filter(f), limit)
    return _article_hits(conn, match, art_ids) + _quote_hits(conn, match, quote_ids)


def _filtered(fts: Any) -> Any:
    """``+rowid`` of an FTS table: the unary plus keeps FTS5 on its MATCH plan, so a filter
    on it is one uncorrelated IN list checked per match, not a rowid lookup per filter row."""
    return literal_column(f"+{fts.name}.rowid")


def _article_filter(f: Filters) -> ColumnElement[bool]:
    return article_filter(_filtered(_ARTICLES_FTS), f)


def _quote_filter(f: Filters) -> ColumnElement[bool]:
    if not (f.has_event_filters() or f.speaker):
        return true()
    return _filtered(_QUOTES_FTS).in_(select(QuoteRow.pk).where(
        article_filter(QuoteRow.article_pk, replace(f, speaker=None)), *_speaker_cond(f)))


def _sqlite_top(conn: Connection, fts: Any, match: str, passes: ColumnElement[bool],
                limit: int) -> dict[int, float]:
    """Rowid → score of the best ``limit`` matches passing the filter, from the index alone."""
    score = (-func.bm25(literal_column(fts.name))).label("score")
    rows = conn.execute(
        select(fts.c.rowid, score).where(fts.c.body.match(match), passes)
        .order_by(literal_column("score").desc()).limit(limit))
    return {int(r.rowid): float(r.score) for r in rows}


def _article_hits(conn: Connection, match: str, scores: dict[int, float]) -> list[SearchHit]:
    """Titles and snippets of the ranked articles (snippet needs the MATCH, on those rows only)."""
    if not scores:
        return []
    rows = conn.execute(
        select(ArticleRow.pk, *_article_cols(),
               func.snippet(literal_column("articles_fts"), 0, "[", "]", "…", 16).label("snip"))
        .select_from(_ARTICLES_FTS.join(ArticleRow, ArticleRow.pk == _ARTICLES_FTS.c.rowid))
        .where(_ARTICLES_FTS.c.body.match(match), _ARTICLES_FTS.c.rowid.in_(list(scores))))
    return [SearchHit("article", r.id, r.title, r.source, r.published, r.snip, scores[r.pk])
            for r in rows]


def _quote_hits(conn: Connection, match: str, scores: dict[int, float]) -> list[SearchHit]:
    """Speakers, article titles and snippets of the ranked quotes."""
    if not scores:
        return []
    rows = conn.execute(
        select(QuoteRow.pk, *_article_cols(), QuoteRow.speaker,
               func.snippet(literal_column("quotes_fts"), 0, "[", "]", "…", 24).label("snip"))
        .select_from(_QUOTES_FTS.join(QuoteRow, QuoteRow.pk == _QUOTES_FTS.c.rowid)
                     .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk))
        .where(_QUOTES_FTS.c.body.match(match), _QUOTES_FTS.c.rowid.in_(list(scores))))
    return [SearchHit("quote", r.id, r.title, r.source, r.published, r.snip, scores[r.pk], r.speaker)
            for r in rows]


def _speaker_cond(f: Filters) -> list[Any]:
    return [QuoteRow.speaker.icontains(f.speaker, autoescape=True)] if f.speaker else []


def _pg_selects(query: str, f: Filters) -> tuple[Select[Any], Select[Any]]:
    tsq = func.plainto_tsquery(_REGCONFIG, query)
    a_tsv: ColumnClause[Any] = literal_column("articles.search_tsv")
    q_tsv: ColumnClause[Any] = literal_column("quotes.search_tsv")
    arts = (
        select(*_article_cols(),
               func.ts_headline(_REGCONFIG, func.left(ArticleRow.text, FTS_PREFIX), tsq, _HEADLINE).label("snip"),
               func.ts_rank(a_tsv, tsq).label("score"))
        .where(a_tsv.op("@@")(tsq), article_condition(f))
    )
    quotes = (
        select(*_article_cols(),
               func.ts_headline(_REGCONFIG, func.left(QuoteRow.text, FTS_PREFIX), tsq, _HEADLINE).label("snip"),
               func.ts_rank(q_tsv, tsq).label("score"), QuoteRow.speaker)
        .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
        .where(q_tsv.op("@@")(tsq), article_filter(QuoteRow.article_pk, replace(f, speaker=None)),
               *_speaker_cond(f))
    )
    return arts, quotes


def _run(conn: Connection, arts: Select[Any], quotes: Select[Any], limit: int) -> list[SearchHit]:
    """Best ``limit`` of each kind; PostgreSQL defers ts_headline past ORDER BY … LIMIT."""
    hits = [
        SearchHit("article", r.id, r.title, r.source, r.published, r.snip, float(r.score))
        for r in conn.execute(arts.order_by(literal_column("score").desc()).limit(limit))
    ]
    hits += [
        SearchHit("quote", r.id, r.title, r.source, r.published, r.snip, float(r.score), r.speaker)
        for r in conn.execute(quotes.order_by(literal_column("score").desc()).limit(limit))
    ]
    return hits


def _browse(conn: Connection, f: Filters, limit: int) -> list[SearchHit]:
    """No words: the newest articles that pass the filters, opening lines as snippet."""
    rows = conn.execute(
        select(*_article_cols(), func.substr(ArticleRow.text, 1, 200).label("snip"))
        .where(article_condition(f)).order_by(ArticleRow.published.desc(), ArticleRow.pk.desc())
        .limit(limit)).all()
    return [SearchHit("article", r.id, r.title, r.source, r.published, r.snip, 0.0) for r in rows]


def search(conn: Connection, query: str, f: Filters, limit: int) -> list[SearchHit]:
    """Articles and quotes matching every word of ``query`` and the filters, best first."""
    if not _WORD.search(query):
        return _browse(conn, f, limit)
    if conn.dialect.name == "postgresql":
        hits = _run(conn, *_pg_selects(query, f), limit)
    else:
        hits = _sqlite_search(conn, query, f, limit)
    hits.sort(key=lambda h: (-h.score, h.kind, h.article_id))
    return hits[:limit]
