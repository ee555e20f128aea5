"""Which explosive sub-type a sentence's weapon words point to (``lexicons/weapons.yaml``):
aircraft as the doer make an air strike, chemical words a chemical weapon, and so on.

Only words told about the event count: a weapon word inside a relative or adjectival clause
that the trigger does not govern, or inside a motive ('in retaliation for a gas attack'),
describes something else ('struck depots that stored chemical weapons')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.background import as_motive
from eventcoder.extract.events.clause import heads_up, next_in_paragraph
from eventcoder.extract.events.kinds import CHEMICAL_WEAPON, SUICIDE_BOMB, sub_type
from eventcoder.extract.events.months import words_but_months
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.text import span_lemmas, span_lowers

_ASIDE_DEPS = {"relcl", "acl"}
_SITE_HEADS = words("non_event_heads", "trigger")
_MUNITIONS = words("munition_nouns")
_UNREALISED = words("thwarted_bombers", "unrealised")
_BEFORE = words("thwarted_bombers", "before")
_ACTED_ON = {"dobj", "npadvmod", "nsubjpass", "pobj"}
_RIOT_AGENTS = words("riot_control_agents", "agent")
_AGENT_FIRST = words("riot_control_agents", "agent_first")
_CARRIERS = words("riot_control_agents", "carrier")
_CONTROL_AGENTS = words("riot_control_agents", "named_agent")
_POLICING = words("riot_control_agents", "policing") | words("demonstration_words") | words("crowd_words")


def weapon_hints() -> list[tuple[str, frozenset[str]]]:
    """Explosive sub-types with their weapon words, in the lexicon's order (its priority order);
    each label is checked against the taxonomy."""
    grouped: dict[str, set[str]] = {}
    for word, label in lexicon("weapons").labels().items():
        grouped.setdefault(sub_type(label), set()).add(word)
    return [(name, frozenset(hints)) for name, hints in grouped.items()]


WEAPON_HINTS = weapon_hints()
AIR_WORDS = dict(WEAPON_HINTS).get("Air/drone strike", frozenset())
CHEMICAL_WORDS = dict(WEAPON_HINTS).get(CHEMICAL_WEAPON, frozenset())
HINT_WORDS = frozenset().union(*(hints for _, hints in WEAPON_HINTS))
"""Every weapon word: only tokens with one of them need the (costly) clause check."""
AIR_STRIKE = sub_type("Air/drone strike")


def by_air(agent: Token | None) -> bool:
    """'jets fired missiles', 'raids by the army's helicopters': aircraft did it (an air strike)."""
    return agent is not None and not AIR_WORDS.isdisjoint({agent.lemma_.lower(), agent.lower_})


def _aside(token: Token, trigger: Token) -> bool:
    """The word sits in a clause or motive that the trigger does not govern."""
    if as_motive(token) and not as_motive(trigger):
        return True  # 'bombed the town in retaliation for a gas attack'
    for node in (token, *token.ancestors):
        if node.i == trigger.i:
            return False
        if node.dep_ in _ASIDE_DEPS and not node.left_edge.i <= trigger.i <= node.right_edge.i:
            return True  # 'evidence that they used gas in an attack': the clause holds the trigger
    return False


def _names_a_site(token: Token) -> bool:
    """'a chemical weapons depot', 'a missile factory': a weapon word modifying a site or
    stockpile names what was there (often the target), not what was used."""
    return any(h.lemma_.lower() in _SITE_HEADS for h in heads_up(token, {"compound", "amod"}))


def told_words(sent: Span, trigger: Token) -> frozenset[str]:
    """The weapon words (lemmas and forms) of the sentence that are told about the trigger's event."""
    out: set[str] = set()
    for k, (lemma, low) in enumerate(zip(span_lemmas(sent), span_lowers(sent))):
        if lemma not in HINT_WORDS and low not in HINT_WORDS:
            continue
        t = sent.doc[sent.start + k]
        if not (_aside(t, trigger) or _names_a_site(t)):
            out |= {lemma, low} & HINT_WORDS
    return frozenset(out)


