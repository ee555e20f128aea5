"""Run the web app with uvicorn: loopback by default, a write token whenever it is not."""

from __future__ import annotations

import secrets
import sys

from eventcoder.web.security import is_loopback


def serve(db: str | None, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> int:
    """Open the corpus, print where to browse (and the token when one is needed), serve until ^C."""
    import uvicorn

    from eventcoder.web.app import create_app

    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
    app = create_app(db, host=host, token=token)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    print(f"eventcoder: serving {db or 'eventcoder.db'} at http://{shown}:{port}/  (API docs: /docs)",
          file=sys.stderr)
    if token:
        print(f"eventcoder: write token {token} — open http://{shown}:{port}/?token={token} once in your "
              "browser, or send 'Authorization: Bearer TOKEN' to the API", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    return 0
