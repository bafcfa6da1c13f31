"""Re-run the example commands shown in README.md and docs/*.md, and check or rewrite their output.

    python tests/docs_examples.py            # exit 1 and name every block whose output moved
    python tests/docs_examples.py --update   # rewrite those blocks with the commands' current output

An example is an HTML comment directly above a fenced block:

    <!-- example: biaslens report samples/border-clashes-analysis.txt; lines=1-12,40-52 -->
    ```text
    $ biaslens report samples/border-clashes-analysis.txt
    ...the output...
    ```

The block holds `$ COMMAND` (for `python -`, a comment line) and then the command's output
(standard output and standard error together, as a terminal shows them), and
`(exit status N)` when N is not 0. Options after the command, each after a `;`:

- `head=N`: keep the first N lines of the output;
- `lines=A-B,C-D`: keep those lines (1-based, inclusive); a gap between ranges, or lines cut
  at the end, is shown as one `...` line;
- `sub=REGEX=>TEXT`: replace what varies from run to run (a time) before comparing.

`biaslens ...` runs the installed CLI (`python -m biaslens`), `python ...` this interpreter;
`python -` runs the nearest ```python block above the comment. Every command runs with
NO_COLOR=1 and COLUMNS=80 in one scratch folder per markdown file (so a batch run's results
folder is there for the example after it), where `samples/` and `lexicons/` link to the repository's.
tests/test_docs.py fails when a block differs from what its command prints now.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 80
TIMEOUT_S = 120
EXAMPLE = re.compile(r"^<!-- example: (?P<spec>.*?) -->\n(?P<fence>```[a-z]*)\n(?P<body>.*?)^```$",
                     re.M | re.S)
PYTHON_BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```$", re.M | re.S)
LINKED = ("samples", "lexicons")


@dataclass(frozen=True)
class Example:
    """One example: where its block is, the command and the options that trim its output."""

    path: Path
    line: int
    command: str
    options: tuple[tuple[str, str], ...]
    span: tuple[int, int]  # the block's body, as offsets into the file's text
    body: str
    code: str | None  # the python block above, for `python -`


def doc_files() -> list[Path]:
    """README.md and every markdown file under docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def parse(path: Path) -> list[Example]:
    """The examples of one markdown file, in order."""
    return parse_text(path.read_text(encoding="utf-8"), path)


def parse_text(text: str, path: Path) -> list[Example]:
    """The examples of a markdown text, in order."""
    found = []
    for m in EXAMPLE.finditer(text):
        parts = [p.strip() for p in m["spec"].split(";")]
        options = tuple(tuple(p.split("=", 1)) for p in parts[1:] if p)
        blocks = list(PYTHON_BLOCK.finditer(text, 0, m.start()))
        found.append(Example(path, text.count("\n", 0, m.start()) + 1, parts[0], options,
                             (m.start("body"), m.end("body")), m["body"], blocks[-1]["code"] if blocks else None))
    return found


def argv_of(command: str) -> list[str]:
    """The argument list to run: `biaslens` and `python` mean this interpreter's."""
    args = shlex.split(command)
    if args[0] == "biaslens":
        return [sys.executable, "-m", "biaslens", *args[1:]]
    if args[0] == "python":
        return [sys.executable, *args[1:]]
    raise ValueError(f"example command must start with biaslens or python: {command}")


def run(example: Example, workdir: Path) -> str:
    """The command's output, trimmed and normalised as its options say."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(WIDTH), "TERM": "dumb", "PYTHONHASHSEED": "0"}
    env.pop("FORCE_COLOR", None)
    stdin = example.code if example.command.split()[1:] == ["-"] else None
    if stdin is None and example.command.strip() == "python -":
        raise ValueError(f"{example.path.name}:{example.line}: `python -` with no ```python block above it")
    proc = subprocess.run(argv_of(example.command), cwd=workdir, env=env, input=stdin or "", text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT_S)
    out = proc.stdout
    for key, value in example.options:
        if key == "sub":
            pattern, _, repl = value.partition("=>")
            out = re.sub(pattern, repl, out)
    lines = [line.rstrip() for line in out.rstrip("\n").split("\n")]
    if proc.returncode:
        lines.append(f"(exit status {proc.returncode})")
    for key, value in example.options:
        if key == "head":
            lines = lines[:int(value)] + (["..."] if len(lines) > int(value) else [])
        elif key == "lines":
            lines = pick(lines, value)
        elif key != "sub":
            raise ValueError(f"{example.path.name}:{example.line}: unknown option {key}")
    shown = "# output of the python block above" if stdin is not None else f"$ {example.command}"
    return "\n".join([shown, *lines]) + "\n"


def pick(lines: list[str], ranges: str) -> list[str]:
    """Lines A-B,C-D (1-based, inclusive), with `...` where lines were left out between or after."""
    kept: list[str] = []
    last = 0
    for part in ranges.split(","):
        a, _, b = part.partition("-")
        lo, hi = int(a), int(b or a)
        if kept and lo > last + 1:
            kept.append("...")
        kept += lines[lo - 1:hi]
        last = hi
    if last < len(lines):
        kept.append("...")
    return kept


def workspace() -> tempfile.TemporaryDirectory:
    """A scratch folder with the repository's samples and lexicons linked in."""
    tmp = tempfile.TemporaryDirectory(prefix="biaslens-docs-")
    for name in LINKED:
        os.symlink(ROOT / name, Path(tmp.name) / name)
    return tmp


def check_file(path: Path, update: bool = False) -> list[tuple[Example, str]]:
    """Run every example of one file; return those whose block differs (and rewrite them if asked)."""
    examples = parse(path)
    if not examples:
        return []
    differ = []
    with workspace() as tmp:
        for ex in examples:
            got = run(ex, Path(tmp))
            if got != ex.body:
                differ.append((ex, got))
    if update and differ:
        text = path.read_text(encoding="utf-8")
        for ex, got in sorted(differ, key=lambda d: d[0].span[0], reverse=True):
            text = text[:ex.span[0]] + got + text[ex.span[1]:]
        path.write_text(text, encoding="utf-8")
    return differ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="rewrite the blocks whose output moved")
    ap.add_argument("files", nargs="*", type=Path, help="markdown files (default: README.md and docs/*.md)")
    args = ap.parse_args(argv)
    total = moved = 0
    for path in [p.resolve() for p in args.files] or doc_files():
        total += len(parse(path))
        for ex, _ in check_file(path, update=args.update):
            moved += 1
            print(f"{'rewritten' if args.update else 'differs'}: {path.relative_to(ROOT)}:{ex.line}: {ex.command}")
    print(f"{total} examples, {moved} {'rewritten' if args.update else 'differ'}")
    return 1 if moved and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
