"""Text rendering for the terminal, in one place: numbers, amounts and times as a reader writes
them, tables, cards, analysis reports, timelines and conflicts.

The library modules return data (cards, reports, series as JSON-ready records); the command
line renders them with these functions, and the server's templates use the same number,
amount and time formatting as filters, so a figure reads the same everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "format_number",
    "format_amount",
    "format_when",
    "format_table",
    "format_markdown",
    "format_card",
    "format_report",
    "format_timelines",
    "format_conflicts",
    "svg_chart",
    "chart_sources",
    "axis_scale",
    "nice_ticks",
]


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns under a dashed rule, as the CLI prints tables.

    >>> print(format_table(["a", "bb"], [["x", "y"]]), end="")
    a  bb
    -  --
    x  y
    """
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(out) + "\n"


def format_markdown(header: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table; ``|`` in cells is escaped.

    >>> print(format_markdown(["a", "b"], [["x|y", "z"]]), end="")
    | a | b |
    | --- | --- |
    | x\\|y | z |
    """

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(cell(h) for h in header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def format_number(value: float) -> str:
    """A number as a reader would write it: thousands separated, millions and up in words.

    >>> format_number(853690000000), format_number(14074), format_number(6.31), format_number(2_500_000)
    ('853.69 billion', '14,074', '6.31', '2.5 million')
    """
    for divisor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= divisor:
            return f"{value / divisor:,.6g} {word}"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def format_amount(f: Mapping[str, Any]) -> str:
    """A value with its qualifier and unit, as a reader would say it.

    >>> format_amount({"value": 6.5, "qualifier": "over", "qualifier_label": "over", "unit": "percent"})
    'over 6.5%'
    >>> format_amount({"value": 320230000000, "qualifier": None, "unit": "yuan", "unit_label": "yuan"})
    '320.23 billion yuan'
    >>> format_amount({"value": 18000, "value_max": 20000, "qualifier": None, "unit": "count"})
    '18,000–20,000'
    """
    text = format_number(f["value"])
    if f.get("value_max") is not None:
        text += "–" + format_number(f["value_max"])
    qual = "" if f.get("qualifier") in (None, "exact") else f"{f['qualifier_label']} "
    unit = {"percent": "%", "count": ""}.get(f.get("unit") or "", f" {f.get('unit_label') or ''}").rstrip()
    return f"{qual}{text}{unit}"


def format_when(f: Mapping[str, Any]) -> str:
    """The time of a fact: year, period or as-of date ("undated" when it has none).

    >>> format_when({"period": "2016/2020"}), format_when({"as_of": "2020-11"}), format_when({"as_of": "publication"})
    ('2016–2020', 'as of 2020-11', "as of its source's date")
    """
    parts = []
    if f.get("year"):
        parts.append(f["year"])
    if f.get("period"):
        start, _, end = f["period"].partition("/")
        parts.append(f"since {start}" if end == ".." else f"{start}–{end}")
    if f.get("as_of") == "publication":
        parts.append("as of its source's date")
    elif f.get("as_of"):
        parts.append(f"as of {f['as_of']}")
    return ", ".join(parts) or "undated"


def _src_lines(f: Mapping[str, Any]) -> list[str]:
    said = ""
    if f.get("according_to"):
        said += " according to " + ", ".join(w["label"] for w in f["according_to"])
    if f.get("relayed_from"):
        said += f" (relayed from {f['relayed_from']})"
    return [f"      [{s['document']}]{said} “{s['quote']}”" for s in f["sources"]]


def format_card(card: Mapping[str, Any]) -> str:
    """Render a card as text for the terminal."""
    lines = [f"{card['label']}  ({card['id']})", f"  types:    {', '.join(card['type_labels']) or '-'}"]
    if card["aliases"]:
        lines.append(f"  aliases:  {'; '.join(card['aliases'])}")
    for o in card["outside_knowledge"]:
        lines.append(f"  {o['predicate'].rsplit('#')[-1]}: {o['value']} (outside knowledge: {o['note']})")
    if card.get("metadata"):
        for key, value in card["metadata"].items():
            lines.append(f"  {key}: {value}")
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for f in card["facts"]:
        by_kind.setdefault(f["kind"], []).append(f)
    sections = [
        ("relation", "Relations"),
        ("indicator", "Indicators"),
        ("ranking", "Rankings"),
        ("post", "Posts"),
        ("quotation", "Quotations"),
        ("mention", "Named in"),
    ]
    for kind, title in sections:
        facts = by_kind.get(kind, [])
        if not facts:
            continue
        lines.append(f"{title}:")
        for f in facts:
            if kind == "relation":
                other = f["object"]["label"] if f.get("object") else f["value"]
                arrow = "→" if f["direction"] == "out" else "←"
                lines.append(f"  {arrow} {f['predicate_label']}: {other}")
            elif kind == "indicator":
                extra = [
                    x
                    for x in (
                        f.get("scope") and f"scope: {f['scope']}",
                        f.get("base_year") and f"vs {f['base_year']}",
                        f.get("compared_to") and f"vs {f['compared_to']}",
                    )
                    if x
                ]
                subject = "" if f["subject"]["iri"] == card["iri"] else f" [{f['subject']['label']}]"
                lines.append(
                    f"  {f['measure']['label']}{subject}: {format_amount(f)} ({format_when(f)})"
                    + (f" — {'; '.join(extra)}" if extra else "")
                )
            elif kind == "ranking":
                where = f["index"]["label"] if f["index"] else (f["category"] or "ranking")
                bits = [
                    x
                    for x in (
                        f.get("category") if f["index"] else None,
                        f.get("out_of") and f"out of {f['out_of']}",
                        f.get("consecutive") and f"{f['consecutive']} consecutive times",
                        f.get("year"),
                    )
                    if x
                ]
                lines.append(
                    f"  #{f['rank']} {f['entity']['label']} in {where}" + (f" ({'; '.join(bits)})" if bits else "")
                )
            elif kind == "post":
                orgs = ", ".join(o["label"] for o in f["organizations"]) or "organization not stated"
                when = f" (as of {f['as_of']})" if f.get("as_of") else ""
                lines.append(f"  {f['person']['label']}: {f['role']['label']} — {orgs}{when}")
            elif kind == "quotation":
                lines.append(f"  {f['speaker']['label']}: “{f['value']}”")
            elif kind == "mention":
                lines.append(f"  {f['object']['label']}")
            if kind != "quotation" or f["value"] != (f["sources"][0]["quote"] if f["sources"] else None):
                lines.extend(_src_lines(f))
            else:
                lines.append(f"      [{f['sources'][0]['document']}]")
    return "\n".join(lines) + "\n"


def _ratio(g: dict[str, Any]) -> str:
    mark = "≈" if g["approximate"] else ""
    scope = "" if g["same_scope"] else " †"
    return "-" if g["ratio"] is None else f"{mark}{g['ratio']:.2f}x{scope}"


def _cagr(g: dict[str, Any]) -> str:
    mark = "≈" if g["approximate"] else ""
    return "-" if g["cagr"] is None else f"{mark}{g['cagr'] * 100:+.1f}%/yr"


def _change(g: dict[str, Any], unit: str) -> str:
    mark = "≈" if g["approximate"] else ""
    suffix = " pp" if unit == "percent" else ""
    change = g["change"]
    return f"{mark}{'+' if change >= 0 else '-'}{format_number(abs(change))}{suffix}"


def format_timelines(series: list[dict[str, Any]]) -> str:
    """Series as text: one table per series, growth on each row, then each point's sources."""
    out = []
    for s in series:
        unit = f" ({s['unit_label']})" if s["unit_label"] else ""
        lines = [f"{s['subject']['label']} — {s['measure']['label']}{unit}"]
        steps = {g["to"]: g for g in s["growth"]}
        rows = []
        for i, p in enumerate(s["points"]):
            g = steps.get(p["year"]) if i and s["points"][i - 1]["year"] != p["year"] else None
            rows.append(
                [
                    str(p["year"]),
                    format_amount(p),
                    _ratio(g) if g else "",
                    _cagr(g) if g else "",
                    _change(g, s["unit"]) if g else "",
                    ", ".join(src["document"] for src in p["sources"]),
                    p["scope"] or "",
                ]
            )
        if rows:
            header = ["year", "value", "vs previous", "CAGR", "change", "source", "scope"]
            if not any(r[6] for r in rows):
                header, rows = header[:6], [r[:6] for r in rows]
            lines.append(format_table(header, rows).rstrip("\n"))
        for p in s["undated"]:
            scope = f"; {p['scope']}" if p["scope"] else ""
            docs = ", ".join(src["document"] for src in p["sources"])
            lines.append(f"  {format_when(p)}: {format_amount(p)}{scope}  [{docs}]")
        if any(g["approximate"] for g in s["growth"]):
            lines.append("  ≈ growth from qualified values (over, around, nearly ...) is indicative")
        if not all(g["same_scope"] for g in s["growth"]):
            lines.append(
                "  † the two values are scoped differently (see scope): part of the change may be definitional"
            )
        lines.append("  sources:")
        quoted: dict[tuple[str, str], list[str]] = {}
        for p in s["points"] + s["undated"]:
            label = str(p["year"]) if p.get("year") else format_when(p)
            for src in p["sources"]:
                quoted.setdefault((src["document"], src["quote"]), []).append(label)
        lines += [f"    {', '.join(labels)} [{doc}] “{quote}”" for (doc, quote), labels in quoted.items()]
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def format_conflicts(conflicts: list[dict[str, Any]]) -> str:
    """Conflicts as numbered text blocks: each claim with its time, scope, source and quote."""
    if not conflicts:
        return "no conflicting or overlapping claims\n"
    out = []
    for i, c in enumerate(conflicts, 1):
        lines = [f"{i}. {c['kind']}: {c['subject']} · {c['measure']}"]
        for claim in c["claims"]:
            about = ""
            if (claim["subject"]["label"], claim["measure"]["label"]) != (c["subject"], c["measure"]):
                about = f"{claim['subject']['label']} · {claim['measure']['label']}: "
            scope = f"; scope: {claim['scope']}" if claim["scope"] else ""
            lines.append(f"   - {about}{claim['text']} ({claim['when']}{scope})")
            lines += [f"       [{s['document']}] “{s['quote']}”" for s in claim["sources"]]
        lines.append(f"   → {c['verdict']}")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def format_report(report: dict[str, Any], fmt: str = "table", *, members: int = 6) -> str:
    """Render an :func:`analyze` report as aligned text tables (``table``) or ``markdown``.

    Communities list their ``members`` best-connected entities.
    """

    def score(value: Any) -> str:
        return f"{value:.4f}" if isinstance(value, float) else str(value)

    sampled = " (estimated from sampled sources)" if report["betweenness_sampled"] else ""
    comm = report["communities"]
    comps = report["components"]
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        (
            "Summary",
            ["figure", "value"],
            [
                ["entities", str(report["nodes"])],
                ["relations", str(report["edges"])],
                ["connected components", str(comps["count"])],
                ["largest component", str(comps["sizes"][0] if comps["sizes"] else 0)],
                ["isolated entities", str(comps["isolated"])],
                [f"communities (Louvain, seed {comm['seed']})", str(len(comm["groups"]))],
                ["modularity", str(comm["modularity"])],
                ["bridges", str(len(report["bridges"]))],
                ["articulation points", str(len(report["articulation_points"]))],
            ],
        ),
        ("Entities by class", ["class", "entities"], [[k, str(v)] for k, v in report["classes"].items()]),
    ]
    titles = {"degree": "Top by degree", "pagerank": "Top by PageRank", "betweenness": "Top by betweenness" + sampled}
    for measure, title in titles.items():
        rows = [[str(i), e["label"], score(e["score"])] for i, e in enumerate(report["top"][measure], 1)]
        sections.append((title, ["#", "entity", measure], rows))
    rows = []
    singles = sum(1 for group in comm["groups"] if group["size"] == 1)
    for i, group in enumerate((g for g in comm["groups"] if g["size"] > 1), 1):
        names = [m["label"] for m in group["members"][:members]]
        more = group["size"] - len(names)
        rows.append([str(i), str(group["size"]), ", ".join(names) + (f", … (+{more})" if more > 0 else "")])
    if singles:
        rows.append(["", "1", f"{singles} entities on their own"])
    sections.append(("Communities", ["#", "size", "best-connected members"], rows))
    sections.append(
        (
            "Bridges (relations whose removal splits a component)",
            ["from", "relation", "to"],
            [[b["from"]["label"], b["relation"], b["to"]["label"]] for b in report["bridges"]],
        )
    )
    sections.append(
        (
            "Articulation points (entities whose removal splits a component)",
            ["entity"],
            [[e["label"]] for e in report["articulation_points"]],
        )
    )
    out = []
    for title, header, rows in sections:
        if fmt == "markdown":
            out.append(f"## {title}\n\n" + (format_markdown(header, rows) if rows else "(none)\n"))
        else:
            out.append(f"{title}\n" + (format_table(header, rows) if rows else "(none)\n"))
    return "\n".join(out)


