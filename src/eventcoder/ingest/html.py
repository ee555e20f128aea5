"""HTML pages → main text, title, date and URL, through trafilatura (offline, a few ms a page)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura

from eventcoder.errors import EmptyInput

# trafilatura logs its own parse failures; ours are reported once, as an InputError per page.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

MIN_SENTENCE_WORDS = 5
"""A page whose every line is shorter than this (menus, tag lists) holds no article."""
_WORD = re.compile(r"\w+")


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
    if not text or not _has_prose(text):
        raise EmptyInput("no article text found in the HTML page (only menus or boilerplate)", where=where)
    return HtmlContent(
        text=text,
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        url=getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
    )


def _has_prose(text: str) -> bool:
    """At least one line reads like a sentence rather than a menu entry."""
    return any(len(_WORD.findall(line)) >= MIN_SENTENCE_WORDS for line in text.splitlines())
