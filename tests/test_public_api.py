"""The package's public names are exactly its sorted ``__all__``."""

import eventcoder


def test_all_is_sorted_and_importable() -> None:
    assert eventcoder.__all__ == sorted(eventcoder.__all__)
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name)


def test_public_names_are_listed() -> None:
    submodules = {"model", "errors", "record", "nlp", "extract", "ingest", "scale", "cli", "store", "link", "export", "summary", "config"}
    public = {n for n in vars(eventcoder) if not n.startswith("_")} - submodules - {"Any"}
    assert public <= set(eventcoder.__all__)
