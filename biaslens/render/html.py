"""The HTML report: one self-contained page for a reader.

The article with unsourced sentences, sourced sentences (their source inline
and on hover) and writer-voice loaded terms highlighted in distinct styles;
a legend; headline metrics; a per-paragraph chart of bias_score and sourced
share as inline SVG; the sources.

Safety: every piece of article text and metadata goes through `html.escape`
(an article containing ``<script>`` shows it as text). The page has no
script of its own, and a Content-Security-Policy forbids scripts and any
fetch (no fonts, images, styles or frames from anywhere), so even a bug in
the escaping could not run code or reach the network.
"""

from __future__ import annotations

from html import escape

from .._version import __version__
from ..report import ArticleReport, ParagraphResult, SentenceResult
from ..types import ANALYSED_ROLES

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")

# Category → (label, colour): the same families as the terminal report.
CATEGORIES = {
    "labels": ("labels: pejorative names", "#b3261e"),
    "loaded": ("loaded verbs and nouns", "#d9480f"),
    "scare": ("scare words and scare quotes", "#a61e4d"),
    "intensifiers": ("intensifiers", "#b08800"),
    "assertives": ("assertives", "#0b7285"),
    "subjective": ("subjective adjectives", "#862e9c"),
    "hedges": ("hedges (not counted as loaded)", "#1864ab"),
}

ROLE_LABELS = {"byline": "byline", "caption": "caption", "boilerplate": "boilerplate (not analysed)"}

_STYLE = """
:root { --ink:#1d1d1f; --muted:#5f6368; --line:#d9dce1; --unsourced:#fff1c7; --sourced:#e4effc;
        --srcink:#24508f; --bias:#c0392b; --share:#2e6da4; }
* { box-sizing: border-box; }
body { margin:0; color:var(--ink); background:#fafafa; font:16px/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; background:#fff; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .2rem 0 .4rem; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 2.2rem 0 .6rem; padding-bottom:.25rem;
     border-bottom: 1px solid var(--line); }
.meta, .note, figcaption, footer, table, .legend, .cards, .src, .role-tag { font-family: system-ui, sans-serif; }
.meta { color: var(--muted); font-size: .85rem; margin: 0; word-break: break-all; }
.note { color: var(--muted); font-size: .85rem; }
.cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap:.6rem; margin:1rem 0; }
.card { border:1px solid var(--line); border-radius:6px; padding:.55rem .7rem; }
.card .v { font-size: 1.45rem; font-weight: 650; }
.card .k { font-size: .8rem; color: var(--muted); line-height: 1.3; }
.legend { display:flex; flex-wrap:wrap; gap:.4rem .9rem; font-size:.85rem; padding:.6rem .7rem;
          border:1px solid var(--line); border-radius:6px; }
.legend span { white-space: nowrap; }
.article p { margin: 0 0 1rem; }
.article p.role-headline { font-size: 1.3rem; font-weight: 700; line-height:1.35; }
.article p.muted { color: var(--muted); font-size: .9rem; font-style: italic; }
.role-tag { font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
            border:1px solid var(--line); border-radius: 3px; padding: 0 .3rem; margin-right:.4rem;
            font-style: normal; }
.pn { font: .7rem system-ui, sans-serif; color: var(--muted); margin-right: .35rem; }
.s-unsourced { background: var(--unsourced); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.s-sourced { background: var(--sourced); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.src { font-size: .7rem; color: var(--srcink); border: 1px solid #9db8dc; border-radius: 3px;
       padding: 0 .25rem; margin-left: .2rem; white-space: nowrap; background:#fff; }
mark.hit { background: transparent; color: inherit; font-weight: 700; border-bottom: 3px solid; padding: 0 1px; }
mark.hit-quoted { background: transparent; color: inherit; border-bottom: 2px dotted #8a8f98; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 0; }
svg { width: 100%; height: auto; font-family: system-ui, sans-serif; }
footer { margin-top: 3rem; color: var(--muted); font-size: .78rem; word-break: break-all; }
ol.read-first li { margin-bottom: .5rem; }
a { color: var(--srcink); }
"""


def _e(x: object) -> str:
    return escape("" if x is None else str(x), quote=True)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def _num(x: float | None, fmt: str = ".2f") -> str:
    return "–" if x is None else format(x, fmt)


def _cat_css() -> str:
    return "\n".join(f"mark.c-{c} {{ border-bottom-color: {col}; }} .c-{c}-ink {{ color: {col}; }}"
                     for c, (_, col) in CATEGORIES.items())


def _hit_spans(s: SentenceResult) -> list:
    """The hits to mark in a sentence: inside it, not overlapping (earliest, then longest, wins)."""
    chosen, end = [], s.start
    for h in sorted(s.hits + s.hedges, key=lambda h: (h.start, -h.end)):
        if h.start < end or h.start < s.start or h.end > s.end or h.end <= h.start:
            continue
        chosen.append(h)
        end = h.end
    return chosen


