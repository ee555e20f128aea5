"""The month 'March' written where a word list expects the noun 'march' (a demonstration): rules
that ask whether a sentence tells a march, or names a crowd, must not read 'on 7 March' as one."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token


def month_march(token: Token) -> bool:
    """'March' as a date: capitalised, and the parser's date, or next to a day or year number."""
    if token.text != "March":
        return False
    near = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return token.ent_type_ == "DATE" or any(t.like_num for t in near)


def words_but_months(sent: Span, lexicon: frozenset[str], skip: Collection[int] = ()) -> set[str]:
    """The forms and lemmas of ``lexicon`` the sentence holds, the month 'March' and the tokens
    at ``skip`` left out."""
    return {w for t in sent if t.i not in skip and not month_march(t)
            for w in (t.lower_, t.lemma_.lower()) if w in lexicon}
