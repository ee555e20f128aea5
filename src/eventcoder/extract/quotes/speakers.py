"""Who is speaking: speech verbs, speaker mentions, and resolving them to a name.

A speaker mention is the subject of a speech verb ("X said", "said X",
"according to X"). It is expanded into a name, a role ("Russia's U.N. envoy")
and an affiliation ("the Sudan Liberation Movement"), then resolved: pronouns
and bare surnames point back to the fullest name given earlier, because news
copy introduces a person once and then says "he" or "Smith".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.lexicons import words

SPEECH_LEMMAS = words("speech_verbs", "quote")
"""Verbs that can introduce a direct quote."""

CONTENT_LEMMAS = words("speech_verbs", "content")
"""Verbs whose clausal complement is reported speech (indirect quotes)."""

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. rev rev. sen sen. rep rep. gov gov. gen gen.".split())
FEMALE_HINTS = frozenset(
    "mrs mrs. ms ms. miss she her spokeswoman congresswoman chairwoman businesswoman woman "
    "mother daughter wife sister actress queen".split()
)
MALE_HINTS = frozenset(
    "mr mr. he him his spokesman congressman chairman businessman man father son husband "
    "brother actor king".split()
)
PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS = frozenset({"it", "they", "we", "them"})
_DROP_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep"})
_KEEP_PREPS = frozenset({"with", "from", "of", "for", "at", "in"})


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


@dataclass
class Resolver:
    """Remembers the people and speakers seen so far, to resolve later mentions."""

    doc: Doc
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    """(text position where the speaker spoke, speaker), in reading order."""
    _full: dict[str, Speaker] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                self._learn(person_speaker(ent))

    def _learn(self, sp: Speaker) -> None:
        """Index a person by surname, keeping the fullest name and the known gender."""
        key = surname_key(sp.name)
        if not key:
            return
        old = self._full.get(key)
        if old is None or len(sp.name.split()) > len(old.name.split()):
            sp.gender = sp.gender or (old.gender if old else None)
            self._full[key] = sp
        else:
            old.gender = old.gender or sp.gender
            old.role = old.role or sp.role
            old.affiliation = old.affiliation or sp.affiliation

    def full_name(self, sp: Speaker) -> Speaker:
        """Replace a bare surname ("Nebenzia", "Mr. Obama") by the fullest name seen."""
        known = self._full.get(surname_key(sp.name))
        if known and len(known.name.split()) > len(strip_honorific(sp.name).split()):
            return Speaker(known.name, known.start, known.end, sp.role or known.role,
                           sp.affiliation or known.affiliation, "person", sp.gender or known.gender)
        return sp

    def remember(self, sp: Speaker, pos: int) -> None:
        """Record a resolved speaker at text position ``pos``."""
        if sp.kind != "pronoun":
            self.speakers.append((pos, sp))
            if sp.kind == "person":
                self._learn(Speaker(sp.name, sp.start, sp.end, sp.role, sp.affiliation, "person", sp.gender))

    def resolve(self, sp: Speaker, pos: int) -> Speaker:
        """Resolve pronouns, surnames and definite descriptions to an earlier speaker or person."""
        if sp.kind == "person":
            return self.full_name(sp)
        if sp.kind == "pronoun":
            if sp.name.lower() in PERSON_PRONOUNS:
                fresh = self._fresh_subject(pos, PERSON_PRONOUNS[sp.name.lower()])
                if fresh is not None:
                    return fresh
            found = self._antecedent(sp.name.lower(), pos)
            return found or sp
        if sp.kind == "description" and sp.name.lower().startswith("the "):
            return self._same_role(sp, pos) or sp
        return sp

    def _antecedent(self, pronoun: str, pos: int) -> Speaker | None:
        """The nearest compatible earlier speaker, else the nearest earlier person."""
        if pronoun in PERSON_PRONOUNS:
            want = PERSON_PRONOUNS[pronoun]
            for at, sp in reversed(self.speakers):
                if at <= pos and sp.kind == "person" and _gender_ok(self._gender(sp), want):
                    return self.full_name(sp)
            for ent in reversed([e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= pos]):
                cand = self.full_name(person_speaker(ent))
                if _gender_ok(self._gender(cand), want):
                    return cand
            return None
        for at, sp in reversed(self.speakers):
            if at <= pos and sp.kind == "group":
                return sp
        ents = [e for e in self.doc.ents if e.label_ in ("ORG", "NORP", "GPE") and e.end_char <= pos]
        for ent in reversed(ents[-3:]):
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                return Speaker(clean_name(ent.text), ent.start_char, ent.end_char, kind="group")
        return None

    def _fresh_subject(self, pos: int, want: str) -> Speaker | None:
        """'Sen. Jane Doe scolded him: “…,” she said': a person who is the subject of a clause
        earlier in the sentence where the quote starts, after the latest speaker, is the antecedent."""
        earlier = [(at, sp) for at, sp in self.speakers if at <= pos]
        floor = max((max(at, sp.end) for at, sp in earlier), default=-1)
        text = self.doc.text
        at_pos = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if at_pos is None:
            return None
        sent_start = at_pos.sent.start_char
        for ent in reversed([e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= pos]):
            if ent.start_char <= floor or ent.start_char < sent_start or "\n" in text[ent.end_char: pos]:
                return None
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                cand = self.full_name(person_speaker(ent))
                return cand if _gender_ok(self._gender(cand), want) else None
        return None

    def _gender(self, sp: Speaker) -> str | None:
        known = self._full.get(surname_key(sp.name))
        return sp.gender or (known.gender if known else None)

    def _same_role(self, sp: Speaker, pos: int) -> Speaker | None:
        """'the spokesman' → the earlier speaker introduced with that role."""
        head = sp.name.split()[-1].lower()
        for at, prev in reversed(self.speakers):
            if at <= pos and prev.role and head in prev.role.lower().split():
                return prev
        return None


def _gender_ok(have: str | None, want: str) -> bool:
    return have is None or have == want


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
    """The speaker token of a speech verb: nsubj, 'according to X', or a shared subject."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in ("WDT", "WP", "EX") \
                and any(c.isalnum() for c in child.text):  # a dash the parser took for a noun
            return child
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
        return subject_of(verb.head)
    return None