def _sentence_title(s: SentenceResult) -> str:
    a = s.attribution
    if not a.sourced:
        return "Unsourced: the writer's own voice"
    parts = [f"Sourced ({a.kind or 'attributed'})"]
    if a.source:
        parts.append(f"source: {a.source}" + (f" ({a.source_type})" if a.source_type else ""))
    if a.speakers or a.speaker:
        parts.append(f"speaker: {', '.join(a.speakers or (a.speaker,))}")
    if a.cue:
        parts.append(f"cue: {a.cue}")
    if a.via:
        parts.append(f"via: {a.via}")
    return "; ".join(parts)


def _hit_title(h) -> str:
    label = CATEGORIES.get(h.category, (h.category, ""))[0]
    voice = "writer's voice" if h.voice == "writer" else "quoted speech (the source's words; not scored)"
    note = f" — {h.note}" if h.note else ""
    return f"{h.term} [{label}], weight {h.weight:g}, {voice}{note}"


def _plain_html(text: str, start: int, end: int, mentions) -> str:
    """Text with the entity mentions inside [start, end) wrapped so the entity table can light them up."""
    out, pos = [], start
    for a, b, eid in mentions or ():
        if a < pos or a < start or b > end:
            continue
        out.append(_e(text[pos:a]))
        out.append(f'<span class="ent ent-{_e(eid)}">{_e(text[a:b])}</span>')
        pos = b
    out.append(_e(text[pos:end]))
    return "".join(out)


def _sentence_html(text: str, s: SentenceResult, mentions=None) -> str:
    out, pos = [], s.start
    for h in _hit_spans(s):
        out.append(_plain_html(text, pos, h.start, mentions))
        cls = f"hit c-{h.category}" if h.voice == "writer" else "hit-quoted"
        title = _hit_title(h) + (f"; aimed at {h.target}" if h.target else "")
        out.append(f'<mark class="{_e(cls)}" title="{_e(title)}">{_e(text[h.start:h.end])}</mark>')
        pos = h.end
    out.append(_plain_html(text, pos, s.end, mentions))
    body = "".join(out)
    if s.role not in ANALYSED_ROLES:
        return body
    cls = "s-sourced" if s.attribution.sourced else "s-unsourced"
    tag = ""
    if s.attribution.sourced:
        name = s.attribution.source or s.attribution.kind or "source"
        tag = f'<span class="src">{_e(name)}</span>'
    return f'<span class="{cls}" id="s{s.index}" title="{_e(_sentence_title(s))}">{body}</span>{tag}'


def _paragraph_html(text: str, p: ParagraphResult, mentions=None) -> str:
    pieces, pos = [], p.start
    for s in p.sentences:
        pieces.append(_e(text[pos:s.start]))
        pieces.append(_sentence_html(text, s, (mentions or {}).get(s.index)))
        pos = s.end
    pieces.append(_e(text[pos:p.end]))
    inner = "".join(pieces).strip()
    if p.role in ANALYSED_ROLES:
        return (f'<p class="para role-{_e(p.role)}" id="p{p.index}"><span class="pn">¶{p.index}</span>'
                f"{inner}</p>")
    return (f'<p class="para role-{_e(p.role)} muted" id="p{p.index}">'
            f'<span class="role-tag">{_e(ROLE_LABELS.get(p.role, p.role))}</span>{inner}</p>')


def _cards(report: ArticleReport) -> str:
    m = report.metrics
    cards = [
        (f"{m.bias_score:.2f}", "bias_score: writer-voice loaded language per 100 words, ×1.5 when unsourced"),
        (_pct(m.sourced_share), f"of body sentences sourced ({m.unsourced_sentences} unsourced)"),
        (f"{m.loaded_count}", f"writer-voice loaded terms ({m.loaded_per_100w:.2f} per 100 words); "
                              f"{m.quoted_loaded_count} more in quoted speech"),
        (f"{m.unsourced_loaded_sentences}", "unsourced sentences with loaded language: read these first"),
        (f"{m.n_sources or 0}", f"distinct sources ({m.n_named_sources or 0} named); "
                                f"{_pct(m.anonymous_share)} of sourced sentences anonymous"),
        (f"{m.hedge_count}", "hedges in the writer's voice"),
        (_num(m.vader_mean, "+.2f"), "mean sentiment (VADER compound, −1 to 1)"),
        (_num(m.flesch_reading_ease, ".0f"), "Flesch reading ease (higher is easier)"),
    ]
    return "".join(f'<div class="card"><div class="v">{_e(v)}</div><div class="k">{_e(k)}</div></div>'
                   for v, k in cards)


