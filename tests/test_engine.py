"""The faster engine gives the same annotations as the model loaded as shipped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]

_FINGERPRINT = """
import hashlib, sys
from pathlib import Path
from eventcoder.nlp import get_nlp
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
texts.append("Let's be clear: y'all ain't gonna win, he said. There is no deal. We gotta go, c'mon. "
             "But the militia, which I saw, got ta the bridge. You know it.")
digest = hashlib.sha256()
for doc in get_nlp().pipe(texts):
    for t in doc:
        digest.update(f"{t.i}|{t.tag_}|{t.pos_}|{t.dep_}|{t.head.i}|{t.lemma_}|{t.ent_iob_}{t.ent_type_}|"
                      f"{t.is_sent_start}|{t.morph}".encode())
    digest.update(str(doc.tensor.shape).encode())
print(digest.hexdigest())
"""


def _fingerprint(engine: str, folder: Path) -> str:
    env = {"EVENTCODER_ENGINE": engine, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _FINGERPRINT, str(folder)], capture_output=True, text=True,
                         env=env, check=True, timeout=300)
    return out.stdout.strip()


def test_fast_engine_annotations_equal_the_stock_model() -> None:
    for folder in (ROOT / "demo", ROOT / "tests" / "fixtures"):
        assert _fingerprint("fast", folder) == _fingerprint("stock", folder), folder


def test_long_runs_reach_the_tokenizer_in_short_pieces_and_offsets_hold(nlp) -> None:
    from eventcoder.engine import RunGuardTokenizer

    longest: list[int] = []
    inner = nlp.tokenizer.tokenizer

    def recording(text: str):  # the inner tokenizer, measuring its longest whitespace-free run
        longest.append(max((len(w) for w in text.split()), default=0))
        return inner(text)

    guard = RunGuardTokenizer(recording, max_run=400)
    text = "Crowds chanted " + "\u201c" * 30_000 + " outside, " + "x" * 1_000 + " and left."
    doc = guard(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert max(longest) <= 400
    plain = "Shelling resumed near Bakhmut on Friday."
    assert [t.text for t in guard(plain)] == [t.text for t in inner(plain)]


def test_held_gil_loop_gives_the_compiled_loops_parse(nlp) -> None:
    """The Python loop's annotations equal spaCy's compiled greedy loop's on the same docs."""
    from spacy.pipeline.transition_parser import Parser

    from eventcoder.engine.decode import HeldGilParser, HeldGilRecognizer

    texts = [(ROOT / "tests" / "fixtures" / "figures_wire.txt").read_text(encoding="utf-8"),
             "Rebels shelled Goma on Monday, killing 4 people, the UN said.", ""]
    attrs = ["HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    for name, kind in (("parser", HeldGilParser), ("ner", HeldGilRecognizer)):
        pipe = nlp.get_pipe(name)
        assert type(pipe) is kind
        ours, theirs = (list(nlp.pipe(texts, disable=[name])) for _ in range(2))
        pipe.set_annotations(ours, pipe.greedy_parse(ours))
        pipe.set_annotations(theirs, Parser.greedy_parse(pipe, theirs))
        assert [d.to_array(attrs).tolist() for d in ours] == [d.to_array(attrs).tolist() for d in theirs], name
        assert len(ours[0].ents) >= 5 and len(list(ours[0].sents)) >= 5


def test_multi_token_rules_by_token_kind_equal_the_matchers(nlp) -> None:
    """The attribute_ruler's rules over two tokens, read from answers per token kind, are found
    exactly where its matcher finds them; answers kept from one doc do not leak into another."""
    from eventcoder.engine import _state

    state = _state(nlp.get_pipe("attribute_ruler"))
    assert state.by_tokens and state.spanning
    texts = ["There were clashes near the port, and there is no sign of a truce.",
             "Y'all ain't gonna like it, the sergeant said; we gotta move, c'mon.",
             "Let's wait, said the mayor of Mosul. Is there a curfew? Nobody is gonna say.",
             "Gunmen gonna attack? No: there are only rumours in Kidal, they said.",
             "The convoy got ta the border at dawn and ain't left since."]
    found_any = False
    for doc in nlp.pipe(texts + texts[::-1]):
        by_kind = state.multi_token_rules(doc, state.token_keys(doc))
        matched = state._matched_rules(doc)
        assert {k: sorted(v) for k, v in by_kind.items()} == {k: sorted(v) for k, v in matched.items()}, doc.text
        found_any = found_any or bool(matched)
    assert found_any
    assert state.multi_token_rules(nlp.make_doc(""), []) == {}


def test_frozen_model_leaves_later_garbage_collectable() -> None:
    """After the loaded model is frozen, what articles make is still freed by the collector."""
    import gc
    import weakref

    from eventcoder.engine import freeze_loaded

    class Node:
        pass

    freeze_loaded()
    assert gc.get_freeze_count() > 0
    node = Node()
    node.self = node  # type: ignore[attr-defined]  # a cycle only the collector frees
    ref = weakref.ref(node)
    del node
    gc.collect()
    assert ref() is None
