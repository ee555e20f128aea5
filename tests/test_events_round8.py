"""Round 8 of event typing on coded notes (issue 10): the word-level tests of the rules added this
round (the whole-pipeline examples sit beside the rules in the data files)."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.deeds import body_found, taken_away
from eventcoder.extract.events.entries import expelled
from eventcoder.extract.events.triggers import two_sides
from eventcoder.nlp import parse


def _token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Fighting between Dinka and Nuer youth groups broke out near Bentiu.", "Fighting", True),
    ("Clashes between rival militias spread to the market.", "Clashes", True),
    ("Armenian and Azerbaijani forces clashed near Sotk.", "clashed", True),
    ("Soldiers clashed near Sotk on Monday.", "clashed", False),
])
def test_two_sides(text: str, word: str, expected: bool) -> None:
    assert two_sides(_token(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Gunmen seized a cattle trader outside his shop in Gusau.", "seized", True),
    ("Men in civilian clothes picked up a student leader from his room.", "picked", True),
    ("Police seized a suspect outside his house in Kano.", "seized", False),
    ("Rebels seized Diapaga after a battle.", "seized", False),
    ("Rebels captured two soldiers near Goma.", "captured", False),
])
def test_taken_away(text: str, word: str, expected: bool) -> None:
    assert taken_away(_token(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The body of a teacher was found with gunshot wounds outside Kidal.", "found", True),
    ("The body of a fisherman was found on a beach near Mombasa.", "found", False),
])
def test_body_found(text: str, word: str, expected: bool) -> None:
    assert body_found(_token(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Al Shabaab fighters drove government troops out of Bulo Burte.", "drove", True),
    ("The gang forced the police out of the station.", "forced", True),
    ("Gunmen forced the police to flee the town.", "forced", False),
    ("The army dislodged the rebels from the hill.", "dislodged", True),
])
def test_expelled(text: str, word: str, expected: bool) -> None:
    assert expelled(_token(text, word)) is expected
