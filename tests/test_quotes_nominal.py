"""Definite descriptions as speakers ('the governor', 'the group') and accusations, denials and
claims of responsibility as indirect quotes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from test_quotes import _lines_executed

from eventcoder.extract.config import DEFAULT_CONFIG
from eventcoder.extract.context import Context
from eventcoder.extract.quotes.extract import extract_quotes
from eventcoder.extract.quotes.nominal import description_head, group_fits, person_fits
from eventcoder.model import Quote

MakeCtx = Callable[..., Context]


def quotes_of(make_ctx: MakeCtx, text: str) -> list[Quote]:
    found = extract_quotes(make_ctx(text))
    for q in found:
        assert text[q.start:q.end] == q.text
    return found


def speaker_of(found: list[Quote], opening: str) -> str | None:
    hits = [q for q in found if q.text.startswith(opening)]
    assert len(hits) == 1, [(q.text, q.speaker) for q in found]
    return hits[0].speaker


# --- descriptions point back to a name -------------------------------------------------

def test_description_head_only_for_bare_definite_descriptions() -> None:
    assert description_head("the governor") == "governor"
    assert description_head("The army spokesman") == "spokesman"
    assert description_head("a spokesman") is None
    assert description_head("the deputy regional police chief of staff") is None
    assert description_head("the farmers") is None


def test_fitting_rules() -> None:
    assert person_fits("governor", frozenset({"governor", "ali", "musa"}))
    assert not person_fits("governor", frozenset({"senator", "ali", "musa"}))
    assert person_fits("official", frozenset({"minister", "lena", "berg"}))
    assert group_fits("army", frozenset({"sudanese", "armed", "forces"}))
    assert group_fits("group", frozenset({"wagner", "militia"}))
    assert not group_fits("ministry", frozenset({"red", "crescent"}))


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    ("Mayor Ines Duarte of Porto Alegre inspected the dykes on Friday.\n\n"
     "\u201cThe water is still rising,\u201d the mayor said.", "The water", "Ines Duarte"),
    ("Lieutenant Omar Saleh, a spokesman for the Yemeni coast guard, spoke by phone. "
     "The spokesman said three boats had been seized.", "three boats", "Omar Saleh"),
    ("The Wagner group sent more fighters to the north on Monday. "
     "The group said its men had secured the mine.", "its men", "Wagner group"),
    ("The Colombian Armed Forces bombed a camp in Guaviare. "
     "\u201cWe hit a dissident unit,\u201d the military said.", "We hit", "The Colombian Armed Forces"),
])
def test_definite_description_resolves_to_the_earlier_name(make_ctx: MakeCtx, text: str, opening: str,
                                                           speaker: str) -> None:
    assert speaker_of(quotes_of(make_ctx, text), opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    # nobody named a governor before: the description stays as written
    ("Senator Paulo Reis met the flood victims. \u201cHelp is coming,\u201d the governor said.",
     "Help is coming", "the governor"),
    # no named group holds 'ministry': a ministry not named before stays as written
    ("The Red Crescent sent tents to Idlib. The ministry said two camps had flooded.",
     "two camps", "The ministry"),
    # 'of' and a number tells more about the same person; 'of' and a noun names another one
    ("Omar Haddad, a father of four, lost his shop. \u201cThey shot at the door,\u201d the father of the "
     "boy said.", "They shot at the door", "the father"),
])
def test_unfit_descriptions_stay_as_written(make_ctx: MakeCtx, text: str, opening: str, speaker: str) -> None:
    assert speaker_of(quotes_of(make_ctx, text), opening) == speaker


def test_descriptions_kept_as_written_when_switched_off(nlp) -> None:
    from dataclasses import replace

    from eventcoder.extract.quotes.resolver import Resolver
    from eventcoder.extract.quotes.speakers import Speaker

    text = "Governor Ali Musa toured the market. The governor said the curfew would end."
    doc = nlp(text)
    mention = Speaker("The governor", text.index("The governor"), text.index(" said"))
    assert Resolver(doc).resolve(mention, text.index("the curfew")).name == "Ali Musa"
    off = Resolver(doc, replace(Resolver(doc).config, resolve_descriptions=False))
    assert off.resolve(mention, text.index("the curfew")).name == "The governor"


# --- accusations, denials, claims --------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Ethiopia accused Eritrean troops of looting health centres in Tigray.",
     "Eritrean troops of looting health centres in Tigray", "Ethiopia"),
    ("The opposition blamed the ruling party for the violence at polling stations in Harare.",
     "the ruling party for the violence at polling stations in Harare", "The opposition"),
    ("Israel's army denied firing at the aid convoy near Gaza City.",
     "firing at the aid convoy near Gaza City", "Israel's army"),
    ("The Philippine navy dismissed reports that a Chinese vessel had rammed its supply boat.",
     "a Chinese vessel had rammed its supply boat", "The Philippine navy"),
    ("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu.",
     "responsibility for the attack on a hotel in Mogadishu", "Al-Shabaab"),
])
def test_charges_are_indirect_quotes(make_ctx: MakeCtx, text: str, content: str, speaker: str) -> None:
    found = [q for q in quotes_of(make_ctx, text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The governor was accused of embezzling relief funds in Borno.",
    "Border guards denied entry to the convoy at the Rafah crossing.",
    "The court rejected the appeal filed by the former minister.",
    "The opposition denied the allegations.",
])
def test_no_charge_without_an_accuser_or_a_proposition(make_ctx: MakeCtx, text: str) -> None:
    assert [q for q in quotes_of(make_ctx, text) if q.kind == "indirect"] == []


def test_charge_inside_a_direct_quote_is_not_repeated(make_ctx: MakeCtx) -> None:
    text = "\u201cThey accused us of hiding weapons in the school,\u201d said Karim Aziz, a headmaster in Herat."
    found = quotes_of(make_ctx, text)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Karim Aziz")]


# --- cost stays linear ---------------------------------------------------------------------

_NAMES = ["Ana Cole", "Peter Lund", "Mira Shah", "Omar Haddad"]


@pytest.mark.parametrize("build", [
    # each description is matched against a bounded look back of earlier names
    lambda n: "\n\n".join(f"Governor {_NAMES[i % 4]} visited depot {i}. The governor said depot {i} was empty. "
                          f"The Tigers group raided it. The group said the raid on depot {i} went well."
                          for i in range(n)),
    # descriptions that fit nobody scan the whole look back every time
    lambda n: "\n\n".join(f"{_NAMES[i % 4]} visited depot {i}. The mayor said depot {i} was empty. "
                          f"They accused the Tigers of looting depot {i}." for i in range(n)),
], ids=["fitting", "unfit"])
def test_description_work_grows_linearly(make_ctx: MakeCtx, build: Callable[[int], str]) -> None:
    """With a short look back both texts are longer than the bound, so the work per description
    is the same in both and the total grows with the text (with the default bound of 100 the
    smaller text has not reached it, and the ratio says nothing about growth)."""
    small = _lines_executed(_short_look_back(make_ctx(build(60))))
    large = _lines_executed(_short_look_back(make_ctx(build(240))))
    assert large < 5.5 * small, (small, large)


def _short_look_back(ctx: Context) -> Context:
    ctx.config = replace(DEFAULT_CONFIG, quotes=replace(DEFAULT_CONFIG.quotes, antecedent_lookback=10))
    return ctx
