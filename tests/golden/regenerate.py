"""Write the golden outputs that tests/test_golden.py compares byte for byte.

    python tests/golden/regenerate.py            # rewrite tests/golden/{json,csv,html}
    python tests/golden/regenerate.py --check    # exit 1 and list the files that would change

Run it only when a change is *meant* to move an output, and say so in the commit
message. Inputs: every article in samples/ and the purpose-written articles in
tests/golden/inputs/ (the attribution test sentences and the precision guard, one
sentence or short text a paragraph, so that every attribution rule is pinned).
Outputs: the report JSON of each input, the CSV rows at every level, and the
HTML page of one sample.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
HTML_SAMPLE = "harbor-dispute-attributed.txt"
LEVELS = ("sentence", "paragraph", "article", "entity", "term")


def inputs() -> list[Path]:
    """Every golden input, as paths relative to the repository root (so the JSON path field is stable)."""
    files = sorted(p for p in (ROOT / "samples").iterdir() if p.is_file())
    files += sorted((GOLDEN / "inputs").glob("*.txt"))
    return [p.relative_to(ROOT) for p in files]


def outputs() -> dict[Path, str]:
    """The golden file name (relative to tests/golden) -> its expected content."""
    import os

    from biaslens import Analyzer
    from biaslens.render.csvout import render_csv
    from biaslens.render.html import render_html

    analyzer = Analyzer()
    out: dict[Path, str] = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for rel in inputs():
            report = analyzer.analyze_file(str(rel))
            out[Path("json") / f"{rel.name}.json"] = report.to_json() + "\n"
            for level in LEVELS:
                out[Path("csv") / f"{rel.name}.{level}.csv"] = render_csv(report, level)
            if rel.name == HTML_SAMPLE:
                out[Path("html") / f"{rel.name}.html"] = render_html(report)
    finally:
        os.chdir(cwd)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report which golden files differ")
    args = ap.parse_args(argv)
    expected = outputs()
    changed = []
    for name, content in expected.items():
        path = GOLDEN / name
        old = path.read_bytes() if path.exists() else None
        if old != content.encode("utf-8"):
            changed.append(name)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content.encode("utf-8"))
    for sub in ("json", "csv", "html"):
        for stale in sorted((GOLDEN / sub).glob("*")) if (GOLDEN / sub).exists() else ():
            if stale.relative_to(GOLDEN) not in expected:
                changed.append(stale.relative_to(GOLDEN))
                if not args.check:
                    stale.unlink()
    for name in changed:
        print(f"{'differs' if args.check else 'written'}: {name}")
    print(f"{len(expected)} golden files, {len(changed)} {'differ' if args.check else 'changed'}")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
