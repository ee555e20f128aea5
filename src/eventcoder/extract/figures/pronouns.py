"""One person killed, named only by a pronoun: "gunmen stormed the house, killing her".

A singular personal pronoun (``pronouns.yaml``, labelled male or female) that is the victim of a
killing verb (object of "killed", passive subject of "was shot dead") counts one person killed,
exactly: the text names one person even though it writes no number.  Other harms are left out,
since "police arrested him" in a profile is no new figure.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.context import Context
from eventcoder.extract.dates.extract import governing_date
from eventcoder.extract.figures import syntax as syn
from eventcoder.extract.lexicons import lexicon
from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.text import doc_forms
from eventcoder.model import Quantity

SINGULAR = frozenset(w for w, label in lexicon("pronouns").labels().items()
                     if label in ("male", "female"))
VICTIM_ROLES = {"dobj": ("him", "her"), "nsubjpass": ("he", "she")}


def pronoun_victims(ctx: Context) -> list[Quantity]:
    """A killed figure of 1 for each singular pronoun that a killing verb has as its victim."""
    found = []
    for i in doc_forms(ctx.doc).indices(forms=SINGULAR):
        tok = ctx.doc[i]
        if _killed(tok):
            start, end = tok.idx, tok.idx + len(tok)
            found.append(Quantity(
                start=start, end=end, text=tok.text, value=1.0, low=None, high=None,
                qualifier="exact", unit="people", category="killed", subject=None,
                attributed_to=attribution_for(ctx, start, end),
                date=governing_date(ctx, start, end),
            ))
    return found


def _killed(tok: Token) -> bool:
    """The pronoun is the object (or passive subject) of a verb that says it was killed."""
    verb = tok.head
    if tok.lower_ not in VICTIM_ROLES.get(tok.dep_, ()) or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.tag_ in ("TO", "MD") for c in verb.children):
        return False  # "threatened to kill her", "could kill him": no one died
    return syn.verb_category(verb, tok.dep_, None, bare=True) == "killed"
