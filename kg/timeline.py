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
    """Draw one series as a line chart (SVG or PNG by ``path``'s suffix), written atomically.

    The chart the workbench draws (:func:`kg.render.svg_chart`), as a file of its own: the
    measure and unit in its title, the years on its axis, qualified values hollow, each value
    written by its point, and a note under the chart naming the sources and their scopes. A
    PNG is that SVG rasterized by resvg at twice its size, with the system's fonts.
    """
    from kg.files import write_file
    from kg.render import svg_chart

    suffix = path.suffix.lower()
    if suffix not in CHART_FORMATS:
        raise BadInputError(f"chart file must end in {' or '.join(CHART_FORMATS)}, not {path.name!r}")
    if not series["points"]:
        raise KgError(f"{series['measure']['label']!r} of {series['subject']['label']!r} has no dated values to chart")
    svg = svg_chart(series, standalone=True)
    if suffix == ".svg":
        write_file(path, svg.encode("utf-8"))
        return
    import resvg_py

    write_file(path, bytes(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff")))
