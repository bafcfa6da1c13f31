"""The terminal report: headline figures, a table per paragraph, the sources,
and the unsourced sentences that carry loaded language, terms highlighted."""

from __future__ import annotations

from typing import TextIO

from .._version import __version__
from ..report import ArticleReport, SentenceResult

CATEGORY_STYLES = {
    "labels": "bold red",
    "loaded": "red",
    "scare": "bold magenta",
    "intensifiers": "yellow",
    "assertives": "cyan",
    "subjective": "bright_red",
    "hedges": "blue",
}


# Control characters (C0 but tab and newline, DEL, C1) print as spaces, one for one so
# highlight offsets stay right: report texts keep them as the input had them (see
# `biaslens.aggregate.as_given`), and an escape sequence must not reach the terminal.
_SAFE = str.maketrans({c: " " for c in (*range(0, 9), *range(11, 32), *range(0x7F, 0xA0))})


def _safe(text: str) -> str:
    return text.translate(_SAFE)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def _num(x: float | None, fmt: str = ".2f") -> str:
    return "-" if x is None else format(x, fmt)


def highlighted(s: SentenceResult, *, writer_only: bool = True):
    """The sentence as rich Text with its loaded terms styled by category."""
    from rich.text import Text

    t = Text(_safe(s.text))
    for h in s.hits + s.hedges:
        if writer_only and h.voice != "writer":
            continue
        style = CATEGORY_STYLES.get(h.category, "bold")
        if h.voice != "writer":
            style += " dim"
        t.stylize(style + " underline", h.start - s.start, h.end - s.start)
    return t


def render_text(report: ArticleReport, out: TextIO | None = None, *, color: bool | None = None,
                width: int | None = None, max_sentences: int = 20, max_rows: int = 200) -> None:
    """Print the report to `out` (standard output by default). The paragraph and source
    tables show at most `max_rows` rows each (the rest are counted, and are in the JSON and
    CSV output): laying out a table row costs more than analysing a short paragraph, so an
    input of many thousands of paragraphs would otherwise take far longer to print than to analyse."""
    from rich.console import Console

    console = Console(file=out, width=width, no_color=(color is False) or None,
                      color_system=None if color is False else "auto", highlight=False,
                      force_terminal=True if color is True else None, soft_wrap=False)
    _print_header(report, console)
    _print_paragraphs(report, console, max_rows)
    _print_sources(report, console, max_rows)
    print_entities(report, console)
    _print_read_first(report, console, max_sentences)
    _print_legend(console)


