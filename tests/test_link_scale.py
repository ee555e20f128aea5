"""Linking stays linear: the work per new mention does not grow with the incident it joins.

Work is counted (``Store.work``), not timed: summaries compared, figure categories checked,
members re-read. An incident that grows to 120 members must cost each new report the same
comparisons as its second one did.
"""

from __future__ import annotations

from pathlib import Path

from corpus_conftest import event, place, quantity, record

from eventcoder.model import Record
from eventcoder.store import Store

HOMS = place("Homs", "SY", "Homs", 34.73, 36.71)
HAMA = place("Hama", "SY", "Hama", 35.13, 36.75)


def report(n: int, toll: int, where: object = HOMS, day: str = "2016-12-13") -> Record:
    text = f"Shelling hit the old market of the city on Tuesday, killing {toll} people, outlet {n} said."
    return record(f"r{n}", text, source=f"Outlet {n}", events=[event(
        text, text, type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
        date=day, location=where)],  # type: ignore[arg-type]
        quantities=[quantity(text, f"{toll} people", toll)])


def grow(path: Path, members: int) -> tuple[dict[str, int], dict[str, int]]:
    """Ingest ``members`` agreeing reports of one incident (plus one distractor per ten in a
    town 45 km away); returns the work of the last ten reports and of the whole run."""
    with Store.open(str(path)) as store:
        for n in range(members):
            if n == members - 10:
                before = dict(store.work)
            store.add_record(report(n, 30 + n % 3))
            if n % 10 == 0:
                store.add_record(report(10_000 + n, 5, HAMA, "2016-12-13"))
        last = {k: v - before.get(k, 0) for k, v in store.work.items()}
        total = dict(store.work)
        (incident,) = [i for i in store.incidents() if i.location_name == "Homs"]
        assert incident.n_mentions == members
    return last, total


def test_work_per_report_does_not_grow_with_the_incident(tmp_path: Path) -> None:
    small_last, small = grow(tmp_path / "small.db", 20)
    big_last, big = grow(tmp_path / "big.db", 120)
    print(f"20 members: {small}; last ten: {small_last}")
    print(f"120 members: {big}; last ten: {big_last}")
    # ten reports and one distractor, each compared with one summary: the same at 20 and 120
    assert big_last["compared"] == small_last["compared"] == 11
    assert big_last["claim_checks"] == small_last["claim_checks"] == 11
    assert big.get("rebuilt_members", 0) == 0 and big.get("clash_reads", 0) == 0
    assert big["compared"] == (120 - 1) + (12 - 1)  # every joiner: one comparison, no more


def test_a_clash_reads_only_the_disputed_category_once(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "c.db")) as store:
        for n in range(50):
            store.add_record(report(n, 30))
        store.add_record(report(99, 300))
        (incident,) = store.incidents()
        work = dict(store.work)
    assert incident.disputed and sum(c.disputed for c in incident.claims) == 51
    assert work["clash_reads"] == 50 and work["compared"] == 50  # the 50 earlier figures, read once
