"""Fatalities round 20 (issue 10): an update of the toll told in the same sentence as the first
report ('first reported 12 killed; later they raised the toll to 19', 'the toll was raised to
six') replaces that report instead of being added to it or losing to it; a figure the parser
hangs on the name of the victims' group ('Five Zande civilians', 'Six Rohingya refugees') still
counts them; 'shot dead three of them' after another deed, its victim hung by the parser on the
first verb, still tells the dead. Sentences written for each rule, in shapes of their own."""

from __future__ import annotations

import pytest
from test_fatalities_round16 import first_toll

CASES = [
    # an update in the same sentence as the first report: the later figure, not the sum or the first
    ("Gunmen raided a village near Bunia on 4 May 2025. Medics first reported 12 killed; a day later they "
     "raised the toll to 19.", 19.0),
    ("Drones struck Kharkiv on 4 May 2025. Officials first reported three dead; on Monday the toll was raised "
     "to six.", 6.0),
    ("A car bomb hit a checkpoint in Mogadishu on 4 May 2025; police said 5 people died, and later hospital "
     "staff raised the toll to 8.", 8.0),
    # ... but a level raised is no toll, and two tellers with no update: the lowest
    ("Rebels shelled Goma on 4 May 2025, wounding 14 people; the governor then raised the alert level to 3.", 0.0),
    ("Gunmen raided a village near Bunia on 4 May 2025. Medics reported 12 killed; a church group said 19 died.",
     12.0),
    # the figure hung on the name of the victims' group
    ("Six Rohingya refugees were beaten to death by a mob near Teknaf on 4 May 2025.", 6.0),
    ("Four Hazara miners, among them a boy, were hacked to death by gunmen near Quetta on 4 May 2025.", 4.0),
    ("Seven Fulani herders, one of them a village head, were hacked to death near Bankass on 4 May 2025.", 7.0),
    # 'shot dead N of them' after another deed
    ("Militiamen stopped a truck carrying traders near Beni on 4 May 2025 and shot dead three of them.", 3.0),
    ("Gunmen rounded up a group of farmers working in a field near Zurmi on 4 May 2025 and shot dead two of them.",
     2.0),
    ("Soldiers stopped a convoy near Gao on 4 May 2025 and shot dead its escort leader.", 1.0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_round20_toll(text: str, value: float) -> None:
    assert first_toll(text) == value
