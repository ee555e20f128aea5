"""/docs: the OpenAPI description rendered as a plain page (no CDN, no inline script).

FastAPI's Swagger UI loads its code from a CDN and runs inline script, which the offline,
strict-CSP app cannot allow; this page lists the same operations from ``/openapi.json``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from eventcoder.web.app import HERE, page

router = APIRouter(include_in_schema=False)


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per path and method: summary, parameters and whether it has a body."""
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": p.get("schema", {}).get("type", "")} for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "body": body.get("$ref", "").rsplit("/", 1)[-1]})
    return ops


@router.get("/docs")
def docs(request: Request) -> Response:
    schema = request.app.openapi()
    models = {name: sorted(spec.get("properties", {})) for name, spec in
              schema.get("components", {}).get("schemas", {}).items() if name.endswith("In")}
    return page(request, "docs.html", {"operations": operations(schema), "models": models},
                {"title": schema["info"]["title"], "description": schema["info"].get("description", "")})


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for it whatever the page says; answer rather than log a 404 on every page."""
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")
