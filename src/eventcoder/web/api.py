"""The JSON API under /api: the data behind every page, plus corrections and extraction.

Reads are open; writes (POST) need JSON bodies (no cross-site form can send those) and, when the
server is bound beyond loopback, the write token. Filters mirror the CLI's.
"""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from eventcoder.errors import EventcoderError
from eventcoder.model import Article, Record
from eventcoder.store import Filters
from eventcoder.store.corrections import (
    ACTIONS,
    add_correction,
    corrections_for,
    review_queue,
    reviewed_record,
)
from eventcoder.web.app import store_of
from eventcoder.web.queries import (
    EventQuery,
    articles_page,
    bounded_rows,
    events_page,
    incident,
    map_points,
    timeline,
)
from eventcoder.web.security import check_writer, require_json

router = APIRouter(prefix="/api", tags=["api"])


# Caps on what a client may ask for: long values only cost (no name, date or type is this long),
# and one page never holds more than MAX_PAGE rows.
MAX_NAME = 200
MAX_DATE = 32
MAX_ID = 512
MAX_PAGE = 500
MAX_PAGE_NO = 1_000_000
MAX_QUERY = 500


# Factories, not shared instances: FastAPI writes each parameter's alias into its Query object.
def name_q() -> Any:
    return Query(None, max_length=MAX_NAME)


def date_q() -> Any:
    return Query(None, max_length=MAX_DATE)


def page_q() -> Any:
    return Query(1, ge=1, le=MAX_PAGE_NO)


def per_page_q() -> Any:
    return Query(50, ge=1, le=MAX_PAGE)


def article_id_p() -> Any:
    return Path(max_length=MAX_ID)


def pk_p() -> Any:
    return Path(ge=1, le=2**63 - 1)


def event_query(country: str | None = name_q(), type: str | None = name_q(), date_from: str | None = date_q(),
                date_to: str | None = date_q(), actor: str | None = name_q(),
                sort: str = Query("date_start", max_length=64),
                order: str = Query("asc", pattern="^(asc|desc)$"), page: int = page_q(),
                per_page: int = per_page_q()) -> EventQuery:
    """Filters, sort and page of the events table (shared by the page and the API)."""
    return EventQuery(country, type, date_from, date_to, actor, sort, order, page, per_page)


def record_payload(request: Request, article_id: str) -> dict[str, Any]:
    """The record as reviewed (corrections applied), its flags and each item's last verdict."""
    reviewed = reviewed_record(store_of(request), article_id)
    if reviewed is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {"record": reviewed.record.model_dump(mode="json"),
            "flags": [f.__dict__ for f in reviewed.flags],
            "review": [{"kind": k, "key": key, "action": a} for (k, key), a in reviewed.status.items()]}


@router.get("/articles", summary="Articles, newest first")
def api_articles(request: Request, page: int = page_q(), per_page: int = per_page_q()) -> Any:
    return articles_page(store_of(request), page, per_page)


