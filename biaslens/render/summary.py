"""The corpus summary of a batch run: ``summary.html``, one static page of charts.

`render_summary(out_dir)` reads the tables of a batch output folder
(articles, terms and entities; CSV or Parquet) and returns one
self-contained HTML page: the distribution of bias_score, sourced share
against bias_score, the top writer-voice terms, the most quoted sources by
type, and per-outlet comparisons when the articles carry an outlet
(`site_name`, a list file's `meta_site_name` or `outlet`).

The charts are inline SVG drawn here: no script, no CDN, nothing fetched
(a Content-Security-Policy forbids it). Every text from the tables (titles,
terms, names, outlets) goes through `html.escape`. The page holds no date or
path, so the same tables always give the same bytes.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path

from .._version import __version__
from .html import CSP

SUMMARY_FILE = "summary.html"
OUTLET_COLUMNS = ("site_name", "meta_site_name", "outlet")  # the first that has values names the outlet
TOP_TERMS = 20
TOP_SOURCES = 15
MAX_OUTLETS = 20
HIST_BINS = 20
W, H = 640, 260  # chart size (SVG user units)
PAD_L, PAD_B, PAD_T, PAD_R = 48, 36, 12, 16
TYPE_COLOURS = {"person": "#2e6da4", "official": "#7048a8", "media": "#d9480f", "institution": "#0b7285",
                "data": "#2b8a3e", "anonymous": "#868e96", "group": "#b08800", "place": "#a61e4d"}

_STYLE = """
body { margin:0; background:#fafafa; color:#1d1d1f; font:15px/1.5 system-ui, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; background:#fff; }
h1 { font-size: 1.6rem; margin: .2rem 0 .3rem; }
h2 { font-size: 1.05rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #d9dce1; }
.note { color:#5f6368; font-size:.85rem; }
.cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap:.6rem; margin:1rem 0; }
.card { border:1px solid #d9dce1; border-radius:6px; padding:.5rem .7rem; }
.card .v { font-size:1.35rem; font-weight:650; } .card .k { font-size:.8rem; color:#5f6368; }
svg.chart { width:100%; height:auto; display:block; }
table { border-collapse: collapse; font-size:.85rem; margin:.5rem 0; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid #eee; text-align:left; }
td.n { text-align:right; font-variant-numeric: tabular-nums; }
"""


# --------------------------------------------------------------------------- reading the tables

def read_table(out_dir: str | os.PathLike, table: str) -> list[dict[str, str]]:
    """The rows of `table` (articles, terms, entities...) as dicts of strings; [] when the file is absent."""
    return list(iter_table(out_dir, table))


def iter_table(out_dir: str | os.PathLike, table: str) -> Iterator[dict[str, str]]:
    """`read_table`'s rows one at a time: a CSV table is read as it is walked, so the tables with many
    rows an article (terms, entities) never sit in memory whole (a corpus's terms.csv can be gigabytes)."""
    folder = Path(out_dir)
    csv_path, parquet_path = folder / f"{table}.csv", folder / f"{table}.parquet"
    if csv_path.is_file():
        import csv

        with open(csv_path, encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)
        return
    if parquet_path.is_file():
        import pandas as pd

        frame = pd.read_parquet(parquet_path)
        for row in frame.to_dict("records"):
            yield {k: "" if _missing(v) else str(v) for k, v in row.items()}


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def _num(s: str | None) -> float | None:
    """A number from a cell ('' and junk are None; a neutralised "'-1" counts as -1)."""
    try:
        return float(str(s).lstrip("'"))
    except (TypeError, ValueError):
        return None


def _mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


# --------------------------------------------------------------------------- charts (inline SVG)

def _svg(label: str, body: list[str], height: int = H) -> str:
    return (f'<svg class="chart" viewBox="0 0 {W} {height}" role="img" aria-label="{escape(label)}">'
            f'{"".join(body)}</svg>')


def _axes(x_label: str, y_label: str, x_ticks: list[tuple[float, str]], y_ticks: list[tuple[float, str]]) -> list[str]:
    """Axis lines, tick labels (positions already in SVG units) and axis titles."""
    x0, y0 = PAD_L, H - PAD_B
    out = [f'<line x1="{x0}" y1="{y0}" x2="{W - PAD_R}" y2="{y0}" stroke="#999"/>',
           f'<line x1="{x0}" y1="{PAD_T}" x2="{x0}" y2="{y0}" stroke="#999"/>']
    for x, text in x_ticks:
        out.append(f'<text x="{x:.1f}" y="{y0 + 14}" font-size="10" text-anchor="middle" fill="#666">'
                   f"{escape(text)}</text>")
    for y, text in y_ticks:
        out.append(f'<text x="{x0 - 4}" y="{y + 3:.1f}" font-size="10" text-anchor="end" fill="#666">'
                   f"{escape(text)}</text>")
    out.append(f'<text x="{(x0 + W - PAD_R) / 2:.0f}" y="{H - 4}" font-size="11" text-anchor="middle">'
               f"{escape(x_label)}</text>")
    out.append(f'<text x="12" y="{(PAD_T + y0) / 2:.0f}" font-size="11" text-anchor="middle" '
               f'transform="rotate(-90 12 {(PAD_T + y0) / 2:.0f})">{escape(y_label)}</text>')
    return out


def histogram(values: list[float], bins: int = HIST_BINS) -> str:
    """Bars of how many articles fall in each bias_score bin, from 0 to the largest score."""
    top = max(values, default=0.0) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(v / top * bins)))] += 1
    peak = max(counts) or 1
    plot_w, plot_h = W - PAD_L - PAD_R, H - PAD_T - PAD_B
    step = plot_w / bins
    body = []
    for i, n in enumerate(counts):
        h = plot_h * n / peak
        lo, hi = top * i / bins, top * (i + 1) / bins
        body.append(f'<rect class="bar" x="{PAD_L + i * step + 1:.1f}" y="{PAD_T + plot_h - h:.1f}" '
                    f'width="{step - 2:.1f}" height="{h:.1f}" fill="#c0392b"><title>bias_score {lo:.2f}'
                    f"–{hi:.2f}: {n} articles</title></rect>")
    x_ticks = [(PAD_L + plot_w * k / 4, f"{top * k / 4:.1f}") for k in range(5)]
    y_ticks = [(PAD_T + plot_h * (1 - k / 2), str(round(peak * k / 2))) for k in range(3)]
    return _svg("histogram of bias_score", body + _axes("bias_score", "articles", x_ticks, y_ticks))


def scatter(points: list[tuple[float, float, str]]) -> str:
    """One dot per article: sourced share (x, 0-1) against bias_score (y); the title on hover."""
    top = max((b for _, b, _ in points), default=0.0) or 1.0
    plot_w, plot_h = W - PAD_L - PAD_R, H - PAD_T - PAD_B
    body = []
    for share, bias, title in points:
        x = PAD_L + plot_w * min(max(share, 0.0), 1.0)
        y = PAD_T + plot_h * (1 - min(max(bias, 0.0), top) / top)
        body.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#2e6da4" fill-opacity=".6">'
                    f"<title>{escape(title)}: sourced {100 * share:.0f}%, bias_score {bias:.2f}</title></circle>")
    x_ticks = [(PAD_L + plot_w * k / 4, f"{25 * k}%") for k in range(5)]
    y_ticks = [(PAD_T + plot_h * (1 - k / 4), f"{top * k / 4:.1f}") for k in range(5)]
    return _svg("sourced share against bias_score",
                body + _axes("sourced share of body sentences", "bias_score", x_ticks, y_ticks))


def bar_chart(items: list[tuple[str, float, str, str]], label: str, unit: str = "") -> str:
    """Horizontal bars, one per (label, value, colour, hover note), longest first as given."""
    row, left = 20, 180
    height = PAD_T + row * len(items) + 8
    peak = max((v for _, v, _, _ in items), default=0.0) or 1.0
    body = []
    for i, (name, value, colour, note) in enumerate(items):
        y = PAD_T + i * row
        w = (W - left - 70) * value / peak
        shown = name if len(name) <= 28 else name[:27] + "…"
        body.append(f'<text x="{left - 6}" y="{y + 14}" font-size="11" text-anchor="end">{escape(shown)}</text>'
                    f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{colour}">'
                    f"<title>{escape(name)}: {_fmt(value)}{escape(unit)}{escape(note)}</title></rect>"
                    f'<text x="{left + w + 4:.1f}" y="{y + 14}" font-size="10" fill="#444">{_fmt(value)}</text>')
    return _svg(label, body, height)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}"


# --------------------------------------------------------------------------- sections

def _cards(arts: list[dict[str, str]], errors: int, writer_terms: int, outlets: int) -> str:
    bias = sorted(b for b in (_num(a.get("bias_score")) for a in arts) if b is not None)
    share = [s for s in (_num(a.get("sourced_share")) for a in arts) if s is not None]
    median = bias[len(bias) // 2] if bias else None
    cards = [(str(len(arts)), "articles analysed"), (str(errors), "inputs in errors.csv"),
             ("-" if not bias else f"{_mean(bias):.2f}", "mean bias_score"),
             ("-" if median is None else f"{median:.2f}", "median bias_score"),
             ("-" if not share else f"{100 * _mean(share):.0f}%", "mean sourced share"),
             (str(writer_terms), "writer-voice loaded terms"), (str(outlets), "outlets")]
    return '<div class="cards">' + "".join(
        f'<div class="card"><div class="v">{escape(v)}</div><div class="k">{escape(k)}</div></div>'
        for v, k in cards) + "</div>"


def _terms_section(terms: Iterable[dict[str, str]]) -> tuple[str, int]:
    """The top writer-voice terms, counted in one pass over the rows (each row is let go once counted)."""
    from .html import CATEGORIES

    counts: Counter[str] = Counter()
    category: dict[str, str] = {}  # an entry's category: the last row's, as a dict built from all rows keeps
    articles: dict[str, set[str]] = defaultdict(set)
    n_writer = 0
    for t in terms:
        if t.get("voice") != "writer" or t.get("category") == "hedges":
            continue
        n_writer += 1
        entry = _entry(t)
        counts[entry] += 1
        category[entry] = t.get("category", "")
        articles[entry].add(t.get("article_id", ""))
    if not n_writer:
        return '<p class="note">No writer-voice loaded terms in these articles.</p>', 0
    items = [(term, float(n), CATEGORIES.get(category[term], ("", "#555"))[1],
              f" ({category[term]}; in {len(articles[term])} articles)")
             for term, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]]
    shown = sorted({category[i[0]] for i in items})
    legend = " ".join(_swatch(CATEGORIES.get(c, ("", "#555"))[1], c) for c in shown)
    note = ('<p class="note">Writer-voice hits of every loaded category (hedges and quoted speech left out), '
            f"counted by lexicon entry (all its forms) from terms.csv: {legend}</p>")
    return note + bar_chart(items, "top writer-voice terms", " uses"), n_writer


def _entry(t: dict[str, str]) -> str:
    """What a term row counts under: its lexicon entry, or the words themselves for a rule's hit."""
    entry = t.get("entry") or ""
    return t.get("term", "") if not entry or entry.startswith("(") else entry


def _swatch(colour: str, label: str) -> str:
    return (f'<span style="display:inline-block;width:.7em;height:.7em;background:{colour}"></span> '
            f"{escape(label)}")


def _sources_section(entities: Iterable[dict[str, str]]) -> str:
    quoted: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e in entities:
        n = int(_num(e.get("quoted_sentences")) or 0)
        if n <= 0:
            continue
        key = (e.get("name", ""), e.get("type", ""))
        quoted[key][0] += n
        quoted[key][1] += 1
        by_type[key[1]][0] += n
        by_type[key[1]][1] += 1
    if not quoted:
        return '<p class="note">No quoted sources in these articles (or no entities.csv).</p>'
    top = sorted(quoted.items(), key=lambda kv: (-kv[1][0], kv[0]))[:TOP_SOURCES]
    items = [(name, float(n), TYPE_COLOURS.get(kind, "#555"), f" ({kind}; in {arts} articles)")
             for (name, kind), (n, arts) in top]
    rows = "".join(f'<tr><td>{_swatch(TYPE_COLOURS.get(kind, "#555"), kind or "-")}</td>'
                   f'<td class="n">{n}</td><td class="n">{k}</td></tr>'
                   for kind, (n, k) in sorted(by_type.items(), key=lambda kv: (-kv[1][0], kv[0])))
    return ('<p class="note">Sentences attributed to each source, summed over the articles (entities.csv), '
            "coloured by type.</p>" + bar_chart(items, "most quoted sources", " quoted sentences") +
            "<table><thead><tr><th>type</th><th>quoted sentences</th><th>source mentions (per article)</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>")


def outlet_column(arts: list[dict[str, str]]) -> str | None:
    """The column that names each article's outlet: the first of OUTLET_COLUMNS with a value."""
    for col in OUTLET_COLUMNS:
        if any((a.get(col) or "").strip() for a in arts):
            return col
    return None


def _outlets_section(arts: list[dict[str, str]], col: str | None) -> str:
    if col is None:
        return ('<p class="note">No outlet metadata: web pages give a site name, and a list file can carry a '
                "site_name or outlet field.</p>")
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for a in arts:
        groups[(a.get(col) or "").strip() or "(unknown)"].append(a)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_OUTLETS]

    def mean_of(rows: list[dict[str, str]], field: str) -> float | None:
        return _mean([v for v in (_num(r.get(field)) for r in rows) if v is not None])

    items = [(name, mean_of(rows, "bias_score") or 0.0, "#c0392b", f" (mean of {len(rows)} articles)")
             for name, rows in ranked]
    fields = ("bias_score", "sourced_share", "loaded_per_100w", "anonymous_share")
    body = "".join(
        f"<tr><td>{escape(name)}</td><td class=\"n\">{len(rows)}</td>" + "".join(
            f'<td class="n">{"-" if (m := mean_of(rows, f)) is None else f"{m:.2f}"}</td>' for f in fields)
        + "</tr>" for name, rows in ranked)
    head = "".join(f"<th>mean {escape(f)}</th>" for f in fields)
    return (f'<p class="note">Articles grouped by <code>{escape(col)}</code>; the {len(ranked)} outlets with '
            "the most articles.</p>" + bar_chart(items, "mean bias_score per outlet") +
            f"<table><thead><tr><th>outlet</th><th>articles</th>{head}</tr></thead><tbody>{body}</tbody></table>")