def _legend() -> str:
    items = ['<span><span class="s-unsourced">unsourced sentence</span> (the writer\'s voice)</span>',
             '<span><span class="s-sourced">sourced sentence</span><span class="src">source</span> '
             "(hover for kind and cue)</span>"]
    for cat, (label, _) in CATEGORIES.items():
        items.append(f'<span><mark class="hit c-{cat}">{_e(cat)}</mark> {_e(label)}</span>')
    items.append('<span><mark class="hit-quoted">term</mark> loaded term in quoted speech (not scored)</span>')
    return "".join(items)


def chart_svg(report: ArticleReport) -> str:
    """Two aligned bar panels per analysed paragraph: bias_score, and sourced share (0-100%)."""
    paras = [p for p in report.paragraphs if p.role in ANALYSED_ROLES]
    if not paras:
        return '<p class="note">No analysed paragraphs.</p>'
    width, left, right, panel, gap, top = 720, 64, 12, 110, 44, 22
    plot_w = width - left - right
    n = len(paras)
    step = plot_w / n
    bar = max(1.0, min(step * 0.7, 40.0))
    top_max = max(5.0, max(p.metrics.bias_score for p in paras))
    y1, y2 = top, top + panel + gap
    height = y2 + panel + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="bias_score and sourced share per paragraph">']
    for y, label, hi in ((y1, "bias_score", f"{top_max:.1f}"), (y2, "sourced", "100%")):
        out.append(f'<text x="4" y="{y - 12}" font-size="12" font-weight="600" fill="#333">{label}</text>')
        out.append(f'<line x1="{left}" y1="{y + panel}" x2="{width - right}" y2="{y + panel}" stroke="#999"/>')
        out.append(f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#e3e3e3" '
                   'stroke-dasharray="3 3"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4}" font-size="11" text-anchor="end" fill="#666">{hi}</text>')
        out.append(f'<text x="{left - 6}" y="{y + panel + 4}" font-size="11" text-anchor="end" fill="#666">0</text>')
    label_every = max(1, round(n / 24))
    for i, p in enumerate(paras):
        x = left + i * step + (step - bar) / 2
        b = p.metrics.bias_score
        h = panel * b / top_max
        out.append(f'<rect class="bar-bias" x="{x:.1f}" y="{y1 + panel - h:.1f}" width="{bar:.1f}" '
                   f'height="{h:.1f}" fill="#c0392b"><title>¶{p.index} ({_e(p.role)}): bias_score {b:.2f}'
                   f"</title></rect>")
        if p.role == "body" and p.metrics.n_sentences:
            share = p.metrics.sourced_share
            h2 = panel * share
            out.append(f'<rect class="bar-share" x="{x:.1f}" y="{y2 + panel - h2:.1f}" width="{bar:.1f}" '
                       f'height="{h2:.1f}" fill="#2e6da4"><title>¶{p.index}: {100 * share:.0f}% of sentences '
                       f"sourced</title></rect>")
        else:
            out.append(f'<text x="{x + bar / 2:.1f}" y="{y2 + panel - 4}" font-size="10" text-anchor="middle" '
                       f'fill="#999">–</text>')
        if i % label_every == 0:
            out.append(f'<text x="{x + bar / 2:.1f}" y="{y2 + panel + 16}" font-size="10" text-anchor="middle" '
                       f'fill="#666">¶{p.index}</text>')
    out.append("</svg>")
    return "".join(out)


