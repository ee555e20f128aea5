"""Who is speaking: speech verbs, speaker mentions, and expanding them into a name.

A speaker mention is the subject of a speech verb ("X said", "said X",
"according to X"). It is expanded into a name, a role ("Russia's U.N. envoy")
and an affiliation ("the Sudan Liberation Movement"). Resolving pronouns and bare surnames to an
earlier name is :mod:`resolver`'s work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.quotes.asides import past_wh_clause
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.names import appositive_name, name_run

SPEECH_LEMMAS = words("speech_verbs", "quote")
"""Verbs that can introduce a direct quote."""

CONTENT_LEMMAS = words("speech_verbs", "content")
"""Verbs whose clausal complement is reported speech (indirect quotes)."""

HONORIFICS = words("honorifics")
_DOCUMENT_NOUNS = words("speaker_nouns", "document")
_ISSUER_PREPS = words("speaker_prepositions", "issuer")
"""'a statement from/by X': the prepositions naming who issued a document."""
_TITLE_WORDS_BEFORE_NAME = 3
"""Capitalised title words that may stand between a description's comma and the name ('Lt. Col.')."""
_GENDER_LABELS = {"female": "f", "male": "m"}
_GENDER_HINTS = lexicon("gender_hints").labels()
FEMALE_HINTS = frozenset(w for w, label in _GENDER_HINTS.items() if label == "female")
MALE_HINTS = frozenset(w for w, label in _GENDER_HINTS.items() if label == "male")
_PRONOUNS = lexicon("pronouns").labels()
PERSON_PRONOUNS = {w: _GENDER_LABELS[label] for w, label in _PRONOUNS.items() if label in _GENDER_LABELS}
"""Pronouns for one person, with the gender ('m'/'f') they agree with."""
GROUP_PRONOUNS = frozenset(w for w, label in _PRONOUNS.items() if label == "group")
_DROP_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep"})
_KEEP_PREPS = words("speaker_prepositions", "description")
"""Prepositions whose phrase stays in a described speaker when it names something."""
_AFFILIATION_PREPS = words("speaker_prepositions", "affiliation")
"""Prepositions whose object is the group a speaker belongs to."""


@dataclass
class Speaker:
    """A resolved speaker: the name to report and the mention it was taken from."""

    name: str
    start: int
    end: int
    role: str | None = None
    affiliation: str | None = None
    kind: str = "description"
    """'person', 'group', 'description' or 'pronoun' (unresolved)."""
    gender: str | None = None
    plural: bool = False
    """Whether the mention names several ('residents', 'they'), which a plural pronoun can stand for."""


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def surname_key(name: str) -> str:
    words = [w for w in strip_honorific(name).split() if w.lower() not in HONORIFICS]
    return words[-1].lower().strip(".,") if words else ""


def clean_name(text: str) -> str:
    """Trim possessives and stray punctuation from a mention."""
    text = re.sub(r"(\u2019s|'s|\u2019|')$", "", text.strip())
    return text.strip(" ,;:-\u2013\u2014\u2015\u201c\u201d\"")


def person_speaker(ent: Span) -> Speaker:
    """A speaker from a PERSON entity, with a gender hint from an honorific before it."""
    start, end = ent.start, ent.end
    doc = ent.doc
    gender = None
    prev = doc[start - 1].lower_ if start > 0 else ""
    first = doc[start].lower_
    for w in (prev, first):
        if w in FEMALE_HINTS:
            gender = "f"
        elif w in MALE_HINTS:
            gender = "m"
    toks = [t for t in doc[start:end] if not (t.i == start and t.lower_ in HONORIFICS)]
    if not toks:
        toks = list(doc[start:end])
    span = doc[toks[0].i: toks[-1].i + 1]
    return Speaker(clean_name(span.text), span.start_char, span.end_char, kind="person", gender=gender)


