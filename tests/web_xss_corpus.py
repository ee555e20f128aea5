"""One article whose every untrusted field carries markup, for the escaping tests (HTML and browser).

Title, text, quote, speaker, actors, place, source and id each hold a different payload; the URL
is a ``javascript:`` URL that must never become a clickable link. Written for these tests.
"""

from __future__ import annotations

from corpus_conftest import event, place, quote, record, span

from eventcoder.model import Place, Record

ID = "hostile\"><b>id"
TITLE = "<script>alert('title')</script> Shelling report"
SPEAKER = "\"><img src=x onerror=alert('speaker')>"
ACTOR1 = "<script>alert('actor')</script> Militia"
ACTOR2 = "\" onmouseover=\"alert('actor2')"
PLACE = "</textarea><img src=x onerror=alert('place')>"
SOURCE = "<iframe src=javascript:alert('source')></iframe>"
URL = "javascript:alert('url')"
TEXT = (
    "Shells hit </textarea><img src=x onerror=alert('place')> on Sunday, killing 3 people, "
    "<svg onload=alert('text')> officials said. \"We hid in the <script>alert('quote')</script> "
    "cellar,\" said a resident."
)
EVIDENCE = ("Shells hit </textarea><img src=x onerror=alert('place')> on Sunday, killing 3 people, "
            "<svg onload=alert('text')> officials said.")
# What must never appear unescaped in an HTML page (each one is markup that would run or link).
RAW_MARKERS = ("<script>alert(", "<img src=x", "<svg onload", "<iframe", "onmouseover=\"alert",
               "href=\"javascript:", "</textarea><img", "</textarea><script", "<b>id")
ESCAPED_MARKERS = ("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(", "&lt;/textarea&gt;")


def hostile() -> Record:
    """The record: one event with hostile actors and place, one quote with a hostile speaker."""
    loc = place(PLACE, "SY", "<b>Idlib</b>", 35.9, 36.6)
    ev = event(TEXT, EVIDENCE, id="e1", type="Explosions/Remote violence",
               sub_type="Shelling/artillery/missile attack", actor1=ACTOR1, inter1=3, actor2=ACTOR2,
               inter2=7, date="2016-12-18", location=loc, fatalities=(3, "exact", "3 people"))
    q = quote(TEXT, "We hid in the <script>alert('quote')</script> cellar,", SPEAKER)
    rec = record(ID, TEXT, source=SOURCE, published="2016-12-19", title=TITLE, events=[ev], quotes=[q])
    s = span(TEXT, PLACE)
    named = Place(start=s.start, end=s.end, text=PLACE, **loc.model_dump())
    article = rec.article.model_copy(update={"url": URL})
    return rec.model_copy(update={"places": [named], "article": article})
