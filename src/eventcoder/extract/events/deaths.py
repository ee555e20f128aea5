"""Which event a death figure belongs to, read from where the figure sits in its sentence.

First stage of the one-pass toll reading (issue 10): a death figure is told for the event of its
sentence, or for another, earlier event the sentence points back to ('arrested nine over last
week's attack that killed 11', 'two days after a shootout left five dead', 'Five months ago, 20
had been killed'). ACLED codes each event with its own dead, so a figure scoped to an earlier
event is no toll of the trigger's event, nor an orphan for the next event of the paragraph.
The scope is read from the parse, not from phrasings: the figure's branch of the sentence (the
words from the figure up to where it meets the trigger's clause) either carries a time word of
its own that places it earlier, or hangs on the event through a word of sequence ('after').
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import words

Scope = Literal["event", "earlier"]

_EARLIER = words("toll_scope_cues", "earlier")
_MARKERS = words("toll_scope_cues", "marker")
_RECALLING = words("background_cues", "recalling_word")
_NO_DEATHS = {("Protests", "Peaceful protest"), ("Protests", "Protest with intervention")}
"""Kinds whose events have no dead by the codebook: a protest where people die is coded as
excessive force or a riot, so a loose toll never belongs to one."""
_NO_DEATH_TYPES = {"Strategic developments"}


def figure_root(sent: Span, start: int, end: int) -> Token | None:
    """The head word of the figure's words (None when they do not align with the parse)."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def branch_path(root: Token, trigger: Token | None) -> list[Token]:
    """The words from the figure up to, not including, the first word whose phrase also holds
    the trigger (with no trigger, up to the sentence's root): the figure's own branch."""
    path = [root]
    while path[-1].head.i != path[-1].i:
        up = path[-1].head
        if trigger is not None and (up.i == trigger.i or any(t.i == trigger.i for t in up.subtree)):
            break
        path.append(up)
    return path


def _branch_words(path: list[Token]) -> list[Token]:
    """The words of the branch, less what is only joined to it by 'and' ('killing 5 and later
    fleeing': the flight is another step, its time words are not the deaths')."""
    top = path[-1]
    on_path = {t.i for t in path}
    skip = {t.i for node in path for c in node.children if c.dep_ in {"conj", "cc"} and c.i not in on_path
            for t in c.subtree}
    return [t for t in top.subtree if t.i not in skip]


def _earlier_word(token: Token) -> bool:
    """'last week', 'a month ago', 'the day before', 'earlier', 'previous': a time word placing
    the branch before the event; 'before' only as an adverb ('died before reaching hospital'
    tells when they died, not another event)."""
    low = token.lower_
    if low not in _EARLIER:
        return False
    if low == "before":
        return token.pos_ == "ADV" or token.dep_ == "advmod"
    if low == "last":
        return token.dep_ == "amod" and token.head.ent_type_ in {"DATE", "TIME"}
    return True


def _time_after(token: Token) -> bool:
    """'a day after an ambush left nine dead', 'weeks following clashes that killed 4': a word of
    sequence on a span of time, inside the figure's branch, dates the deaths before the event."""
    return token.lower_ in _MARKERS and token.dep_ == "prep" and (
        token.head.ent_type_ == "DATE" or token.head.dep_ == "npadvmod")


def _hung_on_marker(top: Token, trigger: Token) -> bool:
    """'... , two days after a shootout left five dead': the branch is the object of a word of
    sequence, or a clause it marks, so it tells what came before the event."""
    if top.lower_ in _MARKERS and top.dep_ == "prep":
        return True
    if top.dep_ in {"pobj", "pcomp"} and top.head.lower_ in _MARKERS:
        return True
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _MARKERS for c in top.children):
        return True
    return _subject_left_on_marker(top, trigger)


def _subject_left_on_marker(top: Token, trigger: Token) -> bool:
    """'..., two days after a shootout left five dead': the parser hangs the deed's subject on the
    word of sequence and the deed beside it with no subject; the sequence word still marks it."""
    if top.dep_ not in {"advcl", "conj"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in top.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _MARKERS and c.right_edge.i + 1 == top.left_edge.i
               and not any(t.i == trigger.i for t in c.subtree) for c in top.head.children)


def _recalled(token: Token) -> bool:
    """'a vigil in memory of 25 pilgrims killed', 'gathered to mourn the 40 dead': a word of
    remembering above the figure, below the event, makes the dead the past a gathering recalls."""
    return token.lemma_.lower() in _RECALLING or token.lower_ in _RECALLING


def figure_scope(sent: Span, start: int, end: int, trigger: Token | None) -> Scope:
    """'earlier' when the figure's branch tells an event before the trigger's (or, for a figure
    with no trigger in its sentence, before the events the text has told); else 'event'."""
    root = figure_root(sent, start, end)
    if root is None or (trigger is not None and any(t.i == trigger.i for t in root.subtree)):
        return "event"
    path = branch_path(root, trigger)
    if trigger is not None and path[-1].head.i == path[-1].i:
        return "event"  # the parse never meets the trigger: no branch to read
    if trigger is not None and any(_recalled(t) for t in path[1:]):
        return "earlier"
    branch = _branch_words(path)
    if trigger is not None and (_hung_on_marker(path[-1], trigger) or any(_time_after(t) for t in branch)):
        return "earlier"
    return "earlier" if any(_earlier_word(t) for t in branch) else "event"


def can_carry_deaths(type_: str, sub_type: str) -> bool:
    """Whether an event of this kind may take a toll told apart from it: not a peaceful or
    policed protest (deaths make it another kind) nor a strategic development (ACLED codes no
    dead for an arrest, a looting or an agreement; the dead belong to the violence told)."""
    return (type_, sub_type) not in _NO_DEATHS and type_ not in _NO_DEATH_TYPES
