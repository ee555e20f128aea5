"""HTML pages → main text, title, date and URL, through trafilatura (offline, a few ms a page)."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from eventcoder.errors import EmptyInput


@dataclass(frozen=True)
class HtmlContent:
    text: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None


def extract_html(html: str, *, where: str) -> HtmlContent:
    """Keep the article body; boilerplate (menus, footers, comments) is dropped."""
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise EmptyInput("no article text found in the HTML page", where=where)
    return HtmlContent(
        text=text,
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        url=getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
    )