# --------------------------------------------------------------------------- the page

def render_summary(out_dir: str | os.PathLike) -> str:
    """The summary page of the batch output in `out_dir` (see the module docstring)."""
    arts = read_table(out_dir, "articles")  # (one row an article: the scatter draws each)
    n_errors = sum(1 for _ in iter_table(out_dir, "errors"))
    col = outlet_column(arts)
    terms_html, n_writer = _terms_section(iter_table(out_dir, "terms"))  # streamed: many rows an article
    points = [(s, b, a.get("title") or a.get("article_id", "")) for a in arts
              if (s := _num(a.get("sourced_share"))) is not None and (b := _num(a.get("bias_score"))) is not None]
    outlets = len({(a.get(col) or "").strip() for a in arts}) if col else 0
    sections = [
        ("Articles", _cards(arts, n_errors, n_writer, outlets)),
        ("Distribution of bias_score", histogram([p[1] for p in points]) if points else "<p>No articles.</p>"),
        ("Sourced share against bias_score",
         '<p class="note">One dot per article; hover for its title.</p>' + scatter(points)
         if points else "<p>No articles.</p>"),
        ("Top writer-voice terms", terms_html),
        ("Most quoted sources, by type", _sources_section(iter_table(out_dir, "entities"))),
        ("Outlets compared", _outlets_section(arts, col)),
    ]
    body = "".join(f"<section><h2>{escape(title)}</h2>{html}</section>" for title, html in sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>biaslens corpus summary</title>
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>Corpus summary</h1>
<p class="note">{len(arts)} articles from a biaslens batch run (articles.csv, terms.csv, entities.csv);
every figure is explained by <code>biaslens columns</code>. biaslens {escape(__version__)}</p>
{body}
</main>
</body>
</html>
"""


def write_summary(out_dir: str | os.PathLike, output: str | os.PathLike | None = None) -> Path:
    """Write the summary page (to `out_dir`/summary.html unless `output` is given), atomically."""
    target = Path(output) if output is not None else Path(out_dir) / SUMMARY_FILE
    page = render_summary(out_dir)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # a fresh file (never through a symlink planted at the temporary name), then renamed over the target
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
