"""The ``kg`` command line: a thin layer over the library.

Commands parse options, call the library and print. Library errors (:class:`KgError`)
become one ``Error: ...`` line on stderr with exit code 1 (2 for bad input such as a
malformed query); click's own usage errors exit 2.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.records import Entry

F = TypeVar("F", bound=Callable[..., Any])


class KgClickError(click.ClickException):
    """A failed operation: one ``Error: ...`` line, exit code 1."""


class KgBadInputError(click.ClickException):
    """Bad input (such as a malformed query): one ``Error: ...`` line, exit code 2, no usage text."""

    exit_code = 2


class KgGroup(click.Group):
    """Turns library errors into one-line messages instead of tracebacks.

    Usage errors are one line too: ``Error: <what> (see 'kg CMD --help')``, exit code 2.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        except click.ClickException as exc:
            message = _one_line(exc.format_message())
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                message = f"{message} (see '{exc.ctx.command_path} --help')"
            click.echo(f"Error: {message}", err=True)
            if not standalone_mode:
                raise
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            if not standalone_mode:
                raise
            sys.exit(1)
        except ValueError as exc:  # a NUL in an option's path, met while click checks it
            if "null byte" not in str(exc):
                raise
            click.echo("Error: a file name or path cannot hold a NUL character", err=True)
            if not standalone_mode:
                raise
            sys.exit(2)
        except OSError as exc:  # the output could not be written: kg lookup X > /dev/full
            if exc.errno not in _OUTPUT_ERRNOS:
                raise
            click.echo(f"Error: cannot write the output: {exc.strerror}", err=True)
            _drop_stdout()
            if not standalone_mode:
                raise
            sys.exit(1)
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if exc.exit_code == 2:
                raise KgBadInputError(str(exc)) from None
            raise KgClickError(str(exc)) from None
        except ValueError as exc:
            # the operating system takes no NUL in a path; whichever option or argument held one,
            # it is bad input, not a crash
            if "null byte" not in str(exc):
                raise
            raise KgBadInputError("a file name or path cannot hold a NUL character") from None


