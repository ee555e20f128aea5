"""Fatalities round 17 (issue 10): the dead a gathering remembers are not its toll; a vague
count its own teller gives no figure for is no toll; an update's revised toll replaces the
first figure of the same event; an attacker killed before he could strike is the disrupted
attack's dead. Sentences written for each rule, in shapes of their own."""

from __future__ import annotations

import pytest
from test_fatalities_round16 import first_toll

CASES = [
    # words of remembering govern the past a vigil or march recalls, not its own dead
    ("Families held a candlelight vigil in Mombasa on 4 May 2025 in memory of 25 pilgrims killed in a bus crash.", 0.0),
    ("Hundreds marched through Eldoret on 4 May 2025 to commemorate 18 traders killed in last year's clashes.", 0.0),
    # a vague count the sentence says is no figure, when its own teller or the claim is doubted
    ("Gunmen stormed Tawila on 4 May 2025. A local leader claimed dozens had been killed but offered no figures.", 0.0),
    ("Militia fighters raided Kadugli on 4 May 2025, and a spokesman said scores were killed, though the claim could "
     "not be independently verified.", 0.0),
    # ... but another teller's silence leaves the first teller's count standing
    ("Troops opened fire on marchers in Kassala on 4 May 2025. Doctors reported dozens killed; the army gave no "
     "figure.", 12.0),
    # ... and a figure is kept whatever the doubt
    ("Militia fighters raided Kadugli on 4 May 2025. A spokesman said 14 were killed, a figure that could not be "
     "verified.", 14.0),
    # the toll of an update replaces the first figure of the same event
    ("Shells hit a market in Mopti on 4 May 2025, killing 7 people. By evening the death toll had climbed to 15.", 15.0),
    ("Shells hit a market in Mopti on 4 May 2025, killing 7 people. The number of dead now stands at 11, officials "
     "said.", 11.0),
    # a deed the killing stopped ('before ... could') is no event of its own: the killing's dead
    ("On 2 June 2025, troops at a roadblock outside Gao (Mali) shot dead a would-be suicide attacker before he could "
     "reach the camp.", 1.0),
    ("Guards at a hotel gate in Kismayo killed two gunmen on 3 June 2025 before they could storm the lobby.", 2.0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round17_toll(text: str, value: float) -> None:
    assert first_toll(text) == value
