"""Resolving speaker mentions: pronouns and bare surnames point back to the fullest name given earlier.

News copy introduces a person once and then says "he" or "Smith"; descriptions such as
"the spokesman" name the earlier speaker introduced with that role. Quotes are resolved in
reading order, so every index here grows as the article is read and each look-up is a
bisection or a bounded look back, never a scan of the whole article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.nominal import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    LEADER_NOUNS,
    PERSON_NOUNS,
    NameIndex,
    description_head,
    person_words,
)
from eventcoder.extract.quotes.speakers import (
    PERSON_PRONOUNS,
    Speaker,
    clean_name,
    person_speaker,
    strip_honorific,
    surname_key,
)

_GROUP_LABELS = ("ORG", "NORP", "GPE")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NAMED_GROUP_LABELS = frozenset({"ORG", "NORP"})
"""Groups a description such as 'the group' or 'the ministry' can stand for (not countries)."""


@dataclass
class Resolver:
    """Remembers the people and speakers seen so far, to resolve later mentions."""

    doc: Doc
    config: QuoteConfig = field(default_factory=QuoteConfig)
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    """(text position where the speaker spoke, speaker), in reading order."""
    _full: dict[str, Speaker] = field(default_factory=dict)
    _spoke_at: list[int] = field(default_factory=list)
    """The positions of ``speakers``, for bisection."""
    _floor: list[int] = field(default_factory=list)
    """For each speaker, the furthest point in the text reached by it or any earlier one."""
    _persons: list[Span] = field(default_factory=list)
    _person_ends: list[int] = field(default_factory=list)
    _groups: list[Span] = field(default_factory=list)
    _group_ends: list[int] = field(default_factory=list)
    text: str = ""
    """The article text (``doc.text`` when not given: spaCy joins every token to build it)."""
    _names: NameIndex | None = None
    """Earlier names by the nouns describing them, built when a description first needs it."""
    _named_group_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.text or self.doc.text
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" or self._known_surname(ent):
                ent = ent if ent.label_ == "PERSON" else Span(self.doc, ent.start, ent.end, label="PERSON")
                self._persons.append(ent)
                self._learn(person_speaker(ent))
            elif ent.label_ in _GROUP_LABELS:
                self._groups.append(ent)
        self._person_ends = [e.end_char for e in self._persons]
        self._group_ends = [e.end_char for e in self._groups]

    def _known_surname(self, ent: Span) -> bool:
        """'Carlos Ibarra … Ibarra rejected the charge': a lone word tagged as a group that is the
        surname of a person named earlier is that person again."""
        return ent.label_ in _GROUP_LABELS and len(ent) == 1 and ent.text[:1].isupper() \
            and surname_key(ent.text) in self._full

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
        if sp.kind == "pronoun":
            return
        if self._spoke_at and pos < self._spoke_at[-1]:
            self._insert_out_of_order(sp, pos)
        else:
            self.speakers.append((pos, sp))
            self._spoke_at.append(pos)
            self._floor.append(max(self._floor[-1] if self._floor else -1, pos, sp.end))
        if sp.kind == "person":
            self._learn(Speaker(sp.name, sp.start, sp.end, sp.role, sp.affiliation, "person", sp.gender))

    def _insert_out_of_order(self, sp: Speaker, pos: int) -> None:
        """Quotes are remembered in reading order; a caller that goes back pays for re-sorting."""
        at = bisect_right(self._spoke_at, pos)
        self.speakers.insert(at, (pos, sp))
        self._spoke_at.insert(at, pos)
        self._floor = []
        for spoke, earlier in self.speakers:
            self._floor.append(max(self._floor[-1] if self._floor else -1, spoke, earlier.end))

    def _recent(self, pos: int) -> list[Speaker]:
        """The speakers who spoke at or before ``pos``, latest first, as far back as the config allows."""
        upto = bisect_right(self._spoke_at, pos)
        lo = max(0, upto - self.config.antecedent_lookback)
        return [sp for _, sp in reversed(self.speakers[lo:upto])]

    def _persons_before(self, pos: int) -> list[Span]:
        """PERSON entities ending at or before ``pos``, latest first, as far back as the config allows."""
        upto = bisect_right(self._person_ends, pos)
        return self._persons[max(0, upto - self.config.antecedent_lookback): upto][::-1]

    def resolve(self, sp: Speaker, pos: int) -> Speaker:
        """Resolve pronouns, surnames and definite descriptions to an earlier speaker or person."""
        if sp.kind == "person" or self._surname_as_group(sp):
            return self.full_name(Speaker(sp.name, sp.start, sp.end, sp.role, sp.affiliation,
                                          "person", sp.gender))
        if sp.kind == "pronoun":
            # 'He was quoted by Dawn as saying: “…”': names between the pronoun and the quote
            # are in the pronoun's own clause and never what it stands for
            pos = min(pos, sp.start)
            want = PERSON_PRONOUNS.get(sp.name.lower())
            found = self._fresh_subject(pos, want) if want else None
            found = found or self._antecedent(sp.name.lower(), pos, sp.plural)
            if found is not None and want:
                self._note_gender(found, want)
            return found or sp
        if sp.kind == "description" and sp.name.lower().startswith("the "):
            found = self._issuer(sp, pos) or self._leader_of(sp, pos) or self._same_role(sp, pos)
            if found is None and self.config.resolve_descriptions:
                found = self._described(sp, pos)
            return found or sp
        return sp

    def _surname_as_group(self, sp: Speaker) -> bool:
        """'Lawal said' after 'Sani Lawal': a lone capitalised word the tagger took for an
        organisation or a product is the person named earlier with that surname."""
        name = sp.name.strip()
        return sp.kind in ("group", "description") and " " not in name and name[:1].isupper() \
            and surname_key(name) in self._full

    def _note_gender(self, sp: Speaker, want: str) -> None:
        """'Rukiya Hassan … she said': the pronoun tells the person's gender, so a later 'he'
        skips her."""
        known = self._full.get(surname_key(sp.name))
        if known is not None and known.gender is None:
            known.gender = want

    def _described(self, sp: Speaker, pos: int) -> Speaker | None:
        """'the governor' → the nearest earlier person described so; 'the group' → the nearest
        earlier group fitting it (see :mod:`nominal`)."""
        head = description_head(sp.name)
        mention = self.doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if head is None or mention is None or any(_names_other(c) for c in mention.root.rights):
            return None  # 'the ministry of defence' is not 'the ministry' named before
        if self._names is None:
            named_groups = [g for g in self._groups if g.label_ in _NAMED_GROUP_LABELS]
            self._names = NameIndex(self._persons, named_groups, self.config.antecedent_lookback)
            self._named_group_ends = [g.end_char for g in named_groups]
        if head in PERSON_NOUNS:
            ent = self._names.person(head, bisect_right(self._person_ends, pos))
            if ent is None:
                return None
            named = person_speaker(ent)
            fuller = self.full_name(named)
            return fuller if fuller.start < pos else named  # not a namesake introduced later on
        return self._names.group(head, bisect_right(self._named_group_ends, pos))

    def _antecedent(self, pronoun: str, pos: int, plural: bool = False) -> Speaker | None:
        """The nearest compatible earlier speaker, else the nearest earlier person; a plural
        pronoun may also stand for plural people described earlier ('Residents said …' → 'they')."""
        if pronoun in PERSON_PRONOUNS:
            want = PERSON_PRONOUNS[pronoun]
            for sp in self._recent(pos):
                if sp.kind == "person" and _gender_ok(self._gender(sp), want):
                    return self.full_name(sp)
            for ent in self._persons_before(pos):
                cand = self.full_name(person_speaker(ent))
                if _gender_ok(self._gender(cand), want):
                    return cand
            return self._name_tagged_as_group(pos)
        for sp in self._recent(pos):
            if sp.kind == "group" or (plural and sp.plural and sp.kind == "description") \
                    or (not plural and _body(sp)):
                return sp
        upto = bisect_right(self._group_ends, pos)
        for ent in reversed(self._groups[max(0, upto - 3): upto]):
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                return Speaker(clean_name(ent.text), ent.start_char, ent.end_char, kind="group")
        return None

    def _name_tagged_as_group(self, pos: int) -> Speaker | None:
        """'Sadia Noor told Geo News …. “…,” she said' with no person named before: the copy
        calls the latest speaker 'she', so a name of two to four capitalised words that the
        tagger took for an organisation is that person's."""
        latest = next(iter(self._recent(pos)), None)
        if latest is None or latest.kind != "group" or latest.plural:
            return None
        parts = latest.name.split()
        if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() and p.isalpha() for p in parts):
            return None
        return Speaker(latest.name, latest.start, latest.end, kind="person")

    def _fresh_subject(self, pos: int, want: str) -> Speaker | None:
        """'Sen. Jane Doe scolded him: “…,” she said' / 'The minister, Jane Doe, disagreed. “…,”
        she said': a person who is the subject of a clause earlier in the paragraph where the
        quote starts, after the latest speaker, is the antecedent."""
        spoken = bisect_right(self._spoke_at, pos)
        floor = self._floor[spoken - 1] if spoken else -1
        text = self.text
        for k in range(bisect_right(self._person_ends, pos) - 1, -1, -1):
            ent = self._persons[k]
            if ent.start_char <= floor or "\n" in text[ent.end_char: pos]:
                return None
            root = ent.root
            if root.dep_ in _SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS):
                cand = self.full_name(person_speaker(ent))
                return cand if _gender_ok(self._gender(cand), want) else None
        return None

    def _gender(self, sp: Speaker) -> str | None:
        known = self._full.get(surname_key(sp.name))
        return sp.gender or (known.gender if known else None)

    def _issuer(self, sp: Speaker, pos: int) -> Speaker | None:
        """'the statement said' → whoever spoke last before it: copy names the issuer first
        ('X said in a statement …') and then lets the document speak."""
        parts = sp.name.lower().split()
        if len(parts) != 2 or parts[1] not in DOCUMENT_NOUNS:
            return None
        return next((prev for prev in self._recent(pos) if prev.kind in ("person", "group", "description")), None)

    def _leader_of(self, sp: Speaker, pos: int) -> Speaker | None:
        """'the NATO chief' → the nearest earlier person described with the body's name
        ('NATO Secretary General Erik Holm'): copy names a leader by the body led."""
        parts = sp.name.split()
        if len(parts) < 3 or parts[-1].lower() not in LEADER_NOUNS:
            return None
        body = {w.lower() for w in parts[1:-1] if w[:1].isupper()}
        if not body:
            return None
        for prev in self._recent(pos):
            if prev.kind == "person" and body & set(f"{prev.role or ''} {prev.affiliation or ''}".lower().split()):
                return prev
        return next((self.full_name(person_speaker(ent)) for ent in self._persons_before(pos)
                     if body & _described_with(ent)), None)

    def _same_role(self, sp: Speaker, pos: int) -> Speaker | None:
        """'the spokesman' → the earlier speaker introduced with that role."""
        head = sp.name.split()[-1].lower()
        for prev in self._recent(pos):
            if prev.role and head in prev.role.lower().split():
                return prev
        return None


def _names_other(child: Token) -> bool:
    """A prepositional phrase that makes a description a different one ('the ministry of
    defence'); 'of' and a number ('the mother of two') only tells more about the same person."""
    if child.dep_ != "prep":
        return False
    objs = [c for c in child.children if c.dep_ == "pobj"]
    return not (child.lower_ == "of" and objs and all(o.like_num for o in objs))


def _described_with(ent: Span) -> frozenset[str]:
    """Words describing a person, with the whole phrase a name is in apposition to ('the UN
    aid chief, Tom Fletcher' → 'un', 'aid', 'chief')."""
    head = ent.root.head
    if ent.root.dep_ != "appos" or head.i >= ent.start:
        return person_words(ent)
    return person_words(ent) | {t.lower_ for t in head.subtree if t.i < ent.start}


def _body(sp: Speaker) -> bool:
    """'The army said …. “…,” it said': a short definite description of a body ('the army',
    'the interior ministry', not 'an official with a rebel group') is what a later 'it' stands for."""
    return sp.kind == "description" and not sp.plural and description_head(sp.name) in GROUP_NOUNS


def _gender_ok(have: str | None, want: str) -> bool:
    return have is None or have == want
