"""Copy the event sentence of every note of our coded notes sets into the model's training data.

usage: python scripts/export_note_sentences.py tests/fixtures/events_notes2.yaml ...

Each note is labelled by sub-type; its event sentence is the first parser sentence that is more
than a date line ('13 March 2025.'), the one the note's event is told in. Writes
src/eventcoder/data/training/event_notes.yaml as ``{set: {sub_type: [sentence, ...]}}`` so the
training script can hold each set out whole. Only sets that are tuned on belong here: a set the
model was fitted on no longer measures unseen notes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from eventcoder.extract.events import learned
from eventcoder.nlp import get_nlp

HEADER = """# Event sentences of our own coded notes sets (tests/fixtures/events_notes*.yaml), labelled by
# the notes' sub-types, for the learned event typer; made by scripts/export_note_sentences.py.
# Cross-validated by set (scripts/train_event_classifier.py). Retrain after editing.
"""


def event_sentence(text: str) -> str:
    """The first sentence with at least five words: a bare date line carries no event."""
    for sent in get_nlp()(text).sents:
        if sum(t.is_alpha for t in sent) >= 5:
            return sent.text.strip()
    return text.strip()


def main() -> None:
    out: dict[str, dict[str, list[str]]] = {}
    for name in sys.argv[1:]:
        data = yaml.safe_load(Path(name).read_text(encoding="utf-8"))
        group = re.sub(r"^events_|\.yaml$", "", Path(name).name)
        by_label: dict[str, list[str]] = out.setdefault(group, {})
        for note in (n for notes in data.values() for n in notes):
            by_label.setdefault(note["sub_type"], []).append(event_sentence(note["text"]))
    body = yaml.safe_dump(out, allow_unicode=True, sort_keys=True, width=1000)
    learned.notes_path().write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {learned.notes_path()}: {sum(len(v) for g in out.values() for v in g.values())} sentences")


if __name__ == "__main__":
    main()
