"""Reading what a number counts, and what happened to it, from the dependency parse.

A figure's category comes from where its noun phrase sits in the clause: the object of
"killed" was killed, the subject of "killed" did the killing; the subject of "fled" fled;
"the death toll rose to 45" counts the dead; "left 20 dead" and "remain missing" put the state
in a complement.  Words elsewhere in the sentence do not decide it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventcoder.extract.figures import lexicon as lex

NOMINAL = {"NOUN", "PROPN", "NUM", "PRON", "ADJ", "X", "SYM"}
PERCENT_WORDS = lex.PERCENT_WORDS
SUBJECT_ROLES = {"nsubj", "nsubjpass", "csubj"}


@dataclass
class Phrase:
    """The syntactic pieces of one figure: its phrase head, counted noun and 'of' complement."""

    head: Token
    """The token that carries the phrase's role in the clause ("hundreds", "people", "%")."""
    noun: Token | None
    """What is counted ("civilians"), or None for a bare number ("82 were killed")."""
    end: int
    """Character offset where the figure phrase ends in the text."""


def lemma(tok: Token) -> str:
    """Lower-case lemma, mending the irregular past forms the model misses."""
    return lex.IRREGULAR_LEMMAS.get(tok.lower_, tok.lemma_.lower())


def phrase_for(num: Span, max_noun_gap: int = 4) -> Phrase:
    """Find the head, counted noun and extent of the noun phrase a numeral belongs to
    (the noun at most ``max_noun_gap`` tokens after the numeral)."""
    top = _top(num)
    noun: Token | None = None
    head = top
    if top.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod") and top.head.i > top.i \
            and top.head.pos_ in NOMINAL and top.head.i - num.end < max_noun_gap:
        head = noun = top.head
    end_tok = max(num[-1].i, noun.i if noun is not None else -1)
    of_obj = _of_object(head)
    if of_obj is not None and (noun is None or noun.lower_ in PERCENT_WORDS):
        noun = of_obj if noun is None else noun
        end_tok = max(end_tok, of_obj.i)
    doc = num.doc
    return Phrase(head=head, noun=noun, end=doc[end_tok].idx + len(doc[end_tok]))


def _top(num: Span) -> Token:
    """The numeral token whose head lies outside the numeral (preferring a nummod)."""
    outside = [t for t in num if not (num.start <= t.head.i < num.end) or t.head == t]
    for t in outside:
        if t.dep_ == "nummod":
            return t
    return outside[-1] if outside else num[-1]


def _of_object(tok: Token) -> Token | None:
    """The object of an 'of' right after a token: "hundreds of civilians" -> civilians."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def is_people(tok: Token | None) -> bool:
    """True for nouns that name people (or for no noun at all, a bare count of people)."""
    if tok is None:
        return True
    base, low = lemma(tok), tok.lower_
    if base in lex.PEOPLE_NOUNS or low in lex.PEOPLE_NOUNS:
        return True
    if tok.ent_type_ == "NORP" and tok.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.pos_ == "PRON" and low in ("whom", "them", "those", "they", "us", "who"):
        return True
    if tok.pos_ in ("PROPN", "NOUN") and tok.text.isupper() and 2 <= len(tok.text) <= 6 and tok.ent_type_ in ("", "ORG"):
        return True  # '3 ADF killed': a force's acronym counts its members
    return tok.pos_ in ("NOUN", "PROPN") and low.endswith(lex.PEOPLE_SUFFIXES) and len(low) > 4


def is_territorial(tok: Token | None) -> bool:
    """True for nouns of ground: villages, districts, square kilometres, named places."""
    if tok is None:
        return False
    if lemma(tok) in lex.TERRITORY_NOUNS or tok.lower_ in lex.AREA_UNITS:
        return True
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (tok.pos_ == "PROPN" and not is_people(tok))


def clue_category(*toks: Token | None) -> str | None:
    """A category named by a complement or modifier near a verb or noun ("shot dead")."""
    for tok in toks:
        if tok is None:
            continue
        for child in tok.children:
            if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advmod", "amod", "attr",
                              "dobj", "npadvmod", "conj", "advcl"):
                cat = lex.STATE_WORDS.get(child.lower_) or lex.STATE_WORDS.get(lemma(child))
                if cat:
                    return cat
            if child.dep_ in ("prep", "agent", "dative"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lower_ in lex.STATE_WORDS:
                        return lex.STATE_WORDS[obj.lower_]
    return None


def noun_category(noun: Token | None) -> str | None:
    """The category a counted noun names by itself ("20 dead", "3 wounded soldiers")."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "acl") and child.i < noun.i:
            cat = lex.MODIFIER_CATEGORIES.get(child.lower_)
            if cat:
                return cat
    return lex.NOUN_CATEGORIES.get(noun.lower_) or lex.NOUN_CATEGORIES.get(lemma(noun))