#: Errors of writing the output (a pipe that closes is handled by click: a quiet exit 1).
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _one_line(text: str) -> str:
    """``text`` with line breaks and other unprintable characters escaped as ``repr()`` would.

    Messages quote what the user gave (file names, URLs), which may hold them; an error
    stays one line whatever was given.

    >>> print(_one_line("cannot read /tmp/a\\nb.ttl: No such file"))
    cannot read /tmp/a\\nb.ttl: No such file
    """
    return "".join(ch if ch == " " or ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _drop_stdout() -> None:
    """Point standard output at the null device, so what could not be written is not tried again at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An entity's (or indicator's) name: an empty or blank one is a bad value (exit 2)."""
    if value is not None and not value.strip():
        raise click.BadParameter("the name is empty")
    return value


@contextmanager
def _progress(label: str, length: int, *, show_pos: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr while the block runs, drawn only on a terminal and erased if the block fails.

    So an error is never preceded by progress output, and a log or pipe gets no bar, only
    the command's result line.
    """
    try:
        drawn = sys.stderr.isatty()
    except (AttributeError, ValueError):
        drawn = False
    bar = click.progressbar(length=length, label=label, file=sys.stderr, show_pos=show_pos, hidden=not drawn)
    bar.__enter__()
    try:
        yield bar.update
    except BaseException:
        if drawn:
            sys.stderr.write("\r\033[2K\033[?25h")  # erase the bar's line, show the cursor again
            sys.stderr.flush()
        raise
    bar.__exit__(None, None, None)


def output_format(*choices: str, default: str = "table") -> Callable[[F], F]:
    """The shared ``--format`` option."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


class State:
    def __init__(self, project: str | None, store: str) -> None:
        self.project_arg = project
        self.store_name = store

    def project(self) -> Any:
        from kg.project import find_project

        return find_project(self.project_arg)

    def optional_project(self) -> Any:
        """The project, or None when there is none (other stores than the build need none)."""
        from kg.store import needs_project

        if needs_project(self.store_name) or self.project_arg:
            return self.project()
        try:
            return self.project()
        except KgError:
            return None

    def graph(self) -> Any:
        from kg.store import open_graph, warn

        graph = open_graph(self.optional_project(), self.store_name)
        for message in graph.warnings:
            warn(message)
        return graph


pass_state = click.make_pass_decorator(State)


def _echo(text: str) -> None:
    click.echo(text, nl=False)


def _json(data: Any) -> str:
    """Indented JSON; typed records (:mod:`kg.records`) in their JSON form."""

    def plain(value: Any) -> Any:
        if hasattr(value, "to_dict"):
            return value.to_dict()
        raise TypeError(f"{type(value).__name__} is not JSON")

    return json.dumps(data, ensure_ascii=False, indent=2, default=plain)


def _emit(data: Any, fmt: str, render: Callable[[Any], str]) -> None:
    """Print ``data`` as indented JSON for ``--format json``, else as ``render(data)``."""
    if fmt == "json":
        click.echo(_json(data))
    else:
        _echo(render(data))


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg", prog_name="kg")
@click.option(
    "--project",
    type=click.Path(file_okay=False),
    envvar="KG_PROJECT",
    help="Project folder (with ontology/ and data/). Default: found from the working directory.",
)
@click.option(
    "--store",
    default="memory",
    envvar="KG_STORE",
    show_default=True,
    help="Store to open: memory (the project's build, the default), memory:FILE (an RDF file), "
    "oxigraph:PATH (an on-disk store) or sparql:URL (a SPARQL 1.1 server).",
)
@click.pass_context
def cli(ctx: click.Context, project: str | None, store: str) -> None:
    """A sourced, time-aware knowledge graph of Beijing's science-and-technology innovation ecosystem.

    \b
    Example:
        kg build
        kg lookup "Huairou Science City"
        kg query --list
    """
    ctx.obj = State(project, store)


# --- build & validate ----------------------------------------------------------------


@cli.command()
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (quotes and ids are still checked).")
@pass_state
def build(state: State, no_validate: bool) -> None:
    """Compile ontology + data into the graph, verify quotes, run SHACL, store the result.

    A failed build leaves the last good graph in place. Other commands rebuild
    automatically when the data changed.

    \b
    Example:
        kg build
    """
    from kg.build import build as run_build

    result = run_build(state.project(), validate=not no_validate)
    click.echo(
        f"built {result.triples} triples: {result.entities} entities, {result.facts} facts "
        f"from {result.sources} sources in {result.seconds:.2f}s"
    )


@cli.command()
@pass_state
def validate(state: State) -> None:
    """Check the data against the SHACL shapes and list every violation.

    \b
    Example:
        kg validate
    """
    from kg.build import validate_project

    triples, violations = validate_project(state.project())
    if violations:
        for line in violations:
            click.echo(line)
        raise KgClickError(f"{len(violations)} SHACL violation(s)")
    click.echo(f"conforms: {triples} triples pass the SHACL shapes")


# --- lookups -------------------------------------------------------------------------


@cli.command()
@click.argument("name", callback=_name)
@output_format("text", "json", default="text")
@pass_state
def lookup(state: State, name: str, fmt: str) -> None:
    """Show the entity card for NAME: types, aliases, relations, indicators, sources.

    NAME may be a label or alias, in any case and punctuation, or close to one.

    \b
    Example:
        kg lookup "Huairou Science City"
        kg lookup "beijing municipal science & technology commission" --format json
    """
    from kg.lookup import entity_card, find
    from kg.render import format_card

    graph = state.graph()
    card = entity_card(graph, find(graph, name))
    _emit(card, fmt, format_card)


def _entry_rows(entries: list[Entry]) -> list[list[str]]:
    return [[e.id, e.label, e.kind, ", ".join(e.types)] for e in entries]


def _print_entries(entries: list[Entry], fmt: str) -> None:
    from kg.render import format_table

    if fmt == "json":
        click.echo(
            json.dumps(
                [{k: e[k] for k in ("id", "label", "kind", "types", "aliases")} for e in entries],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif fmt == "ids":
        for e in entries:
            click.echo(e["id"])
    else:
        _echo(format_table(["id", "label", "kind", "types"], _entry_rows(entries)))


@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most results shown.")
@output_format("table", "json", "ids")
@pass_state
def search(state: State, text: str, limit: int, fmt: str) -> None:
    """Find entities, measures and sources whose names contain or resemble TEXT.

    \b
    Example:
        kg search zhongguancun
    """
    from kg.lookup import search as run_search

    hits = run_search(state.graph(), text)[:limit]
    if not hits:
        raise KgClickError(f"nothing matches {text!r}")
    _print_entries(hits, fmt)


@cli.command(name="list")
@click.option("--type", "type_", metavar="CLASS", help="Only this class (and its subclasses), e.g. ScienceCity.")
@output_format("table", "json", "ids")
@pass_state
def list_(state: State, type_: str | None, fmt: str) -> None:
    """List entities, optionally of one class.

    \b
    Example:
        kg list --type ScienceCity
        kg list --type "research organization"
    """
    from kg.queries import entities_of_type

    graph = state.graph()
    _print_entries(entities_of_type(graph, type_), fmt)


# --- SPARQL ----------------------------------------------------------------------------


@cli.command()
@click.argument("query", required=False)
@click.option(
    "-f",
    "--file",
    "file_",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Read the query from a file ('-' for stdin).",
)
@output_format("table", "json", "csv", "tsv", "xml")
@pass_state
def sparql(state: State, query: str | None, file_: Any, fmt: str) -> None:
    """Run a SPARQL query (common prefixes such as kg:, ent:, rdfs:, skos: predeclared).

    SELECT and ASK print as --format. CONSTRUCT and DESCRIBE print RDF: Turtle for table,
    JSON-LD for json, RDF/XML for xml, N-Triples for csv and tsv.

    \b
    Example:
        kg sparql 'SELECT ?c WHERE { ?c a kg:ScienceCity }'
        kg sparql -f my-query.rq --format csv
    """
    from kg.sparql import checked, run_formatted

    if (query is None) == (file_ is None):
        raise click.UsageError("give a QUERY or -f FILE (one of them)")
    text = query if query is not None else _read_text(file_)
    checked(text)  # before the graph is opened: a refused query costs nothing
    _echo(run_formatted(state.graph(), text, fmt))


def _read_text(path: str) -> str:
    """A query file's text; unreadable or non-UTF-8 files are bad input (exit 2)."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror or exc}", param_hint="'-f'") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise click.BadParameter(f"{path} is not UTF-8 text", param_hint="'-f'") from None


@cli.command()
@click.argument("name", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries (no NAME).")
@click.option("--show", is_flag=True, help="Print the query text instead of running it.")
@output_format("table", "json", "csv", "tsv", "xml")
@pass_state
def query(state: State, name: str | None, list_queries: bool, show: bool, fmt: str) -> None:
    """Run a named competency query from data/queries/.

    \b
    Example:
        kg query --list
        kg query rd-intensity-by-year
    """
    from kg.queries import load_named_queries
    from kg.render import format_table
    from kg.sparql import run_formatted

    named = load_named_queries(state.project().queries_dir)
    if list_queries and name is not None:
        raise click.UsageError("give a query NAME or --list, not both")
    if list_queries or name is None:
        if name is None and not list_queries:
            raise click.UsageError("give a query NAME, or --list")
        _echo(format_table(["name", "title"], [[q.name, q.title] for q in named.values()]))
        return
    if name not in named:
        import difflib

        close = difflib.get_close_matches(name, list(named), n=3)
        hint = f"; did you mean: {', '.join(close)}?" if close else "; see 'kg query --list'"
        raise KgClickError(f"no named query {name!r}{hint}")
    if show:
        _echo(named[name].text)
        return
    _echo(run_formatted(state.graph(), named[name].text, fmt))


# --- graph analyses ----------------------------------------------------------------------


@cli.command()
@click.argument("a", callback=_name)
@click.argument("b", callback=_name)
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Most paths shown.")
@output_format("text", "json", default="text")
@pass_state
def path(state: State, a: str, b: str, limit: int, fmt: str) -> None:
    """Show the shortest paths between entities A and B, each hop with its relation and source.

    \b
    Example:
        kg path "Zhang Jihong" "Huairou Science City"
    """
    from kg.analysis import path_graph, shortest_paths
    from kg.lookup import find

    graph = state.graph()
    ends = [find(graph, name, kind="entity") for name in (a, b)]
    start, end = str(ends[0].id), str(ends[1].id)
    g = path_graph(graph, start, end, labels=(ends[0].label, ends[1].label))  # fetched from both ends
    paths = shortest_paths(g, start, end, limit=limit)
    if fmt == "json":
        click.echo(_json(paths))
        return
    for i, hops in enumerate(paths, 1):
        click.echo(f"path {i} ({len(hops)} hops):")
        for hop in hops:
            arrow = f"--{hop['relation']}-->" if hop["direction"] == "→" else f"<--{hop['relation']}--"
            click.echo(f"  {hop['from']} {arrow} {hop['to']}")
            doc, quote = hop["sources"][0]
            click.echo(f"      [{doc}] “{quote}”")


@cli.command()
@click.argument("name", callback=_name)
@click.option(
    "--depth", type=click.IntRange(min=1, max=6), default=1, show_default=True, help="How many relations away."
)
@output_format("table", "json", "ids")
@pass_state
def neighbors(state: State, name: str, depth: int, fmt: str) -> None:
    """List the entities within --depth relations of NAME, nearest first.

    \b
    Example:
        kg neighbors "50 MeV proton cyclotron" --depth 2
    """
    from kg.analysis import neighbors as run_neighbors
    from kg.analysis import neighbourhood
    from kg.lookup import find
    from kg.render import format_table

    graph = state.graph()
    start = str(find(graph, name, kind="entity").id)
    found = run_neighbors(neighbourhood(graph, start, depth=depth), start, depth=depth)
    if fmt == "json":
        click.echo(_json(found))
    elif fmt == "ids":
        for n in found:
            click.echo(n["id"])
    else:
        _echo(
            format_table(
                ["distance", "id", "label", "class"],
                [[str(n["distance"]), n["id"], n["label"], n["class"]] for n in found],
            )
        )


@cli.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entities listed per ranking.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed for Louvain and sampled betweenness.")
@click.option("--type", "types", metavar="CLASS", multiple=True, help="Only entities of this class (repeatable).")
@click.option("--exclude-type", "excluded", metavar="CLASS", multiple=True, help="Leave out this class (repeatable).")
@output_format("table", "json", "markdown")
@pass_state
def analyze(state: State, top: int, seed: int, types: tuple[str, ...], excluded: tuple[str, ...], fmt: str) -> None:
    """Analyse the entity graph: classes, centrality, communities, components, bridges.

    \b
    Example:
        kg analyze
        kg analyze --exclude-type Person --format markdown > report.md
    """
    from kg.analysis import analyze as run_analyze
    from kg.analysis import project_graph
    from kg.render import format_report

    g = project_graph(state.graph(), include=types or None, exclude=excluded, indicators=False, sources=False)
    report = run_analyze(g, top=top, seed=seed)
    _emit(report, fmt, lambda r: format_report(r, fmt))


@cli.command()
@click.argument("name", callback=_name)
@click.option("--indicator", metavar="NAME", callback=_name, help="Only this indicator (a measure's name or alias).")
@click.option("--unit", metavar="UNIT", help="Only values in this unit (e.g. yuan, usd, percent).")
@click.option(
    "--chart",
    type=click.Path(dir_okay=False, writable=True),
    help="Also draw the series as a chart: FILE.png or FILE.svg (needs exactly one series).",
)
@output_format("table", "json")
@pass_state
def timeline(state: State, name: str, indicator: str | None, unit: str | None, chart: str | None, fmt: str) -> None:
    """Show NAME's indicator series across sources, with growth between points.

    NAME is an entity (its indicators) or an indicator (its values for every subject).
    Qualifiers stay with values ("over 6.5%"), and growth computed from them is marked ≈.

    \b
    Example:
        kg timeline Beijing --indicator "R&D intensity"
        kg timeline Beijing --indicator "patents per 10,000 people" --chart patents.png
    """
    from kg.render import format_timelines
    from kg.timeline import CHART_FORMATS, draw_chart, timelines

    if chart is not None and Path(chart).suffix.lower() not in CHART_FORMATS:
        raise click.BadParameter(f"must end in {' or '.join(CHART_FORMATS)}: {chart!r}", param_hint="'--chart'")
    series = timelines(state.graph(), name, indicator=indicator, unit=unit)
    if chart is not None:
        if len(series) != 1:
            if len({(s["subject"]["id"], s["measure"]["id"]) for s in series}) == 1:
                units = ", ".join(str(s["unit"]) for s in series)
                raise KgBadInputError(f"--chart draws one series; choose a unit with --unit ({units})")
            raise KgBadInputError(
                f"--chart draws one series, and {len(series)} match; choose one with --indicator "
                "(see 'kg timeline NAME' for them all)"
            )
        draw_chart(series[0], Path(chart))
        click.echo(f"wrote {chart}", err=True)
    _emit(series, fmt, format_timelines)


@cli.command()
@click.option(
    "--kind",
    "kinds",
    type=click.Choice(["values", "scopes", "related"]),
    multiple=True,
    help="Only this kind (repeatable): different values, different scopes, related measures.",
)
@output_format("table", "json")
@pass_state
def conflicts(state: State, kinds: tuple[str, ...], fmt: str) -> None:
    """List claims that disagree or overlap across sources, each with its quote.

    \b
    Kinds:
      values   same subject, measure and time; different values or qualifiers
      scopes   same subject, measure and time; differently scoped claims
      related  related measures about the same place, or one place within the other

    \b
    Example:
        kg conflicts
        kg conflicts --kind related --format json
    """
    from kg.conflicts import KINDS, find_conflicts
    from kg.render import format_conflicts

    names = {"values": "different values", "scopes": "different scopes", "related": "related measures"}
    chosen = tuple(names[k] for k in kinds) if kinds else KINDS
    found = find_conflicts(state.graph(), kinds=chosen)
    _emit(found, fmt, format_conflicts)


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default="kg-graph.html",
    show_default=True,
    help="HTML file to write.",
)
@click.option("--focus", metavar="ENTITY", callback=_name, help="Only this entity and its neighbourhood.")
@click.option(
    "--depth", type=click.IntRange(min=1, max=6), default=1, show_default=True, help="Neighbourhood radius for --focus."
)
@click.option("--type", "types", metavar="CLASS", multiple=True, help="Only entities of this class (repeatable).")
@click.option(
    "--color-by", type=click.Choice(["class", "community"]), default="class", show_default=True, help="Node colours."
)
@click.option("--seed", type=int, default=42, show_default=True, help="Seed for communities and layout.")
@click.option("--open", "open_", is_flag=True, help="Open the written file in the web browser.")
@pass_state
def viz(
    state: State,
    output: str,
    focus: str | None,
    depth: int,
    types: tuple[str, ...],
    color_by: str,
    seed: int,
    open_: bool,
) -> None:
    """Write an interactive HTML view of the graph (works offline, one file).

    Nodes are coloured by class (or community) with a legend and sized by PageRank;
    hovering shows an entity's facts and sources; the search box finds an entity.

    \b
    Example:
        kg viz -o beijing.html
        kg viz --focus "Huairou Science City" --depth 2 --open
        kg viz --type Organization --color-by community
    """
    from kg.viz import view_graph, write_view

    if (
        focus is None
        and click.get_current_context().get_parameter_source("depth") != click.core.ParameterSource.DEFAULT
    ):
        raise click.UsageError("--depth needs --focus ENTITY")
    if not output.lower().endswith((".html", ".htm")):
        raise click.BadParameter(f"must end in .html: {output!r}", param_hint="'-o' / '--output'")
    g = view_graph(state.graph(), focus=focus, depth=depth, types=types)
    title = "Beijing innovation knowledge graph"
    if focus is not None:
        title += f": {g.nodes[g.graph['focus']]['label']} and its neighbourhood"
    size = write_view(g, Path(output), title=title, color_by=color_by, seed=seed)
    click.echo(
        f"wrote {output} ({g.number_of_nodes()} entities, {g.number_of_edges()} relations, {size:,} bytes)", err=True
    )
    if open_:
        import webbrowser

        webbrowser.open(Path(output).resolve().as_uri())


# --- stats & export ----------------------------------------------------------------------


@cli.command()
@output_format("table", "json")
@pass_state
def stats(state: State, fmt: str) -> None:
    """Print counts: triples, entities by class, facts by kind, sources.

    \b
    Example:
        kg stats
    """
    from kg.queries import graph_stats
    from kg.render import format_table

    figures = graph_stats(state.graph())
    if fmt == "json":
        click.echo(json.dumps(figures, indent=2))
        return
    rows = [[k, str(v)] for k, v in figures["totals"].items()]
    _echo(format_table(["total", "count"], rows))
    click.echo()
    _echo(format_table(["class", "entities"], [[k, str(v)] for k, v in figures["entities_by_class"].items()]))


EXPORT_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml", "graphml", "gexf")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="turtle",
    show_default=True,
    help="An RDF serialization, or the entity graph for network tools (graphml, gexf).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    help="Write to this file ('-' or none: stdout). A file is replaced whole; a device or FIFO is written to.",
)
@pass_state
def export(state: State, fmt: str, output: str | None) -> None:
    """Export the whole graph as RDF, or its entity graph as GraphML or GEXF, to a file or stdout.

    \b
    Example:
        kg export --format turtle -o beijing-kg.ttl
        kg export --format gexf -o beijing-kg.gexf      # for Gephi
    """
    from kg.export import NETWORK_FORMATS, export_graph, export_network
    from kg.files import write_file

    data = export_network(state.graph(), fmt) if fmt in NETWORK_FORMATS else export_graph(state.graph(), fmt)
    write_file(output or "-", data, stdout=True)
    if output not in (None, "-"):
        click.echo(f"wrote {len(data):,} bytes to {output}", err=True)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, writable=True))
@click.option("--version", "version", metavar="V", help="The release's version (default: the ontology's version).")
@pass_state
def release(state: State, folder: str, version: str | None) -> None:
    """Write a versioned release of the dataset into FOLDER.

    The whole graph as Turtle, N-Triples and JSON-LD, a description of the dataset (VoID
    statistics, DCAT and schema.org metadata: title, licence, sources, counts, version, the
    files with their checksums) and SHA256SUMS, which 'sha256sum -c SHA256SUMS' checks.

    \b
    Example:
        kg release dist/
    """
    from kg.release import release as write_release

    done = write_release(state.graph(), Path(folder), version=version)
    for name in sorted(done.files):
        click.echo(f"wrote {Path(folder) / name}", err=True)
    click.echo(f"wrote {Path(folder) / 'SHA256SUMS'} (release {done.version})", err=True)


# --- ingest ------------------------------------------------------------------------------


@cli.command()
@click.argument("articles", nargs=-1, metavar="[ARTICLE]...")
@click.option(
    "--apply",
    "drafts",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Merge a reviewed draft instead (repeatable; more drafts may follow).",
)
@click.option("--title", help="The article's title (default: the page's, or the text's first line).")
@click.option("--publisher", help="Who published it.")
@click.option("--author", help="Who wrote it.")
@click.option("--date", help="Publication date, YYYY-MM-DD; resolves 'last year' and the like.")
@click.option("--url", help="Where it was published (default: the URL it was fetched from).")
@click.option("--id", "source_id", help="The source id (default: made from the title).")
@click.option("--out", type=click.Path(dir_okay=False), help="Where to write the draft (default: drafts/ID.yaml).")
@click.option("--encoding", help="The file's text encoding, when it cannot be told (default: detected).")
@click.option(
    "--min-confidence",
    default=0.5,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Leave out candidates the extraction is less sure of.",
)
@click.option(
    "--max-bytes",
    default=2_000_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Refuse larger files and pages.",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds to wait for a web page (an ARTICLE given as a URL).",
)
@pass_state
def ingest(
    state: State,
    articles: tuple[str, ...],
    drafts: tuple[str, ...],
    title: str | None,
    publisher: str | None,
    author: str | None,
    date: str | None,
    url: str | None,
    source_id: str | None,
    out: str | None,
    encoding: str | None,
    min_confidence: float,
    max_bytes: int,
    timeout: float,
) -> int:
    """Register new articles and draft the facts found in each; or merge a reviewed draft.

    An ARTICLE is a plain-text, HTML or PDF file in any common encoding (or one item of an RSS
    or Atom feed, saved as it came), or the http(s) URL of a page (fetched once; the only
    network access of ingest). Page furniture (menus,
    comment forms, share buttons, teasers of other posts, a PDF's running heads and page
    numbers) is left out. The text becomes data/sources/ID.txt, and drafts/ID.yaml lists the
    candidates: known and new entities, indicators, rankings, posts, locations and part-of
    relations, each with its quote, a confidence, why it was proposed and whether the graph
    already has it. A new name that looks like a known entity's is offered as same_as.

    Several ARTICLEs (a shell glob, say) give one draft each and a summary; an article that
    fails is reported in one line and the others go on (exit code 1 at the end). Options
    for one article (--title, --id, --date, --author, --publisher, --url, --out) are refused
    with several.

    With --apply, the reviewed draft is merged into data/ and the graph rebuilt, but only
    if every quote is in the source and the result passes SHACL; otherwise nothing changes
    and the reason is printed. Several drafts (--apply DRAFT DRAFT..., or --apply repeated) are merged one by one
    and the graph is rebuilt once; one that fails is reported and the others go on (exit code 1 at the end).
    The options for reading an article are refused with --apply.

    \b
    Example:
        kg ingest article.html --date 2024-03-01 --publisher "China Daily"
        kg ingest new/*.txt https://example.org/news/labs.html report.pdf
        kg ingest --apply drafts/beijing-adds-ten-labs.yaml
        kg ingest --apply drafts/*.yaml
    """
    from kg.errors import BadInputError

    if not articles and not drafts:
        raise BadInputError("give an ARTICLE to ingest, or --apply DRAFT")
    if drafts:
        others = [a for a in articles if not a.lower().endswith((".yaml", ".yml"))]
        if others:
            raise BadInputError(f"{others[0]} is no draft: give ARTICLEs to ingest, or --apply DRAFTs (not both)")
        for name, value in (
            ("--title", title),
            ("--id", source_id),
            ("--date", date),
            ("--author", author),
            ("--publisher", publisher),
            ("--url", url),
            ("--out", out),
            ("--encoding", encoding),
        ):
            if value is not None:
                raise BadInputError(f"{name} is for ingesting an article, not for --apply")
        ctx = click.get_current_context()
        for param in ("min_confidence", "max_bytes", "timeout"):
            if ctx.get_parameter_source(param) not in (None, click.core.ParameterSource.DEFAULT):
                raise BadInputError(f"--{param.replace('_', '-')} is for ingesting an article, not for --apply")
        folder = next((a for a in articles if Path(a).is_dir()), None)
        if folder is not None:
            raise BadInputError(f"{folder} is a directory, not a draft")
        return _apply_drafts(state.project(), [*drafts, *articles])
    project = state.project()
    if len(articles) > 1:
        single = {
            "--title": title,
            "--id": source_id,
            "--date": date,
            "--author": author,
            "--publisher": publisher,
            "--url": url,
            "--out": out,
        }
        given = [name for name, value in single.items() if value is not None]
        if given:
            raise BadInputError(f"{given[0]} is for one article, not {len(articles)} (ingest that one alone)")
        return _ingest_many(project, articles, encoding, max_bytes, min_confidence, timeout)
    from kg.ingest import ingest as run_ingest

    result = run_ingest(
        project,
        articles[0],
        title=title,
        publisher=publisher,
        author=author,
        date=date,
        url=url,
        source_id=source_id,
        out=Path(out) if out else None,
        encoding=encoding,
        max_bytes=max_bytes,
        min_confidence=min_confidence,
        timeout=timeout,
    )
    if result.reused:
        click.echo(f"the text is already source {result.source_id}; drafting against it")
    else:
        click.echo(f"registered source {result.source_id}")
        for path in result.registered:
            click.echo(f"  wrote {_shown(path)}")
    found = ", ".join(f"{n} {kind}" for kind, n in result.counts.items()) or "nothing"
    click.echo(f"draft {_shown(result.draft)}: {found}")
    if result.statuses:
        click.echo("  compared with the graph: " + ", ".join(f"{n} {s}" for s, n in sorted(result.statuses.items())))
    click.echo(f"review it, then: kg ingest --apply {_shown(result.draft)}")
    return 0


def _apply_drafts(project: Any, drafts: list[str]) -> int:
    """``kg ingest --apply D1 [D2 ...]``: merge each draft in turn; one that fails is reported in
    one line and leaves the data as it was, and the others go on (exit code 1 at the end)."""
    from kg.ingest import IngestFailure, apply_draft, apply_drafts

    if len(drafts) == 1:
        outcomes: list[Any] = [apply_draft(project, Path(drafts[0]))]  # its error is the command's
    else:
        with _progress("Merging", len(drafts), show_pos=True) as progress:
            outcomes = apply_drafts(project, drafts, progress=progress)
    for outcome in outcomes:
        if isinstance(outcome, IngestFailure):
            message = _one_line(outcome.message)
            named = outcome.article in message  # the draft's name is in its own messages already
            click.echo(f"Error: {message}" if named else f"Error: {_one_line(outcome.article)}: {message}", err=True)
            continue
        parts = [f"{n} {kind}" for kind, n in outcome.counts.items() if n]
        click.echo(f"merged {', '.join(parts)} from source {outcome.source_id}")
        for path in outcome.written:
            click.echo(f"  wrote {_shown(path)}")
        for path in outcome.changed:
            click.echo(f"  changed {_shown(path)}")
        for eid, name, where in outcome.aliases:
            click.echo(f"  alias {name!r} of {eid} (in {_shown(where)})")
        for note in outcome.skipped:
            click.echo(f"  note: {note}")
    failed = sum(isinstance(o, IngestFailure) for o in outcomes)
    if len(drafts) > 1:
        click.echo(f"merged {len(drafts) - failed} of {len(drafts)} drafts" + (f" ({failed} failed)" if failed else ""))
    return 1 if failed else 0


#: The columns of the summary of several articles: what each draft proposes, and how it compares.
_DRAFT_KINDS = ("indicators", "rankings", "posts", "entities", "measures")
_STATUSES = ("new", "extends", "duplicate", "contradicts")


def _ingest_many(
    project: Any, articles: tuple[str, ...], encoding: str | None, max_bytes: int, min_confidence: float, timeout: float
) -> int:
    """``kg ingest A B C ...``: a draft for each, a summary table, one line for each failure."""
    from kg.ingest import IngestFailure, ingest_many
    from kg.render import format_table

    with _progress("Ingesting", len(articles) + 1, show_pos=False) as progress:
        outcomes = ingest_many(
            project,
            list(articles),
            encoding=encoding,
            max_bytes=max_bytes,
            min_confidence=min_confidence,
            timeout=timeout,
            progress=progress,
        )
    failures = [o for o in outcomes if isinstance(o, IngestFailure)]
    done = [o for o in outcomes if not isinstance(o, IngestFailure)]
    click.echo(
        f"ingested {len(done)} of {len(outcomes)} articles"
        + (f" ({len(failures)} failed)" if failures else "")
        + (f"; drafts in {_shown(done[0].draft.parent)}/" if done else "")
    )
    if done:
        rows = [
            [
                r.source_id,
                *(str(r.counts.get(kind, 0)) for kind in _DRAFT_KINDS),
                *(str(r.statuses.get(status, 0)) for status in _STATUSES),
                _one_line(r.title or "(no title)") + (" (text already registered)" if r.reused else ""),
            ]
            for r in done
        ]
        _echo(format_table(["source", *_DRAFT_KINDS, *_STATUSES, "title"], rows))
        click.echo("review each draft, then: kg ingest --apply DRAFT")
    for failure in failures:
        click.echo(f"Error: {_one_line(failure.article)}: {_one_line(failure.message)}", err=True)
    return 1 if failures else 0


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


# --- serve -------------------------------------------------------------------------------


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--to",
    "target",
    metavar="oxigraph:PATH",
    help="The on-disk store to import into (made if missing). Default: the global --store.",
)
@click.option(
    "--format",
    "rdf_format",
    type=click.Choice(["turtle", "ntriples", "nquads", "trig", "rdfxml", "n3", "jsonld"]),
    help="RDF format of the files. Default: from each file's extension (.nt, .ttl, .nq, .trig, .rdf ...; .gz too).",
)
@click.option("--replace", is_flag=True, help="Empty the store first instead of adding to it.")
@pass_state
def load(state: State, files: tuple[str, ...], target: str | None, rdf_format: str | None, replace: bool) -> None:
    """Import large RDF files into an on-disk store, with a progress bar.

    All or nothing: the import goes to a copy of the store that replaces it only when every
    file has loaded, so a bad file leaves the store as it was.

    \b
    Example:
        kg load dump.nt.gz --to oxigraph:kg.db
        kg --store oxigraph:kg.db lookup "Huairou Science City"
    """
    from kg.errors import BadInputError
    from kg.ondisk import check_files, check_target, load_files
    from kg.store import parse_spec

    spec = target or state.store_name
    kind, location = parse_spec(spec)
    if kind != "oxigraph" or not location:
        raise BadInputError(f"kg load imports into an on-disk store: give --to oxigraph:PATH (not {spec!r})")
    paths = [Path(f) for f in files]
    check_target(Path(location))  # a bad target or bad files are reported before any progress is shown
    check_files(paths, rdf_format)
    total = sum(p.stat().st_size for p in paths)
    with _progress("Loading", total, show_pos=False) as progress:
        count = load_files(Path(location), paths, rdf_format=rdf_format, replace=replace, progress=progress)
    click.echo(f"{spec} now holds {count:,} triples")


@cli.command()
@click.option(
    "--to",
    "target",
    required=True,
    metavar="STORE",
    help="Where to: sparql:URL (a SPARQL 1.1 server) or oxigraph:PATH (an on-disk store).",
)
@click.option(
    "--batch",
    default=1000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Triples per update request (to a SPARQL server).",
)
@pass_state
def push(state: State, target: str, batch: int) -> None:
    """Copy the graph (of the global --store) into another store, with a progress bar.

    The target's copy is replaced, so pushing twice leaves the same graph and an interrupted
    push can be run again. On a SPARQL server the graph goes to the named graph
    https://w3id.org/beijing-innovation-kg/graph (KG_SPARQL_GRAPH to change it), sent in
    batches to a staging graph that then replaces it in one step.

    \b
    Example:
        kg push --to oxigraph:kg.db
        kg push --to sparql:http://127.0.0.1:7878/query
        kg --store sparql:http://127.0.0.1:7878/query lookup Beijing
    """
    from kg.push import check as check_push
    from kg.push import push as run_push
    from kg.push import target as push_target

    push_target(target)  # a bad target is reported before anything is read
    graph = state.graph()
    check_push(graph, target, batch=batch)  # ... and before any progress is shown
    total = len(graph)
    with _progress("Pushing", total, show_pos=True) as progress:
        count = run_push(graph, target, batch=batch, progress=progress)
    click.echo(f"{target} now holds {count:,} triples")


@cli.command()
@click.argument("output", type=click.Path(dir_okay=False, writable=True, allow_dash=True))
@click.option(
    "--triples",
    default=100_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="About how many triples to write.",
)
@click.option("--seed", default=0, show_default=True, help="Seed: the same seed and size give the same file.")
@pass_state
def generate(state: State, output: str, triples: int, seed: int) -> None:
    """Write a synthetic graph shaped like ours (N-Triples; gzipped if OUTPUT ends in .gz; '-' for stdout).

    Made-up entities, sources and sourced facts in the project's ontology, at any size,
    for trying stores and analyses at scale. None of it is knowledge.

    \b
    Example:
        kg generate big.nt.gz --triples 1000000
        kg load big.nt.gz --to oxigraph:big.db
    """
    from kg.synthetic import generate as run_generate

    project = state.optional_project()
    count = run_generate(Path(output), triples, seed=seed, ontology_dir=project.ontology_dir if project else None)
    click.echo(f"wrote {count:,} triples to {'stdout' if output == '-' else output}", err=True)


def _byte_size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    """A size in bytes: ``1048576``, ``512K``, ``32MB``, ``1MiB`` (K/M/G are powers of 1024)."""
    import re

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", value, re.I)
    if not match:
        raise click.BadParameter(f"{value!r} is not a size (e.g. 1048576, 512K, 32MB)")
    number = float(match.group(1)) * 1024 ** " kmg".index(match.group(2).lower() or " ")
    if number < 1:
        raise click.BadParameter(f"{value!r} is too small")
    if number > _MAX_BYTE_SIZE:
        raise click.BadParameter(f"{value!r} is too large (at most 16G)")
    return int(number)


#: The largest --max-result-size or --max-body-size (both are held in memory).
_MAX_BYTE_SIZE = 16 << 30


class _Seconds(click.FloatRange):
    """A number of seconds in a range; unlike :class:`click.FloatRange`, ``nan`` is refused too."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if number != number:  # nan compares false with both bounds
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return number


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
@click.option(
    "--timeout",
    type=_Seconds(0.1, 3600),
    default=10.0,
    show_default=True,
    help="Seconds a query may run before it is stopped.",
)
@click.option("--max-result-size", callback=_byte_size, default="32MB", show_default=True, help="Largest result sent.")
@click.option("--max-body-size", callback=_byte_size, default="1MB", show_default=True, help="Largest request body.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Queries answered at once.")
@click.option(
    "--max-connections",
    type=click.IntRange(1, 100_000),
    default=1000,
    show_default=True,
    help="Connections held open at once; at the limit idle ones are closed to make room.",
)
@click.option(
    "--idle-timeout",
    type=_Seconds(1, 3600),
    default=10.0,
    show_default=True,
    help="Seconds a connection may take to send a request, or stall while sending or reading.",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL updates. They change the served graph in memory only (lost at exit); one worker.",
)
@pass_state
def serve(
    state: State,
    host: str,
    port: int,
    timeout: float,
    max_result_size: int,
    max_body_size: int,
    workers: int,
    max_connections: int,
    idle_timeout: float,
    allow_update: bool,
) -> None:
    """Serve the graph: a SPARQL 1.1 endpoint, linked-data pages and a query page.

    The endpoint is /sparql (GET or POST; results negotiated by Accept or format=). Entity
    IRIs resolve under /entity/, the ontology is documented at /ontology, and / has a query
    form with the named queries as examples. Read-only unless --allow-update; SERVICE and
    LOAD are always refused, so a query never makes the server fetch anything.

    \b
    Example:
        kg serve --port 8000
        curl -H 'Accept: text/csv' http://127.0.0.1:8000/sparql \\
             --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3'
    """
    from kg.server import ServerConfig
    from kg.server import serve as run_server

    state.graph()  # builds the graph first when the data changed
    project = state.project()
    config = ServerConfig(
        timeout=timeout,
        max_result_bytes=max_result_size,
        max_body_bytes=max_body_size,
        allow_update=allow_update,
        workers=workers,
        max_connections=max_connections,
        idle_timeout=idle_timeout,
    )
    run_server(project.root, project.queries_dir, state.store_name, host, port, config)


def main() -> None:
    """Entry point of the ``kg`` script."""
    cli(prog_name="kg")
