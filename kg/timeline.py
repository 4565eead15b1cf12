"""Indicator time series merged across sources, with growth between points, and charts.

A series is one subject's observations of one measure in one unit. Points with a year
line up on the time axis; observations with only a period or an as-of date are kept
beside the series (``undated``), so nothing a source says is dropped. Qualifiers stay with
their values: "over 6.5%" is a lower bound, and growth computed from it says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.errors import BadInputError, KgError
from kg.model import year_of
from kg.records import Indicator
from kg.render import axis_scale
from kg.store import KnowledgeGraph

__all__ = ["timelines", "series_of", "growth", "draw_chart", "CHART_FORMATS"]

#: File suffixes ``draw_chart`` writes.
CHART_FORMATS = (".png", ".svg")

_EXACT = (None, "exact")


def growth(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Change from point ``a`` to a later point ``b``: ratio, compound annual growth rate, difference.

    ``approximate`` is true when either value is qualified ("over", "around", ...), so the
    figures are indicative, not exact; ``same_scope`` is false when the sources scope the
    two values differently (the change may then be partly one of definition). Ratio and
    CAGR are None when ``a`` is zero or the signs differ.

    >>> g = growth({"year": 2014, "value": 100, "qualifier": None}, {"year": 2024, "value": 200, "qualifier": "over"})
    >>> g["ratio"], round(g["cagr"], 4), g["change"], g["approximate"]
    (2.0, 0.0718, 100, True)
    """
    years = int(b["year"]) - int(a["year"])
    ratio = b["value"] / a["value"] if a["value"] and (a["value"] > 0) == (b["value"] > 0) else None
    cagr = ratio ** (1 / years) - 1 if ratio is not None and years > 0 else None
    change = b["value"] - a["value"]
    return {
        "from": a["year"],
        "to": b["year"],
        "years": years,
        "ratio": round(ratio, 6) if ratio is not None else None,
        "cagr": round(cagr, 6) if cagr is not None else None,
        "change": round(change, 6) if isinstance(change, float) else change,
        "approximate": a["qualifier"] not in _EXACT or b["qualifier"] not in _EXACT,
        "same_scope": (a.get("scope") or None) == (b.get("scope") or None),
    }


def _point(obs: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("year", "value", "qualifier", "qualifier_label", "unit", "unit_label", "scope", "note", "sources")
    point = {k: obs[k] for k in keys}
    for k in ("period", "as_of", "base_year", "compared_to"):
        if obs.get(k):
            point[k] = obs[k]
    return point


def _year(obs: Mapping[str, Any]) -> str | None:
    """The year a value belongs to in a series: its year, or the year of its as-of date.

    >>> _year({"year": None, "as_of": "2020-11"}), _year({"year": "2019", "as_of": None})
    ('2020', '2019')
    """
    if obs.get("year"):
        return str(obs["year"])
    as_of = obs.get("as_of")
    year = year_of(as_of) if as_of else None
    return None if year is None else str(year)


def timelines(
    graph: KnowledgeGraph, name: str, *, indicator: str | None = None, unit: str | None = None
) -> list[dict[str, Any]]:
    """The indicator series of an entity (or of a measure, across subjects), merged across sources.

    ``name`` is an entity or a measure, found as ``kg lookup`` finds names; ``indicator``
    narrows an entity's series to one measure, and ``unit`` (id or label) to one unit.
    Each series has ``subject``, ``measure``, ``unit``, ``unit_label``, ``points`` (by
    year, each with its qualifier, scope and sources), ``growth`` (between consecutive
    years) and ``undated`` observations.
    """
    from kg.lookup import find, observations

    entry = find(graph, name)
    if entry.get("kind") == "source":
        raise BadInputError(f"{entry['label']!r} is a source document; give an entity or an indicator")
    found = observations(graph, entry["iri"])
    if indicator is not None:
        measure = find(graph, indicator, kind="measure")
        found = [o for o in found if o["measure"]["id"] == measure["id"]]
        if not found:
            raise KgError(f"{entry['label']!r} has no observations of {measure['label']!r}")
    elif not found:
        raise KgError(f"{entry['label']!r} has no indicator observations")
    if unit is not None:
        units = sorted({str(o["unit"]) for o in found})
        found = [o for o in found if unit in (o["unit"], o["unit_label"])]
        if not found:
            raise BadInputError(f"no values in unit {unit!r} (units here: {', '.join(units)})")
    return series_of(found)


def series_of(found: Iterable[Indicator]) -> list[dict[str, Any]]:
    """Observations as series, one per subject, measure and unit (see :func:`timelines`)."""
    groups: dict[tuple[str, str, str], list[Indicator]] = {}
    for obs in found:
        groups.setdefault((obs["subject"]["label"], obs["measure"]["label"], obs["unit"]), []).append(obs)
    series = []
    for (_, _, unit), group in sorted(groups.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1].casefold())):
        dated = sorted((o for o in group if _year(o)), key=lambda o: (int(_year(o) or 0), o["value"]))
        points = [{**_point(o), "year": int(_year(o) or 0)} for o in dated]
        steps = [growth(a, b) for a, b in zip(points, points[1:], strict=False) if b["year"] > a["year"]]
        series.append(
            {
                "subject": group[0]["subject"],
                "measure": group[0]["measure"],
                "unit": unit,
                "unit_label": group[0]["unit_label"],
                "points": points,
                "growth": steps,
                "undated": [_point(o) for o in group if not _year(o)],
            }
        )
    return series