def clause_category(head: Token, noun: Token | None, depth: int = 0) -> str | None:
    """What happened to the counted group, read from the role of its phrase in the clause."""
    tok = _through_coordination(head)
    role, gov = tok.dep_, tok.head
    if depth > 3 or gov == tok:
        if tok is not head and tok.dep_ == "ROOT" and lemma(tok) in lex.TALLY_NOUNS:
            return tally_category(tok, noun)  # 'Toll per side: 6 soldiers; 11 militants'
        return _modifier_clause(head, noun) or _shared_participle(tok, head, noun)
    if role == "pobj":
        return _pobj_category(tok, noun, depth) or _modifier_clause(head, noun)
    if role == "compound" and gov.pos_ in ("NOUN", "PROPN"):  # "12 villagers hostage" misparsed
        return noun_category(gov) or clause_category(gov, noun, depth + 1)
    if gov.pos_ not in ("VERB", "AUX", "ADJ"):
        return _modifier_clause(head, noun) or _shared_participle(tok, head, noun)
    if role == "conj" or role in SUBJECT_ROLES:  # "one was shot dead and 25 others wounded": the figure's
        own = _modifier_clause(head, noun)  # own participle decides, not the verb it was misparsed onto
        if own and (role == "conj" or own == "killed"):  # "12 killed besides the bomber, and 20 injured"
            return own
    return verb_category(gov, role, noun, bare=noun is None) or _modifier_clause(head, noun)


def _through_coordination(tok: Token) -> Token:
    """"12 soldiers and 3 civilians were killed": the second conjunct shares the first's role."""
    seen = 0
    while tok.dep_ in ("conj", "appos") and tok.head.pos_ in NOMINAL and seen < 5:
        tok, seen = tok.head, seen + 1
    return tok


def _shared_participle(root: Token, head: Token, noun: Token | None) -> str | None:
    """"4 bandits and 1 officer killed": in a verbless list the participle after the last
    conjunct is parsed onto that conjunct, but it says what befell every conjunct."""
    last = root
    for _ in range(8):
        nxt = [c for c in last.children if c.dep_ in ("conj", "appos") and c.pos_ in NOMINAL]
        if not nxt:
            break
        last = nxt[-1]
    if last is root or last is head:
        return None
    return _modifier_clause(last, noun)


def _pobj_category(tok: Token, noun: Token | None, depth: int) -> str | None:
    """Counts inside a prepositional phrase: "the bulk of", "including", "toll rose to N"."""
    prep = tok.head
    host = prep.head
    word = prep.lower_
    if word == "of" and _counting_host(host):
        event = lex.EVENT_NOUNS.get(lemma(host)) or lex.NOUN_CATEGORIES.get(lemma(host))
        if event:
            return event
        if lemma(host) in lex.TALLY_NOUNS:
            return tally_category(host, noun)
        return clause_category(host, noun, depth + 1)
    if word == "between" and any(c.like_num for c in tok.children):
        return _range_category(prep, host, noun)
    if word in ("including", "among", "with", "like") and host.pos_ in ("NOUN", "PROPN", "NUM"):
        return clause_category(host, noun, depth + 1)
    if word in ("to", "at", "by", "above", "past", "over") and lemma(host) in lex.TALLY_VERBS:
        subjects = [c for c in host.children if c.dep_ in SUBJECT_ROLES | {"dobj"}]
        for subj in subjects:
            if lemma(subj) in lex.TALLY_NOUNS:
                return tally_category(subj, None)
    return None