def _print_header(report: ArticleReport, console) -> None:
    """The title, source line, byline and the article's headline figures."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    m = report.metrics
    doc = report.document
    title = doc.title or "(untitled)"
    console.print(Text(_safe(title), style="bold"))
    console.print(Text(_safe(f"{doc.path or doc.url or 'text'} · biaslens {__version__}"), style="dim"))
    byline = " · ".join(x for x in (doc.author and f"by {doc.author}", doc.date, doc.site_name) if x)
    if byline:
        console.print(Text(_safe(byline)))
    head = Table(box=box.SIMPLE_HEAD, show_header=False, pad_edge=False)
    head.add_column(style="bold")
    head.add_column()
    head.add_row("bias_score", f"{m.bias_score:.2f}  (weighted writer-voice loaded words per 100 words)")
    head.add_row("sourced", f"{_pct(m.sourced_share)} of body sentences "
                            f"({m.n_sentences - m.unsourced_sentences - _headline_count(report)}"
                            f"/{m.n_sentences - _headline_count(report)})")
    head.add_row("loaded language", f"{m.loaded_count} writer-voice hits, {m.loaded_per_100w:.2f} per 100 words; "
                                    f"{m.quoted_loaded_count} in quoted speech; {m.hedge_count} hedges")
    head.add_row("read first", f"{len(read_first(report))} sentences with writer-voice loaded language "
                               f"({m.unsourced_loaded_sentences} unsourced)")
    head.add_row("sources", f"{m.n_sources} distinct ({m.n_named_sources} named), "
                            f"{_pct(m.anonymous_share)} of sourced sentences anonymous")
    head.add_row("sentiment", f"VADER mean {_num(m.vader_mean)}, min {_num(m.vader_min)}")
    head.add_row("readability", f"Flesch {_num(m.flesch_reading_ease, '.1f')}, "
                                f"grade {_num(m.flesch_kincaid_grade, '.1f')}")
    if m.top_loaded_terms:
        head.add_row("top terms", _safe(", ".join(f"{t} ({n})" for t, n in m.top_loaded_terms)))
    console.print(head)


def _print_paragraphs(report: ArticleReport, console, max_rows: int) -> None:
    """The table of paragraphs (columns dropped on a narrow terminal, least useful first)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    wide = console.width >= 110
    headers = ["¶", "role", "sent", "words", "src", "loaded", "/100w", "quoted", "vader", "flesch", "bias"]
    rows: list[list[str]] = []
    shown = report.paragraphs[:max_rows]
    for p in shown:
        pm = p.metrics
        analysed = p.role in ("body", "headline")
        rows.append([str(p.index), p.role[:5], str(pm.n_sentences), str(pm.n_words) if analysed else "-",
                     _pct(pm.sourced_share) if p.role == "body" else "-",
                     str(pm.loaded_count) if analysed else "-",
                     _num(pm.loaded_per_100w, ".1f") if analysed else "-",
                     str(pm.quoted_loaded_count) if analysed else "-",
                     _num(pm.vader_mean, "+.2f"), _num(pm.flesch_reading_ease, ".0f"),
                     _num(pm.bias_score, ".1f")])
    table = Table(title="Paragraphs", box=box.SIMPLE_HEAD, title_justify="left", title_style="bold",
                  show_edge=False, padding=(0, 1), collapse_padding=True)
    widths = [max([len(col)] + [len(r[i]) for r in rows]) for i, col in enumerate(headers)]
    keep = list(range(len(headers)))
    for drop in ("quoted", "flesch", "vader", "/100w", "role", "sent", "words"):  # narrow terminal: least first
        if sum(widths[i] + 2 for i in keep) <= console.width:
            break
        keep.remove(headers.index(drop))
    for i in keep:
        table.add_column(headers[i], justify="left" if headers[i] == "role" else "right", no_wrap=True,
                         min_width=widths[i])
    if wide:
        table.add_column("opening words", no_wrap=True, overflow="ellipsis", max_width=console.width - 90)
    for p, row in zip(shown, rows, strict=True):
        cells: list = [row[i] for i in keep]
        if p.metrics.bias_score >= 5:
            cells[-1] = Text(row[-1], style="bold")
        if wide:
            cells.append(Text(_safe(" ".join(p.text.split(None, 14)[:14])), no_wrap=True, overflow="ellipsis"))
        table.add_row(*cells)
    console.print(table)
    _more(console, len(report.paragraphs) - len(shown), "paragraphs")


def _print_sources(report: ArticleReport, console, max_rows: int) -> None:
    """The table of sources."""
    from rich import box
    from rich.table import Table

    if report.sources:
        st = Table(title="Sources", box=box.SIMPLE_HEAVY, title_justify="left", title_style="bold")
        st.add_column("source")
        st.add_column("type")
        st.add_column("mentions", justify="right")
        for s in report.sources[:max_rows]:
            st.add_row(_safe(s.name), s.type or "-", str(s.mentions))
        console.print(st)
        _more(console, len(report.sources) - max_rows, "sources")