def _sources_table(report: ArticleReport) -> str:
    if not report.sources:
        return '<p class="note">No attributed sources: every claim is in the writer\'s own voice.</p>'
    rows = "".join(
        f"<tr><td>{_e(s.name)}</td><td>{_e(s.type or '–')}</td><td class=\"n\">{s.mentions}</td>"
        f"<td>{_e(', '.join(v for v in s.variants if v != s.name)) or '–'}</td></tr>"
        for s in report.sources)
    return ("<table><thead><tr><th>source</th><th>type</th><th>mentions</th><th>also written as</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def _read_first(report: ArticleReport, text: str, limit: int = 10) -> str:
    flagged = [s for s in report.sentences if s.role in ("body", "headline")
               and any(h.voice == "writer" and h.category != "hedges" for h in s.hits)]
    flagged.sort(key=lambda s: (-s.bias_points, s.index))
    if not flagged:
        return '<p class="note">None: no sentence carries loaded language in the writer\'s voice.</p>'
    items = []
    for s in flagged[:limit]:
        terms = ", ".join(f"{h.text or h.term} [{h.category}{' → ' + h.target if h.target else ''}]"
                          for h in s.hits if h.voice == "writer")
        items.append(f'<li><a href="#s{s.index}">¶{s.paragraph}</a> {_e(text[s.start:s.end])} '
                     f'<span class="note">— {_e(terms)}; {s.bias_points:.2f} points</span></li>')
    more = (f'<p class="note">… and {len(flagged) - limit} more, marked in the article below.</p>'
            if len(flagged) > limit else "")
    return f'<ol class="read-first">{"".join(items)}</ol>{more}'


def _entity_mentions(report: ArticleReport) -> dict[int, list[tuple[int, int, str]]]:
    """Sentence index -> the entity mentions inside it, (start, end, entity id), in text order."""
    starts = [(s.start, s.end, s.index) for s in report.sentences]
    out: dict[int, list[tuple[int, int, str]]] = {}
    spans = sorted((a, b, e.id) for e in report.entities for a, b in e.mentions)
    k = 0
    for a, b, eid in spans:
        while k < len(starts) and starts[k][1] <= a:
            k += 1
        if k < len(starts) and starts[k][0] <= a and b <= starts[k][1]:
            out.setdefault(starts[k][2], []).append((a, b, eid))
    return out


def _entities_table(report: ArticleReport) -> tuple[str, str]:
    """The table "Who is quoted, and how each is described", and the CSS that lights up an entity's
    mentions in the article while its row is the page's target (no script: the CSP forbids it)."""
    from .text import entity_rows, shown_entities

    n = len(report.entities)
    shown = shown_entities(report, n)
    if not shown:
        return '<p class="note">No one is quoted or described with loaded words.</p>', ""
    rows, css = [], []
    for e, row in zip(shown, entity_rows(report, n), strict=True):
        rows.append(f'<tr id="e-{_e(e.id)}"><td><a href="#e-{_e(e.id)}" title="show its mentions in the article">'
                    f'{_e(row[0])}</a></td><td>{_e(row[1])}</td><td class="n">{_e(row[2])}</td>'
                    f'<td>{_e(row[3])}</td><td class="n">{_e(row[4])}</td></tr>')
        css.append(f"body:has(#e-{e.id}:target) .ent-{e.id} {{ background: #ffe08a; outline: 1px solid #c99a00; }}")
    table = ("<table><thead><tr><th>entity (roles)</th><th>type</th><th>quoted (words)</th>"
             "<th>described as; other terms aimed at it</th><th>tone</th></tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>")
    return table, "\n".join(css)


def render_html(report: ArticleReport) -> str:
    """The whole page as a string (UTF-8, self-contained)."""
    doc = report.document
    text = report.text
    title = doc.title or "(untitled)"
    where = doc.url or doc.path or "text"
    facts = [where] + [x for x in (doc.site_name, doc.author, doc.date) if x]
    lexicons = "; ".join(f"{lx['name']} {lx['version']} (sha256 {str(lx['sha256'])[:12]}…)"
                         for lx in report.lexicons)
    mentions = _entity_mentions(report)
    paragraphs = "\n".join(_paragraph_html(text, p, mentions) for p in report.paragraphs)
    entities, entity_css = _entities_table(report)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="biaslens {_e(__version__)}">
<title>{_e(title)} · biaslens report</title>
<style>{_STYLE}{_cat_css()}
{entity_css}</style>
</head>
<body>
<main>
<header>
<p class="meta">biaslens report</p>
<h1>{_e(title)}</h1>
<p class="meta">{" · ".join(_e(f) for f in facts)}</p>
</header>
<section aria-labelledby="h-metrics">
<h2 id="h-metrics">Headline figures</h2>
<div class="cards">{_cards(report)}</div>
</section>
<section aria-labelledby="h-chart">
<h2 id="h-chart">Paragraph by paragraph</h2>
<figure>{chart_svg(report)}
<figcaption class="note">Top: bias_score of each analysed paragraph. Bottom: the share of its sentences
attributed to a source (– for a headline). Hover a bar for its value.</figcaption></figure>
</section>
<section aria-labelledby="h-first">
<h2 id="h-first">Read these first</h2>
<p class="note">Sentences that carry loaded language in the writer's own voice, sourced or not (words inside
quotations do not count), most points first, with whom each term is aimed at.</p>
{_read_first(report, text)}
</section>
<section aria-labelledby="h-article" class="article">
<h2 id="h-article">The article</h2>
<div class="legend">{_legend()}</div>
<div style="height:1rem"></div>
{paragraphs}
</section>
<section aria-labelledby="h-sources">
<h2 id="h-sources">Sources</h2>
{_sources_table(report)}
</section>
<section aria-labelledby="h-entities">
<h2 id="h-entities">Who is quoted, and how each is described</h2>
<p class="note">People, organisations, groups and places that speak or that the writer's loaded words describe
or aim at. Select a name to mark its mentions in the article.</p>
{entities}
</section>
<footer>
<p>Made by biaslens {_e(__version__)}. Sourced means the sentence's claim is attributed to someone; loaded
terms count only in the writer's voice, not inside quotations or reported speech. Lexicons: {_e(lexicons)}.</p>
</footer>
</main>
</body>
</html>
"""
