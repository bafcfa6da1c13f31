"""The README and docs/ cannot go stale: shown outputs, links, the index and the attribution table.

Every example block (an `<!-- example: COMMAND -->` comment above a fenced block) must hold what
its command prints now; after a change that is meant to move them, run
`python tests/docs_examples.py --update` (see docs/development.md).
"""

import ast
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import docs_examples  # noqa: E402

README = ROOT / "README.md"
MARKDOWN = docs_examples.doc_files()
QUICKSTART = (
    "python3 -m venv .venv && .venv/bin/pip install . && "
    ".venv/bin/biaslens report samples/harbor-dispute-attributed.txt",
    'python3 -m venv .venv && .venv/bin/pip install -e ".[dev]" && .venv/bin/python -m pytest',
)
LINK = re.compile(r"\[[^\]]*\]\((?P<target>[^)\s]+)\)")


@pytest.mark.parametrize("path", [p for p in MARKDOWN if docs_examples.parse(p)], ids=lambda p: p.name)
def test_shown_outputs_are_what_the_commands_print(path):
    differ = docs_examples.check_file(path)
    if differ:
        lines = []
        for ex, got in differ:
            lines.append(f"{path.relative_to(ROOT)}:{ex.line}: `{ex.command}` now prints:")
            lines += ["    " + line for line in got.splitlines()[:12]]
        lines.append("If the change is meant, run python tests/docs_examples.py --update and say so in the commit.")
        pytest.fail("\n".join(lines))


def test_example_options_trim_and_mask():
    lines = [str(i) for i in range(1, 11)]
    assert docs_examples.pick(lines, "1-2,5-6") == ["1", "2", "...", "5", "6", "..."]
    assert docs_examples.pick(lines, "9-10") == ["9", "10"]
    ex = docs_examples.parse_text("<!-- example: python -c \"print('a 1.5 s')\"; sub=\\d\\.\\d s=>X s -->\n"
                                  "```text\nold\n```\n", ROOT / "x.md")[0]
    assert ex.options == (("sub", "\\d\\.\\d s=>X s"),) and ex.body == "old\n"
    with docs_examples.workspace() as tmp:
        assert docs_examples.run(ex, Path(tmp)) == "$ python -c \"print('a 1.5 s')\"\na X s\n"


def test_readme_is_a_short_front_door_with_both_quickstart_commands():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 250
    for command in QUICKSTART:
        assert f"```sh\n{command}\n```" in text, command


def test_every_docs_page_is_indexed_and_exists():
    text = README.read_text(encoding="utf-8")
    indexed = {m["target"] for m in LINK.finditer(text) if m["target"].startswith("docs/")}
    on_disk = {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}
    assert indexed == on_disk


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = re.sub(r"^```.*?^```$", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    return {slug(m[1]) for m in re.finditer(r"^#+ (.*)$", text, re.M)}


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_relative_links_resolve(path):
    text = re.sub(r"^```.*?^```$", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    broken = []
    for m in LINK.finditer(text):
        target = m["target"]
        if re.match(r"[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        dest = (path.parent / file).resolve() if file else path
        if not dest.exists():
            broken.append(target)
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(target)
    assert not broken, f"{path.relative_to(ROOT)}: broken links {broken}"


def attribution_rows() -> list[list[str]]:
    """The rows of the rule table in docs/attribution.md (between its two marker comments)."""
    text = (ROOT / "docs" / "attribution.md").read_text(encoding="utf-8")
    table = text.split("<!-- rule table -->")[1].split("<!-- end rule table -->")[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table.splitlines()
            if line.startswith("| `")]
    return rows


def known_test_names() -> set[str]:
    names = set()
    for path in [*sorted((ROOT / "tests").glob("test_attribute*.py")), ROOT / "tests" / "test_docs.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    return names


def unquote(cell: str) -> str:
    return cell.strip().removeprefix("`").removesuffix("`") if cell.strip() not in ("–", "") else ""


def test_attribution_table_rows_are_what_the_rules_do(analyzer):
    """Each row: the rule, the kind, its trigger, an example, the source found, and the test that pins it."""
    rows = attribution_rows()
    assert len(rows) >= 25
    known_tests = known_test_names()
    problems = []
    for rule, kind, _trigger, example, source, test in rows:
        rule, kind, source, test = unquote(rule), unquote(kind), unquote(source), unquote(test)
        text = example.replace(" ¶ ", "\n\n")
        sentences = analyzer.analyze(text).sentences
        got = [(s.attribution.rule, s.attribution.kind, s.attribution.source or "") for s in sentences
               if s.attribution.sourced]
        if (rule, kind, source) not in got:
            problems.append(f"{rule}: {example!r} gives {got}, the table says {(rule, kind, source)}")
        if test not in known_tests:
            problems.append(f"{rule}: no test named {test}")
    assert not problems, "docs/attribution.md rule table:\n" + "\n".join(problems)


def test_every_attribution_rule_is_in_the_table():
    """Rules named where the code builds an attribution, and every rule the golden outputs record."""
    names = set()
    for path in (ROOT / "biaslens" / "attribute").glob("*.py"):
        code = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'make\(v, "[a-z_]+", "([a-z-]+)"', code))
        names |= set(re.findall(r'rule="([a-z-]+)"', code))
        names |= set(re.findall(r'Attribution\(True, "[a-z_]+", (?:None, ){4}"([a-z-]+)"', code))
    for path in (ROOT / "tests" / "golden" / "json").glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        names |= {s["attribution"]["rule"] for p in doc["paragraphs"] for s in p["sentences"]
                  if (s.get("attribution") or {}).get("rule")}
    in_table = {unquote(r[0]) for r in attribution_rows()}
    assert {"signature", "quote-unattributed", "subject-cue", "chain"} <= names
    missing = names - in_table - {"statement-frame"}
    assert not missing, f"rules missing from docs/attribution.md: {sorted(missing)}"
