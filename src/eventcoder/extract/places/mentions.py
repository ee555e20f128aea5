"""Finding toponym candidates in a parsed article: capitalised token n-grams the gazetteer knows.

NER alone misses places (the small model calls Aleppo NORP and Hama ORG), so every run of
capitalised tokens is looked up in the gazetteer, longest first; NER labels and the words
around a candidate are kept as evidence for the decision made in ``extract.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.gazetteer import Entry, Gazetteer
from eventcoder.extract.places.names import alternation, fold, is_common_word, loose_key, strip_article
from eventcoder.extract.text import token_texts
from eventcoder.nlp import everyday_words

CONNECTORS = words("name_particles", "connector")
GLUED_ARTICLES = words("name_particles", "glued_article")
ENGLISH_ARTICLES = words("name_particles", "english_word")
LOCATIVE = words("locative_prepositions", "place_mention")
PLACE_NOUNS = words("place_nouns", "after_name")
TITLES = words("personal_titles", "before_name")
KIN = words("kin_nouns", "before_name")
SPEECH_VERBS = words("speech_verbs", "place_speaker")
# "Idlib province", "the province of Idlib": the area, not its city
_ADMIN1 = alternation(words("place_nouns", "admin1"))
_ADMIN_AFTER = re.compile(r"^\s*(?:" + _ADMIN1 + r")\b", re.I)
_ADMIN_BEFORE = re.compile(r"\b(?:" + _ADMIN1 + r")\s+of\s+$", re.I)
# "in rural Hama", "in the north", "to besieged Mariupol": still a locative phrase
_MODIFIERS = words("locative_modifiers") | lexicon("compass").all()
# "Tsafe Local Government Area": a place noun of several words right after the name
_NOUN_AFTER = re.compile(r"^\s+(?:" + alternation(frozenset(w for w in PLACE_NOUNS if " " in w)) + r")\b", re.I)
SETTLEMENT_NOUNS = words("place_nouns", "town_word")
_SETTLEMENT_OF = re.compile(r"\b(?:" + alternation(SETTLEMENT_NOUNS) + r") of\s+$", re.I)
# "the city of X"
_NOUN_OF = re.compile(r"\b(?:" + alternation(words("place_nouns", "kind_of")) + r") of\s+$", re.I)
# "X, the capital of Y", "X, a small town in Y": an apposition says what X is and where
_NOUN_APPOSED = re.compile(r"^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:"
                           + alternation(words("place_nouns", "kind_of")) + r")\s+(?:of|in|on|near)\b")
TARGET_VERBS = words("target_verbs", "place_object")
LOCAL_NOUNS = words("local_nouns")
SPAN_LABELS = ("GPE", "LOC", "FAC")
VEHICLE_MAKES = words("vehicle_makes")
NAME_ABBREVIATIONS = lexicon("name_abbreviations").labels()
# 'CROMWELL — The council...', 'LEBANON (AP) -', 'SOUTH CHARLESTON, W.Va. --': a capitals dateline
# 'Rep. Jay Roberts (R-Tifton)', 'Sen. Ann Lee, D-Tacoma': a legislator's party and home town
_PARTY_BEFORE = re.compile(r"(?:^|[\s(,])(?:R|D|I|DFL)-$")
_INNER_APOSTROPHE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)+")
_DATELINE_AFTER = re.compile(r"(?:,[^\n,.]{1,20}?)?\s*(?:\([A-Za-z ]{1,20}\))?\s*(?:--|[-\u2013\u2014])\s")


@dataclass
class Candidate:
    """A span of the article that names at least one gazetteer entry."""

    span: Span
    key: str
    entries: tuple[Entry, ...]
    ent_label: str | None = None
    """NER label of an entity that is exactly this span (possibly with a leading 'the')."""
    inside_label: str | None = None
    """NER label of a longer entity this span sits inside ('Jack London', 'U.N. Security Council')."""
    inside: tuple[int, int] | None = None
    """Token range of that longer entity."""
    features: dict[str, bool] = field(default_factory=dict)
    loose: bool = False
    """Matched by a loose spelling of the entries' names: a respelling, not another name."""

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True)
class ParsedText:
    """What place finding reads of the parsed article again and again, computed once per
    article (``parsed``): ``doc.text`` joins every token, ``is_sent_start`` is O(n)."""

    doc: Doc
    text: str
    starts: frozenset[int]
    """Token indices that start a sentence."""
    ents: tuple[tuple[int, int, str], ...]
    """(start, end, label) of the NER entities."""


def parsed(ctx: Context) -> ParsedText:
    """The article's ``ParsedText``, kept on the context."""
    return ctx.memo("places.parsed", lambda: _parse_view(ctx.doc, ctx.text, ctx.sentences))


