"""A small hand-written corpus for the review, API and browser tests (no spaCy involved).

Every text here was written for these tests. ``xss`` carries markup in its title, text, quote
and speaker so that every page can be checked to escape untrusted article content.
"""

from __future__ import annotations

from corpus_conftest import event, place, quantity, quote, record, span

from eventcoder.model import DateMention, Location, Place, Record
from eventcoder.store import Store

KAFR = place("Kafr Nabl", "SY", "Idlib", 35.5367, 36.5614)
KHARTOUM = place("Khartoum", "SD", "Khartoum", 15.5518, 32.5324)
MOSUL = place("Mosul", "IQ", "Nineveh", 36.335, 43.1189)

MILITIA_TEXT = (
    "Militia fighters attacked the village of Kafr Nabl on Monday, killing 12 civilians, "
    "local medics said.\n\n\"They came at dawn and burned the market,\" said Omar Saleh, a village "
    "elder. About 300 families fled towards the nearby hills."
)
MONITOR_TEXT = (
    "Gunmen stormed Kafr Nabl on Monday and killed 15 people, a monitoring group said. "
    "The group blamed a local militia for the raid."
)
PROTEST_TEXT = (
    "Thousands of protesters marched in Khartoum on Friday demanding an end to the war. "
    "Police fired tear gas at the crowd near the central market, witnesses said."
)
XSS_TITLE = "<script>alert(1)</script> Breaking"
XSS_TEXT = (
    "Residents said <script>alert(1)</script> was painted on a wall after shelling hit "
    "<img src=x onerror=alert(1)> Mosul on Sunday. \"We <b>ran</b> for the river,\" said a "
    "neighbour."
)
XSS_SPEAKER = "<img src=x onerror=alert(2)>"


def _place(text: str, needle: str, loc: Location) -> Place:
    s = span(text, needle)
    return Place(start=s.start, end=s.end, text=needle, **loc.model_dump())


def militia() -> Record:
    t = MILITIA_TEXT
    ev = event(t, "Militia fighters attacked the village of Kafr Nabl on Monday, killing 12 civilians, "
               "local medics said.", id="e1", type="Violence against civilians", sub_type="Attack",
               actor1="Militia", inter1=3, date="2016-12-12", location=KAFR,
               fatalities=(12, "exact", "12 civilians"), attributed_to=["local medics"])
    ev = ev.model_copy(update={"triggers": ["attacked", "killing"], "date_source": "sentence",
                               "location_source": "sentence"})
    rec = record("militia", t, source="Valley Wire", published="2016-12-13",
                 title="Militia attack on Kafr Nabl", events=[ev],
                 quantities=[quantity(t, "12 civilians", 12, attributed_to="local medics"),
                             quantity(t, "About 300 families", 300, qualifier="about",
                                      category="displaced")],
                 quotes=[quote(t, "They came at dawn and burned the market,", "Omar Saleh")])
    monday = span(t, "on Monday")
    said = rec.quotes[0].model_copy(update={"speaker_span": span(t, "Omar Saleh"), "speaker_role": "a village elder"})
    return rec.model_copy(update={
        "places": [_place(t, "Kafr Nabl", KAFR)], "quotes": [said],
        "dates": [DateMention(start=monday.start, end=monday.end, text="on Monday", value="2016-12-12",
                              precision="day")]})


def monitor() -> Record:
    t = MONITOR_TEXT
    ev = event(t, "Gunmen stormed Kafr Nabl on Monday and killed 15 people, a monitoring group said.",
               id="e1", type="Violence against civilians", sub_type="Attack", actor1="Militia",
               inter1=3, date="2016-12-12", location=KAFR, fatalities=(15, "exact", "15 people"),
               attributed_to=["a monitoring group"])
    ev = ev.model_copy(update={"triggers": ["stormed"], "date_source": "sentence",
                               "location_source": "sentence"})
    rec = record("monitor", t, source="Monitor Daily", published="2016-12-13",
                 title="Fifteen killed in Kafr Nabl raid", events=[ev],
                 quantities=[quantity(t, "15 people", 15, attributed_to="a monitoring group")])
    return rec.model_copy(update={"places": [_place(t, "Kafr Nabl", KAFR)]})


def protest() -> Record:
    t = PROTEST_TEXT
    march = event(t, "Thousands of protesters marched in Khartoum on Friday demanding an end to the war.",
                  id="e1", type="Protests", sub_type="Peaceful protest", actor1="Protesters (Sudan)",
                  inter1=6, date="2016-12-16", location=KHARTOUM)
    gas = event(t, "Police fired tear gas at the crowd near the central market, witnesses said.",
                id="e2", type="Protests", sub_type="Protest with intervention", actor1="Police Forces of Sudan",
                inter1=1, date="2016-12-16", location=KHARTOUM)
    march = march.model_copy(update={"triggers": ["marched", "protesters"], "date_source": "sentence",
                                     "location_source": "sentence"})
    gas = gas.model_copy(update={"triggers": ["fired"], "certainty": "reported", "date_source": "paragraph",
                                 "location_source": "paragraph"})
    rec = record("protest", t, source="Nile Post", published="2016-12-17",
                 title="Khartoum march", events=[march, gas])
    return rec.model_copy(update={"places": [_place(t, "Khartoum", KHARTOUM)]})


def xss() -> Record:
    t = XSS_TEXT
    ev = event(t, "Residents said <script>alert(1)</script> was painted on a wall after shelling hit "
               "<img src=x onerror=alert(1)> Mosul on Sunday.", id="e1",
               type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
               date="2016-12-18", location=MOSUL)
    ev = ev.model_copy(update={"certainty": "reported", "location_source": "article",
                               "date_source": "article"})
    q = quote(t, "We <b>ran</b> for the river,", XSS_SPEAKER)
    rec = record("xss", t, source="<b>Sketchy</b> Source", published="2016-12-19", title=XSS_TITLE,
                 events=[ev], quotes=[q])
    return rec.model_copy(update={"places": [_place(t, "Mosul", MOSUL)]})


def all_records() -> list[Record]:
    return [militia(), monitor(), protest(), xss()]


def fill(store: Store) -> Store:
    """Add every record of the test corpus to ``store``."""
    for rec in all_records():
        store.add_record(rec)
    return store
