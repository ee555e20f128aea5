"""Event arguments read from the parse and from the other extractors: date, place, toll, sources.

Each resolver says where its answer came from (``date_source``, ``location_source``) so a
reader can tell a date stated for the event from the article's own date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.dates.extract import governing_date
from eventcoder.extract.events import place_ties
from eventcoder.extract.events.borders import border_places
from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.fatalities import clause_verb as _clause_verb
from eventcoder.extract.events.fatalities import event_fatalities as _sentence_fatalities
from eventcoder.extract.events.finer_place import finer_place
from eventcoder.extract.events.measured_from import measured_from_town
from eventcoder.extract.events.parts import is_headline, semicolon_part
from eventcoder.extract.events.relative_dates import relative_date
from eventcoder.extract.events.wire_lines import dated_lines
from eventcoder.extract.lexicons import words
from eventcoder.extract.places.brackets import bracket_area_starts
from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.text import datelines, span_lemmas
from eventcoder.model import DateMention, Fatalities, Location, Place, TimeRef

_GROUP_NOUNS = words("armed_group_nouns")
_COMPARISON_CUES = re.compile(
    r"\b(" + "|".join(re.escape(cue) for cue in sorted(words("comparison_cues"), key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class Anchored:
    """A resolved argument and where it came from."""

    value: Any
    source: str
    score: int = 0


def _time_ref(mention: TimeRef) -> TimeRef:
    """A plain TimeRef; the schema wants text to be a string whenever present."""
    return TimeRef(value=mention.value, precision=mention.precision,
                   text=mention.text or mention.value or "", until=mention.until)


def article_date(ctx: Context) -> TimeRef | None:
    if not ctx.article.published:
        return None
    return TimeRef(value=ctx.article.published[:10], precision="day", text=ctx.article.published)


def event_date(ctx: Context, start: int, end: int, para: tuple[int, int], *, planned: bool = False) -> Anchored:
    """The event told before's day after 'hours later' / 'the same day' (``relative_dates``),
    else the governing date (dates module), else the nearest date in the paragraph, else the
    article's."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    relative = relative_date(ctx, span.sent) if span is not None and not planned else None
    if relative is not None:  # 'Hours later, ...': the day of the event told before
        return Anchored(relative, "paragraph")
    found = governing_date(ctx, start, end)
    if found is not None and found.value:
        return Anchored(_time_ref(found), "governing")
    near = _nearest_date(ctx.memo(f"events.tense_fit.{planned}", lambda: _tense_fit(ctx, planned)), start, para)
    if near is not None:
        return Anchored(_time_ref(near), "paragraph")
    published = article_date(ctx)
    return Anchored(published, "article" if published else "none")


def _tense_fit(ctx: Context, planned: bool) -> list[DateMention]:
    """Dates a neighbouring event may borrow: past or present ones for what happened,
    today or later for what is planned ('next week' never dates an arrest)."""
    anchor = ctx.anchor.isoformat() if ctx.anchor else None
    dates = [_as_day(d) for d in ctx.dates]
    if anchor is None:
        return dates
    out = []
    for d in dates:
        value = (d.value or "")[:10]
        future = value > anchor[: len(value)]
        past = (d.until or d.value or "")[:10] < anchor[: len((d.until or d.value or "")[:10])]
        if (planned and not past) or (not planned and not future):
            out.append(d)
    return out


def _as_day(mention: DateMention) -> DateMention:
    """A week listed in ISO week form ('2016-W49') as its Monday: events and ACLED rows need a day."""
    if mention.precision != "week" or not mention.value or "-W" not in mention.value:
        return mention
    return mention.model_copy(update={"value": date.fromisoformat(mention.value).isoformat()})


def _nearest_date(dates: list[DateMention], offset: int, para: tuple[int, int]) -> DateMention | None:
    inside = [d for d in dates if para[0] <= d.start < para[1] and d.value]
    if not inside:
        return None
    return min(inside, key=lambda d: (abs(d.start - offset), d.start > offset))


def token_of(sent: Span, start: int, end: int) -> Token | None:
    """The syntactic head of a character range inside a sentence."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def dateline_places(ctx: Context) -> set[int]:
    """Starts of the places inside a dateline: where the story was filed, not where events happened."""
    bounds = [line.place for line in datelines(ctx.text)] + dated_lines(ctx.text)  # an update's dateline too
    return {p.start for p in ctx.places for lo, hi in bounds if lo <= p.start < hi}


def comparison_places(ctx: Context) -> set[int]:
    """Starts of places in historical lists ('as in Sarajevo, Mosul or Dresden'), the dateline,
    and countries across a border ('near the border with Uganda'): never where events happened."""
    out: set[int] = dateline_places(ctx) | bracket_area_starts(ctx.places, ctx.text) | border_places(ctx)
    for sent in ctx.sentences:
        inside = [p for p in ctx.places if sent.start_char <= p.start < sent.end_char]
        if len(inside) >= 3 and _COMPARISON_CUES.search(sent.text):
            out.update(p.start for p in inside)
    return out


def modifier_places(ctx: Context) -> set[int]:
    """Starts of places that only describe a group ('US-backed', 'Iran-allied'): never the
    event's place, nor the article's focus."""
    out: set[int] = set()
    for place in ctx.places:
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and (_hyphen_modifier(span[-1]) or _owner_country(place, span.root)):
            out.add(place.start)
    return out


def as_location(place: Place) -> Location:
    return Location(name=place.name, country_code=place.country_code, admin1=place.admin1,
                    lat=place.lat, lon=place.lon, geonameid=place.geonameid, precision=place.precision)


def focus_place(ctx: Context, excluded: set[int]) -> Location | None:
    """The article's focus: the most mentioned place in the most mentioned country."""
    usable = [p for p in ctx.places if p.start not in excluded and p.country_code]
    if not usable:
        return None
    country = Counter(p.country_code for p in usable).most_common(1)[0][0]
    local = [p for p in usable if p.country_code == country]
    fine = [p for p in local if p.precision != "country"] or local
    counts = Counter(p.name for p in fine)
    best = max(fine, key=lambda p: (counts[p.name], -p.start))
    return as_location(best)


def _names_a_group(token: Token) -> bool:
    """'Fano militias', 'Tigray forces': the place name is part of an armed group's name."""
    return (token.dep_ in {"compound", "amod"} and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() in _GROUP_NOUNS)


def _hyphen_modifier(token: Token) -> bool:
    """'US-backed fighters', 'Iran-allied militias', 'Kabul-based group': a place joined by a
    hyphen to a lower-case word describes who someone is, not where anything happened
    ('the Kabul-Jalalabad road' joins two places and stays). Called with a place's last token,
    so a name written with hyphens ('Port-au-Prince') is not read as its first word plus a suffix."""
    doc = token.doc
    last = token.i
    while last + 1 < len(doc) and doc[last + 1].idx == doc[last].idx + len(doc[last]) and doc[last + 1].text != "-":
        last += 1  # the rest of a place name written as several tokens
    if last + 2 >= len(doc) or doc[last + 1].text != "-":
        return False
    word = doc[last + 2]
    return word.is_lower and word.idx == doc[last + 1].idx + 1 and doc[last + 1].idx == doc[last].idx + len(doc[last])


def _owner_country(place: Place, token: Token) -> bool:
    """'shelled a US base in Deir ez-Zor': a country name modifying a thing says whose it is."""
    return place.precision == "country" and token.dep_ == "compound" and token.head.pos_ == "NOUN"


def _place_score(place: Place, token: Token, trigger: Token, actor_ids: set[int], cfg: EventConfig) -> int:
    if token.i in actor_ids:
        return 0
    if _names_a_group(token) or place_ties.heading(token) or place_ties.launch_site(token) \
            or place_ties.origin_of_thing(token):
        return cfg.place_aside
    loose = cfg.place_loose_penalty * (place_ties.loose(token) or place_ties.road_end(token))
    anchor = place_ties.on_road(token) or token
    if place_ties.attached_to(anchor, trigger):
        score = cfg.place_on_trigger - loose
    elif place_ties.attached_to(anchor, _clause_verb(trigger)):
        score = cfg.place_on_clause - loose
    elif place_ties.is_speaker_place(token):
        score = cfg.place_aside
    else:
        score = cfg.place_in_sentence
    if place.precision in {"country", "region"}:
        return score if score >= cfg.country_place_min_score else 0  # a bare country is more often an actor
    return score


