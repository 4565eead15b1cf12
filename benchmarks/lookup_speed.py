"""Wall time of `kg lookup "Huairou Science City"` against a plain rdflib baseline.

Both run as fresh processes (cold: a new interpreter each time), in the same session:

- kg:       the installed ``kg`` command (embedded store, graph already built);
- baseline: a plain rdflib script that parses the exported Turtle and runs the same
            lookup query (label match, then the entity's outgoing and incoming triples).

Run: ``.venv/bin/python benchmarks/lookup_speed.py [--runs 7]``. Prints the medians and the
ratio; it asserts nothing. The smallest run (CI) is ``--runs 1``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Huairou Science City"

BASELINE = """
import sys
from rdflib import Graph, Literal
g = Graph()
g.parse(sys.argv[1], format="turtle")
q = '''
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?p ?o ?dir WHERE {
  { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }
  FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))
  { ?e ?p ?o BIND("out" AS ?dir) } UNION { ?o ?p ?e BIND("in" AS ?dir) }
}'''
rows = list(g.query(q, initBindings={"name": Literal(sys.argv[2])}))
print(len(rows))
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold runs of each (5 or more for a figure to report)")
    args = parser.parse_args()
    runs = max(1, args.runs)
    bin_dir = Path(sys.executable).parent
    kg = str(bin_dir / "kg")
    subprocess.run([kg, "build"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "graph.ttl"
        script = Path(tmp) / "baseline.py"
        script.write_text(BASELINE, encoding="utf-8")
        subprocess.run(
            [kg, "export", "--format", "turtle", "-o", str(ttl)], check=True, cwd=ROOT, stderr=subprocess.DEVNULL
        )
        triples = sum(1 for line in ttl.read_text(encoding="utf-8").splitlines() if line.strip())
        kg_cmd = [kg, "lookup", NAME]
        base_cmd = [sys.executable, str(script), str(ttl), NAME]
        timed(kg_cmd), timed(base_cmd)  # warm the file cache, not the interpreters
        kg_times, base_times = [], []
        for _ in range(runs):  # interleaved, so drift hits both alike
            kg_times.append(timed(kg_cmd))
            base_times.append(timed(base_cmd))
    kg_median, base_median = statistics.median(kg_times), statistics.median(base_times)
    print(f"graph: {ttl.name} ({triples} Turtle lines); {runs} cold runs each")
    print(f"kg lookup {NAME!r}:        median {kg_median * 1000:7.1f} ms  (min {min(kg_times) * 1000:.1f})")
    print(f"rdflib parse+query baseline: median {base_median * 1000:7.1f} ms  (min {min(base_times) * 1000:.1f})")
    print(f"ratio kg/baseline: {kg_median / base_median:.2f}x   (targets: <= 150 ms and <= 0.3x)")


if __name__ == "__main__":
    main()
