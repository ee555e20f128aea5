"""What a victim is, read from its own words and not from what it is said to be."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.figures.numbers import parse_number
from eventcoder.extract.lexicons import words

_DESCRIBING = words("victim_descriptions")


def own_words(token: Token) -> set[str]:
    """The patient's words, less a clause that only describes it ('a farmer accused of being a
    police informer'): what a victim is said to be does not make it an armed party."""
    skip = {t.i for c in token.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _DESCRIBING
            for t in c.subtree}
    return {t.lemma_.lower() for t in token.subtree if t.i not in skip} | {token.lemma_.lower()}


_PERSON_NOUNS = words("people_nouns", "victim") | words("people_nouns", "countable")  # 'one assailant' too
_ONE = {"a", "an", "one", "the"}


def conjuncts(noun: Token) -> list[Token]:
    """'a farmer and his son and a nephew' -> farmer, son, nephew: the people of one list."""
    out = [noun]
    for _ in range(8):
        nxt = [c for c in out[-1].children if (c.dep_ == "conj" or _listing_appos(c))
               and (c.pos_ in {"NOUN", "PROPN", "NUM"} or c.tag_ == "NN")]
        if not nxt:
            break
        out.append(nxt[-1])
    return out


def _listing_appos(token: Token) -> bool:
    """'a father, a mother and their four children': the parser hangs the second member on the
    first as an apposition; one that opens an 'and' list of its own is a member, not the first
    person named again ('a man, a teacher at the school')."""
    head = token.head
    return token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children) and head.tag_ == "NN" and not any(
        c.dep_ == "nummod" for c in head.children)  # 'two people, a man and a woman': the two told apart


def noun_lemma(noun: Token) -> str:
    """The noun's lemma, whole when the parse split a hyphenated noun ('passer-by' read as 'by'
    or as 'passer', the other half hanging off it)."""
    doc, i = noun.doc, noun.i
    if i + 2 < len(doc) and doc[i + 1].tag_ == "HYPH" and not noun.whitespace_ and not doc[i + 1].whitespace_:
        return f"{noun.lower_}-{doc[i + 2].lower_}"
    if i >= 2 and doc[i - 1].tag_ == "HYPH" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{noun.lower_}"
    return noun.lemma_.lower()


def _opening_one(noun: Token) -> bool:
    """'A social leader and council president': the parser may hang the phrase's 'a' on a word
    before the noun; an article opening the noun's own phrase still makes it one person."""
    first = noun.left_edge
    return first.i < noun.i and first.dep_ == "det" and first.lower_ in {"a", "an"} and not any(
        t.tag_ in {"NNS", "NNPS"} or t.like_num for t in noun.doc[first.i:noun.i])


def one_person(noun: Token) -> bool:
    """'a journalist', 'the driver', 'one gunman', 'his teenage son', 'Amina Bello': one person
    named without a figure (a named person is one, so a list of them is counted)."""
    if noun.tag_ == "NN" and noun_lemma(noun) in _PERSON_NOUNS:
        return any((c.dep_ in {"det", "nummod"} and c.lower_ in _ONE) or c.dep_ == "poss" for c in noun.children) or (
            _opening_one(noun))
    return noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON"


def counted(noun: Token) -> float | None:
    """'8 villagers' -> 8, 'two of his guards' -> 2, 'a journalist' -> 1; None when the
    victims are not counted."""
    if noun.like_num:
        return parse_number(noun.text)
    for child in noun.children:
        if child.dep_ == "nummod" and child.like_num:
            return parse_number(child.text)
    figure = _figure_on_compound(noun)
    if figure is not None:
        return figure
    if noun.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "both" for c in noun.children):
        return 2.0  # 'both gunmen': two people
    return 1.0 if one_person(noun) else None


def _figure_on_compound(noun: Token) -> float | None:
    """'Five Zande civilians': the parser may hang the figure on the name of the people's group
    before a plural noun; it still counts the noun's people."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i:
            nums = [g for g in child.children if g.dep_ == "nummod" and g.like_num and g.i < child.i]
            if nums:
                return parse_number(nums[0].text)
    return None


def _one_more(noun: Token) -> float | None:
    """'a bus driver and his assistant': a later member of a list of people, named with 'a' or
    a possessive, is one person whatever its noun."""
    if noun.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children)
                                for c in noun.children):
        return None  # 'a number of fighters', 'a group of herders': not one person
    return 1.0 if any((c.dep_ == "det" and c.lower_ in {"a", "an"}) or c.dep_ == "poss" for c in noun.children) or (
        _opening_one(noun)) else None


def list_count(noun: Token, killed: bool = False) -> tuple[float, Span] | None:
    """All the people of a coordinated list, added ('a farmer and his teenage son' -> 2), with
    the list's words; None when its first member is not counted ('several soldiers and ...').
    The victim of a killing verb (``killed``) named with 'a' is one, whatever its noun."""
    people = conjuncts(noun)
    values = [counted(p) or (_one_more(p) if killed else None) for p in people[:1]]
    values += [counted(p) or _one_more(p) for p in people[1:]]
    if values[0] is None:
        return None
    keep = [t for p in people for t in p.subtree
            if t.dep_ not in {"relcl", "prep", "punct", "acl"} and not _under_clause(t, p)]
    doc = noun.doc
    return sum(v for v in values if v is not None), doc[min(t.i for t in keep):max(t.i for t in keep) + 1]


def _under_clause(tok: Token, top: Token) -> bool:
    """A word inside a clause or phrase hanging off the list ('a farmer who ...')."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "prep", "acl", "appos"}:
            return True
        node = node.head
    return False


def extra_people(noun: Token, covered: set[int]) -> tuple[float, list[Token]]:
    """People joined to a counted figure by 'and' but not counted by the figures step
    ('two rebels and a soldier', 'one vigilante and 3 bandits', 'two guards and a cook', 'both
    gunmen and three worshippers'): one each, whatever the noun of one named with 'a' or a
    possessive, and two for 'both'."""
    top = noun
    while (top.dep_ == "conj" or _listing_appos(top)) and top.head.i != top.i:  # 'one vigilante and 3 bandits': the list starts before
        top = top.head
    values = {p.i: counted(p) or _one_more(p) for p in conjuncts(top) if p.i != noun.i and p.i not in covered}
    extra = [p for p in conjuncts(top) if values.get(p.i)]
    return sum(v or 0.0 for v in values.values()), extra


_REMAINS = {"body", "corpse", "remains"}
_FINDING = {"find", "discover", "recover", "retrieve", "dump", "exhume", "locate"}


def found_body(sent: Span) -> tuple[float, str] | None:
    """'the body of a social leader was found with gunshot wounds', 'the corpse of a trader
    was discovered': one person's body found is one dead (ACLED codes the killing with its
    victim); a count of bodies is the figures step's ('12 bodies'). None without a verb of
    finding in the sentence or a person named by the body."""
    if not any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in _FINDING for t in sent):
        return None
    for noun in sent:
        if noun.lower_ not in _REMAINS:
            continue
        person = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        if person is not None and _one_person(person):
            return 1.0, noun.doc[noun.left_edge.i:person.i + 1].text
    return None


def _one_person(noun: Token) -> bool:
    """'a social leader', 'a local reporter', 'the village chief': one person, not 'the victims'."""
    return noun.tag_ in {"NN", "NNP"} and (noun.lemma_.lower() in _PERSON_NOUNS or noun.ent_type_ == "PERSON")