def is_speech_verb(tok: Token, lemmas: frozenset[str] = SPEECH_LEMMAS) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lemmas


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a speech verb: nsubj, 'according to X', the one quoted, or a shared subject."""
    quoted = _quoted_source(verb)
    if quoted is not None:
        return quoted
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in ("WDT", "WP", "EX") \
                and any(c.isalnum() for c in child.text):  # a dash the parser took for a noun
            return _past_opener(child)
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].ent_type_ == "PERSON" \
            and verb.doc[verb.i - 1].pos_ == "PROPN":
        # 'footage of Jane Doe asking, “…”': the person right before the participle speaks.
        prev = verb.doc[verb.i - 1]
        while prev.dep_ in ("compound", "flat") and prev.head.i > prev.i:
            prev = prev.head
        return prev
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(past_wh_clause(verb.head))
    return None


def _past_opener(subj: Token) -> Token | None:
    """'Reacting, the chairman, Musa Garba, said': a participle the parser took for the subject
    opens the sentence; the speaker is the phrase set beside it."""
    if subj.tag_ != "VBG" or subj.i + 1 >= len(subj.doc) or subj.doc[subj.i + 1].text != ",":
        return subj
    return next((c for c in subj.children if c.dep_ in ("appos", "conj")), None)


def _quoted_source(verb: Token) -> Token | None:
    """'The agency quoted the minister as saying “…”': the one quoted speaks, not who quotes."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_.lower() != "quote" or not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def nearby_subject(verb: Token, floor: int = -1,
                   window: int = QuoteConfig.nearby_subject_tokens) -> Token | None:
    """A subject the parser missed: the nominal right before the verb ("On Monday sources said")
    or, after a quote closing at ``floor``, the first name before the verb ("”, Ali Omar, of X, told")."""
    doc = verb.doc
    if floor >= 0:
        for tok in doc[max(0, verb.i - window): verb.i]:
            if tok.idx >= floor and tok.pos_ in ("PROPN", "NOUN", "PRON") and not tok.is_punct:
                return _chunk_head(tok)
        return None
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and verb.i - j < 4:
        j -= 1
    if verb.dep_ == "relcl" or j < 0 or doc[j].tag_ in ("WP", "WDT"):
        return None
    if doc[j].text == "," and j > 0 and doc[j - 1].ent_type_ == "PERSON":
        j -= 1  # 'a resident of the town, Bulama Ali, said': the name closing an apposition
    if doc[j].pos_ in ("PROPN", "NOUN", "PRON") and doc[j].dep_ not in ("dobj", "attr"):
        return _chunk_head(doc[j])
    return None


def _chunk_head(tok: Token) -> Token:
    """The head of the noun phrase a token opens; a possessor leads to what it possesses
    ("Obama's former strategist" is the strategist, not Obama)."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i > tok.i \
            and tok.head.pos_ in ("PROPN", "NOUN"):
        tok = tok.head
    return tok


def speaker_from_token(tok: Token) -> Speaker:
    """Expand a subject token into a speaker mention with role and affiliation."""
    doc = tok.doc
    if tok.lower_ in PERSON_PRONOUNS or tok.lower_ in GROUP_PRONOUNS:
        return Speaker(tok.text, tok.idx, tok.idx + len(tok), kind="pronoun", plural=_is_plural(tok))
    ent = _entity_at(doc, tok)
    if ent is not None and ent.label_ == "PERSON":
        sp = person_speaker(ent)
        sp.role = _role(tok, ent)
        sp.affiliation = _poss_affiliation(tok, ent) or _affiliation(tok) or _trailing_affiliation(ent)
        if sp.role and sp.gender is None:
            words = set(sp.role.lower().split())
            sp.gender = "f" if words & FEMALE_HINTS else ("m" if words & MALE_HINTS else None)
        return sp
    if tok.pos_ == "PROPN" and ent is None and any(t.text[:1].isupper() for t in _compound_span(tok)):
        # a lower-case word tagged as a name, with no capitalised word to it ('the minister
        # said'), is a description; 'the Ecowas bloc' is a name
        named = _appositive_person(tok) or _titled_person(tok)
        span = _compound_span(tok)
        if named is not None:  # 'The Home Secretary, Priya Lal, said': the title names no one
            named.role = named.role or clean_name(span.text)
            return named
        return Speaker(clean_name(span.text), span.start_char, span.end_char, kind="person")
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
        return Speaker(clean_name(ent.text), ent.start_char, ent.end_char, kind="group")
    issuer = _issuer(tok)
    if issuer is not None:
        return speaker_from_token(issuer)
    span = _description_span(tok)
    named = _appositive_person(tok)
    if named is not None:
        named.role = named.role or clean_name(span.text)
        return named
    return Speaker(clean_name(span.text), span.start_char, span.end_char,
                   affiliation=_affiliation(tok), kind="description", plural=_is_plural(tok))


def _is_plural(tok: Token) -> bool:
    """Plural by the parser's tag or morphology ('residents', 'they')."""
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number", [])


def _appositive_person(tok: Token) -> Speaker | None:
    """'An army spokesman, Brigadier Khalid Nour, said': the name given in apposition, by the
    parse or, where the parser hung the name elsewhere, by position (', [title] Name' right
    after the description)."""
    for child in tok.rights:
        if child.dep_ == "appos":
            ent = _entity_at(tok.doc, child)
            if ent is not None and ent.label_ == "PERSON":
                return person_speaker(ent)
    untagged = appositive_name(tok)
    return person_speaker(untagged) if untagged is not None else _name_after_comma(tok)