def draw_chart(series: dict[str, Any], path: Path) -> None:
    """Draw one series as a line chart (PNG or SVG by ``path``'s suffix), written atomically.

    Axis labels name the year and the measure with its unit; qualified values are hollow
    markers labelled with their qualifier; a note under the chart names the sources.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kg.files import write_file

    suffix = path.suffix.lower()
    if suffix not in CHART_FORMATS:
        raise BadInputError(f"chart file must end in {' or '.join(CHART_FORMATS)}, not {path.name!r}")
    points = series["points"]
    if not points:
        raise KgError(f"{series['measure']['label']!r} of {series['subject']['label']!r} has no dated values to chart")
    years = [p["year"] for p in points]
    scale, scale_word = axis_scale(max(abs(p["value"]) for p in points))
    values = [p["value"] / scale for p in points]
    unit = series["unit_label"] or series["unit"] or ""
    if series["unit"] == "percent":
        unit = "%"
    axis_unit = f"{scale_word} {unit}".strip() if unit != "%" else "percent"
    fig, ax = plt.subplots(figsize=(8, 4.8), dpi=120)
    try:
        ax.plot(years, values, color="#1f4e79", linewidth=2, zorder=1)
        exact = [(y, v) for y, v, p in zip(years, values, points, strict=True) if p["qualifier"] in _EXACT]
        approx = [(y, v) for y, v, p in zip(years, values, points, strict=True) if p["qualifier"] not in _EXACT]
        if exact:
            ax.scatter(
                [x for x, _ in exact], [y for _, y in exact], color="#1f4e79", s=40, zorder=2, label="reported value"
            )
        if approx:
            ax.scatter(
                [x for x, _ in approx],
                [y for _, y in approx],
                facecolors="white",
                edgecolors="#1f4e79",
                linewidths=1.5,
                s=40,
                zorder=2,
                label="qualified value (over, around, ...)",
            )
        for y, v, p in zip(years, values, points, strict=True):
            qual = "" if p["qualifier"] in _EXACT else f"{p['qualifier_label']} "
            text = f"{qual}{v:,.6g}{'%' if unit == '%' else ''}"
            ax.annotate(text, (y, v), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9)
        ax.set_title(f"{series['subject']['label']}: {series['measure']['label']}", fontsize=12, loc="left")
        ax.set_xlabel("Year")
        ax.set_ylabel(axis_unit[:1].upper() + axis_unit[1:] if axis_unit else "Value")
        ax.set_xticks(sorted(set(years)))
        ax.set_xticklabels([str(y) for y in sorted(set(years))])
        span = max(years) - min(years)
        margin = max(0.6, span * 0.06)
        ax.set_xlim(min(years) - margin, max(years) + margin)
        low, high = min(values + [0]), max(values)
        ax.set_ylim(low, high * 1.15 if high > 0 else 1)
        from matplotlib.ticker import FuncFormatter

        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.6g}"))
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.spines[["top", "right"]].set_visible(False)
        if approx:
            ax.legend(loc="lower right", fontsize=8, frameon=False)
        titles = {src["document"]: src["title"] or src["document"] for p in points for src in p["sources"]}
        note = ("Sources: " if len(titles) > 1 else "Source: ") + "; ".join(titles[d] for d in sorted(titles))
        scopes: dict[str, list[str]] = {}
        for p in points:
            if p.get("scope"):
                scopes.setdefault(p["scope"], []).append(str(p["year"]))
        if scopes:
            note += ". Scope: " + "; ".join(f"{', '.join(ys)}: {sc}" for sc, ys in scopes.items())
        fig.text(0.01, 0.01, note, fontsize=7, color="#555555", ha="left", va="bottom", wrap=True)
        fig.tight_layout(rect=(0, 0.06, 1, 1))
        import io

        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if suffix == ".svg" else {}
        fig.savefig(buffer, format=suffix[1:], metadata=metadata)
    finally:
        plt.close(fig)
    write_file(path, buffer.getvalue())