def chemical(sent: Span, trigger: Token) -> bool:
    """'used poisonous gas in an attack': a chemical weapon, whatever the attack's trigger."""
    told = _names_any(sent, CHEMICAL_WORDS) and not CHEMICAL_WORDS.isdisjoint(told_words(sent, trigger))
    return told or _chemical_after(sent) or _agent_in_war(sent)


def _names_any(span: Span, wanted: frozenset[str]) -> bool:
    """Any lemma or form of the span is one of ``wanted``: read from the strings, so a sentence
    without a chemical word skips the clause check of its other weapon words."""
    return not wanted.isdisjoint(span_lemmas(span)) or not wanted.isdisjoint(span_lowers(span))


def _agent_in_war(sent: Span) -> bool:
    """'dropped tear gas grenades from drones on enemy trenches': a riot-control agent used in war
    is a chemical weapon (ACLED); with police or a crowd in the sentence it is crowd control."""
    lows = span_lowers(sent)
    agent = any(low in _RIOT_AGENTS or low in _AGENT_FIRST and nxt in _CARRIERS for low, nxt in zip(lows, lows[1:]))
    named = _named_control_agent(sent) if "riot" in lows else set()
    if not (agent or named):
        return False
    return not words_but_months(sent, _POLICING, skip=named)


def _named_control_agent(sent: Span) -> set[int]:
    """'grenades filled with a riot-control agent': the agent's own name, whose 'riot' is no
    police or crowd in the sentence; the token indices of each 'riot' so named."""
    out: set[int] = set()
    for t in sent:
        after = [u.lower_ for u in sent.doc[t.i + 1:min(t.i + 4, sent.end)] if u.lower_ != "-"]
        if t.lower_ == "riot" and after[:1] == ["control"] and after[1:2] and after[1] in _CONTROL_AGENTS:
            out.add(t.i)
    return out


def _chemical_after(sent: Span) -> bool:
    """'... after rebels fired shells into the city. Residents suspect the shells contained
    poisonous gas.': the next sentence names the same munitions ('the shells') as chemical."""
    after = next_in_paragraph(sent)
    if after is None or not _names_any(after, CHEMICAL_WORDS):
        return False
    told = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in told and t.lemma_.lower() in _MUNITIONS
               and any(c.lower_ in {"the", "these", "those"} for c in t.children) for t in after)


def weapon_sub_type(sub: str, sent: Span, trigger: Token, *, generic: bool) -> str:
    """The first sub-type whose words the sentence tells; suicide and chemical words override
    even a specific trigger's sub-type, the others only a generic one ('an attack')."""
    seen = told_words(sent, trigger)
    for name, hints in WEAPON_HINTS:
        if seen & hints and (generic or name in {SUICIDE_BOMB, CHEMICAL_WEAPON}):
            return name
    return sub


def thwarted_bomber(trigger: Token) -> bool:
    """'shot dead a would-be suicide bomber', 'overpowered the bomber before she could blow herself
    up': a suicide bomber stopped by others before the blast is a disrupted weapons use (ACLED);
    the bomber must be the one acted on, not the doer of the sentence."""
    if trigger.dep_ not in _ACTED_ON:
        return False  # 'two would-be bombers blew themselves up': they were not stopped
    left = [t for t in trigger.subtree if t.i < trigger.i]
    if any(t.lower_ in _UNREALISED for t in left) or _would_be(left):
        return True
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _BEFORE for m in c.children)
               for c in verb.children)


def _would_be(left: list[Token]) -> bool:
    """'a would-be bomber', parsed as the three words 'would', '-', 'be'."""
    lows = [t.lower_ for t in left]
    return any(lows[k:k + 3] == ["would", "-", "be"] for k in range(len(lows)))
