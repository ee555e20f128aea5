"""Is a temporal expression about the future? Decides 'on Wednesday' = next or last Wednesday.

The parse is used when there is one: the verb the expression attaches to, and its auxiliaries
('will', 'would', 'is expected to'). Without a parse, a short look-back over the words of the
clause serves instead.
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.text import doc_forms, doc_table

FUTURE_AUX = words("future_markers")
FUTURE_GOVERNORS = words("future_governors")
DEADLINE_WORDS = words("deadline_words")
EARLIEST_MARKERS = words("earliest_markers")
Lean = Literal["forward", "nearest", "backward"]
_PAST_FORMS = frozenset(form for form in lexicon("irregular_lemmas").labels() if not form.endswith("s"))
"""Irregular past forms ('retook', 'overran') the tagger may read as a present ('VBP')."""
_LEXICAL = re.compile(
    r"\b(?:will|would|shall|'ll|’ll|going\s+to|due\s+to|set\s+to|expected\s+to|scheduled\s+to|"
    r"plans?\s+to|planned\s+to|is\s+to|are\s+to|to\s+be\s+held)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|,\s+(?:and|but|while|as)\b|\bbut\b")


def is_future(text: str, start: int, doc: Doc | None = None, lookback: int = 80) -> bool:
    """True when the expression at ``start`` sits in a future or future-in-the-past clause,
    or follows a phrase setting an earliest moment ('as early as Tuesday')."""
    if _after_earliest_marker(text, start):
        return True
    if doc is not None:
        verb = _clause_verb(doc, start)
        if verb is not None:
            if _POSSESSIVE.match(text, _word_end(text, start)):
                return _has_future_aux(verb)  # 'follows Tuesday's ruling': the ruling is told
            return _verb_is_future(verb)
    return _lexically_future(text, start, lookback)


def weekday_lean(text: str, start: int, doc: Doc | None = None, lookback: int = 80) -> Lean:
    """A bare weekday is the next one in a future clause; the nearest one when it follows a
    plan told in the simple past ('protesters planned a march on Saturday': this week's, either
    side of publication), though not when fronted ('On Friday, the ministry planned to pay'
    dates the planning); otherwise the last one, as news reports the past."""
    if is_future(text, start, doc, lookback):
        return "forward"
    verb = _clause_verb(doc, start) if doc is not None else None
    if verb is not None and verb.tag_ == "VBD" and verb.lemma_ in FUTURE_GOVERNORS and verb.idx < start:
        return "nearest"
    return "backward"


_POSSESSIVE = re.compile(r"['’]s\b")
"""'Tuesday's vote': the day names an event, told as done unless a 'will' says otherwise."""


def _word_end(text: str, start: int) -> int:
    match = re.match(r"[A-Za-z]+", text[start:start + 12])
    return start + (match.end() if match else 0)


def _has_future_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def calendar_lean(text: str, start: int, doc: Doc | None = None, lookback: int = 80,
                  end: int | None = None) -> Lean:
    """Which occurrence a year-less date means: the next in a future clause or beside a
    deadline word ('by', 'payable', 'the Jan. 14 deadline'); the last in a clearly past
    clause; otherwise, and for a deadline set in a past clause ('extended the deadline until
    March 3') or in an infinitive, whose time runs from a verb of any tense ('ordered them
    to leave by Jan. 14'), the nearest."""
    if is_future(text, start, doc, lookback):
        return "forward"
    deadline = _beside_deadline_word(text, start, end)
    past = doc is not None and is_past(doc, start)
    if deadline and not past and not (doc is not None and _in_infinitive(doc, start)):
        return "forward"
    return "backward" if past and not deadline else "nearest"