def _range_category(prep: Token, host: Token, noun: Token | None) -> str | None:
    """'killing between 12 and 15 traders': the range's noun is the verb's object; 'Between 30
    and 50 soldiers killed': a participle hanging off 'between' says what befell them."""
    for child in prep.children:
        base = lemma(child)
        if child.dep_ in ("pcomp", "acl") and child.tag_ in ("VBN", "VBD") and base in lex.VICTIM_VERBS \
                and base not in lex.NEEDS_CLUE and base not in lex.CLUE_FIRST:
            return lex.VICTIM_VERBS[base]
    clause = _range_subject_of(prep, host)
    if clause is not None:
        return verb_category(clause, "nsubj", noun, bare=noun is None)
    if host.pos_ == "VERB" and host.i != prep.i and prep.dep_ == "prep":
        return verb_category(host, "dobj", noun, bare=noun is None)
    return None


def _range_subject_of(prep: Token, host: Token) -> Token | None:
    """'Witnesses said between 6 and 9 fighters died': the parser hangs a range that opens a
    reported clause on the verb of saying; the subjectless clause verb right after the range is
    what befell its people, not the verb of saying."""
    end = prep.right_edge.i
    return next((c for c in host.children if c.dep_ in ("ccomp", "conj", "advcl") and c.i == end + 1 and c.pos_ == "VERB"
                 and not any(g.dep_ in SUBJECT_ROLES for g in c.children)), None)


def _counting_host(host: Token) -> bool:
    """Hosts an 'of' count can hang from: "the bulk of", "the deaths of", "most of", "lives of";
    not "a father of seven" or "the limit of 10,000"."""
    base = lemma(host)
    if base in lex.QUANT_HEADS or base in lex.EVENT_NOUNS or base in lex.NOUN_CATEGORIES \
            or base in lex.TALLY_NOUNS:
        return True
    return host.pos_ in ("NUM", "PRON", "ADJ", "DET") or host.tag_ in ("NNS", "NNPS")


def tally_category(tally: Token, noun: Token | None) -> str | None:
    """The category of a running total: "death toll", "the number of displaced"."""
    for child in tally.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            cat = lex.EVENT_NOUNS.get(lemma(child)) or lex.NOUN_CATEGORIES.get(child.lower_)
            if cat:
                return cat
    of_obj = _of_object(tally)
    if of_obj is not None and not of_obj.like_num:  # 'a toll of five': the figure itself, no noun
        return noun_category(of_obj) or lex.EVENT_NOUNS.get(lemma(of_obj)) or _described_state(of_obj)
    if lemma(tally) in ("toll",):
        return "killed"
    return noun_category(noun)


def _described_state(noun: Token) -> str | None:
    """'the number of people killed has risen to 19': the participle describing the counted
    people says what the tally counts; not when the counted people are bounded by a period or
    area ('journalists killed in the state since January'): a running total, left uncounted."""
    words_ = " " + " ".join(t.lower_ for t in noun.subtree) + " "
    if any(f" {cue} " in words_ for cue in lex.RUNNING_CUES):
        return None
    return next((lex.STATE_WORDS[c.lower_] for c in noun.children
                 if c.dep_ in ("acl", "amod") and c.lower_ in lex.STATE_WORDS), None)


def _tally_subject(verb: Token) -> str | None:
    """"The death toll reached 45": the count is the object or attribute of a tally verb."""
    if lemma(verb) not in lex.TALLY_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_ROLES and lemma(child) in lex.TALLY_NOUNS:
            return tally_category(child, None)
    return None


def verb_category(verb: Token, role: str, noun: Token | None, *, bare: bool) -> str | None:
    """Category from a governing verb, its voice and the figure's role in its clause."""
    if role in SUBJECT_ROLES and verb.pos_ in ("ADJ", "VERB") and verb.lower_ in lex.STATE_WORDS \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return lex.STATE_WORDS[verb.lower_]  # "3 missing", "40 wounded" in lists
    verb, passive = _descend(verb, role)
    if role in ("dobj", "attr", "oprd", "acomp"):
        tally = _tally_subject(verb)
        if tally:
            return tally
    if verb.pos_ == "ADJ" or lemma(verb) in lex.RAISING_VERBS:
        state = clue_category(verb) or _object_complement(verb)
        if state and role in SUBJECT_ROLES | {"dobj"}:
            return state
    base = lemma(verb)
    has_obj = any(c.dep_ == "dobj" for c in verb.children)
    objectlike = role in ("dobj", "nsubjpass", "oprd", "dative") or (role == "npadvmod" and bare)
    subject_as_victim = role == "nsubj" and (passive or (not has_obj and verb.tag_ in ("VBN", "VBD")))
    if base in lex.VICTIM_VERBS and (objectlike or subject_as_victim or passive):
        if base in lex.CLUE_FIRST:  # "held hostage", "hostages held": abducted, not detained
            return clue_category(verb, noun) or noun_category(noun) or lex.VICTIM_VERBS[base]
        if base not in lex.NEEDS_CLUE:
            return lex.VICTIM_VERBS[base]
        return clue_category(verb, noun) or _conjoined_verb(verb)
    if role == "nsubj" and not passive and _gives_life(verb):
        return "killed"
    if base in lex.SUBJECT_VERBS and role == "nsubj" and not passive:
        if base not in lex.NEEDS_CLUE:
            return lex.SUBJECT_VERBS[base]
        return clue_category(verb, noun)
    return None


