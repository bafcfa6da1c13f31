"""The terminal view of `biaslens compare`: two articles' figures side by side,
then what each one says that the other does not (loaded terms, sources)."""

from __future__ import annotations

from typing import TextIO

from ..compare import Comparison
from .text import CATEGORY_STYLES


def _fmt(v, fmt: str) -> str:
    if v is None:
        return "-"
    if fmt == "%":
        return f"{100 * v:.0f}%"
    if fmt == "d":
        return str(int(v))
    return format(v, fmt)


def _diff(va, vb, fmt: str) -> str:
    if not isinstance(va, int | float) or not isinstance(vb, int | float):
        return ""
    d = vb - va
    if fmt == "%":
        return f"{100 * d:+.0f} pts"
    if fmt == "d":
        return f"{int(d):+d}"
    return format(d, "+" + fmt.lstrip("+"))


def render_comparison(c: Comparison, out: TextIO | None = None, *, color: bool | None = None,
                      width: int | None = None, max_items: int = 15) -> None:
    from rich import box
    from rich.console import Console, Group
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=width, no_color=(color is False) or None,
                      color_system=None if color is False else "auto", highlight=False,
                      force_terminal=True if color is True else None, soft_wrap=False)

    def name(r) -> str:
        return r.document.title or r.document.path or r.document.url or "(untitled)"

    for tag, r in (("A", c.a), ("B", c.b)):
        console.print(Text(f"{tag}  ", style="bold") + Text(name(r), style="bold")
                      + Text(f"  {r.document.path or r.document.url or ''}", style="dim"))
    console.print()
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    t.add_column("metric")
    t.add_column("A", justify="right")
    t.add_column("B", justify="right")
    t.add_column("B − A", justify="right", style="dim")
    for _, label, fmt, va, vb in c.metrics:
        t.add_row(label, _fmt(va, fmt), _fmt(vb, fmt), _diff(va, vb, fmt))
    console.print(t)

    def terms(items) -> Text:
        if not items:
            return Text("none", style="dim")
        txt = Text()
        for i, (term, cat, n) in enumerate(items[:max_items]):
            if i:
                txt.append(", ")
            txt.append(term, style=CATEGORY_STYLES.get(cat, "bold") + " underline")
            txt.append(f" [{cat}]" + (f" ×{n}" if n > 1 else ""), style="dim")
        if len(items) > max_items:
            txt.append(f", … {len(items) - max_items} more", style="dim")
        return txt

    def sources(items) -> Text:
        if not items:
            return Text("none", style="dim")
        txt = Text()
        for i, s in enumerate(items[:max_items]):
            if i:
                txt.append(", ")
            txt.append(s.name)
            txt.append(f" ({s.type or '?'})", style="dim")
        if len(items) > max_items:
            txt.append(f", … {len(items) - max_items} more", style="dim")
        return txt

    sections = [("Loaded terms in the writer's voice", terms(c.terms_only_a), terms(c.terms_only_b)),
                ("Sources", sources(c.sources_only_a), sources(c.sources_only_b))]
    wide = console.width >= 90
    for title, left, right in sections:
        console.print(Text(title, style="bold"))
        if wide:
            g = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
            g.add_column("only in A", ratio=1)
            g.add_column("only in B", ratio=1)
            g.add_row(left, right)
            console.print(g)
        else:
            console.print(Group(Text("only in A: ", style="bold") + left, Text("only in B: ", style="bold") + right))
            console.print()
    if c.terms_shared:
        shared = Text("in both: ", style="bold")
        for i, (term, cat, na, nb) in enumerate(c.terms_shared[:max_items]):
            if i:
                shared.append(", ")
            shared.append(term, style=CATEGORY_STYLES.get(cat, "bold") + " underline")
            shared.append(f" (A {na}, B {nb})", style="dim")
        console.print(shared)
    if c.sources_shared:
        console.print(Text("sources in both: ", style="bold")
                      + Text(", ".join(x.name if x.name == y.name else f"{x.name} / {y.name}"
                                       for x, y in c.sources_shared[:max_items])))