@router.get("/articles/{article_id:path}", summary="One article's text and metadata")
def api_article(request: Request, article_id: str = article_id_p()) -> Any:
    record = store_of(request).get_record(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return record.article.model_dump(mode="json")


@router.get("/records/{article_id:path}", summary="One record with the analyst's corrections applied")
def api_record(request: Request, article_id: str = article_id_p(), raw: bool = False) -> Any:
    if raw:
        record = store_of(request).get_record(article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return record.model_dump(mode="json")
    return record_payload(request, article_id)


@router.get("/events", summary="Events (corrections applied): filter by country/type/date/actor, sort, page")
def api_events(request: Request, q: EventQuery = Depends(event_query)) -> Any:
    return events_page(store_of(request), q)


@router.get("/timeline", summary="Events per day and type")
def api_timeline(request: Request, q: EventQuery = Depends(event_query)) -> Any:
    rows, truncated = bounded_rows(store_of(request), q)
    return {**timeline(rows), "truncated": truncated}


@router.get("/map", summary="Events with coordinates, for the map")
def api_map(request: Request, q: EventQuery = Depends(event_query)) -> Any:
    rows, truncated = bounded_rows(store_of(request), q)
    return {"points": map_points(rows), "truncated": truncated}


@router.get("/incidents", summary="Incidents with their sources, claims and merge reasons")
def api_incidents(request: Request, country: str | None = name_q(), type: str | None = name_q(),
                  date_from: str | None = date_q(), date_to: str | None = date_q(), actor: str | None = name_q(),
                  limit: int = Query(100, ge=1, le=MAX_PAGE)) -> Any:
    f = Filters(date_from=date_from, date_to=date_to, country=country, event_type=type, actor=actor)
    return {"incidents": jsonable_encoder(store_of(request).incidents(f, limit=limit))}


@router.get("/incidents/{pk}", summary="One incident")
def api_incident(request: Request, pk: int = pk_p()) -> Any:
    found = incident(store_of(request), pk)
    if found is None:
        raise HTTPException(404, f"no incident {pk}")
    return jsonable_encoder(found)


@router.get("/search", summary="Full-text search over articles and quotes")
def api_search(request: Request, q: str = Query(..., min_length=1, max_length=MAX_QUERY),
               country: str | None = name_q(), type: str | None = name_q(), date_from: str | None = date_q(),
               date_to: str | None = date_q(), speaker: str | None = name_q(),
               limit: int = Query(20, ge=1, le=200)) -> Any:
    f = Filters(date_from=date_from, date_to=date_to, country=country, event_type=type, speaker=speaker)
    try:
        hits = store_of(request).search(q, f, limit=limit)
    except EventcoderError as exc:
        raise HTTPException(400, str(exc)) from None
    return {"query": q, "hits": [h.to_dict() for h in hits]}


@router.get("/stats", summary="Corpus counts per type, country, month and source")
def api_stats(request: Request) -> Any:
    return store_of(request).stats().to_dict()


@router.get("/review/queue", summary="Unreviewed events, most doubtful first")
def api_queue(request: Request, limit: int = Query(20, ge=1, le=MAX_PAGE)) -> Any:
    return {"queue": [q.to_dict() for q in review_queue(store_of(request), limit)]}


class CorrectionIn(BaseModel):
    """One verdict: ``changes`` maps a reviewable field to the analyst's value (correct only)."""

    article_id: str = Field(max_length=512)
    item_kind: str = Field(pattern="^(event|quantity|quote|place)$")
    item_key: str = Field(max_length=256)
    action: str = Field(pattern=f"^({'|'.join(ACTIONS)})$")
    changes: dict[str, Any] = Field(default_factory=dict)
    note: str | None = Field(default=None, max_length=5000)
    reviewer: str | None = Field(default=None, max_length=256)


@router.get("/corrections", summary="Corrections of one article, oldest first")
def api_corrections(request: Request, article_id: str = Query(max_length=MAX_ID)) -> Any:
    return {"corrections": [c.to_dict() for c in corrections_for(store_of(request), article_id)]}


@router.post("/corrections", status_code=201, summary="Store one verdict (token needed off loopback)",
             dependencies=[Depends(require_json), Depends(check_writer)])
def api_add_correction(request: Request, body: CorrectionIn) -> Any:
    try:
        c = add_correction(store_of(request), body.article_id, body.item_kind, body.item_key, body.action,
                           body.changes, note=body.note, reviewer=body.reviewer)
    except LookupError as exc:
        raise HTTPException(404, str(exc.args[0])) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return c.to_dict()


class ExtractIn(BaseModel):
    """An article to extract; it is not stored."""

    text: str = Field(min_length=1)
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(default=None, max_length=1000)


def pasted_article(request: Request, text: str, published: str | None, title: str | None) -> Article:
    """An Article from pasted text; 413 over the size limit. The id is a hash of the text."""
    limit: int = request.app.state.max_text
    if len(text) > limit:
        raise HTTPException(413, f"text over {limit} characters")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Article(id=f"pasted-{digest}", text=text, published=published or None, title=title or None,
                   source="pasted")


async def extract(request: Request, article: Article) -> Record:
    """Run the extractor off the event loop (it parses with spaCy)."""
    try:
        record: Record = await run_in_threadpool(request.app.state.extractor, article)
    except EventcoderError as exc:
        raise HTTPException(422, str(exc)) from None
    return record


@router.post("/extract", summary="Extract a record from text (not stored); over 200,000 characters → 413",
             dependencies=[Depends(require_json), Depends(check_writer)])
async def api_extract(request: Request, body: ExtractIn) -> Any:
    record = await extract(request, pasted_article(request, body.text, body.published, body.title))
    return JSONResponse(record.model_dump(mode="json"))
