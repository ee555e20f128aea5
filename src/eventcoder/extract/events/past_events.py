"""Events an article names as history by their year ('the April 2019 ambush', 'the 2018
bombing'), told beside today's news (a verdict, an anniversary, a protest by the victims' kin)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventcoder.extract.events.merge import Mention
from eventcoder.extract.text import doc_forms, doc_table, token_texts

_NOUN_MODIFIERS = {"compound", "amod", "nmod", "nummod"}


def past_named(mentions: list[Mention], sentences: list[Span], published: date | None = None) -> list[Mention]:
    """'convicted over the April 2019 ambush near Kunduz ... The ambush took place when ...': an
    event named with a year before the publication year is history (a trial, an anniversary), and
    so are its retellings that carry no date of their own.  The publication year, not the latest
    year written: an article that names only past years ('the 2019 ambush') still tells history.
    Without a publication date, the latest year the article writes stands in for it."""
    if not sentences:
        return mentions
    doc = sentences[0].doc
    texts, table = token_texts(doc), doc_table(doc)
    at = [i for i, w in enumerate(texts) if _year_text(w)]  # strings, not a Token per word
    years = [int(texts[i]) for i in at]
    if not years:
        return mentions
    latest = published.year if published is not None else max(years)
    near = {h for i, y in zip(at, years) if y < latest for h in _heads(table.head, i, 3)}
    lemmas = doc_forms(doc).lemma  # only a past year's heads, three up at most, can be modified by it
    past = {lemmas[i] for i in near if table.pos[i] == "NOUN" and _year_modified(doc[i], latest)}
    if not past:
        return mentions

    def history(m: Mention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not any(t.lemma_.lower() in past for t in span):
            return False
        return any(_year_modified(t, latest) for t in span) or m.date_source not in {"governing", "sentence"}
    return [m for m in mentions if not history(m)]


def _year(token: Token) -> bool:
    return _year_text(token.text)


def _year_text(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


def _year_modified(noun: Token, latest: int) -> bool:
    """'the April 2019 ambush', 'the 2018 bombing': a year earlier than ``latest`` among the
    noun's modifiers (or theirs)."""
    mods = [c for c in noun.children if c.dep_ in _NOUN_MODIFIERS]
    mods += [g for c in mods for g in c.children if g.dep_ in _NOUN_MODIFIERS]
    return any(_year(t) and int(t.text) < latest for t in mods) or _dated_participle(noun, latest)


def _dated_participle(noun: Token, latest: int) -> bool:
    """'an agreement signed with the unions in 2024', 'the massacre carried out in 2019': a
    participle on the noun dates it to an earlier year, whatever the sentence's verb says now."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}):
            if any(_year(g) and int(g.text) < latest for g in prep.children if g.dep_ == "pobj"):
                return True
    return False


def _heads(heads: list[int], i: int, steps: int) -> list[int]:
    """The token's heads, ``steps`` up at most (a year under 'in' under a participle: three)."""
    out = []
    for _ in range(steps):
        i = heads[i]
        out.append(i)
    return out