def _object_complement(verb: Token) -> str | None:
    """'leaving three soldiers and five militants dead': the state after a list of objects is
    parsed onto the last conjunct, but it says what befell every conjunct."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        last = obj
        for _ in range(8):
            nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ in NOMINAL]
            if not nxt:
                break
            last = nxt[-1]
        for child in last.children:
            if child.dep_ in ("amod", "oprd", "acomp") and child.i > last.i and child.lower_ in lex.STATE_WORDS:
                return lex.STATE_WORDS[child.lower_]
    return None


def _gives_life(verb: Token) -> bool:
    """"12 people lost their lives", "gave their lives": the subject died."""
    return lemma(verb) in lex.LIFE_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in lex.LIFE_WORDS for c in verb.children)


def _descend(verb: Token, role: str) -> tuple[Token, bool]:
    """Follow raising verbs to the verb that says what happened: "expected to be evacuated"."""
    for _ in range(3):
        if lemma(verb) not in lex.RAISING_VERBS:
            break
        comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if not comps or lemma(comps[0]) in lex.SAY_VERBS:
            break
        verb = comps[0]
    passive = any(c.dep_ == "auxpass" for c in verb.children) or role == "nsubjpass"
    return verb, passive


def _conjoined_verb(verb: Token) -> str | None:
    """"shot and killed": an ambiguous verb takes the category of a clear verb conjoined to it."""
    for child in verb.children:
        if child.dep_ == "conj" and lemma(child) in lex.VICTIM_VERBS \
                and lemma(child) not in lex.NEEDS_CLUE:
            return lex.VICTIM_VERBS[lemma(child)]
    return None


def _modifier_clause(tok: Token, noun: Token | None) -> str | None:
    """"12 people killed in ...", "civilians who were trapped": a clause hanging off the phrase."""
    for child in tok.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        base = lemma(child)
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and base in lex.VICTIM_VERBS:
            if base in lex.CLUE_FIRST:
                return clue_category(child, noun) or noun_category(noun) or lex.VICTIM_VERBS[base]
            if base not in lex.NEEDS_CLUE:
                return lex.VICTIM_VERBS[base]
            return clue_category(child, noun)
        if child.dep_ == "relcl":
            rel = _relative_role(child)
            if rel is None:
                continue  # "30 passengers, 12 of whom were killed": the clause counts a subset
            cat = verb_category(child, rel, noun, bare=noun is None)
            if cat:
                return cat
    return None


def _relative_role(clause: Token) -> str | None:
    """The role of the relative pronoun in its clause, None when it sits inside a partitive."""
    for child in clause.children:
        if child.lower_ in ("who", "that", "whom", "which"):
            return child.dep_
        if child.dep_ in SUBJECT_ROLES | {"dobj"} and any(
                t.lower_ in ("whom", "which") for t in child.subtree if t is not child):
            return None
    return "nsubj"


def territory_clause(head: Token) -> bool:
    """True when the phrase is the ground that someone controls, takes or loses."""
    tok = _through_coordination(head)
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ == "of" and lemma(gov.head) in lex.CONTROL_NOUNS:
        return True
    if gov.pos_ in ("VERB", "AUX"):
        verb, _ = _descend(gov, tok.dep_)
        if lemma(verb) in lex.CONTROL_VERBS:
            return True
        return _under_control(verb)
    return False


def _under_control(verb: Token) -> bool:
    """"40 percent of the state is under RSF control" / "in the hands of"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("under", "in"):
            for obj in child.children:
                if obj.dep_ == "pobj" and lemma(obj) in lex.CONTROL_NOUNS:
                    return True
    return False