def axis_scale(largest: float) -> tuple[float, str]:
    """A divisor and its word, so axis numbers stay short (853.69 billion, not 853690000000).

    >>> axis_scale(853_690_000_000), axis_scale(262.9)
    ((1000000000.0, 'billion'), (1, ''))
    """
    for divisor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if largest >= divisor:
            return divisor, word
    return 1, ""


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About ``count`` round axis values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high.

    >>> nice_ticks(0, 283.9), nice_ticks(0, 7.02), nice_ticks(5.9, 6.5)
    ([0, 100, 200, 300], [0, 2, 4, 6, 8], [5.8, 6.0, 6.2, 6.4, 6.6])
    """
    span = (high - low) or abs(high) or 1.0
    raw = span / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks: list[float] = [round(first, 10)]
    while ticks[-1] < high - step * 1e-9 or len(ticks) < 2:
        ticks.append(round(ticks[-1] + step, 10))
    return [int(t) if float(t).is_integer() and step >= 1 else t for t in ticks]


def svg_chart(
    series: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    *,
    ident: str = "chart",
    width: int = 560,
    height: int = 250,
    standalone: bool = False,
) -> str:
    """Indicator series (from :func:`kg.timeline.series_of`) as an SVG chart, for a page.

    One series, or several of one measure and unit (every subject's, on a measure's page).
    Values over the years on round axis values, the measure and unit (with its scale word:
    "billion yuan") in the title; a line per subject and scope (values the sources scope
    differently are never joined into one line), told apart in a legend; a qualified value ("over",
    "around") drawn hollow and said so in its tooltip. All text is escaped; the chart has a
    title and a description for screen readers (their element ids start with ``ident``:
    give each chart of a page its own). ``standalone``: a file of its own (``kg timeline
    --chart``), with its styles, each value written by its point and, under the chart, a note
    of its sources and of the scopes the sources give.

    >>> svg = svg_chart({"measure": {"label": "R&D <share>"}, "subject": {"label": "Beijing"}, "unit": "percent",
    ...     "unit_label": "percent", "points": [
    ...         {"year": 2016, "value": 5.96, "qualifier": "exact", "scope": None, "sources": [{"document": "a"}]},
    ...         {"year": 2020, "value": 6, "qualifier": "around", "qualifier_label": "around", "scope": None,
    ...          "sources": [{"document": "b"}]}]})
    >>> svg.startswith("<svg") and "R&amp;D &lt;share&gt;" in svg and "<script" not in svg
    True
    >>> svg.count("<circle"), svg.count(' hedged"'), svg.count("<polyline")
    (2, 1, 1)
    >>> def one(who, year, value):
    ...     return {"subject": {"label": who}, "measure": {"label": "patents"}, "unit": "count", "unit_label": "",
    ...             "points": [{"year": year, "value": value, "qualifier": None, "sources": []}]}
    >>> both = svg_chart([one("Beijing", 2020, 5), one("Shanghai", 2021, 3)])
    >>> '<title id="chart-t">patents (count)</title>' in both, ">Beijing</text>" in both, ">Shanghai</text>" in both
    (True, True, True)
    """
    from html import escape

    many = [series] if isinstance(series, Mapping) else list(series)
    first_series = many[0]
    points = [p for s in many for p in s["points"]]
    scopes: dict[str, list[Mapping[str, Any]]] = {}  # a line per subject and scope, named for the legend
    for s in many:
        for p in s["points"]:
            line = [str(s["subject"]["label"])] if len(many) > 1 else []
            line += [f"scope: {p['scope']}"] if p.get("scope") else []
            scopes.setdefault(" — ".join(line), []).append(p)
    legend = len(scopes) > 1
    height += 16 * len(scopes) if legend else 0
    notes = _chart_notes(points) if standalone else []
    height += 14 * len(notes) + (8 if notes else 0)
    values = [float(v) for p in points for v in (p["value"], p.get("value_max")) if v is not None]
    divisor, word = axis_scale(max([abs(v) for v in values] or [0.0]))
    unit = str(first_series.get("unit_label") or first_series.get("unit") or "")
    unit = " ".join(w for w in (word, unit) if w)
    about = "" if len(many) > 1 else f"{first_series['subject']['label']} — "
    title = f"{about}{first_series['measure']['label']}" + (f" ({unit})" if unit else "")
    ticks = nice_ticks(min([0.0, *values]) / divisor, max([0.0, *values]) / divisor)
    low, high = ticks[0], ticks[-1]
    left, right, top = 52, 20, 30
    plot_w, plot_h = width - left - right, 250 - top - 40
    years = [int(p["year"]) for p in points] or [0]
    first, last = min(years), max(years)

    def x(year: int) -> float:
        return left + (plot_w / 2 if last == first else (year - first) / (last - first) * plot_w)

    def y(value: float) -> float:
        return top + plot_h - (value / divisor - low) / ((high - low) or 1) * plot_h

    size = f' width="{width * 2}" height="{height * 2}"' if standalone else ""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else "",
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}"{size} role="img" '
        f'aria-labelledby="{ident}-t {ident}-d"><title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(_chart_description(points, unit))}</desc>',
        f"<style>{CHART_STYLE}</style>" if standalone else "",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>' if standalone else "",
        f'<text x="8" y="18" class="chart-title">{escape(title)}</text>',
    ]
    for tick in ticks:
        ty = y(tick * divisor)
        out.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + plot_w}" y2="{ty:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" class="tick">{tick:,}</text>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>')
    step = max(1, math.ceil((last - first) / 8))
    for year in range(first, last + 1, step):
        out.append(f'<text x="{x(year):.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{year}</text>')
    out.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h + 32}" text-anchor="middle" class="label">year</text>'
    )
    for n, (scope, group) in enumerate(scopes.items()):
        coords = " ".join(f"{x(int(p['year'])):.1f},{y(float(p['value'])):.1f}" for p in group)
        dash = "" if n == 0 else ' stroke-dasharray="5 3"'
        if len(group) > 1:
            out.append(f'<polyline points="{coords}" class="series s{n % 4}"{dash}/>')
        for p in group:
            hollow = " hedged" if p.get("qualifier") not in (None, "exact") else ""
            docs = ", ".join(str(s.get("document")) for s in p.get("sources", []))
            tip = f"{p['year']}: {format_amount(p)}" + (f" — {scope}" if scope else "") + f" [{docs}]"
            out.append(
                f'<circle cx="{x(int(p["year"])):.1f}" cy="{y(float(p["value"])):.1f}" r="4" '
                f'class="point s{n % 4}{hollow}"><title>{escape(tip)}</title></circle>'
            )
            if standalone:  # a file has no tooltips: the value is written by its point
                out.append(
                    f'<text x="{x(int(p["year"])):.1f}" y="{y(float(p["value"])) - 8:.1f}" text-anchor="middle" '
                    f'class="value">{escape(format_amount(p))}</text>'
                )
        if legend:
            ly = 250 + 16 * n
            said = scope or "as the measure is defined"
            out.append(f'<circle cx="{left}" cy="{ly - 4}" r="4" class="point s{n % 4}"/>')
            out.append(f'<text x="{left + 10}" y="{ly}" class="label">{escape(said[:90])}</text>')
    base = 250 + (16 * len(scopes) if legend else 0) + 8
    for i, said_under in enumerate(notes):
        out.append(f'<text x="8" y="{base + 14 * i + 4}" class="note">{escape(said_under)}</text>')
    out.append("</svg>")
    return "".join(out)


#: The styles of a chart written to a file of its own (a page styles its charts in style.css).
CHART_STYLE = (
    "text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif}"
    ".axis{stroke:#1d2430}.grid{stroke:#d9dee7}.tick,.label{font-size:11px;fill:#5b6575}"
    ".chart-title{font-size:13px;font-weight:600;fill:#1d2430}.series{fill:none;stroke-width:2}"
    ".point{stroke-width:2}.value{font-size:10px;fill:#1d2430}.note{font-size:9px;fill:#5b6575}"
    ".s0{stroke:#0b5cad;fill:#0b5cad}.s1{stroke:#a3320b;fill:#a3320b}.s2{stroke:#1a7f37;fill:#1a7f37}"
    ".s3{stroke:#6639ba;fill:#6639ba}polyline.series{fill:none}"
    ".point.hedged{fill:#ffffff}"
)


def chart_sources(points: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """The (document, title) of every source of a chart's points, by document: its source note.

    >>> chart_sources([{"sources": [{"document": "b", "title": "B"}]}, {"sources": [{"document": "a"}]}])
    [('a', 'a'), ('b', 'B')]
    """
    titles = {str(s["document"]): str(s.get("title") or s["document"]) for p in points for s in p.get("sources", [])}
    return sorted(titles.items())


def _chart_notes(points: Sequence[Mapping[str, Any]], width: int = 110) -> list[str]:
    """The lines under a chart written to a file: its sources, and the scopes they give by year."""
    import textwrap

    titles = [title for _, title in chart_sources(points)]
    note = ("Sources: " if len(titles) > 1 else "Source: ") + "; ".join(titles)
    scopes: dict[str, list[str]] = {}
    for p in points:
        if p.get("scope"):
            scopes.setdefault(str(p["scope"]), []).append(str(p["year"]))
    if scopes:
        note += ". Scope: " + "; ".join(f"{', '.join(years)}: {scope}" for scope, years in scopes.items())
    return textwrap.wrap(note, width) if titles or scopes else []


def _chart_description(points: list[Mapping[str, Any]], unit: str) -> str:
    said = "; ".join(
        f"{p['year']}: {format_amount(p)}" + (f" ({p['scope']})" if p.get("scope") else "") for p in points
    )
    return f"Values by year{f' in {unit}' if unit else ''}: {said}." + (
        " Hollow points are qualified values (over, around, nearly ...)."
        if any(p.get("qualifier") not in (None, "exact") for p in points)
        else ""
    )


#: The columns of :func:`facts_csv`.
FACT_COLUMNS = (
    "kind", "predicate", "subject", "object", "value", "value_max", "unit", "qualifier", "year", "period", "as_of",
    "scope", "document", "quote",
)  # fmt: skip


def facts_csv(card: Mapping[str, Any]) -> str:
    """A card's facts as CSV, a row per fact and source: what it says, its time, its document and quote.

    ``subject`` is the entity the fact is about (the card's own for relations it is the
    subject of), ``object`` the other entity, if any; ``value`` a number, a text or a rank.

    >>> print(facts_csv({"label": "A", "facts": [{"kind": "ranking", "predicate": "rank", "entity": {"label": "A"},
    ...     "object": {"label": "Index"}, "value": 3, "sources": [{"document": "d", "quote": "A, third"}]}]}), end="")
    kind,predicate,subject,object,value,value_max,unit,qualifier,year,period,as_of,scope,document,quote
    ranking,rank,A,Index,3,,,,,,,,d,"A, third"
    """
    import csv
    import io

    def label(ref: Any) -> str:
        return str(ref["label"]) if ref else ""

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FACT_COLUMNS)
    for f in card["facts"]:
        subject = f.get("subject") or f.get("entity") or f.get("person") or f.get("speaker")
        other = f.get("object")
        if f.get("kind") in ("relation", "mention") and f.get("direction") == "in":
            subject, other = other, {"label": card["label"]}
        elif f.get("kind") in ("relation", "mention"):
            subject = {"label": card["label"]}
        if other is not None and subject is not None and label(other) == label(subject):
            other = None
        cells = {
            "kind": f.get("kind"),
            "predicate": f.get("predicate_label") or f.get("predicate"),
            "subject": label(subject),
            "object": label(f.get("measure")) if f.get("kind") == "indicator" else label(other),
            **{k: f.get(k) for k in ("value", "value_max", "unit", "qualifier", "year", "period", "as_of", "scope")},
        }
        for source in f.get("sources") or [{}]:
            row = {**cells, "document": source.get("document"), "quote": source.get("quote")}
            writer.writerow(["" if row[c] is None else row[c] for c in FACT_COLUMNS])
    return buffer.getvalue()


def compare_rows(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Two entities' series (:func:`kg.timeline.series_of`) side by side: a table per measure and
    unit, a row per year either has, each cell the value as a reader says it (with its scope).

    >>> s = lambda who, year, v: {"measure": {"id": "m", "label": "labs"}, "unit": "count", "unit_label": "",
    ...     "subject": {"label": who}, "points": [{"year": year, "value": v, "qualifier": None, "unit": "count"}]}
    >>> [(t["measure"], t["rows"]) for t in compare_rows([s("A", 2020, 5)], [s("B", 2021, 7)])]
    [('labs', [(2020, ['5'], []), (2021, [], ['7'])])]
    """
    tables: dict[tuple[str, str], dict[str, Any]] = {}
    for side, series in ((0, a), (1, b)):
        for one in series:
            key = (str(one["measure"]["label"]), str(one["unit"]))
            table = tables.setdefault(
                key, {"measure": key[0], "unit": one.get("unit_label") or one["unit"], "years": {}, "both": set()}
            )
            table["both"].add(side)
            for p in one["points"]:
                cell = table["years"].setdefault(int(p["year"]), ([], []))
                scope = f" ({p['scope']})" if p.get("scope") else ""
                cell[side].append(format_amount(p) + scope)
    out = []
    for (measure, _), table in sorted(tables.items(), key=lambda kv: (len(kv[1]["both"]) < 2, kv[0])):
        rows = [(year, cells[0], cells[1]) for year, cells in sorted(table["years"].items())]
        out.append({"measure": measure, "unit": table["unit"], "shared": len(table["both"]) == 2, "rows": rows})
    return out
