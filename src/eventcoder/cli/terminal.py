"""Article text is untrusted: strip what a terminal would execute before printing it.

ANSI escape sequences can recolour, move the cursor, retitle the window or hide lines;
other C0/C1 control characters can do much the same. Newline and tab stay.
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI: colours, cursor moves, erase
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"   # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"                  # any other escape, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"           # 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_for_terminal(text: str) -> str:
    """The text without escape sequences and control characters (newline and tab are kept)."""
    return _CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text))
