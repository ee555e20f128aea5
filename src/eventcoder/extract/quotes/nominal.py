"""Definite descriptions as speakers: 'the governor', 'the group' point back to a name given earlier.

News copy names an actor once ("Governor Ali Musa", "the Houthi movement") and then calls it
by its kind ("the governor said", "the group said"). A description is resolved to the nearest
earlier name of the right sort (a person for person nouns, an organisation for group nouns)
whose own description holds the noun; generic nouns ('the official', 'the group') may also
take the nearest named person or group of their kind. Only bare descriptions are resolved
("the army spokesman", not "the governor of Kano"): anything longer already says who speaks.
The words describing each name are read once, from a few tokens around it, and names are
indexed by those words, so every look-up is a bisection.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.speakers import Speaker, clean_name

PERSON_NOUNS = words("speaker_nouns", "person")
GROUP_NOUNS = words("speaker_nouns", "group")
LOOSE_NOUNS = words("speaker_nouns", "loose")
ARMED_WORDS = words("speaker_nouns", "armed")
DOCUMENT_NOUNS = words("speaker_nouns", "document")
LEADER_NOUNS = words("speaker_nouns", "leader")
_MAX_DESCRIPTION_WORDS = 4
"""'the deputy army spokesman' at most: a longer description names its speaker itself."""
_TITLE_TOKENS = 4
"""Tokens before a name read as its title ('Kano State Governor Ali Musa')."""
_APPOSITIVE_TOKENS = 8
"""Tokens after 'Name,' read as its description ('Ali Musa, a spokesman for the army,')."""
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def description_head(name: str) -> str | None:
    """The head noun of a bare definite description that can name an earlier speaker."""
    parts = name.lower().split()
    if not 2 <= len(parts) <= _MAX_DESCRIPTION_WORDS or parts[0] != "the":
        return None
    head = parts[-1]
    return head if head in PERSON_NOUNS or head in GROUP_NOUNS else None


def person_words(ent: Span) -> frozenset[str]:
    """Words describing a named person where it is named: a title before the name
    ('Governor', 'army spokesman'), the noun the name is in apposition to ('the governor of
    Kassala, Hamid Osman') and an appositive after it (', a spokesman for the army,')."""
    doc = ent.doc
    found = [t.lower_ for t in ent]
    j = ent.start - 1
    while j >= 0 and ent.start - j <= _TITLE_TOKENS and doc[j].pos_ in _TITLE_POS \
            and not doc[j + 1].is_sent_start:
        found.append(doc[j].lower_)
        j -= 1
    renamed = _renamed_noun(ent)
    if renamed is not None:
        found.append(renamed.lower_)
    if ent.end < len(doc) and doc[ent.end].text == ",":
        for tok in doc[ent.end + 1: ent.end + 1 + _APPOSITIVE_TOKENS]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
            found.append(tok.lower_)
    return frozenset(found)


def _renamed_noun(ent: Span) -> Token | None:
    """The noun a name is in apposition to, which the parser may hang on the noun's own 'of'
    phrase ('the governor of Kassala, Hamid Osman,' → 'governor')."""
    if ent.root.dep_ != "appos":
        return None
    tok = ent.root.head
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i < tok.i:
        tok = tok.head.head
    return tok if tok.pos_ == "NOUN" and tok.i < ent.start else None


def group_name(ent: Span) -> tuple[str, frozenset[str]]:
    """A group's name and words, with the noun it qualifies ('Houthi' + 'movement')."""
    doc = ent.doc
    end = ent.end
    head = ent.root.head
    if end < len(doc) and head.i == end and head.pos_ == "NOUN":
        end += 1
    span = doc[ent.start: end]
    return clean_name(span.text), frozenset(t.lower_ for t in span)


def person_fits(head: str, described: frozenset[str]) -> bool:
    """A person fits 'the <head>' when described with that noun, or with any title for a generic noun."""
    return head in described or (head in LOOSE_NOUNS and bool(described & PERSON_NOUNS))


def group_fits(head: str, named: frozenset[str]) -> bool:
    """A group fits 'the <head>' when its name holds the noun, an army word for 'the army',
    or any generic group noun for a generic one ('the group' → 'the Wagner militia')."""
    if head in named:
        return True
    if head in ARMED_WORDS:
        return bool(named & ARMED_WORDS)
    return head in LOOSE_NOUNS and bool(named & LOOSE_NOUNS)


_TITLED, _ARMED, _LOOSE, _SUBJECT = "*titled", "*armed", "*loose", "*subject"
"""Index keys beside the nouns themselves: any title, an army word, a generic group noun, a clause subject."""


class NameIndex:
    """Earlier names listed under the nouns that describe them, so that finding the nearest
    name fitting 'the governor' is a bisection per key rather than a walk back over names."""

    def __init__(self, persons: list[Span], groups: list[Span], lookback: int) -> None:
        self.persons, self.groups, self.lookback = persons, groups, lookback
        self._person_keys: dict[str, list[int]] = {}
        self._group_keys: dict[str, list[int]] = {}
        for k, ent in enumerate(persons):
            titles = person_words(ent) & PERSON_NOUNS
            for key in [*titles, *([_TITLED] if titles else [])]:
                self._person_keys.setdefault(key, []).append(k)
        for k, ent in enumerate(groups):
            named = group_name(ent)[1]
            keys = [*(named & GROUP_NOUNS), *([_ARMED] if named & ARMED_WORDS else []),
                    *([_LOOSE] if named & LOOSE_NOUNS else []),
                    *([_SUBJECT] if ent.root.dep_ in _SUBJECT_DEPS else [])]
            for key in keys:
                self._group_keys.setdefault(key, []).append(k)

    def person(self, head: str, upto: int) -> Span | None:
        """The nearest of the first ``upto`` persons fitting 'the <head>' (see :func:`person_fits`)."""
        keys = [head, _TITLED] if head in LOOSE_NOUNS else [head]
        k = self._nearest(self._person_keys, keys, upto)
        return self.persons[k] if k is not None else None

    def group(self, head: str, upto: int) -> Speaker | None:
        """The nearest of the first ``upto`` groups fitting 'the <head>' (see :func:`group_fits`);
        for a generic noun, else the nearest group that was a clause's subject, the actor the
        copy goes on about."""
        keys = [head] + ([_ARMED] if head in ARMED_WORDS else []) + ([_LOOSE] if head in LOOSE_NOUNS else [])
        k = self._nearest(self._group_keys, keys, upto)
        if k is None and head in LOOSE_NOUNS:
            k = self._nearest(self._group_keys, [_SUBJECT], upto)
        if k is None:
            return None
        ent = self.groups[k]
        name = group_name(ent)[0]
        return Speaker(name, ent.start_char, ent.start_char + len(name), kind="group")

    def _nearest(self, index: dict[str, list[int]], keys: list[str], upto: int) -> int | None:
        """The latest position below ``upto`` listed under any key, within the look back."""
        best: int | None = None
        for key in keys:
            listed = index.get(key, [])
            j = bisect_left(listed, upto) - 1
            if j >= 0 and upto - listed[j] <= self.lookback and (best is None or listed[j] > best):
                best = listed[j]
        return best
