"""The OpenAPI 3.1 description of `biaslens serve` (GET /openapi.json).

Written by hand rather than generated: the service has five routes, and the
report's own JSON Schema (biaslens/schemas/report.schema.json, draft 2020-12,
which OpenAPI 3.1 uses as is) describes the response body.
"""

from __future__ import annotations

from ._schema import schema
from ._version import __version__


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _analyze(limits) -> dict:
    return {
        "summary": "Analyse one article given as text or as a URL",
        "description": (
            "The report JSON, or the self-contained HTML report when the Accept header prefers text/html. "
            f"Limits: a body of at most {limits.max_body_bytes:,} bytes (413), at most {limits.max_concurrent} "
            f"analyses at once (503 with Retry-After when all are busy), {limits.time_limit:g} s an analysis "
            "(504). URLs on loopback, private or link-local addresses are refused unless the server was started "
            "with --allow-private. When the server has a token, send Authorization: Bearer TOKEN."),
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/AnalyzeRequest"}}}},
        "responses": {
            "200": {"description": "The analysis", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ArticleReport"}},
                "text/html": {"schema": {"type": "string"}}}},
            "400": _error("The body is not valid JSON"),
            "401": _error("The token is missing or wrong"),
            "413": _error("The body is over the size limit"),
            "415": _error("The body is not sent as application/json"),
            "422": _error("Wrong fields, or an input that cannot be analysed (empty text, a page that cannot "
                          "be fetched or holds no article, a refused address); the message says which"),
            "503": _error("Every analysis slot is busy; retry after the Retry-After seconds"),
            "504": _error("The analysis took longer than the time limit"),
        },
    }


def openapi(limits) -> dict:
    """The OpenAPI document for a server running with `limits` (a ServiceLimits)."""
    report = schema("report")
    report.pop("$schema", None)
    return {
        "openapi": "3.1.0",
        "info": {"title": "biaslens", "version": __version__,
                 "description": "Who is quoted in a news story, and which words carry the writer's own slant."},
        "paths": {
            "/v1/analyze": {"post": _analyze(limits)},
            "/v1/health": {"get": {"summary": "Liveness, versions, limits and the analyses running now",
                                   "responses": {"200": {"description": "The server is up"}}}},
            "/v1/schema": {"get": {"summary": "The JSON Schema of the report",
                                   "responses": {"200": {"description": "A JSON Schema (draft 2020-12)"}}}},
            "/": {"get": {"summary": "A page with a form to try the service",
                          "responses": {"200": {"description": "HTML"}}}},
        },
        "components": {
            "schemas": {
                "AnalyzeRequest": {
                    "oneOf": [
                        {"type": "object", "required": ["text"], "additionalProperties": False,
                         "properties": {"text": {"type": "string"}, "title": {"type": ["string", "null"]}}},
                        {"type": "object", "required": ["url"], "additionalProperties": False,
                         "properties": {"url": {"type": "string", "format": "uri"}}},
                    ]},
                "Error": {"type": "object", "required": ["error", "kind", "status"],
                          "properties": {"error": {"type": "string", "description": "One line"},
                                         "kind": {"type": "string"}, "status": {"type": "integer"}}},
                "ArticleReport": report,
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{}, {"bearer": []}],
    }
