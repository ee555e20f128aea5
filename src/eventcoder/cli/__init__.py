"""The ``eventcoder`` command: a thin layer that parses arguments and calls the package.

Each command lives in its own module exposing ``register(subparsers)``; handlers
return the exit status: 0 all went well, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from eventcoder import __version__
from eventcoder.errors import EventcoderError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The full command-line interface, one sub-command per module."""
    from eventcoder.cli import corpus, extract, gazetteer, review, serve, show

    parser = argparse.ArgumentParser(
        prog="eventcoder",
        description="Turn conflict news into a sourced, structured record.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (extract, show, gazetteer, corpus, review, serve):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventcoder: interrupted", file=sys.stderr)
        return 130
