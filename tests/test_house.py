"""The house rules that keep extraction maintainable: checked data files, one taxonomy, declared
step order, shared text helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from eventcoder import taxonomy
from eventcoder.datafiles import bundled, load_checked
from eventcoder.errors import DataFileError
from eventcoder.extract import text as layout
from eventcoder.extract.context import Step, StepOrderError, check_order
from eventcoder.extract.lexicons import Lexicon, lexicon, lexicon_files, words
from eventcoder.model import Event, Record


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lemmas: list[str]


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[_Rule]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_misspelt_key_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "rules:\n  - lemmas: [shell]\n  - lemma: [bomb]\n")
    with pytest.raises(DataFileError, match=r"rules\.yaml:3: .*lemma"):
        load_checked(path, _Rules)


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "about: x\nwords:\n  raid: [a]\n  raid: [b]\nuses: {a: x, b: y}\n")
    with pytest.raises(DataFileError, match=r":4: 'raid' is given twice"):
        load_checked(path, Lexicon)


def test_a_word_listed_twice_and_an_undeclared_use_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="listed twice"):
        load_checked(_write(tmp_path, "about: x\nwords: [mortar, rocket, mortar]\n"), Lexicon)
    with pytest.raises(DataFileError, match="not declared"):
        load_checked(_write(tmp_path, "about: x\nuses: {a: x}\nwords:\n  drone: [b]\n"), Lexicon)


def test_yes_and_on_stay_words(tmp_path: Path) -> None:
    loaded = load_checked(_write(tmp_path, "about: x\nwords: [on, off, yes, no]\n"), Lexicon)
    assert loaded.all() == {"on", "off", "yes", "no"}


def test_every_bundled_data_file_loads() -> None:
    files = lexicon_files()
    assert {"speech_verbs", "people_nouns"} <= {p.stem for p in files}
    for path in files:
        assert lexicon(path.stem).all(), path
    assert len(taxonomy.sub_types()) == 25
    assert bundled("taxonomy.yaml").is_file()


def test_uses_are_subsets_of_one_concept() -> None:
    quote = words("speech_verbs", "quote")
    assert "say" in quote and quote <= words("speech_verbs")
    with pytest.raises(KeyError, match="declared"):
        words("speech_verbs", "nonsense")


def test_taxonomy_codes() -> None:
    assert taxonomy.event_types()[0] == "Battles"
    assert taxonomy.type_of("Grenade") == "Explosions/Remote violence"
    assert taxonomy.disorder_type("Peaceful protest") == "Demonstrations"
    assert taxonomy.interaction_code(7, 1) == 17
    assert taxonomy.interaction_code(6, None) == 60
    assert taxonomy.interaction_code(None, None) is None


def _event(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {"id": "a-e1", "type": "Riots", "sub_type": "Mob violence",
                               "date": None, "location": None, "evidence": [{"start": 0, "end": 4}]}
    return base | changes


def test_the_record_refuses_unknown_sub_types_and_undeclared_fields() -> None:
    assert Event.model_validate(_event()).sub_type == "Mob violence"
    with pytest.raises(ValidationError, match="unknown ACLED sub-type"):
        Event.model_validate(_event(sub_type="Mob Violence"))
    with pytest.raises(ValidationError, match="belongs to"):
        Event.model_validate(_event(sub_type="Grenade"))
    with pytest.raises(ValidationError, match="Extra inputs"):
        Event.model_validate(_event(score=3))


def test_the_schema_lists_the_taxonomy() -> None:
    schema = Record.model_json_schema()
    event = schema["$defs"]["Event"]["properties"]
    assert event["sub_type"]["enum"] == list(taxonomy.sub_types())
    assert event["type"]["enum"] == list(taxonomy.event_types())


def _noop(ctx: object) -> None:
    return None


def test_step_order_is_checked_once_with_a_clear_message() -> None:
    quotes = Step("quotes", _noop, frozenset({"doc"}), frozenset({"quotes"}))
    figures = Step("figures", _noop, frozenset({"doc", "quotes"}), frozenset({"quantities"}))
    check_order([quotes, figures])
    with pytest.raises(StepOrderError, match="'figures' reads quotes"):
        check_order([figures, quotes])


def test_the_shipped_order_is_valid() -> None:
    from eventcoder.record import steps

    assert [s.name for s in steps()] == ["places", "dates", "quotes", "figures", "events"]


@pytest.mark.slow
def test_attribution_before_quotes_is_an_error(nlp) -> None:
    from eventcoder.extract.context import Context
    from eventcoder.extract.quotes import attribution_for
    from eventcoder.model import Article

    text = "Nine herders were killed near Jos, according to local leaders."
    ctx = Context(article=Article(id="x", text=text), doc=nlp(text))
    with pytest.raises(StepOrderError, match="quotes"):
        attribution_for(ctx, 0, 4)


def test_paragraph_helpers() -> None:
    text = "Title line\n\nFirst para.\nStill first.\n\n\u201cA quote,\u201d she said."
    paras = layout.paragraphs(text)
    assert [text[s:e] for s, e in paras] == ["Title line", "First para.\nStill first.", "\u201cA quote,\u201d she said."]
    assert layout.paragraph_at(paras, text.index("Still")) == paras[1]
    assert layout.paragraph_index(paras, text.index("she")) == 2
    wire = "Mines cleared\nTwo villages reopened"
    assert [wire[s:e] for s, e in layout.paragraphs(wire)] == ["Mines cleared", "Two villages reopened"]
    quoted = "He spoke.\n\u201cWe stay,\u201d he said."
    assert len(layout.quote_paragraphs(quoted)) == 2


def test_headline_and_dateline() -> None:
    text = "Ceasefire holds in Hodeidah\n\nHODEIDAH, March 3 (Wire) - Guns fell silent on Sunday."
    assert layout.in_headline(text, 3)
    assert not layout.in_headline(text, text.index("Guns"))
    lines = layout.datelines(text)
    assert [text[d.place[0]:d.place[1]] for d in lines] == ["HODEIDAH"]
    start = text.index("March 3")
    assert layout.is_dateline_date(text, start, start + 7)
    start = text.index("Sunday")
    assert not layout.is_dateline_date(text, start, start + 6)
    with_country = "GAROWE, Somalia, June 9 - Militants stormed a checkpoint late on Sunday."
    start = with_country.index("June 9")
    assert layout.is_dateline_date(with_country, start, start + 6)
    start = with_country.index("Sunday")
    assert not layout.is_dateline_date(with_country, start, start + 6)


def test_extractors_read_the_article_text_not_doc_text() -> None:
    """``doc.text`` and ``doc.sents`` are rebuilt by spaCy from every token on each read: inside a
    loop over candidates they made place finding twice as slow. Extractors read ``ctx.text`` and
    ``ctx.sentences`` (or a text passed along); the context, which lists them once, and the quote
    resolver's fallback are the exceptions."""
    root = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "extract"
    allowed = {"context.py", "quotes/resolver.py"}
    offenders = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if ("doc.text" in code or "doc.sents" in code) \
                    and rel not in allowed and '"""' not in line and "``" not in line:
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []
