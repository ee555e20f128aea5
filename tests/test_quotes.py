"""Quotes and who said them: direct, partial and indirect speech, speakers, attribution."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.quotes.extract import extract_quotes
from eventcoder.extract.quotes.marks import find_segments
from eventcoder.model import Quote

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MakeCtx = Callable[..., Context]


def quotes_of(make_ctx: MakeCtx, text: str) -> list[Quote]:
    ctx = make_ctx(text)
    found = extract_quotes(ctx)
    for q in found:  # the scorer checks every span against the text
        assert text[q.start:q.end] == q.text
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span.start <= q.speaker_span.end <= len(text)
    return found


def one(found: list[Quote], opening: str) -> Quote:
    hits = [q for q in found if q.text.startswith(opening)]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


# --- quotation marks -------------------------------------------------------------------


def test_marks_pair_curly_straight_and_doubled() -> None:
    text = (
        "\u201cWe stay,\u201d he said. \"We fight,\" she said. ''We wait,'' they said.\n\n"
        "Kyiv\u2019s \u2018iron dome\u2019 is a slogan."
    )
    contents = [text[s.start:s.end] for s in find_segments(text)]
    assert contents == ["We stay,", "We fight,", "We wait,", "iron dome"]


def test_open_quote_paragraph_is_continued_by_the_next() -> None:
    text = "\u201cThe first part runs on.\n\n\u201cThe second part ends,\u201d she said."
    segs = find_segments(text)
    assert [s.closed for s in segs] == [False, True]
    assert segs[1].continued


# --- direct quotes -----------------------------------------------------------------------


def test_direct_quote_with_role_and_affiliation(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe corridor will stay open for civilians until Friday,\u201d said Ukraine's "
        "deputy prime minister Olena Marchuk on Monday."
    )
    q = one(quotes_of(make_ctx, text), "The corridor will stay open")
    assert q.kind == "direct"
    assert q.speaker == "Olena Marchuk"
    assert q.speaker_role and "deputy prime minister" in q.speaker_role
    assert q.speaker_affiliation == "Ukraine"
    assert q.speaker_span is not None
    assert text[q.speaker_span.start:q.speaker_span.end] == "Olena Marchuk"


def test_speaker_before_colon_and_appositive_role(make_ctx: MakeCtx) -> None:
    text = (
        "Tomas Berg, a spokesman for the World Food Programme, told reporters in Geneva: "
        "\u201cTrucks are waiting at the border with food for 200,000 people.\u201d"
    )
    q = one(quotes_of(make_ctx, text), "Trucks are waiting")
    assert q.speaker == "Tomas Berg"
    assert q.speaker_role == "a spokesman for the World Food Programme"


def test_pronoun_speaker_resolves_to_previous_speaker(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe port of Hodeidah must remain open,\u201d said Ali Hassan Saleh, a Yemeni "
        "aid coordinator.\n\n"
        "\u201cWithout it, the north runs out of fuel within a month,\u201d he added."
    )
    found = quotes_of(make_ctx, text)
    assert one(found, "Without it").speaker == "Ali Hassan Saleh"


def test_surname_only_mention_gets_the_full_name(make_ctx: MakeCtx) -> None:
    text = (
        "Army spokesman Zaw Min Htet spoke in Naypyidaw on Tuesday.\n\n"
        "\u201cThe operation in Sagaing is over,\u201d Htet said."
    )
    assert one(quotes_of(make_ctx, text), "The operation").speaker == "Zaw Min Htet"


def test_split_quote_is_one_turn(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cWe counted nine strikes on the camp,\u201d said Mariam Idris, a nurse in "
        "El Fasher. \u201cMost of the wounded are children.\u201d"
    )
    found = [q for q in quotes_of(make_ctx, text) if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].text.endswith("Most of the wounded are children.")
    assert found[0].speaker == "Mariam Idris"


def test_two_speakers_in_one_paragraph_stay_apart(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe ceasefire is holding,\u201d Senator Ruth Calder said. \u201cThe ceasefire "
        "is a fiction,\u201d said Representative Dale Hume."
    )
    found = quotes_of(make_ctx, text)
    assert one(found, "The ceasefire is holding").speaker == "Ruth Calder"
    assert one(found, "The ceasefire is a fiction").speaker == "Dale Hume"


def test_unattributed_paragraph_continues_the_previous_speaker(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe shelling did not stop all night,\u201d a resident of Gaza City said.\n\n"
        "\u201cWe moved the children to the stairwell and waited for morning.\u201d"
    )
    assert one(quotes_of(make_ctx, text), "We moved the children").speaker == "a resident of Gaza City"


def test_multi_paragraph_open_quote_is_one_quote(make_ctx: MakeCtx) -> None:
    text = FIXTURES.joinpath("quotes_wire_sudan.txt").read_text(encoding="utf-8")
    q = one(quotes_of(make_ctx, text), "Our units responded")
    assert q.text.endswith("the army knows it.")
    assert q.speaker == "Khalid Nour"


def test_byline_dash_names_the_speaker(make_ctx: MakeCtx) -> None:
    text = "\u201cWe waited three days for a bus out of Sittwe.\u201d \u2015 Rahima Begum\n"
    assert one(quotes_of(make_ctx, text), "We waited").speaker == "Rahima Begum"


def test_straight_and_doubled_quote_marks(make_ctx: MakeCtx) -> None:
    text = (
        '"The bridge at Antonivka is gone," said Petro Kovalenko, a regional official.\n\n'
        "''We will rebuild it by spring,'' said Iryna Savchenko, the city's mayor."
    )
    found = quotes_of(make_ctx, text)
    assert one(found, "The bridge").speaker == "Petro Kovalenko"
    assert one(found, "We will rebuild").speaker == "Iryna Savchenko"


# --- partial and mixed quotes ---------------------------------------------------------


def test_partial_quote_reported_by_the_verb(make_ctx: MakeCtx) -> None:
    text = (
        "The World Health Organization said its staff had reached the hospital. It accused "
        "the militia of \u201ccollective punishment\u201d of the town."
    )
    q = one(quotes_of(make_ctx, text), "collective punishment")
    assert q.kind == "partial"
    assert q.speaker == "The World Health Organization"


def test_quote_inside_reported_clause_is_kept_with_its_speaker(make_ctx: MakeCtx) -> None:
    text = (
        "Senator Ruth Calder spoke after the vote. She said the bill was \u201ca blank check "
        "for the Pentagon\u201d and would fail \u201cby a wide margin\u201d."
    )
    found = quotes_of(make_ctx, text)
    holding = [q for q in found if "a blank check" in q.text]
    assert holding and all(q.speaker == "Ruth Calder" for q in holding)


# --- not quotes --------------------------------------------------------------------------


def test_scare_quotes_and_titles_are_not_quotes(make_ctx: MakeCtx) -> None:
    text = (
        "Gaza \u201ctruce\u201d frays as talks stall\n\n"
        "The so-called \u201chumanitarian pause\u201d lasted four hours. The senator appeared "
        "on \u201cFace the Nation\u201d on Sunday and the documentary \u201cThe Long Road\u201d "
        "opens next week."
    )
    found = quotes_of(make_ctx, text)
    assert found == [] or all(q.speaker is None and q.kind == "partial" for q in found)


def test_reporting_verb_without_content_is_no_quote(make_ctx: MakeCtx) -> None:
    text = "The foreign ministry confirmed the strike. The army denied the allegations."
    assert quotes_of(make_ctx, text) == []


def test_quote_with_no_speaker_in_reach_is_left_out(make_ctx: MakeCtx) -> None:
    text = "The banner read \u201cNo to war\u201d.\n\n\u201cFreedom for all prisoners now.\u201d"
    assert all(q.speaker for q in quotes_of(make_ctx, text))


# --- indirect quotes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A Turkish government official said the convoy had crossed into Idlib on Monday.",
         "the convoy had crossed into Idlib", "a Turkish government official"),
        ("Residents in Mandalay said that soldiers burned at least 30 houses overnight.",
         "soldiers burned at least 30 houses", "Residents in Mandalay"),
        ("According to the UN refugee agency, more than 12,000 people fled across the border.",
         "more than 12,000 people fled", "the UN refugee agency"),
        ("The drone hit a fuel depot near the airport, a local official told Reuters.",
         "The drone hit a fuel depot", "a local official"),
        ("A Reuters reporter in the town said no explosions had been heard since dawn.",
         "no explosions had been heard", "A Reuters reporter"),
        ("A military source confirmed the raid to AFP and said two commanders were killed.",
         "two commanders were killed", "A military source"),
    ],
)
def test_indirect_quotes(make_ctx: MakeCtx, text: str, content: str, speaker: str) -> None:
    found = [q for q in quotes_of(make_ctx, text) if q.kind == "indirect"]
    q = one(found, content)
    assert q.speaker is not None and q.speaker.lower() == speaker.lower()


def test_indirect_pronoun_speaker_is_resolved(make_ctx: MakeCtx) -> None:
    text = (
        "Governor Mark Ellison toured the flooded district on Friday. He said the state "
        "would pay for temporary housing for 5,000 families."
    )
    q = one(quotes_of(make_ctx, text), "the state would pay")
    assert q.speaker == "Mark Ellison"


# --- attribution for figures and events ----------------------------------------------


def test_attribution_inside_a_quote_and_by_sentence(make_ctx: MakeCtx) -> None:
    text = FIXTURES.joinpath("quotes_wire_sudan.txt").read_text(encoding="utf-8")
    ctx = make_ctx(text)
    ctx.quotes.extend(extract_quotes(ctx))
    at = text.index("14 wounded civilians")
    assert attribution_for(ctx, at, at + 2) == "A doctor at a hospital in Omdurman"
    at = text.index("40 people")
    assert attribution_for(ctx, at, at + 9) == "the Sudan Doctors Network"
    at = text.index("Three shells")
    assert attribution_for(ctx, at, at + 12) == "a local volunteer group"


def test_attribution_source_sentence_without_quote(make_ctx: MakeCtx) -> None:
    ctx = make_ctx("At least 20 people were killed in the market, according to activists.")
    assert attribution_for(ctx, 9, 18) == "activists"  # no quotes extracted yet: sentence rule
    plain = make_ctx("At least 20 people were killed in the market.")
    assert attribution_for(plain, 9, 18) is None


# --- shared dev scorer ---------------------------------------------------------------------


def _score(shared: Path, gold: Path, records: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(records), "--json"],
        capture_output=True, text=True, check=False,
    )
    return json.loads(out.stdout)["overall"]["quotes"]


@pytest.mark.slow
def test_example_article_meets_quote_targets(shared_dir: Path, make_ctx: MakeCtx, tmp_path: Path) -> None:
    meta = json.loads((shared_dir / "examples" / "aleppo-ceasefire.meta.json").read_text(encoding="utf-8"))
    text = (shared_dir / "examples" / "aleppo-ceasefire.txt").read_text(encoding="utf-8")
    ctx = make_ctx(text, published=meta["published"], article_id=meta["id"])
    record = {"article": ctx.article.model_dump(), "quotes": [q.model_dump() for q in extract_quotes(ctx)]}
    path = tmp_path / "example.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    got = _score(shared_dir, shared_dir / "gold" / "dev", path)
    assert got["f1"] >= 0.90 and got["speaker_accuracy"] >= 0.90, got


@pytest.mark.slow
def test_quotes_dev_meets_targets(shared_dir: Path, nlp, tmp_path: Path) -> None:
    from eventcoder.model import Article

    folder = shared_dir / "gold" / "quotes-dev"
    lines = folder.joinpath("articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(**json.loads(line)) for line in lines if line.strip()]
    path = tmp_path / "quotes-dev.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
            quotes = extract_quotes(Context(article=article, doc=doc))
            record = {"article": article.model_dump(), "quotes": [q.model_dump() for q in quotes]}
            out.write(json.dumps(record) + "\n")
    got = _score(shared_dir, folder / "gold.jsonl", path)
    assert got["f1"] >= 0.85 and got["speaker_accuracy"] >= 0.85, got


@pytest.mark.parametrize("text", ["", "No quotes here at all.", "\u201c", '"', "He said \u201cunfinished", "''"])
def test_degenerate_texts_do_not_fail(make_ctx: MakeCtx, text: str) -> None:
    for q in quotes_of(make_ctx, text):
        assert q.start < q.end


# --- improvement pass: possessive descriptions, titles of works, 'according to', quoted show names


def test_possessive_description_is_the_speaker_not_the_possessor(make_ctx: MakeCtx) -> None:
    text = ("Lena Brooks spoke on Monday.\n\n"
            "\u201cMy answer, that was absurd,\u201d Clinton's longtime press secretary said in an "
            "interview with ABC\u2019s Tom Harper. \u201cShe apologized.\u201d")
    q = one(quotes_of(make_ctx, text), "My answer")
    assert q.speaker is not None and "secretary" in q.speaker


def test_titles_of_books_and_films_are_not_quotes(make_ctx: MakeCtx) -> None:
    text = ("Tom Reyes is a writer. In his 2009 book, \u201cGrow Your Savings Fast,\u201d Mr. Reyes "
            "suggested cutting costs.\n\n"
            "\u201cNothing changes until people see it,\u201d Ana Cole said. \u201cThat is the point.\u201d\n"
            "Watch the trailer for Cole\u2019s documentary, \u201c14th,\u201d below.")
    found = quotes_of(make_ctx, text)
    kept = [q.text for q in found if q.kind in ("direct", "partial")]
    assert not any(t.startswith(("Grow Your Savings", "14th")) for t in kept), kept
    assert one(found, "Nothing changes").speaker == "Ana Cole"


def test_according_to_before_a_quote_names_the_speaker(make_ctx: MakeCtx) -> None:
    text = ("Nora Diaz spoke first. \u201cWe are ready,\u201d she said.\n\n"
            "According to Paul Grant, \u201cThe plan is finished and nobody will change it.\u201d")
    assert one(quotes_of(make_ctx, text), "The plan is finished").speaker == "Paul Grant"


def test_quoted_show_name_after_the_verb_is_not_the_speaker(make_ctx: MakeCtx) -> None:
    text = ("\u201cShe is entirely right. There is a severe gap between this office and frankly the "
            "mayor and our police,\u201d Hale, a top campaign surrogate, said Thursday morning on "
            "Channel Nine\u2019s \u201cBreakfast and News.\u201d \u201cI mean, there is a lot of anger.\u201d")
    assert one(quotes_of(make_ctx, text), "She is entirely right").speaker == "Hale"


def test_dash_parsed_as_a_subject_is_skipped(nlp) -> None:
    from spacy.tokens import Doc

    from eventcoder.extract.quotes.speakers import subject_of

    # the parse the model gives for 'made public ― Baker boasted': the dash as a second subject
    doc = Doc(nlp.vocab, words=["public", "\u2015", "Baker", "boasted"],
              heads=[1, 3, 3, 3], deps=["amod", "nsubj", "nsubj", "ROOT"],
              pos=["ADJ", "NOUN", "PROPN", "VERB"])
    subject = subject_of(doc[3])
    assert subject is not None and subject.text == "Baker"


def test_person_before_a_participle_is_the_speaker(make_ctx: MakeCtx) -> None:
    text = ("Lena Brooks spoke earlier. \u201cWe are ready,\u201d Brooks said.\n\n"
            "The new ad uses footage of Maria Lopez asking, \u201cWhy am I not far ahead, you wonder?\u201d")
    assert one(quotes_of(make_ctx, text), "Why am I not").speaker == "Maria Lopez"


def test_pronoun_after_a_subject_introducing_the_quote(make_ctx: MakeCtx) -> None:
    text = ("\u201cThe cure is fake,\u201d said Paul Vance, a surgeon who writes a blog.\n\n"
            "In a hearing, Sen. Claire Dunmore scolded him: \u201cThe medical community is entirely "
            "against you on this,\u201d she said. \u201cWhen you call a pill a miracle, people believe it.\u201d")
    found = quotes_of(make_ctx, text)
    assert one(found, "The cure is fake").speaker == "Paul Vance"
    assert one(found, "The medical community").speaker == "Claire Dunmore"


# --- cost grows linearly with the article ----------------------------------------------------

QUOTES_DIR = str(Path(extract_quotes.__code__.co_filename).parent)
_NAMES = ["Ana Cole", "Peter Lund", "Mira Shah", "Omar Haddad"]


def _lines_executed(ctx: Context) -> int:
    """Lines of the quotes package run while extracting (a count of work, not a timing)."""
    count = 0

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if not frame.f_code.co_filename.startswith(QUOTES_DIR):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extract_quotes(ctx)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("build", [
    # many short reported-speech lines (indirect quotes were quadratic)
    lambda n: "\n".join(f"{_NAMES[i % 4]} said the convoy reached depot number {i}." for i in range(n)),
    # many quoted words in one paragraph (direct quotes were quadratic)
    lambda n: " ".join(f"\u201cword{i}\u201d" for i in range(n)) + " she said.",
    # many quoted sentences, each with its speaker
    lambda n: "\n\n".join(f"\u201cThe depot {i} is empty,\u201d {_NAMES[i % 4]} said. He added more." for i in range(n)),
    # many unclosed single marks (each was paired by scanning the rest of the paragraph)
    lambda n: " ".join(f"\u2018w{i}" for i in range(n)) + " the end.",
], ids=["short-lines", "quoted-words", "quoted-sentences", "single-marks"])
def test_work_grows_linearly_with_the_article(make_ctx: MakeCtx, build: Callable[[int], str]) -> None:
    small = _lines_executed(make_ctx(build(60)))
    large = _lines_executed(make_ctx(build(240)))
    assert large < 5.5 * small, (small, large)  # 4x the text; quadratic work would be ~16x
