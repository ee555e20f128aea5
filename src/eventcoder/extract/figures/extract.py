"""Figures about people and territory: how many, how hedged, counting whom, on whose word.

Pipeline per number expression found by ``numbers.find_numbers``:

1. drop numbers that are not counts (years, clock times, ages, money, distances, dates,
   labels such as "Resolution 2254" or "page 4", phone numbers);
2. find its noun phrase in the parse and what it counts (``figure_syntax.phrase_for``);
3. decide the category from the phrase's role in its clause, not from nearby words;
4. keep counts of people, and ground that is controlled, taken or lost; drop the rest;
5. attach the source and governing date; drop a headline figure the body repeats.

Ranges keep ``value`` None with ``low``/``high`` (see ``numbers``).
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.dates.extract import governing_date
from eventcoder.extract.figures import lexicon as lex
from eventcoder.extract.figures import syntax as syn
from eventcoder.extract.figures.complements import closing_state, trailing_state
from eventcoder.extract.figures.idioms import sent_to_death
from eventcoder.extract.figures.numbers import NumberMention, find_numbers
from eventcoder.extract.figures.pronouns import pronoun_victims
from eventcoder.extract.figures.tellers import put_at
from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.text import doc_table, in_headline
from eventcoder.model import FigureCategory, Qualifier, Quantity, Unit

PEOPLE_CATEGORIES = {"killed", "injured", "displaced", "evacuated", "detained", "abducted",
                     "missing", "besieged"}


def extract_figures(ctx: Context) -> list[Quantity]:
    """Every figure about people or territory in the article, in text order."""
    found: list[tuple[Quantity, bool]] = []
    config, table = ctx.config.figures, doc_table(ctx.doc)
    for mention in find_numbers(ctx.text, config.max_value):
        bounds = table.expand(mention.num_start, mention.end)  # char_span's 'expand', from int columns
        num = ctx.doc[bounds[0]:bounds[1]] if bounds is not None else None
        if num is None or len(num) == 0 or _not_a_count(mention, num):
            continue
        quantity = _figure(ctx, mention, num, found)
        if quantity is not None:
            found.append((quantity, in_headline(ctx.text, mention.start)))
    found += [(q, in_headline(ctx.text, q.start)) for q in pronoun_victims(ctx)]
    found.sort(key=lambda pair: pair[0].start)
    return _drop_repeated_headlines(found)


def _figure(ctx: Context, mention: NumberMention, num: Span,
            earlier: list[tuple[Quantity, bool]]) -> Quantity | None:
    """Build the Quantity for one number, or None when it counts neither people nor ground."""
    phrase = syn.phrase_for(num, ctx.config.figures.max_noun_gap)
    noun, head = phrase.noun, phrase.head
    percent = mention.percent or (head.lower_ in syn.PERCENT_WORDS)
    counted = _counted(head, noun, percent)
    if _year_like(mention, num) and not _plain_people(counted):
        return None
    if num.text.lower() == "one" and head is not noun:
        return None  # "one of the ...", "one captured by ...": a pronoun, not a count
    if noun is None and _is_age(num, head):
        return None
    category = _category(head, counted, percent)
    if category is None and not percent:  # 'counted 4 dead': the state word hung on the verb
        category = trailing_state(num, max(mention.end, phrase.end)) or closing_state(head) or put_at(head) or sent_to_death(head)
    if category is None and counted is None and earlier and not percent:
        category = _elliptical(ctx, num, earlier)
    if category is None and not (counted is not None and syn.is_people(counted)):
        return None
    if category in PEOPLE_CATEGORIES and counted is not None and not syn.is_people(counted):
        return None
    start, end = mention.start, max(mention.end, phrase.end)
    unit = "percent" if percent else ("other" if category == "territory" else "people")
    return Quantity(
        start=start, end=end, text=ctx.text[start:end],
        value=mention.value, low=mention.low, high=mention.high,
        qualifier=cast(Qualifier, mention.qualifier), unit=cast(Unit, unit),
        category=cast(FigureCategory, category or "other"),
        subject=_subject(counted, num.end),
        attributed_to=attribution_for(ctx, start, end),
        date=governing_date(ctx, start, end),
    )


def _counted(head: Token, noun: Token | None, percent: bool) -> Token | None:
    """What is counted: for "85% of the region" the region, else the counted noun."""
    if percent:
        return noun if noun is not None and noun.lower_ not in syn.PERCENT_WORDS else None
    return noun


def _category(head: Token, counted: Token | None, percent: bool) -> str | None:
    """Territory for ground that changes or stays in hands; otherwise what befell the people."""
    ground = counted is not None and syn.is_territorial(counted) and not syn.is_people(counted)
    if (ground or (percent and counted is None)) and syn.territory_clause(head):
        return "territory"
    if ground:
        return None
    if percent and counted is None:
        return None
    return (syn.clause_category(head, counted) or syn.noun_category(counted)
            or syn.noun_category(head if head is not counted else None))


def _plain_people(counted: Token | None) -> bool:
    """A people noun that is not itself an event word ("2011 people", not "1999 shooting death")."""
    return counted is not None and syn.is_people(counted) and syn.lemma(counted) not in lex.NOUN_CATEGORIES


def _is_age(num: Span, head: Token) -> bool:
    """"Scott, 43, was killed": a bare number set off by commas after a name is an age."""
    doc = num.doc
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return num.start == 0 or doc[num.start - 1].text != ":"  # 'Ambush near Kidal: five killed' opens a toll
    if num.start < 2 or doc[num.start - 1].text != ",":
        return False
    after = doc[num.end].text if num.end < len(doc) else "."
    return doc[num.start - 2].pos_ == "PROPN" and after in (",", ".", ")", ";")


def _elliptical(ctx: Context, num: Span, earlier: list[tuple[Quantity, bool]]) -> str | None:
    """"12 killed in Idlib, 4 in Hama": a bare number with no verb of its own in between
    inherits the category of the figure just before it in the same sentence."""
    prev = earlier[-1][0]
    sent = num.sent
    if prev.category == "other" or prev.start < sent.start_char:
        return None
    between = ctx.doc.char_span(prev.end, num.start_char, alignment_mode="expand")
    if between is None or any(t.pos_ == "NUM" for t in between):
        return None
    if any(t.pos_ in ("VERB", "AUX", "NOUN") for t in between) and not _told_again(num, between):
        return None
    return prev.category


def _told_again(num: Span, between: Span) -> bool:
    """'at least 20 civilians killed; the government said 13': a bare number that a verb of
    saying takes as its object, after a semicolon or 'while', is another teller's figure for
    the same count; so is one hung on the teller named right after a comma, with no verb of its
    own ('the UN put the dead at 41, local officials at 25')."""
    head = num.root.head
    if num.root.dep_ in ("appos", "npadvmod", "conj") and head.pos_ in ("NOUN", "PROPN") \
            and between.start <= head.i < between.end and between.text.lstrip().startswith(","):
        return not any(t.pos_ in ("VERB", "AUX") for t in between)  # 'the UN put it at 41, local officials at 25'
    return (num.root.dep_ in ("dobj", "obj", "attr") and head.lemma_.lower() in _SOURCES
            and any(t.text in (";", "while", "whereas", "but") for t in between))


_SOURCES = words("speech_verbs", "figure_source")


def _subject(counted: Token | None, after: int) -> str | None:
    """Who is counted: the counted noun with its compounds and descriptive modifiers."""
    if counted is None or counted.lower_ in syn.PERCENT_WORDS:
        return None
    if counted.lower_ == "whom":  # "30 passengers, 12 of whom": the antecedent
        clause = next((t for t in counted.ancestors if t.dep_ == "relcl"), None)
        return _subject(clause.head, 0) if clause is not None and clause.head.pos_ == "NOUN" else None
    if counted.pos_ in ("PRON", "ADJ", "NUM"):
        return None  # "20 dead", "five of them": the noun is elsewhere
    mods = [c for c in counted.lefts if c.i >= after and c.dep_ in ("compound", "amod", "nmod")
            and c.lower_ not in lex.MODIFIER_CATEGORIES and not c.like_num and c.pos_ not in ("NUM", "VERB")
            and c.ent_type_ not in ("CARDINAL", "QUANTITY")]
    start = mods[0].i if mods else counted.i
    return counted.doc[start:counted.i + 1].text


# --- numbers that are not counts -------------------------------------------------------

def _not_a_count(mention: NumberMention, num: Span) -> bool:
    """True for clock times, money, distances, dates, ages and labels ("Article 5")."""
    doc = num.doc
    first = doc[num.start]
    whole = doc_table(doc).expand(mention.start, mention.end)
    before = _word_before(doc, whole[0] if whole is not None else num.start)
    after = _words_after(doc, num.end)
    if first.ent_type_ in ("MONEY", "TIME", "ORDINAL") and not mention.vague:
        return True
    if before in ("$", "€", "£", "¥", "us$", "usd", "eur", "gbp"):
        return True
    if after and (after[0] in lex.NON_COUNT_UNITS or after[:2] in (["-", "year"], ["-", "month"],
                                                                   ["-", "day"], ["-", "week"])):
        return True  # "30 km", "5 am", "12-year-old"; areas read "120 square km"
    if _date_neighbour(doc, num):
        return True
    if before in lex.LABEL_WORDS:
        return before not in lex.YEAR_ONLY_LABELS or _year_like(mention, num)
    return first.lower_ == "one" and before in ("no", "any", "every", "each", "the", "this",
                                                "that", "which", "someone", "anyone")


def _word_before(doc: Doc, i: int) -> str:
    """The lower-cased word before token i, skipping an opening bracket or '#'."""
    j = i - 1
    while j >= 0 and doc[j].text in ("(", "[", "#", "No.", "no."):
        j -= 1
    return doc[j].lower_.rstrip(".") if j >= 0 else ""


def _words_after(doc: Doc, i: int) -> list[str]:
    """The next three lower-cased words, where a unit ("km", "-year-old") would stand."""
    return [t.lower_ for t in doc[i:i + 3]]


def _date_neighbour(doc: Doc, num: Span) -> bool:
    """"November 15", "15 March 2016": a number beside a capitalised month name."""
    near = [doc[num.start - 1]] if num.start > 0 else []
    if num.end < len(doc):
        near.append(doc[num.end])
    return any(t.lower_ in lex.MONTHS and t.text[:1].isupper() for t in near)


def _year_like(mention: NumberMention, num: Span) -> bool:
    """A plain four-digit number between 1900 and 2099 (or a span of two), as years are written."""
    if mention.low is not None:
        return _year(mention.low) and _year(mention.high) and not re.search(r"\d,\d", num.text)
    return re.fullmatch(r"(19|20)\d\d", num.text.strip()) is not None and mention.qualifier == "exact"


def _year(value: float | None) -> bool:
    return value is not None and value == int(value) and 1900 <= value <= 2099


# --- headlines --------------------------------------------------------------------------

def _drop_repeated_headlines(found: list[tuple[Quantity, bool]]) -> list[Quantity]:
    """Headlines restate the body: keep the body's wording of a figure, which carries the hedge."""
    body = {_figure_key(q) for q, headline in found if not headline}
    return [q for q, headline in found if not (headline and _figure_key(q) in body)]


def _figure_key(q: Quantity) -> tuple[object, ...]:
    """Same category and number (or same range and vague head word): a restatement, not a new figure."""
    if q.value is not None:
        return (q.category, q.value)
    words = q.text.lower().split()
    return (q.category, None, q.low, q.high, words[0] if words else "")