def _parse_view(doc: Doc, text: str, sentences: list[Span]) -> ParsedText:
    starts = frozenset(s.start for s in sentences) or frozenset({0})
    return ParsedText(doc, text, starts, tuple((e.start, e.end, e.label_) for e in doc.ents))


def is_everyday_phrase(key: str) -> bool:
    """Every word of the folded name is an everyday English word."""
    words = key.split()
    vocab = everyday_words()  # the shared pipeline's lemmatizer words, read once per process
    return bool(words) and all(w in vocab or is_common_word(w) for w in words)


def _capitalised(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper()


def _may_continue(tok: Token) -> bool:
    """A token that can sit inside a multi-word name: capitalised, or 'al', 'de', '-', 'of',
    or any lower-case word glued by hyphens into one compound ('Port-au-Prince', 'Deir
    ez-Zor'): a writer hyphenates a name's particles to keep them inside it."""
    return _capitalised(tok) or tok.lower_ in CONNECTORS or _hyphen_glued(tok)


def _hyphen_glued(tok: Token) -> bool:
    """A short lower-case word with a hyphen glued on either side ('au' in 'Port-au-Prince')."""
    if not (tok.is_alpha and tok.is_lower and len(tok) <= 4):
        return False
    doc, i = tok.doc, tok.i
    after = not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-"
    before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    return after or before


def _may_start(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if _capitalised(tok) and (tok.is_alpha or "." in tok.text or _elided(tok.text)):  # 'Aleppo', 'U.S.'
        return True
    # 'al-Bab', 'el-Geneina' in running text: a lower-case article glued to a name
    return (tok.lower_ in GLUED_ARTICLES and i + 2 < len(doc)
            and doc[i + 1].text == "-" and _capitalised(doc[i + 2]))


def _elided(text: str) -> bool:
    """A word with an apostrophe between letters ("N'Djamena", "Ma'arrat"): the tokenizer
    keeps it whole, and the apostrophe marks an elided vowel or a glottal stop in the name."""
    return _INNER_APOSTROPHE.fullmatch(text) is not None


def _breaks(prev: Token, tok: Token, starts: frozenset[int]) -> bool:
    """A line break or sentence start between two tokens ends a name."""
    return "\n" in prev.whitespace_ + tok.text or tok.i in starts or tok.is_space


def _lookup(gaz: Gazetteer, key: str) -> tuple[Entry, ...]:
    hits = gaz.lookup(key)
    if not hits:
        bare = strip_article(key)
        if bare != key:
            hits = gaz.lookup(bare)
    if not hits:
        first, _, rest = key.partition(" ")
        if rest and first in NAME_ABBREVIATIONS:  # 'ft wayne': the gazetteer has 'Fort Wayne'
            hits = gaz.lookup(f"{NAME_ABBREVIATIONS[first]} {rest}")
    return hits


def find_candidates(parse: ParsedText, gaz: Gazetteer, cfg: PlaceConfig) -> list[Candidate]:
    """Non-overlapping spans, longest match first, whose folded text is a gazetteer key."""
    out: list[Candidate] = []
    doc, starts, texts = parse.doc, parse.starts, token_texts(parse.doc)
    i = 0
    while i < len(doc):
        could = texts[i][:1].isupper() or texts[i].lower() in GLUED_ARTICLES  # no Token for most words
        found = _match_at(doc, i, gaz, starts, cfg) if could and _may_start(doc, i) else None
        if found:
            out.append(found)
            i = found.span.end
        else:
            i += 1
    surnames = _surnames(doc, parse.ents)
    for cand in out:
        _label(cand, parse.ents)
        cand.features = context_features(cand.span, parse.text, cfg.context_chars)
        cand.features["in_full_name"] = cand.inside_label == "PERSON" and _names_a_person(cand.span, parse.ents)
        # 'Moore said' after 'Ann Moore': a surname, whatever NER calls the lone word
        cand.features["person_elsewhere"] = cand.ent_label not in SPAN_LABELS[:2] \
            and len(cand.span) == 1 and _is_person_elsewhere(cand.span, parse.ents)
        cand.features["surname"] = len(cand.span) == 1 and any(
            not start <= cand.span.start < end for start, end in surnames.get(cand.text, ()))
        if _called_settlement(cand.span, parse.text):  # 'in Yala town' after 'Abdulloh Yala'
            cand.features["person_elsewhere"] = cand.features["surname"] = False
    return out


def _called_settlement(span: Span, text: str) -> bool:
    """'Yala town', 'the town of Yala': the text calls the name a settlement, which a person's
    name never is, so a namesake person named elsewhere in the story says nothing against it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    before = text[max(0, span.start_char - 30) : span.start_char]
    return (nxt is not None and nxt.lower_ in SETTLEMENT_NOUNS) or bool(_SETTLEMENT_OF.search(before))


def _match_at(doc: Doc, i: int, gaz: Gazetteer, starts: frozenset[int], cfg: PlaceConfig) -> Candidate | None:
    """The longest gazetteer name starting at token ``i`` and ending on a capitalised token;
    failing any, the longest matching a town's loose key ('Bossaso' for Bosaso)."""
    limit, prev, texts = i + 1, doc[i], token_texts(doc)
    while limit < len(doc) and limit - i < cfg.max_name_tokens:
        tok = doc[limit]  # one Token per step, not three
        if not (_may_continue(tok) and not _breaks(prev, tok, starts) or _abbreviation_dot(doc, limit)):
            break
        limit, prev = limit + 1, tok
    for j in range(limit, i, -1):
        if not texts[j - 1][:1].isupper():  # _capitalised, read from the strings
            continue
        key = _folded(doc[i:j].text)
        hits = _lookup(gaz, key) if key else ()
        if hits and _english_article(doc, i, key, gaz):
            return None  # 'An Alexandria man': the name starts at the next word
        if hits:  # a longer name in a loose spelling beats its first word ('Beled Weyne')
            return _loose_match(doc, i, limit, j, gaz, cfg.loose_min_population) or Candidate(doc[i:j], key, hits)
    return _loose_match(doc, i, limit, i, gaz, cfg.loose_min_population)


def _loose_match(doc: Doc, i: int, limit: int, shortest: int, gaz: Gazetteer, floor: int) -> Candidate | None:
    """A name no exact key knows, ending after token ``shortest``, matched by its loose key
    to a town of a country whose names English news respells; small towns are left out
    (person names meet them too often)."""
    if doc[i].lower_ in ENGLISH_ARTICLES:
        return None
    texts = token_texts(doc)
    for j in range(limit, shortest, -1):
        if not texts[j - 1][:1].isupper():  # _capitalised, read from the strings
            continue
        span = doc[i:j]
        key = _folded(span.text)
        loose = _loose_form(key)
        hits = tuple(e for e in gaz.lookup(loose) if e.population >= floor) if loose else ()
        if hits:
            return Candidate(span, key, hits, loose=True)
    return None


@lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    """``fold`` of words as written: each capitalised run is folded for every length tried, and
    the same names and sentence openers recur in every article."""
    return fold(text)


@lru_cache(maxsize=65_536)
def _loose_form(key: str) -> str | None:
    """The loose key a folded name is looked up by; None for no key or an everyday word."""
    return loose_key(key) if key and not is_common_word(key) else None


def _english_article(doc: Doc, i: int, key: str, gaz: Gazetteer) -> bool:
    """A capitalised 'An', 'As' or 'At' set apart by a space opens an English sentence ('An
    Alexandria man', 'As Alexis Butler stood'); it is an Arabic article only glued by a
    hyphen ('As-Suwayda') or where the gazetteer has the whole name ('As Sulaymaniyah')."""
    return doc[i].lower_ in ENGLISH_ARTICLES and i + 1 < len(doc) and doc[i + 1].text != "-" \
        and not gaz.lookup(key)


def _abbreviation_dot(doc: Doc, i: int) -> bool:
    """A period glued to a short capitals abbreviation inside a name ('ST. PAUL', 'FT. WORTH'):
    the tokenizer splits it off in capitals, and the sentence splitter then starts anew."""
    prev = doc[i - 1]
    return doc[i].text == "." and not prev.whitespace_ and prev.is_upper and prev.is_alpha \
        and len(prev) <= 3 and i + 1 < len(doc) and _capitalised(doc[i + 1]) \
        and "\n" not in doc[i].whitespace_


def _label(cand: Candidate, ents: tuple[tuple[int, int, str], ...]) -> None:
    """Record the NER evidence: an entity equal to the span, or a longer one around it."""
    span, doc = cand.span, cand.span.doc
    for start, end, label in ents:
        if end <= span.start or start >= span.end:
            continue
        core_start = start + 1 if end - start > 1 and doc[start].lower_ == "the" else start
        if core_start >= span.start and end <= span.end:
            cand.ent_label = label
        elif start <= span.start and end >= span.end:
            cand.inside_label, cand.inside = label, (start, end)
        return


def _full_name(span: Span, start: int, end: int) -> bool:
    """doc[start:end] is a PERSON with a name word besides ``span`` ('Jack London'), not
    just everyday words (a headline NER took for a name)."""
    others = [t for t in span.doc[start:end] if t.is_alpha and not span.start <= t.i < span.end]
    return any(not is_common_word(t.lower_) for t in others)


def _names_a_person(span: Span, ents: tuple[tuple[int, int, str], ...]) -> bool:
    """The span sits inside a full personal name."""
    return any(label == "PERSON" and start <= span.start and end >= span.end
               and _full_name(span, start, end) for start, end, label in ents)


def _is_person_elsewhere(span: Span, ents: tuple[tuple[int, int, str], ...]) -> bool:
    """A single word NER calls PERSON that is also part of a full name in the text ('Nebenzia')."""
    doc, word = span.doc, span.text
    for start, end, label in ents:
        if label != "PERSON" or end - start < 2:
            continue
        for t in doc[start:end]:
            if t.text == word and _full_name(doc[t.i : t.i + 1], start, end):
                return True
    return False


def _surnames(doc: Doc, ents: tuple[tuple[int, int, str], ...]) -> dict[str, list[tuple[int, int]]]:
    """Last words of full personal names, with the names' token ranges: writers call a person
    by surname after naming them once ('David Hopkins' ... 'Hopkins said', 'according to
    Hopkins'). Computed once per article, so the check per candidate stays cheap."""
    out: dict[str, list[tuple[int, int]]] = {}
    for start, end, label in ents:
        if label == "PERSON" and end - start >= 2 and _full_name(doc[end - 1 : end], start, end):
            out.setdefault(doc[end - 1].text, []).append((start, end))
    return out


def _is_target(span: Span, prev: Token | None) -> bool:
    """The object of an attack or capture verb, standing alone: not an everyday word
    ('control Congress') nor the tail of a longer name ('the USS Cole')."""
    return (span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in TARGET_VERBS
            and not (prev is not None and _capitalised(prev))
            and not all(is_common_word(t.lower_) for t in span))


def context_features(span: Span, text: str, window: int) -> dict[str, bool]:
    """Words around the span that say 'this is a place' (or an admin area)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    prev2 = doc[span.start - 2] if span.start > 1 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    after = text[span.end_char : span.end_char + window]
    before = text[max(0, span.start_char - window) : span.start_char]
    locative = prev is not None and (prev.lower_ in LOCATIVE or (
        prev.lower_ in _MODIFIERS and prev2 is not None and prev2.lower_ in LOCATIVE))
    place_noun = (nxt is not None and nxt.lower_ in PLACE_NOUNS) or bool(_NOUN_AFTER.match(after)
                                                                     or _NOUN_OF.search(before)
                                                                     or _NOUN_APPOSED.match(after))
    return {
        "after_title": prev is not None and prev.lower_.rstrip(".") in TITLES,
        "after_kin": len(span) == 1 and _after_kin(prev, prev2),
        "speaker": span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lemma_ in SPEECH_VERBS,
        "locative": locative,
        "target": _is_target(span, prev),
        "place_noun": place_noun,
        "town_use": nxt is not None and nxt.lower_ in LOCAL_NOUNS,
        "admin_word": bool(_ADMIN_AFTER.match(after) or _ADMIN_BEFORE.search(before)),
        "propn": any(t.pos_ == "PROPN" for t in span),
        "acronym": span.text.replace(".", "").isupper() and len(span.text) >= 2,
        "dateline": span.text.isupper() and bool(_DATELINE_AFTER.match(after)),
        "heading": _alone_on_line(span, text),
        "hometown": bool(_PARTY_BEFORE.search(before)),
        "apposed": bool(_NOUN_APPOSED.match(after)),
        "vehicle": _is_vehicle(span, prev, nxt),
    }


def _alone_on_line(span: Span, text: str) -> bool:
    """'SOMALIA', 'Kachin State:' on a line of its own: a section heading of a roundup or digest
    names the place the lines under it are about."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : len(text) if end < 0 else end]
    return line.strip().rstrip(":").strip() == span.text and "\n" in text


def _after_kin(prev: Token | None, prev2: Token | None) -> bool:
    """'his wife, Lorraine', 'their son Austin': a family noun, a comma allowed, then one
    capitalised word is how news (obituaries above all) names a relative."""
    if prev is not None and prev.text == "," and prev2 is not None:
        prev = prev2
    return prev is not None and prev.lower_ in KIN


def _is_vehicle(span: Span, prev: Token | None, nxt: Token | None) -> bool:
    """A car maker's name before a capitalised model ('a 1992 Toyota Corolla', 'his Honda
    Civic') names the vehicle, and so does the model after it ('a Toyota Tacoma'); before a
    place noun ('Toyota City') the maker's name is the town."""
    if prev is not None and _capitalised(prev) and prev.lower_ in VEHICLE_MAKES:
        return True
    return len(span) == 1 and span.text.lower() in VEHICLE_MAKES and nxt is not None \
        and nxt.is_alpha and _capitalised(nxt) and nxt.lower_ not in PLACE_NOUNS
