"""``eventcoder serve``: the review web app (article view, events, incidents, map, timeline, API).

Binds to 127.0.0.1 by default. On any other address write endpoints need a token: ``--token``,
or one generated and printed at start.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from eventcoder.store import DEFAULT_URL


def cmd_serve(args: argparse.Namespace) -> int:
    from eventcoder.web.server import serve

    return serve(args.db, host=args.host, port=args.port, token=args.token)


def register(subparsers: Any) -> None:
    """Add ``serve``."""
    p = subparsers.add_parser("serve", help="browse and review the corpus in a web browser")
    p.add_argument("--db", default=os.environ.get("EVENTCODER_DB", DEFAULT_URL),
                   help="corpus URL (default $EVENTCODER_DB or ./eventcoder.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=None,
                   help="token for write endpoints; generated and printed when --host is not loopback")
    p.set_defaults(func=cmd_serve)
