"""The HTML pages. Each builds the same data as its /api twin and renders it (or returns it
as JSON with ``?format=json``). Forms carry a CSRF token and need the write token off loopback."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from eventcoder.errors import EventcoderError
from eventcoder.export.associated import event_associates
from eventcoder.model import Record
from eventcoder.store import Filters
from eventcoder.store.correction_fields import FIELDS
from eventcoder.store.corrections import add_correction, review_queue, reviewed_record
from eventcoder.web import highlight
from eventcoder.web.api import (
    MAX_PAGE_NO,
    MAX_QUERY,
    article_id_p,
    date_q,
    event_query,
    extract,
    name_q,
    pasted_article,
    pk_p,
)
from eventcoder.web.app import page, render, store_of
from eventcoder.web.queries import (
    EventQuery,
    articles_page,
    event_rows,
    events_page,
    incident,
    map_points,
    timeline,
)
from eventcoder.web.security import check_csrf, check_writer

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(request: Request) -> Response:
    store = store_of(request)
    data = {"stats": store.stats().to_dict(), "queue": [q.to_dict() for q in review_queue(store, 10)],
            "recent": articles_page(store, 1, 10)["articles"]}
    return page(request, "home.html", data)


@router.get("/articles")
def articles(request: Request, page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE_NO)) -> Response:
    return page(request, "articles.html", articles_page(store_of(request), page_no, 50))


def article_context(record: Record, status: dict[tuple[str, str], str], flags: list[Any],
                    stored: bool) -> dict[str, Any]:
    """What the article view needs besides the record: pieces, item details, review fields, and
    each event's associated actors (ACLED's assoc_actor columns, which the record does not hold)."""
    associates = {e.id: event_associates(e, record.article.text) for e in record.events}
    return {"record": record, "pieces": highlight.pieces(record), "stored": stored,
            "associates": associates,
            "details": highlight.item_details(record, status), "fields": FIELDS, "flags": flags,
            "status": {(f"event:{key}" if k == "event" else key): v for (k, key), v in status.items()}}


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str = article_id_p()) -> Response:
    return article_view(request, article_id)


def article_view(request: Request, article_id: str, error: str | None = None) -> Response:
    """The article page; ``error`` (a refused review) comes from the form handler, never the URL."""
    reviewed = reviewed_record(store_of(request), article_id)
    if reviewed is None:
        raise HTTPException(404, f"no article {article_id!r}")
    ctx = article_context(reviewed.record, reviewed.status, reviewed.flags, stored=True)
    data = {"record": reviewed.record.model_dump(mode="json"), "flags": [f.__dict__ for f in reviewed.flags],
            "review": [{"kind": k, "key": key, "action": a} for (k, key), a in reviewed.status.items()],
            "associates": ctx["associates"]}
    return page(request, "article.html", data, {**ctx, "error": error}, 400 if error else 200)


@router.post("/articles/{article_id:path}/review", dependencies=[Depends(check_writer)])
async def review_item(request: Request, article_id: str) -> Response:
    """Store the verdict from one review form and go back to the item."""
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    kind, key, action = str(form.get("kind", "")), str(form.get("key", "")), str(form.get("action", ""))
    changes = {name: form.get(name) for name in FIELDS.get(kind, ()) if name in form}
    try:
        add_correction(store_of(request), article_id, kind, key, action, changes,
                       note=str(form.get("note") or "") or None, reviewer=str(form.get("reviewer") or "") or None)
    except LookupError as exc:
        raise HTTPException(404, str(exc.args[0])) from None
    except ValueError as exc:
        return article_view(request, article_id, error=str(exc))
    anchor = quote(f"item-{'event:' + key if kind == 'event' else key}")
    return RedirectResponse(f"/articles/{quote(article_id, safe='')}?reviewed=1#{anchor}", status_code=303)


@router.get("/events")
def events(request: Request, q: EventQuery = Depends(event_query)) -> Response:
    data = events_page(store_of(request), q)
    base = {k: v for k, v in (("country", q.country), ("type", q.type), ("date_from", q.date_from),
                               ("date_to", q.date_to), ("actor", q.actor)) if v}
    ctx = {"q": q, "qs": lambda **kw: urlencode({**base, "sort": q.sort, "order": q.order, **kw})}
    return page(request, "events.html", data, ctx)


@router.get("/incidents")
def incidents(request: Request, country: str | None = name_q(), type: str | None = name_q(),
              date_from: str | None = date_q(), date_to: str | None = date_q()) -> Response:
    f = Filters(date_from=date_from or None, date_to=date_to or None, country=country or None,
                event_type=type or None)
    return page(request, "incidents.html", {"incidents": store_of(request).incidents(f, limit=500)})


@router.get("/incidents/{pk}")
def incident_page(request: Request, pk: int = pk_p()) -> Response:
    found = incident(store_of(request), pk)
    if found is None:
        raise HTTPException(404, f"no incident {pk}")
    return page(request, "incident.html", {"incident": found})


@router.get("/map")
def map_page(request: Request, q: EventQuery = Depends(event_query)) -> Response:
    return page(request, "map.html", {"points": map_points(event_rows(store_of(request), q))})


@router.get("/timeline")
def timeline_page(request: Request, q: EventQuery = Depends(event_query)) -> Response:
    return page(request, "timeline.html", timeline(event_rows(store_of(request), q)))


@router.get("/review")
def queue_page(request: Request, limit: int = Query(50, ge=1, le=500)) -> Response:
    return page(request, "queue.html", {"queue": [q.to_dict() for q in review_queue(store_of(request), limit)]})


@router.get("/search")
def search_page(request: Request, q: str = Query("", max_length=MAX_QUERY)) -> Response:
    hits = []
    if q.strip():
        try:
            hits = [h.to_dict() for h in store_of(request).search(q, limit=50)]
        except EventcoderError as exc:
            return page(request, "search.html", {"query": q, "hits": [], "error": str(exc)}, status=400)
    return page(request, "search.html", {"query": q, "hits": hits, "error": None})


@router.get("/paste")
def paste_form(request: Request) -> Response:
    return render(request, "paste.html", {"limit": request.app.state.max_text})


@router.post("/paste", dependencies=[Depends(check_writer)])
async def paste(request: Request) -> Response:
    """Extract pasted text and show it; with "add to corpus", store it and open its page."""
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    art = pasted_article(request, str(form.get("text") or ""), str(form.get("published") or "") or None,
                         str(form.get("title") or "") or None)
    if not art.text.strip():
        return render(request, "paste.html", {"limit": request.app.state.max_text, "error": "paste some text"}, 400)
    record = await extract(request, art)
    if form.get("store"):
        store_of(request).add_record(record)
        return RedirectResponse(f"/articles/{quote(record.article.id, safe='')}", status_code=303)
    return render(request, "article.html", article_context(record, {}, [], stored=False))