def _print_read_first(report: ArticleReport, console, max_sentences: int) -> None:
    """The sentences with the writer's loaded language, most points first, each with its terms and targets."""
    from rich.table import Table
    from rich.text import Text

    flagged = read_first(report)
    console.print(Text("Sentences with the writer's loaded language (read these first)", style="bold"))
    if not flagged:
        console.print("  none")
    if flagged:  # a hanging indent: wrapped lines stay right of the paragraph number
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(ratio=1)
        for s in flagged[:max_sentences]:
            terms = _safe(", ".join(f"{h.text} [{h.category}{' → ' + h.target if h.target else ''}]"
                              for h in s.hits if h.voice == "writer"))
            if s.attribution.sourced:
                a = s.attribution
                terms += _safe(f"; sourced to {' and '.join(a.speakers) or a.speaker or a.source or 'a quotation'}")
            grid.add_row(f"¶{s.paragraph}", highlighted(s))
            grid.add_row("", Text(f"{terms}; {s.bias_points:.2f} points", style="dim"))
        console.print(grid)
    if len(flagged) > max_sentences:
        console.print(Text(f"  ... and {len(flagged) - max_sentences} more (see --format json or csv)",
                           style="dim"))


def _print_legend(console) -> None:
    """The colours of the loaded-language categories."""
    from rich.text import Text

    legend = Text("legend: ")
    for cat, style in CATEGORY_STYLES.items():
        legend.append(cat, style=style + " underline")
        legend.append(" ")
    console.print(legend)


def _more(console, n: int, what: str) -> None:
    """A note that `n` rows of a table were left out (nothing when none were)."""
    if n > 0:
        from rich.text import Text

        console.print(Text(f"  ... and {n:,} more {what} (see --format json or csv)", style="dim"))


def read_first(report: ArticleReport) -> list[SentenceResult]:
    """Every analysed sentence (headlines included) with writer-voice loaded language, sourced
    or not, most points first; a sentence whose loaded words are all inside quoted speech is not one."""
    flagged = [s for s in report.sentences if s.role in ("body", "headline")
               and any(h.voice == "writer" for h in s.hits)]
    flagged.sort(key=lambda s: -s.bias_points)
    return flagged


def shown_entities(report: ArticleReport, limit: int = 15) -> list:
    """The entities of "Who is quoted, and how each is described": those that speak, relay or are
    described, most quoted first."""
    shown = [e for e in report.entities if e.source_roles or e.targeted_by]
    shown.sort(key=lambda e: (-len(e.quoted_sentences), -e.quoted_words, -len(e.targeted_by), e.name.lower()))
    return shown[:limit]


def entity_rows(report: ArticleReport, limit: int = 15) -> list[list[str]]:
    """The table's cells: entity (roles), type, quoted (words), described as / aimed at, tone."""
    rows = []
    for e in shown_entities(report, limit):
        quoted = f"{len(e.quoted_sentences)} ({e.quoted_words} w)" if e.quoted_sentences else "-"
        if "relay" in e.source_roles:
            quoted += " relay"
        aimed = [t for t in e.targeted_by if t not in e.descriptors]
        framing = "; ".join(p for p in (", ".join(e.descriptors), ", ".join(aimed)) if p) or "-"
        rows.append([_safe(e.name + (f" ({'; '.join(e.roles)})" if e.roles else "")), e.type, quoted, _safe(framing),
                     {-1: "−", 0: "0", 1: "+"}[e.tone]])
    return rows


def print_entities(report: ArticleReport, console) -> None:
    """The table "Who is quoted, and how each is described"."""
    from rich import box
    from rich.table import Table

    rows = entity_rows(report)
    if not rows:
        return
    t = Table(title="Who is quoted, and how each is described", box=box.SIMPLE_HEAVY, title_justify="left",
              title_style="bold")
    t.add_column("entity (roles)", ratio=3)
    t.add_column("type", no_wrap=True)
    t.add_column("quoted", justify="right", no_wrap=True)
    t.add_column("described as; other terms aimed at it", ratio=3)
    t.add_column("tone", justify="center", no_wrap=True)
    for row in rows:
        t.add_row(*row)
    console.print(t)


def _headline_count(report: ArticleReport) -> int:
    return sum(len(p.sentences) for p in report.paragraphs if p.role == "headline")

