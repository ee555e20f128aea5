"""Named armed formations no dictionary lists, named as ACLED names them. A phrase ending in a
formation noun with capitalised words of its own before it names one group: 'the Al-Nasr
Brigade' is a militia and 'the Jaime Martinez Front' a rebel group, each by its own name, not
'Unidentified Armed Group'; 'men of the Yambali and Kuiya clans' are the 'Yambali Clan Militia
(Country)', not an unnamed communal militia."""

from __future__ import annotations

from eventcoder.extract.lexicons import words
from eventcoder.model import Actor

_MILITIA = words("formation_nouns", "militia")
_REBEL = words("formation_nouns", "rebel")
_CLAN = words("formation_nouns", "clan")
_DETERMINERS = {"the", "a", "an", "two", "three", "several", "both", "other", "rival", "feuding", "warring",
                "opposing", "local", "neighbouring", "neighboring", "armed", "allied", "suspected"}
"""Words before a formation noun that describe it rather than name it, capitalised or not
('Rival clans clashed', 'Local militias'): dropped, so they never become a name."""
_JOINERS = {"of", "al", "el", "de", "del", "la", "and", "-"}
"""Lower-case words inside a name ('Brigade of the Martyrs', 'Frente de ...')."""


def _name_words(mention: str) -> tuple[list[str], str] | None:
    """The words before the formation noun, without leading determiners, and the noun; None
    when the phrase does not end in one."""
    tokens = mention.replace("\u2019", "'").split()
    if len(tokens) < 2:
        return None
    head = tokens[-1].lower().strip(".,;:")
    if head not in _MILITIA | _REBEL | _CLAN:
        return None
    before = tokens[:-1]
    while before and before[0].lower() in _DETERMINERS:
        before = before[1:]
    return before, head


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or word.isupper() and len(word) > 1


def named_clan(mention: str, country_name: str, demonyms: dict[str, str]) -> Actor | None:
    """'the Yambali and Kuiya clans' -> 'Yambali Clan Militia (Papua New Guinea)': the first clan
    named (the other is the opposing side, told by its own phrase)."""
    found = _name_words(mention)
    if found is None or found[1] not in _CLAN or not found[0] or not _capitalised(found[0][0]):
        return None
    if found[0][0].lower() in demonyms:
        return None  # 'Somali clans': a people's clans, no one clan named
    run = []
    for word in found[0]:
        if not _capitalised(word):
            break
        run.append(word)
    name = f"{' '.join(run)} Clan Militia" + (f" ({country_name})" if country_name else "")
    return Actor(name=name, mention=mention, kind="identity militia", inter=4)


def named_formation(mention: str, demonyms: dict[str, str]) -> Actor | None:
    """'the Al-Nasr Brigade' (a militia), 'the Jaime Martinez Front' (a rebel group): every word
    before the noun is part of a name and the first is no country's adjective ('the Ukrainian
    front' is a front line, not a group)."""
    found = _name_words(mention)
    if found is None or found[1] in _CLAN or not found[0]:
        return None
    before, head = found
    if not _capitalised(before[0]) or before[0].lower() in demonyms:
        return None
    if not all(_capitalised(w) or w.lower() in _JOINERS for w in before):
        return None
    inter = 3 if head in _MILITIA else 2
    name = " ".join([*before, head.capitalize()])
    return Actor(name=name, mention=mention, kind="political militia" if inter == 3 else "rebel group", inter=inter)
