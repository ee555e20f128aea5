"""The review web app (``eventcoder serve``): article view, review forms, events, incidents,
map, timeline, paste-an-article, and the JSON API with its docs at /docs."""

from eventcoder.web.app import create_app

__all__ = ["create_app"]
