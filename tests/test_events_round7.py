"""Events round 7 (issue 10): styles real copy has — digests, denials, transcripts, court reports.
Each rule is checked on sentences written for it, from wars other than the dev sets'."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.modality import same_word
from eventcoder.extract.events.retelling import digest_entry
from eventcoder.model import Article
from eventcoder.record import build_record


def _subs(text: str, published: str = "2024-06-12") -> list[str]:
    return [e.sub_type for e in build_record(Article(id="r7", text=text, published=published)).events]


def test_digest_label_opens_an_entry() -> None:
    text = "DIGEST\n\nKandahar / Spin Boldak - Gunmen shot a guard.\nKABUL - Rain fell."
    assert digest_entry(text, text.index("Gunmen"))
    assert not digest_entry(text, text.index("Rain"))  # a dateline is no digest label


def test_same_word_forms() -> None:
    assert same_word("abduct", "abduction") and same_word("kill", "killing")
    assert not same_word("attack", "abduct")


def test_digest_lines_stay_apart() -> None:
    text = ("SECURITY DIGEST - Tuesday 11 June 2024\n\n"
            "Helmand / Sangin - Taliban fighters fired mortar rounds at an army post in Sangin; two soldiers killed.\n\n"
            "Kunar / Asadabad - Troops retook the village of Shigal from Islamic State fighters after a battle; three militants killed.\n")
    subs = _subs(text)
    assert "Shelling/artillery/missile attack" in subs and len(subs) == 2


@pytest.mark.parametrize("text", [
    "Police said a report on social media alleging that gunmen abducted 30 pupils from a school in Kankara "
    "on Friday was false. No pupil was abducted in Kankara on Friday or on any other day, police said.",
    "A court in Kunduz on Tuesday convicted seven men for their role in the April 2019 ambush near Kunduz in "
    "which 22 soldiers were killed. The ambush took place when a convoy was returning to base. Security was "
    "tight at the court in 2024.",
    "QUESTION: Is there any progress on the prisoner exchange that was discussed in Doha?",
])
def test_no_event(text: str) -> None:
    assert _subs(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen killed three villagers and abducted two women in Gusau on Monday.", "Attack"),
    ("Troops and Taliban fighters traded fire near Lashkar Gah on Sunday.", "Armed clash"),
    ("Police fired tear gas shells at students marching in Dhaka on Monday.", "Protest with intervention"),
])
def test_sub_type(text: str, sub: str) -> None:
    assert _subs(text) == [sub]
