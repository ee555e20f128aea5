"""Clause grammar shared by the role and protest rules: a verb's subject through control and
coordination, the people behind a crowd-size noun, and whether a noun can name a doer."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from eventcoder.extract.events.reporting import reported_clause
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms, doc_table

_CROWD_SIZES = words("quantity_nouns", "crowd_size")
_CIVILIAN_WORDS = words("people_nouns", "civilian")
_ARMED_WORDS = words("people_nouns", "armed")
_UNARMED_GROUPS = words("crowd_words", "unarmed")
_THING_WORDS = words("agent_nouns", "not_agent")
_AGENT_NOUNS = (_CIVILIAN_WORDS | _ARMED_WORDS | _UNARMED_GROUPS) - _THING_WORDS | words("agent_nouns", "agent")
_AGENT_SUFFIXES = ("ers", "ists", "ians", "ants", "ents", "ites", "ees")


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of the dependencies (read from the article's columns: a
    Token is made only for a child that has one)."""
    doc = token.doc
    table = doc_table(doc)
    dep = table.dep
    return [doc[k] for k in table.kids(token.i) if dep[k] in deps]


def subject(verb: Token) -> Token | None:
    """The verb's subject, inherited through xcomp/conj/advcl chains ('managed to recapture')."""
    node = verb
    for _ in range(5):
        subj = children(node, "nsubj")
        if subj:
            return subj[0]
        if reported_clause(node):  # 'Residents said civilians were shot': the source is no doer
            return None
        if node.dep_ in {"xcomp", "conj", "acomp", "advcl", "ccomp"} and node.head.i != node.i:
            node = node.head
        elif node.dep_ in {"relcl", "acl"} and node.tag_ != "VBN":
            return node.head
        else:
            return None
    return None


def counted(subj: Token | None) -> Token | None:
    """'Hundreds of students' -> students: the people behind a crowd-size noun."""
    if subj is not None and subj.lemma_.lower() in _CROWD_SIZES:
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                return obj
    return subj


def is_agentive(token: Token) -> bool:
    """Could this noun name a person or group? ('rebels', 'Hamas' yes; 'control', 'areas' no)."""
    if token.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    return lemma in _AGENT_NOUNS or (token.tag_ in {"NNS", "NNPS"} and token.lower_.endswith(_AGENT_SUFFIXES))


def next_in_paragraph(sent: Span) -> Span | None:
    """The sentence told right after this one in the same paragraph: a report often tells the
    event first and more of it next ('Police fired tear gas to clear the road', 'The shells
    contained poisonous gas')."""
    doc, table = sent.doc, doc_table(sent.doc)  # strings and sentence columns: no Token is made
    if sent.end >= len(doc) or any("\n" in t for t in doc_forms(doc).text[sent.end - 1:sent.end + 1]):
        return None
    if not table.has_sents:
        after = doc[sent.end].sent
        return after if after.start == sent.end else None
    return doc[sent.end:table.sent_end[sent.end]] if table.sent_start[sent.end] == sent.end else None


def same_line(a: Token, b: Token) -> bool:
    """No line break lies between the two tokens: a heading ('KEY', 'UPDATE') the parser hung
    on the first noun of the next line is not part of its phrase."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in form for form in doc_forms(a.doc).lower[lo:hi + 1])


def before_in_paragraph(sent: Span) -> Span | None:
    """The sentence told right before this one in the same paragraph."""
    doc, table = sent.doc, doc_table(sent.doc)  # as in next_in_paragraph
    if sent.start == 0 or any("\n" in t for t in doc_forms(doc).text[sent.start - 1:sent.start + 1]):
        return None
    if not table.has_sents:
        before = doc[sent.start - 1].sent
        return before if before.end == sent.start else None
    k = sent.start - 1
    return doc[table.sent_start[k]:sent.start] if table.sent_end[k] == sent.start else None


def misread_to_phrase(noun: Token) -> bool:
    """'lost control of the town to Boko Haram fighters': the parser at times reads 'to' as an
    infinitive marker inside the noun phrase and makes the phrase an object of the verb; a noun
    phrase that opens with that 'to' is the object of 'to' (whom something went to)."""
    first = noun.left_edge
    return first.lower_ == "to" and first.dep_ == "aux"


_NAME_RUN = {"PROPN", "NOUN", "ADJ", "DET"}


def misread_to_object(verb: Token) -> Token | None:
    """The noun after a 'to' the parser took for an infinitive marker in the verb's clause ('lost
    the town to Boko Haram fighters' parsed as 'to Boko', a verb): the last noun of the name run
    that follows it, which is the object of 'to'."""
    doc = verb.doc
    for to in (t for t in verb.subtree if t.i > verb.i and t.lower_ == "to" and t.dep_ == "aux"):
        end = to.i + 1
        while end < len(doc) and doc[end].pos_ in _NAME_RUN:
            end += 1
        nouns = [t for t in doc[to.i + 1:end] if t.pos_ in {"PROPN", "NOUN"}]
        if nouns:
            return nouns[-1]
    return None


def heads_up(token: Token, deps: Collection[str]) -> list[Token]:
    """The heads the token hangs from through a chain of these dependencies, nearest first
    ('rocket' in 'rocket-propelled grenades' -> [grenades]; 'chemical' in 'chemical weapons
    depot' -> [weapons, depot])."""
    out: list[Token] = []
    node = token
    while node.dep_ in deps and node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def climb(token: Token, deps: Collection[str]) -> Token:
    """The last head of ``heads_up``: the phrase's head the token modifies (itself if none)."""
    chain = heads_up(token, deps)
    return chain[-1] if chain else token