def deadline_ahead(text: str, start: int, end: int, doc: Doc | None = None) -> bool:
    """A day named as a deadline ('has given them until 9 a.m. Tuesday') is the coming one;
    after a simple past only when the verb moves a deadline ('postponed until Tuesday'), not
    when it tells how long something lasted ('stayed until Saturday'), never after a past
    perfect ('had filed by Wednesday')."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 12):start + 6])
    if not any(w.lower() in _UNTIL for w in before[-2:]):
        return False
    verb = governing_verb(doc, start) if doc is not None else None
    if verb is None:
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False  # 'had filed by Wednesday', 'until Thursday they had not called him'
    return verb.tag_ != "VBD" or verb.lower_ in DEADLINE_WORDS


_UNTIL = frozenset({"until", "till", "by"})
"""The words that end a period at a day ('until Tuesday'): grammar, not vocabulary."""


def is_past(doc: Doc, start: int) -> bool:
    """The verb governing the expression is in a past tense: 'rose', 'had risen', 'has been
    searching since', a past participle ('the high set on Aug. 6'); a bare gerund takes the
    tense of the verb it hangs from ('has fluctuated, rising ... in March')."""
    verb = governing_verb(doc, start)
    for _ in range(3):
        if verb is None:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ in ("MD", "TO") for c in auxes):
            return False
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
            return True
        if auxes:
            return False  # 'is traded', 'are rising': present
        if verb.tag_ == "VBN":
            return verb.lemma_ not in FUTURE_GOVERNORS  # 'a summit set for April' is a plan
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        verb = _verb_ancestor(verb)
    return False


def _in_infinitive(doc: Doc, start: int) -> bool:
    """The expression hangs from a 'to' infinitive ('to repatriate the child by Jan. 14')."""
    verb = governing_verb(doc, start)
    return verb is not None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _verb_ancestor(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _beside_deadline_word(text: str, start: int, end: int | None = None) -> bool:
    """A deadline word just before the date (or before its 'to': 'extended to Nov. 20'),
    opening its span ('by Dec. 15') or right after it ('the Jan. 14 deadline')."""
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, start - 30):start])]
    if before and before[-1] == "to":
        before = before[:-1]
    first = re.match(r"[A-Za-z]+", text[start:start + 12])
    after = re.match(r"\s*([A-Za-z]+)", text[end:end + 20]) if end is not None else None
    near = before[-1:] + ([first.group()] if first else []) + ([after.group(1)] if after else [])
    return any(w.lower() in DEADLINE_WORDS for w in near)


def _after_earliest_marker(text: str, start: int) -> bool:
    """'as early as Tuesday', 'as soon as next week': the time is ahead."""
    before = " ".join(text[max(0, start - 30):start].lower().split())
    return any((" " + before).endswith(" " + marker) for marker in EARLIEST_MARKERS)


def governing_verb(doc: Doc, start: int) -> Token | None:
    """Walk up from the expression's first token to the nearest verb."""
    table = doc_table(doc)  # the walk reads the article's columns; one Token is made, for the verb
    bounds = table.expand(start, start + 1)
    if bounds is None or bounds[0] >= bounds[1]:
        return None
    i = bounds[0]
    for _ in range(8):
        if table.pos[i] in ("VERB", "AUX") and table.dep[i] not in ("aux", "auxpass"):
            return doc[i]
        if table.head[i] == i:  # the root
            return None
        i = table.head[i]
    return None


def _clause_verb(doc: Doc, start: int) -> Token | None:
    """The governing verb when it is in the expression's own paragraph, else None."""
    verb = governing_verb(doc, start)
    bounds = doc_table(doc).expand(start, start + 1)
    if verb is None or bounds is None or bounds[0] >= bounds[1]:
        return verb
    return None if _across_paragraphs(doc, verb.i, bounds[0]) else verb


def _across_paragraphs(doc: Doc, a: int, b: int) -> bool:
    """A blank line between tokens ``a`` and ``b`` (verb and expression): the parser joined a
    headline or another paragraph to the sentence, and the verb found there governs nothing."""
    texts = doc_forms(doc).text  # a token's trailing whitespace is one space at most, never a newline
    return any(texts[i].count("\n") >= 2 for i in range(min(a, b), max(a, b)))


def _verb_is_future(verb: Token) -> bool:
    """'will begin', 'would begin', 'is expected to begin', 'begins' (scheduled present); not
    a plan told in the past perfect ('had been due to expire Friday': overtaken, so past)."""
    chain = _clause_chain(verb)
    tops = chain + ([chain[-1].head] if chain[-1].dep_ == "acomp" else [])  # 'had been due to'
    if any(c.dep_ == "aux" and c.lower_ == "had" for t in tops for c in t.children):
        return False
    for level, token in enumerate(chain):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if level > 0 and (token.lemma_ in FUTURE_GOVERNORS or token.lemma_ == "be"):
            return True  # 'is expected to resume', 'is to resume Tuesday'

        if level == 0 and token.lemma_ in FUTURE_GOVERNORS and _present_passive(token):
            return True  # 'is expected on Friday', 'is scheduled for March 3'

        if level == 0 and token.tag_ in ("VBZ", "VBP") and token.lemma_ not in ("say", "be", "have") \
                and not _past_form(token):
            return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return False


def _past_form(verb: Token) -> bool:
    """'On Saturday, the army retook the town' tagged as a present: a past form is never the
    scheduled present ('begins Tuesday'), so a weekday before it is the last one, not the next."""
    text = verb.lower_
    return text in _PAST_FORMS or (text.endswith("ed") and text != verb.lemma_.lower())


def _present_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and, through 'to'-infinitive complements, the verbs that govern it."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _lexically_future(text: str, start: int, lookback: int) -> bool:
    """Look back (``lookback`` characters at most) to the clause start for a future marker."""
    window = text[max(0, start - lookback):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return _LEXICAL.search(window) is not None