def event_location(
    ctx: Context, sent: Span, trigger: Token, actor_ids: set[int], excluded: set[int],
    focus: Location | None, para: tuple[int, int] = (0, 0), dateline: Place | None = None,
) -> Anchored:
    """The most specific place tied to the trigger in its sentence, else the paragraph's
    first town in the focus country, else the town of the dateline heading this paragraph
    ('KHARKIV - The missile struck...'), else the focus place."""
    best: tuple[int, Place] | None = None
    scored: list[tuple[int, Place]] = []
    lo, hi = _own_part_chars(ctx, sent, trigger, excluded)
    measured = ctx.memo("events.measured_from", lambda: measured_from_town(ctx))
    for place in ctx.places:
        if not (lo <= place.start < hi) or place.start in excluded or place.start in measured:
            continue
        token = token_of(sent, place.start, place.end)
        if token is None or not place.country_code:
            continue
        score = _place_score(place, token, trigger, actor_ids, ctx.config.events)
        if score == ctx.config.events.place_aside and focus is not None and place.country_code != focus.country_code:
            continue  # 'Moscow's defence ministry said': a foreign source's seat
        scored.append((score, place))
        if score > 0 and (best is None or score > best[0]):
            best = (score, place)
    if best is not None:
        best = finer_place(best, scored, ctx.config.events.finer_place_margin)
    at_border = any(sent.start_char <= s < sent.end_char for s in ctx.memo("events.borders", lambda: border_places(ctx)))
    if best is not None:
        score, place = best
        finer_focus = (focus is not None and place.precision in {"country", "region"}
                       and focus.country_code == place.country_code)
        if not finer_focus or (at_border and place.precision == "region"):  # '... near the border, in X state'
            return Anchored(as_location(place), "sentence", score)
    if at_border and focus is not None:  # no town named: the article's country, near that border
        return Anchored(_country_of(ctx, focus, excluded), "focus", 0)
    nearby = _paragraph_place(ctx, para, excluded, focus)
    if nearby is not None:
        return Anchored(nearby, "paragraph", 0)
    if dateline is not None and para[0] <= dateline.start < para[1] and dateline.precision not in {"country", "region"}:
        return Anchored(as_location(dateline), "paragraph", 0)
    return Anchored(focus, "focus" if focus else "none", 0)


def event_fatalities(ctx: Context, sent: Span, trigger: Token) -> Fatalities | None:
    """The toll told with the trigger; a headline's parts between semicolons are two stories
    ('Four killed in X gunfight; police fire tear gas at Y march'), so only its own part counts."""
    start, end = semicolon_part(sent, trigger.i)
    if (start, end) == (sent.start, sent.end) or not is_headline(sent):
        return _sentence_fatalities(ctx, sent, trigger)
    return _sentence_fatalities(ctx, ctx.doc[start:end], trigger)


def _own_part_chars(ctx: Context, sent: Span, trigger: Token, excluded: set[int]) -> tuple[int, int]:
    """The characters of the trigger's part between semicolons when a place is named there,
    else the whole sentence: 'X gunfight; police fire tear gas at Y march' keeps each story's place."""
    start, end = semicolon_part(sent, trigger.i)
    lo = ctx.doc[start].idx if start < len(ctx.doc) else sent.start_char
    hi = ctx.doc[end - 1].idx + len(ctx.doc[end - 1]) if end > start else sent.end_char
    if (lo, hi) != (sent.start_char, sent.end_char) and any(
            lo <= p.start < hi and p.start not in excluded and p.country_code for p in ctx.places):
        return lo, hi
    return sent.start_char, sent.end_char


def _country_of(ctx: Context, focus: Location, excluded: set[int]) -> Location:
    """The focus country as named in the article, else the focus place itself."""
    for place in ctx.places:
        if place.precision == "country" and place.country_code == focus.country_code and place.start not in excluded:
            return as_location(place)
    return focus


def _paragraph_place(
    ctx: Context, para: tuple[int, int], excluded: set[int], focus: Location | None,
) -> Location | None:
    """A sub-national place named in the same paragraph, in the focus country; when the
    paragraph names places of one other country only (a digest's line on another country),
    the first of those if it is a town: the focus abroad is surely not where it happened (a
    province abroad is as often a group's or a region's name as the event's place)."""
    others: list[Place] = []
    for place in ctx.places:
        if not (para[0] <= place.start < para[1]) or place.start in excluded:
            continue
        if place.precision in {"country", "region"} or not place.country_code:
            continue
        if focus is None or place.country_code == focus.country_code:
            return as_location(place)
        others.append(place)
    if others and len({p.country_code for p in others}) == 1 and others[0].precision in {"city", "district"}:
        return as_location(others[0])
    return None


def event_sources(ctx: Context, sent: Span, start: int, end: int) -> list[str]:
    """Who reports the event: the quotes' attribution, else a speech verb or 'according to' in the sentence."""
    source = attribution_for(ctx, start, end)
    if source:
        return [source]
    for quote in ctx.quotes:
        if quote.start <= start < quote.end and quote.speaker:
            return [quote.speaker]
    return _speech_source(sent)


def _speech_source(sent: Span) -> list[str]:
    text = sent.text
    match = re.search(r"\baccording to ([^,.;]+)", text)
    if match:
        return [match.group(1).strip()]
    speech = (sent.doc[sent.start + k] for k, lemma in enumerate(span_lemmas(sent)) if lemma in place_ties.SPEECH_LEMMAS)
    for token in speech:
        if token.pos_ == "VERB":
            subj = [c for c in token.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON":
                words = [t for t in subj[0].subtree if t.dep_ not in {"punct"}]
                phrase = sent.doc[words[0].i:words[-1].i + 1].text if words else ""
                if phrase and len(phrase) < 80:
                    return [phrase]
    return []
