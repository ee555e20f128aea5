"""``eventcoder gazetteer``: extend the place gazetteer with GeoNames dumps.

``eventcoder gazetteer add SY.txt`` stores the dump's places (villages, neighbourhoods)
in the user data directory (``$EVENTCODER_HOME`` or ``~/.local/share/eventcoder``), so
every later extraction can resolve them.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``gazetteer`` with its ``add FILE`` sub-command."""
    p = subparsers.add_parser(
        "gazetteer",
        help="extend the place gazetteer",
        description="Manage the places eventcoder can resolve beyond its built-in gazetteer.",
    )
    sub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    add = sub.add_parser(
        "add",
        help="add a GeoNames dump (allCountries.txt, SY.txt) or alternateNames.txt",
        description="Store the places of a GeoNames tab-separated dump (streamed into an on-disk index), "
        "or the names of an alternateNames file for places already stored, for all later runs.",
    )
    add.add_argument("files", type=Path, nargs="*", metavar="FILE",
                     help="GeoNames dumps, e.g. SY.txt (default: the 'gazetteer' list of eventcoder.toml)")
    add.set_defaults(func=run_add)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_add(args: argparse.Namespace) -> int:
    """Add the dumps; errors (ConfigError) are reported by the main CLI with exit status 2."""
    from eventcoder.config import load_settings
    from eventcoder.errors import ConfigError
    from eventcoder.extract.places.gazetteer import add_geonames_dump, data_dir

    files = list(args.files) or [Path(f) for f in load_settings().gazetteer]
    if not files:
        raise ConfigError("name a GeoNames dump (eventcoder gazetteer add SY.txt) "
                          "or list them as gazetteer = [...] in eventcoder.toml")
    for file in files:
        count = add_geonames_dump(file)
        print(f"added {count} places from {file} (stored in {data_dir()})")
    return 0