def _issuer(tok: Token) -> Token | None:
    """'a statement from the presidency', 'a communique by the army', 'the army's statement': a
    document speaks for whoever issued it."""
    if tok.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if owner is not None:  # 'the ministry's statement': the possessor issued it
        return owner
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in _ISSUER_PREPS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _titled_person(tok: Token) -> Speaker | None:
    """'Superintendent of Police Imtiyaz Hussain told …': a title written as a name, whose
    'of' phrase ends in the person who holds it."""
    obj = next((_deepest_pobj(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    ent = _entity_at(tok.doc, obj) if obj is not None else None
    return person_speaker(ent) if ent is not None and ent.label_ == "PERSON" else None


def _name_after_comma(tok: Token) -> Speaker | None:
    """'said the army's chief of staff, General Paul Ndong': a person named right after the
    description's comma, past any capitalised title words, or closing the description itself."""
    doc = tok.doc
    end = tok.right_edge.i
    while end > tok.i and doc[end].is_punct:
        end -= 1
    last = _entity_at(doc, doc[end])
    if last is not None and last.label_ == "PERSON" and last.start > tok.i + 1 and doc[last.start - 1].text == ",":
        return person_speaker(last)  # 'a trader in Beledweyne, Hodan Farah,': hung on the place
    k = tok.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    first = k
    while k < len(doc) and k - first < _TITLE_WORDS_BEFORE_NAME and doc[k].ent_type_ != "PERSON" \
            and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    ent = _entity_at(doc, doc[k]) if k < len(doc) else None
    named = ent if ent is not None and ent.label_ == "PERSON" else name_run(tok, first)
    return person_speaker(named) if named is not None else None


def _entity_at(doc: Doc, tok: Token) -> Span | None:
    """The named entity holding ``tok``, read from the IOB tags around it (scanning
    ``doc.ents`` for every mention made speaker lookup quadratic in the article's length)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def _compound_span(tok: Token) -> Span:
    """A proper-noun head plus its proper-noun compounds ("Vassily Nebenzia")."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            left = min(left, child.left_edge.i)
    return tok.doc[left: tok.i + 1]


def _role(tok: Token, ent: Span) -> str | None:
    """Pre-modifiers before the name ("U.S. ambassador") or an appositive ("a U.N. spokesman")."""
    pre = [t for t in tok.subtree if t.i < ent.start and t.dep_ not in ("punct", "cc")]
    if pre and pre[-1].i == ent.start - 1:
        start = pre[0].i + (tok.doc[pre[0].i].dep_ == "det")
        span = tok.doc[start: ent.start]
        if any(t.pos_ == "NOUN" for t in span) and span.text.lower().strip() not in HONORIFICS:
            return span.text
    for child in tok.rights:
        if child.dep_ == "appos":
            toks = [t for t in child.subtree if t.dep_ != "relcl" and not _in_relcl(t, child)]
            span = tok.doc[toks[0].i: toks[-1].i + 1]
            return clean_name(span.text)
    return None


def _in_relcl(t: Token, top: Token) -> bool:
    while t.i != top.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _affiliation(tok: Token) -> str | None:
    """The group a speaker belongs to, from 'from/of/with X' after the name or its role."""
    heads = [tok] + [c for c in tok.rights if c.dep_ == "appos"]
    for head in heads:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION_PREPS:
                obj = _deepest_pobj(prep)
                if obj is not None:
                    return _np_text(obj)
    return None


def _poss_affiliation(tok: Token, ent: Span) -> str | None:
    """'Russia's U.N. envoy X' / 'X, the African Union's envoy': the possessor group."""
    for t in tok.subtree:
        if ent.start <= t.i < ent.end or t.dep_ != "poss" or t.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        group = _entity_at(tok.doc, t)
        text = group.text if group is not None else t.text
        return clean_name(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
    return None


def _trailing_affiliation(ent: Span) -> str | None:
    """'Ali Omar, from the political office of the X group, said': read by position when
    the parser attached the phrase elsewhere."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    prep = doc[ent.end + 1]
    if prep.lower_ not in _AFFILIATION_PREPS or prep.dep_ != "prep":
        return None
    obj = _deepest_pobj(prep)
    return _np_text(obj) if obj is not None else None


def _deepest_pobj(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    while obj is not None:
        nxt = next((p for p in obj.rights if p.dep_ == "prep" and p.lower_ == "of"), None)
        deeper = next((c for c in nxt.children if c.dep_ == "pobj"), None) if nxt is not None else None
        if deeper is None:
            return obj
        obj = deeper
    return None


def _np_text(tok: Token) -> str:
    toks = [t for t in tok.subtree if t.i <= tok.i or t.dep_ not in _DROP_DEPS]
    toks = [t for t in toks if t.i <= tok.i]
    while toks and toks[0].dep_ == "det":
        toks = toks[1:]
    if not toks:
        return tok.text
    return clean_name(tok.doc[toks[0].i: toks[-1].i + 1].text)


def _description_span(tok: Token) -> Span:
    """A described speaker: the noun phrase, keeping PPs that name something ("in Mariupol")."""
    doc = tok.doc
    left = min([tok.i] + [t.i for t in tok.subtree if t.i < tok.i])
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _KEEP_PREPS:
            sub = list(child.subtree)
            if any(t.pos_ == "PROPN" for t in sub) and not any(t.dep_ in ("relcl", "acl") for t in sub):
                right = max(right, sub[-1].i)
                continue
        break
    while left < right and (doc[left].is_punct or doc[left].ent_type_ in ("DATE", "TIME")):
        left += 1
    return doc[left: right + 1]
