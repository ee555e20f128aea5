"""Events round 10 (issue 10): one event per incident in real articles.  A careful coder codes
fewer events than a sentence-by-sentence reader finds: a wire's update retells its flash under a
fresh dateline, and the sides' moves around a fight for a town are that fight.  Each rule is
checked on sentences written for it, from wars other than the dev sets'."""

from __future__ import annotations

from datetime import date

from eventcoder.extract.events.merge import Cluster, Mention
from eventcoder.extract.events.wire_lines import dated_lines, slug_line
from eventcoder.model import Article, Event, Location, TimeRef
from eventcoder.record import build_record


def _events(text: str, published: str = "2024-06-12") -> list[Event]:
    return build_record(Article(id="r10", text=text, published=published)).events


def test_wire_lines() -> None:
    text = "Flash line\n\nGAO, June 11 - Shells fell.\n\nUPDATE 2 - Toll rises\n\nGAO, Mali, 11 June (Wire) - Shells fell."
    assert [text[lo:hi] for lo, hi in dated_lines(text)] == ["GAO, June 11 -", "GAO, Mali, 11 June (Wire) -"]
    assert slug_line(text, text.index("Toll")) and not slug_line(text, text.index("Shells"))


def test_update_under_a_later_dateline_retells_the_flash() -> None:
    """The update's dateline city (where the story was filed) is not the place of its retelling."""
    text = ("FLASH - MALI - Jihadists overrun army camp in Douentza, at least nine soldiers dead - army\n\n"
            "BAMAKO, June 11 - Jihadist fighters took control of the army camp in Douentza in central Mali on Monday, "
            "killing at least nine soldiers, the army said.\n\n"
            "UPDATE 1 - adds details on the attack, strike near Douentza\n\n"
            "BAMAKO, June 11 - Jihadist fighters overran the army camp of Douentza in central Mali on Monday and took "
            "control of the town, killing at least nine soldiers, the army said on Tuesday.")
    gains = [e for e in _events(text) if e.sub_type == "Non-state actor overtakes territory"]
    assert [e.location.name if e.location else None for e in gains] == ["Douentza"]


def test_update_slug_line_sums_up_the_body() -> None:
    text = ("FLASH - Rebel rockets hit market in Aleppo\n\n"
            "BEIRUT, June 11 - Rebels fired rockets at a market in Aleppo on Tuesday, a monitor said.\n\n"
            "UPDATE 1 - Aleppo toll rises; army jets strike rebels near Idlib and Saraqib and Maarat al-Numan\n\n"
            "BEIRUT, June 11 - The number of people killed when rockets hit a market in Aleppo on Tuesday rose "
            "to seven, a monitor said.\n\n"
            "Separately, the army said its jets had bombed a rebel convoy north of Idlib on Monday night.")
    strikes = [e for e in _events(text) if e.sub_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].date is not None and strikes[0].date.value[:10] == "2024-06-10"


def test_losers_retreat_and_reinforcements_fold_into_the_takeover() -> None:
    text = ("Rebels of the M23 took control of the town of Rubaya on Saturday after overrunning the army post, "
            "killing four soldiers, residents said.\n\n"
            "Soldiers retreated after hours of fighting and were regrouping in the village of Mushaki, about "
            "15 kilometres away, an officer said. An army spokesman said reinforcements had been sent.")
    events = _events(text, "2024-06-09")
    assert [e.sub_type for e in events] == ["Non-state actor overtakes territory"]


def test_restored_control_told_before_the_timeline_is_the_retake() -> None:
    text = ("Why the battle for Kalehe matters\n\n"
            "On Sunday, the army said its troops had restored control of Kalehe after the rebels pulled out.\n\n"
            "Timeline:\n"
            "- 8 June 2024: rebels seize Kalehe.\n"
            "- 9 June 2024: the army retakes Kalehe after heavy fighting in which six rebels were killed.\n")
    events = _events(text, "2024-06-11")
    assert "Non-violent transfer of territory" not in [e.sub_type for e in events]


def test_moving_in_to_set_up_a_base_is_the_base() -> None:
    text = ("On Monday, Houthi fighters moved into a village about 15 km south of Hays and set up a base there, "
            "a day after government troops withdrew from the area, tribal elders said.")
    assert [e.sub_type for e in _events(text, "2024-06-12")] == ["Headquarters or base established"]


def test_crowds_violence_inside_a_policed_protest_is_that_protest() -> None:
    text = ("Police shot two protesters dead in Gulu on Tuesday during a march against fuel prices, a rights group "
            "said. Witnesses said officers opened fire after youths blocked the main road with burning tyres.\n\n"
            "In Lira, hundreds marched peacefully on Tuesday.")
    subs = [e.sub_type for e in _events(text)]
    assert subs == ["Excessive force against protesters", "Peaceful protest"]


def test_a_claim_told_in_the_passive_is_the_claimants_account(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventcoder.extract.events.nonconflict import claimed

    doc = nlp("The attack was claimed the next day by the Islamic State.")
    assert claimed(next(t for t in doc if t.lower_ == "attack"))
    doc = nlp("The attack killed five soldiers, the army claimed.")
    assert not claimed(next(t for t in doc if t.lower_ == "attack"))


def test_arrests_in_a_protests_sentence_are_its_intervention() -> None:
    text = ("On Saturday, police in Quetta broke up a sit-in by relatives of missing men outside the press club "
            "and detained eleven women.")
    assert [e.sub_type for e in _events(text)] == ["Protest with intervention"]


def _mention(start: int, when: TimeRef, source: str) -> Mention:
    place = Location(name="Rumbek", country_code="SS", lat=6.8, lon=29.7, precision="city")
    return Mention(type="Strategic developments", sub_type="Agreement", trigger="agreement", start=start,
                   end=start + 9, sent_start=start, sent_end=start + 50, certainty="asserted", weak=False,
                   date=when, date_source=source, location=place, location_source="sentence", location_score=3)


def test_an_event_with_no_day_of_its_own_is_its_dated_twin() -> None:
    """A bulletin's 'a peace deal signed in Rumbek' dated only by a year beside 'signed a peace
    agreement in Rumbek on Tuesday': one deal."""
    from eventcoder.extract.events.config import EventConfig
    from eventcoder.extract.events.folds import fold_article

    text = "x" * 200
    vague = Cluster([_mention(0, TimeRef(value="2024", precision="year"), "paragraph")])
    dated = Cluster([_mention(100, TimeRef(value="2024-06-11", precision="day"), "governing")])
    assert fold_article(text, [vague, dated], date(2024, 6, 12), EventConfig()) == [dated]
    elsewhere = Cluster([_mention(0, TimeRef(value="2024", precision="year"), "paragraph")])
    elsewhere.mentions[0].location = Location(name="Yirol", country_code="SS", lat=6.5, lon=30.5, precision="city")
    assert len(fold_article(text, [elsewhere, dated], date(2024, 6, 12), EventConfig())) == 2