def nearby_subject(verb: Token, floor: int = -1) -> Token | None:
    """A subject the parser missed: the nominal right before the verb ("On Monday sources said")
    or, after a quote closing at ``floor``, the first name before the verb ("”, Ali Omar, of X, told")."""
    doc = verb.doc
    if floor >= 0:
        for tok in doc[max(0, verb.i - 30): verb.i]:
            if tok.idx >= floor and tok.pos_ in ("PROPN", "NOUN", "PRON") and not tok.is_punct:
                return _chunk_head(tok)
        return None
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and verb.i - j < 4:
        j -= 1
    if verb.dep_ == "relcl" or j < 0 or doc[j].tag_ in ("WP", "WDT"):
        return None
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
        return Speaker(tok.text, tok.idx, tok.idx + len(tok), kind="pronoun")
    ent = _entity_at(doc, tok)
    if ent is not None and ent.label_ == "PERSON":
        sp = person_speaker(ent)
        sp.role = _role(tok, ent)
        sp.affiliation = _poss_affiliation(tok, ent) or _affiliation(tok) or _trailing_affiliation(ent)
        if sp.role and sp.gender is None:
            words = set(sp.role.lower().split())
            sp.gender = "f" if words & FEMALE_HINTS else ("m" if words & MALE_HINTS else None)
        return sp
    if tok.pos_ == "PROPN" and ent is None:
        span = _compound_span(tok)
        return Speaker(clean_name(span.text), span.start_char, span.end_char, kind="person")
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
        return Speaker(clean_name(ent.text), ent.start_char, ent.end_char, kind="group")
    span = _description_span(tok)
    named = _appositive_person(tok)
    if named is not None:
        named.role = named.role or clean_name(span.text)
        return named
    return Speaker(clean_name(span.text), span.start_char, span.end_char,
                   affiliation=_affiliation(tok), kind="description")


def _appositive_person(tok: Token) -> Speaker | None:
    """'An army spokesman, Brigadier Khalid Nour, said': the name given in apposition."""
    for child in tok.rights:
        if child.dep_ == "appos":
            ent = _entity_at(tok.doc, child)
            if ent is not None and ent.label_ == "PERSON":
                return person_speaker(ent)
    return None


def _entity_at(doc: Doc, tok: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


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
        start = pre[0].i
        if tok.doc[start].dep_ == "det":
            start += 1
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
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "with"):
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
    if prep.lower_ not in ("from", "of", "with") or prep.dep_ != "prep":
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
