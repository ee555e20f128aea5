"""How a place word hangs on an event's trigger: under a locative preposition, as the heading
of a movement, a projectile's launch site, a road's end, or the place of a source who speaks.

``events.args`` scores a sentence's places with these; they read the parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import lexicon, words

SPEECH_LEMMAS = words("speech_verbs", "event_source")
"""Verbs of telling: a place on their speaker locates the source ("witnesses in Goma said")."""
_LOCATIVE_PREPS = words("locative_prepositions", "locative")
_WEAK_PREPS = words("locative_prepositions", "loose")
"""Prepositions that attach a place loosely (origin, direction): ranked below in/near/at."""
_DIRECTION_PREPS = words("locative_prepositions", "direction")
"""'travelling to X', 'withdrew towards X': where someone was heading, not where it happened."""
_HEADING_NOUNS = words("heading_nouns")
"""'in the direction of X', 'the road to X': the heading, not the event's place."""
_LAUNCH_VERBS = words("launch_verbs")
"""'a missile launched from X': X is where the projectile came from."""
_ROAD_NOUNS = words("road_nouns")
"""'the Gao-Menaka road': the towns before the noun are the road's ends."""
_COMPASS = lexicon("compass").all()
"""'20 km west of X': the place the event is measured from stands for it."""
_SETTLEMENT_NOUNS = words("place_nouns", "settlement")
"""'the town of X': the place hangs under the settlement noun, which hangs under the trigger."""


def phrase_head(token: Token) -> Token:
    """Climb from a name to the head of its noun phrase ('Aleppo' -> 'districts')."""
    node = token
    for _ in range(4):
        if node.dep_ in {"compound", "amod", "nmod", "poss", "conj", "appos", "npadvmod", "nummod"} \
                and node.head.i != node.i:
            node = node.head
        else:
            break
    return node


def attached_to(token: Token, target: Token) -> bool:
    """True when the place's phrase hangs under target through a locative preposition
    ('fighting in X', 'battle of X', 'strike on X') or modifies it directly ('X clashes')."""
    head = phrase_head(token)
    if head.i == target.i:
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in _LOCATIVE_PREPS:
        return head.dep_ in {"dobj", "nsubjpass"} and head.head.i == target.i
    prep = head.head
    if prep.lower_ == "of" and prep.head.i != target.i and not of_locates(prep.head):
        return False
    node = prep
    for _ in range(6):
        if node.i == target.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def of_locates(noun: Token) -> bool:
    """'the town of X', 'north of X': an 'of' phrase that still says where the event is."""
    return noun.lemma_.lower() in _SETTLEMENT_NOUNS or noun.lower_ in _COMPASS


def loose(token: Token) -> int:
    """1 when the place hangs under a loose preposition (origin, direction), else 0;
    'north of X' is as firm as 'near X'."""
    head = phrase_head(token)
    if head.dep_ != "pobj" or head.head.lower_ not in _WEAK_PREPS:
        return 0
    return int(not (head.head.lower_ == "of" and head.head.head.lower_ in _COMPASS))


def heading(token: Token) -> bool:
    """'a bus travelling to X', 'withdrew towards X', 'fled in the direction of X', 'the road
    to X': the place is where someone was going."""
    head = phrase_head(token)
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in _DIRECTION_PREPS or (prep.lower_ == "of" and prep.head.lower_ in _HEADING_NOUNS)


def launch_site(token: Token) -> bool:
    """'a missile launched from Yemen over Beersheba': the place a projectile was sent from is
    its origin; the event is where it fell or was stopped."""
    head = phrase_head(token)
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in _LAUNCH_VERBS


def origin_of_thing(token: Token) -> bool:
    """'grain imports from Ukraine', 'fighters from Chad', 'rockets from Lebanon': a place
    after 'from' on a noun says where the thing or people came from, not where the event was."""
    head = phrase_head(token)
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "from" and prep.dep_ == "prep" \
        and prep.head.pos_ == "NOUN" and prep.head.i != prep.i


def road_end(token: Token) -> bool:
    """'on the Maiduguri-Damboa road near Damboa': a name modifying a road noun (alone or
    through the other end's name) names where the road leads; when the road's own preposition
    names a place ('near Damboa'), that place is the finer account. Without one, the road's
    end stands for the event ('on the El Wak-Mandera road')."""
    for _ in range(3):
        if token.dep_ != "compound":
            return False
        token = token.head
        if token.lemma_.lower() in _ROAD_NOUNS:
            return any(prep.dep_ == "prep" and any(obj.dep_ == "pobj" and obj.pos_ == "PROPN" for obj in prep.children)
                       for prep in token.children)
    return False


def on_road(token: Token) -> Token | None:
    """'on the Gao road near Anefis': a place on a road noun's own preposition says where along
    the road it was, so it is tied to the event as firmly as the road is (the road noun)."""
    head = phrase_head(token)
    noun = head.head.head if head.dep_ == "pobj" else None
    return noun if noun is not None and noun.lemma_.lower() in _ROAD_NOUNS else None


def is_speaker_place(token: Token) -> bool:
    """'Witnesses in Goma said', 'said X in Y': the place locates the source, not the event."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        parent = node.head
        if parent.lemma_.lower() in SPEECH_LEMMAS and node.dep_ in {"nsubj", "prep", "npadvmod"}:
            return True
        node = parent
    return False
