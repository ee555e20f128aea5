"""Figures about people and territory, decided from the parse; every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.figures.extract import extract_figures
from eventcoder.model import Quantity

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Row = tuple[str, float | None, str, str, str]
"""(category, value, qualifier, unit, text) of one figure."""


def _figures(make_ctx: Callable[..., Context], text: str) -> list[Quantity]:
    return extract_figures(make_ctx(text))


def _rows(make_ctx: Callable[..., Context], text: str) -> list[Row]:
    return [(q.category, q.value, q.qualifier, q.unit, q.text) for q in _figures(make_ctx, text)]


def _scored(make_ctx: Callable[..., Context], text: str) -> list[Row]:
    """The figures the evaluation looks at: everything but category 'other'."""
    return [r for r in _rows(make_ctx, text) if r[0] != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy, Gaza
        ("Israeli strikes killed 27 Palestinians overnight, the health ministry said.",
         [("killed", 27, "exact", "people", "27 Palestinians")]),
        # Ukraine: passive kill with a hedge, then an elliptical second count
        ("At least 12 people were killed and 30 wounded in the strike on Kharkiv.",
         [("killed", 12, "at_least", "people", "At least 12 people"),
          ("injured", 30, "exact", "people", "30")]),
        # "shot dead" puts the victims in the object
        ("Soldiers shot dead four civilians at a checkpoint near Bucha.",
         [("killed", 4, "exact", "people", "four civilians")]),
        # intransitive death verb: the subject died
        ("More than 1,200 migrants drowned off the coast this year.",
         [("killed", 1200, "more_than", "people", "More than 1,200 migrants")]),
        # gerund clause
        ("Gunmen stormed the village in Plateau state, killing at least 40.",
         [("killed", 40, "at_least", "people", "at least 40")]),
        # "left N dead and M injured"
        ("The car bomb in Mogadishu left 20 dead and dozens injured.",
         [("killed", 20, "exact", "people", "20"),
          ("injured", None, "vague", "people", "dozens")]),
        # running totals
        ("The death toll rose to 45 on Sunday.", [("killed", 45, "exact", "people", "45")]),
        ("The ministry put the death toll at 132.", [("killed", 132, "exact", "people", "132")]),
        ("The bodies of 17 villagers were found near Sagaing.",
         [("killed", 17, "exact", "people", "17 villagers")]),
        # NGO statement: injured with "upwards of" and an included subgroup
        ("The shelling wounded upwards of 60 people, including 15 children, MSF said.",
         [("injured", 60, "more_than", "people", "upwards of 60 people"),
          ("injured", 15, "exact", "people", "15 children")]),
        ("Five people died and 20 others were hurt when a car bomb exploded in Aden.",
         [("killed", 5, "exact", "people", "Five people"),
          ("injured", 20, "exact", "people", "20 others")]),
        # displacement: Sudan, Myanmar, Gaza
        ("Roughly 2 million people have fled to Chad, while 10.7 million are internally displaced.",
         [("displaced", 2_000_000, "about", "people", "Roughly 2 million people"),
          ("displaced", 10_700_000, "exact", "people", "10.7 million")]),
        ("Hundreds of thousands of Rohingya fled to Bangladesh in 2017.",
         [("displaced", None, "vague", "people", "Hundreds of thousands of Rohingya")]),
        ("Nearly 1.9 million Gazans, or 85 percent of the population, have been displaced.",
         [("displaced", 1_900_000, "about", "people", "Nearly 1.9 million Gazans"),
          ("displaced", 85, "exact", "percent", "85 percent of the population")]),
        ("The fighting forced more than 100,000 people from their homes.",
         [("displaced", 100_000, "more_than", "people", "more than 100,000 people")]),
        # evacuation with a raising verb
        ("Officials said the bulk of about 8,000 people was expected to be evacuated.",
         [("evacuated", 8000, "about", "people", "about 8,000 people")]),
        ("Some 200 residents were bussed out of the enclave on Friday.",
         [("evacuated", 200, "about", "people", "Some 200 residents")]),
        # detention
        ("Police arrested more than 200 protesters in Yangon.",
         [("detained", 200, "more_than", "people", "more than 200 protesters")]),
        ("Between 20 and 30 soldiers were captured near Kupiansk.",
         [("detained", None, "exact", "people", "Between 20 and 30 soldiers")]),
        ("Houthi forces detained scores of aid workers in Sanaa.",
         [("detained", None, "vague", "people", "scores of aid workers")]),
        # abduction
        ("Gunmen abducted 50 000 schoolgirls and kidnapped twenty-three teachers.",
         [("abducted", 50_000, "exact", "people", "50 000 schoolgirls"),
          ("abducted", 23, "exact", "people", "twenty-three teachers")]),
        ("Militants took about 240 people hostage during the raid.",
         [("abducted", 240, "about", "people", "about 240 people")]),
        # missing
        ("Almost 500 people remain unaccounted for after the raid on Tawila.",
         [("missing", 500, "about", "people", "Almost 500 people")]),
        ("Police arrested 9 men, and a dozen remain missing.",
         [("detained", 9, "exact", "people", "9 men"),
          ("missing", 12, "exact", "people", "a dozen")]),
        # besieged
        ("Up to 300 families are trapped in the town, while 20-30 were evacuated.",
         [("besieged", 300, "up_to", "people", "Up to 300 families"),
          ("evacuated", None, "exact", "people", "20-30")]),
        ("Fewer than 900 residents are besieged in the old quarter of Taiz.",
         [("besieged", 900, "less_than", "people", "Fewer than 900 residents")]),
        ("The attack in Saada killed 3 and injured 11.",
         [("killed", 3, "exact", "people", "3"), ("injured", 11, "exact", "people", "11")]),
        ("Dozens of people were wounded, five of them seriously.",
         [("injured", None, "vague", "people", "Dozens of people"),
          ("injured", 5, "exact", "people", "five of them")]),
        ("A total of 37 bodies were pulled from the rubble in Khan Younis.",
         [("killed", 37, "exact", "people", "37 bodies")]),
        ("Troops freed 27 hostages held in a forest camp.",
         [("abducted", 27, "exact", "people", "27 hostages")]),
        # "X of whom were killed" counts a subset; the whole is not killed
        ("The missile hit a bus carrying 30 passengers, 12 of whom were killed.",
         [("killed", 12, "exact", "people", "12 of whom")]),
        ("A further 1,300 people were made homeless by the floods in Rakhine.",
         [("displaced", 1300, "exact", "people", "1,300 people")]),
        # territory: percent, areas and places controlled, taken or lost
        ("Rebels now control 60% of Myanmar's territory, according to an estimate.",
         [("territory", 60, "exact", "percent", "60% of Myanmar's territory")]),
        ("Government forces lost control of over 40% of the country.",
         [("territory", 40, "more_than", "percent", "over 40% of the country")]),
        ("Troops retook three villages and 120 square kilometres near Zaporizhzhia.",
         [("territory", 3, "exact", "other", "three villages"),
          ("territory", 120, "exact", "other", "120 square kilometres")]),
        ("The paramilitary now controls four of Darfur's five states.",
         [("territory", 4, "exact", "other", "four of Darfur's five states")]),
        # telegraphic list: the closing participle tells what befell every conjunct
        ("9 raiders, 2 herders and 1 policeman killed near Zurmi.",
         [("killed", 9, "exact", "people", "9 raiders"),
          ("killed", 2, "exact", "people", "2 herders"),
          ("killed", 1, "exact", "people", "1 policeman")]),
        # people lost in a fight were killed; the ground lost stays territory
        ("The battalion beat back the assault, losing 5 soldiers.",
         [("killed", 5, "exact", "people", "5 soldiers")]),
        ("Eleven workers lost their lives when the depot was shelled.",
         [("killed", 11, "exact", "people", "Eleven workers")]),
        ("Rebels said they lost 20 villages in the offensive.",
         [("territory", 20, "exact", "other", "20 villages")]),
        # a pronoun victim is one person killed
        ("Gunmen broke into the clinic in Jos, killing her.",
         [("killed", 1, "exact", "people", "her")]),
        ("He was shot dead on his way home from the mosque.",
         [("killed", 1, "exact", "people", "He")]),
        # each conjunct's own participle: the wounded are not counted with the dead
        ("A miner was shot dead and 18 others wounded by guards in Marikana.",
         [("injured", 18, "exact", "people", "18 others")]),
    ],
)
def test_categories_come_from_the_clause(make_ctx: Callable[..., Context], text: str,
                                         expected: list[Row]) -> None:
    assert _scored(make_ctx, text) == expected


def test_a_table_in_prose_shares_the_first_verb(make_ctx: Callable[..., Context]) -> None:
    rows = _scored(make_ctx, "12 killed in Idlib, 4 in Hama.")
    assert rows == [("killed", 12, "exact", "people", "12"), ("killed", 4, "exact", "people", "4")]


def test_a_casualty_list_reads_each_state(make_ctx: Callable[..., Context]) -> None:
    rows = _scored(make_ctx, "Casualties: 12 killed, 40 wounded, 3 missing.")
    assert [(r[0], r[1]) for r in rows] == [("killed", 12), ("injured", 40), ("missing", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Forty rebels attacked the base.",  # no verb of harm to the counted group
        "Around 3,000 troops were deployed and 200 tanks destroyed.",
        "Thousands of people held a rally in Tel Aviv.",
        "The army shot 3 protesters.",  # "shot" alone: killed or wounded is not said
    ],
)
def test_agents_and_neutral_verbs_give_no_scored_figure(make_ctx: Callable[..., Context],
                                                        text: str) -> None:
    scored = _scored(make_ctx, text)
    assert scored == []


def test_pronouns_not_killed_give_no_figure(make_ctx: Callable[..., Context]) -> None:
    """Arrested, threatened or possessive pronouns are no death."""
    for text in ("Police arrested him outside the court.", "The gang threatened to kill her.",
                 "Soldiers killed her brother at the market."):
        assert not any(r[4].lower() in ("him", "her") for r in _rows(make_ctx, text)), text


def test_the_killers_are_not_the_killed(make_ctx: Callable[..., Context]) -> None:
    rows = _scored(make_ctx, "Two gunmen killed 14 worshippers at a mosque in Kabul.")
    assert rows == [("killed", 14, "exact", "people", "14 worshippers")]


@pytest.mark.parametrize(
    "text",
    [
        "He was aged 12 when the war began in 2011.",
        "The boy, a 14-year-old, was detained under Article 5 of the decree.",
        "Resolution 2254 was adopted, and the council meets at 5am or 03:00 GMT.",
        "Fighters seized 30 km of road and a $3 million warehouse on 5 March.",
        "The report, on page 12, cites phone number +44 20 7946 0958.",
        "The 3rd Brigade moved 40 kilometres in two days, 15 minutes after the 1990s truce ended.",
        "On November 15 the convoy of 14 buses left Route 5.",
        "No one was killed in the attack.",
        "Prices rose 20% in Aden.",
        "Ali Hassan, 43, a father of seven, was killed on Monday.",  # age and family size
        "The 1999 shooting death of a student is still unsolved.",
        "If even a portion of those billion people moved, the camps would fill.",
        "One of the key posts in Kyiv was held by a deputy.",
    ],
)
def test_non_figures_are_left_out(make_ctx: Callable[..., Context], text: str) -> None:
    assert _figures(make_ctx, text) == []


def test_spans_cover_the_figure_phrase(make_ctx: Callable[..., Context]) -> None:
    text = "Tens of thousands of civilians have fled since May, and dozens of people were executed."
    ctx = make_ctx(text)
    figures = extract_figures(ctx)
    assert [q.text for q in figures] == ["Tens of thousands of civilians", "dozens of people"]
    for q in figures:
        assert text[q.start:q.end] == q.text
    assert [q.subject for q in figures] == ["civilians", "people"]
    (subset,) = [q for q in _figures(make_ctx, "A bus carried 30 passengers, 12 of whom were killed.")
                 if q.category == "killed"]
    assert subset.subject == "passengers"


def test_people_counted_with_no_harm_are_kept_as_other(make_ctx: Callable[..., Context]) -> None:
    (figure,) = _figures(make_ctx, "About 400 displaced families live in the camp.")
    assert (figure.category, figure.unit) == ("displaced", "people")
    (other,) = _figures(make_ctx, "Some 5,000 students sat the exam.")
    assert (other.category, other.unit, other.qualifier) == ("other", "people", "about")


def test_ranges_have_low_and_high_and_no_value(make_ctx: Callable[..., Context]) -> None:
    (figure,) = _figures(make_ctx, "Between 20 and 30 soldiers were captured.")
    assert (figure.value, figure.low, figure.high) == (None, 20, 30)


def test_attribution_reads_said_and_according_to(make_ctx: Callable[..., Context]) -> None:
    said = _figures(make_ctx, "Russian shelling killed 9 people in Kherson, the regional governor said.")
    assert said[0].attributed_to == "the regional governor"
    according = _figures(make_ctx, "The death toll rose to 45, according to the Syrian Observatory.")
    assert according[0].attributed_to.endswith("Syrian Observatory")
    plain = _figures(make_ctx, "Russian shelling killed 9 people in Kherson.")
    assert plain[0].attributed_to is None
    passive = _figures(make_ctx, "Some 6,000 people were reported missing in Derna.")
    assert (passive[0].category, passive[0].attributed_to) == ("missing", None)


def test_wire_story(make_ctx: Callable[..., Context]) -> None:
    """A whole invented wire story: headline repeat dropped, non-figures skipped, sources kept."""
    text = (FIXTURES / "figures_wire.txt").read_text(encoding="utf-8")
    figures = extract_figures(make_ctx(text, published="2024-06-04"))
    for q in figures:
        assert text[q.start:q.end] == q.text
    scored = {(q.category, q.value, q.qualifier) for q in figures if q.category != "other"}
    assert scored == {
        ("killed", 19, "exact"), ("injured", 60, "more_than"), ("killed", 7, "at_least"),
        ("displaced", 3000, "about"), ("besieged", 40000, "about"), ("injured", 45, "exact"),
        ("territory", 70, "about"), ("territory", 2, "exact"), ("detained", None, "vague"),
        ("detained", 12, "exact"), ("evacuated", 350, "exact"),
    }
    killed = [q for q in figures if q.category == "killed" and q.value == 19]
    assert len(killed) == 1 and killed[0].attributed_to == "a local medical group"
    assert not any(q.value in (4, 5, 6, 14, 30, 2024, 2736) for q in figures)


def test_shared_example_meets_the_figure_targets(make_ctx: Callable[..., Context],
                                                 shared_dir: Path) -> None:
    """The example article, scored by the shared scorer's figure rules (read, never copied)."""
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    text = (shared_dir / "examples" / "aleppo-ceasefire.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "gold" / "dev" / "aleppo-ceasefire.gold.json").read_text(encoding="utf-8"))
    figures = extract_figures(make_ctx(text, published="2016-12-14"))
    result = score.score_quantities(gold, {"quantities": [q.model_dump() for q in figures]})
    assert result["f1"] >= 0.9 and result["qualifier_accuracy"] >= 0.9, result
