"""The JSON Schemas (draft 2020-12) of biaslens's JSON outputs, shipped in the package.

    biaslens.SCHEMA_PATH          # the file describing ArticleReport.to_dict()
    biaslens.schema()             # that schema as a dict
    biaslens.schema("comparison") # the schema of `biaslens compare --format json`

Both carry `schema_version` (report.SCHEMA_VERSION). Policy: the minor number
grows when fields are added, the major number when a field changes its
meaning or goes away; CHANGELOG.md lists every change.
"""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_PATH = SCHEMA_DIR / "report.schema.json"
SCHEMAS = {"report": SCHEMA_PATH, "comparison": SCHEMA_DIR / "comparison.schema.json"}


def schema_path(name: str = "report") -> Path:
    """The path of a shipped schema: ``report`` or ``comparison``."""
    try:
        return SCHEMAS[name]
    except KeyError:
        raise ValueError(f"no schema named {name!r}; choose one of: {', '.join(SCHEMAS)}") from None


def schema(name: str = "report") -> dict:
    """A shipped JSON Schema as a dict (a fresh copy each call)."""
    return json.loads(schema_path(name).read_text(encoding="utf-8"))
