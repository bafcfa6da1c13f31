"""Dump the full report JSON of every evaluation and golden article, to prove a refactor moves nothing.

    python tests/golden/snapshot.py before.jsonl      # on the old code
    python tests/golden/snapshot.py after.jsonl       # on the new code
    cmp before.jsonl after.jsonl                      # identical, or the first differing byte

Reads the development data in ../shared/eval/data (skipped when absent) and the golden
inputs; writes one JSON object a line (`id`, then the report with its text). Nothing is committed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from regenerate import ROOT, inputs  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "data"


def documents():
    """(id, text) of every evaluation article and every golden input."""
    for path in sorted(EVAL.glob("*.jsonl")) if EVAL.is_dir() else ():
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    row = json.loads(line)
                    yield f"{path.name}:{n}", row["text"]
    for rel in inputs():
        yield str(rel), (ROOT / rel).read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    from biaslens import Analyzer

    analyzer = Analyzer()
    n = 0
    with open(argv[0], "w", encoding="utf-8") as out:
        for doc_id, text in documents():
            d = analyzer.analyze(text).to_dict(include_text=True)
            out.write(json.dumps({"id": doc_id, "report": d}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} documents written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
