"""Name indexes: how lookups find entities, indicators and sources by name.

Two kinds, one interface (:class:`NameIndex`):

- :class:`ListIndex` holds every name in memory. The embedded store gets it ready-made from
  the build (``index.json``): a few hundred entries, searched exhaustively.
- :class:`StoreIndex` asks the store itself with SPARQL, so it works on any store (an
  on-disk store of millions of triples, a remote server) without reading every name first.
  Exact names are one indexed triple-pattern lookup; other lookups fetch only the
  *candidates* (names sharing a word, or a word's first letters, with the name asked for)
  and leave the scoring to :mod:`kg.lookup`, which then answers as it would with every name
  at hand, except that a fuzzy match must share at least a word's first four letters.

Entries are :class:`kg.records.Entry` records: ``id``, ``iri``, ``kind`` ("entity",
"measure" or "source"), ``label``, ``aliases``, ``types`` and, for entities, ``other_names``
(labels in other languages, which find the entity but are not shown as aliases).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from kg.dataset import normalize_name
from kg.namespaces import ENT, KG, MEASURE, RDFS, SKOS, SRC
from kg.records import Entry

__all__ = ["NameIndex", "ListIndex", "StoreIndex", "KINDS", "kind_of"]

#: Kind of indexed resource -> its namespace.
KINDS: dict[str, str] = {"entity": ENT, "measure": MEASURE, "source": SRC}

#: Most candidates fetched for one name.
MAX_CANDIDATES = 2000


def kind_of(iri: str) -> str | None:
    """The kind of an indexed IRI ("entity", "measure", "source"), from its namespace.

    >>> kind_of("https://w3id.org/beijing-innovation-kg/measure/rd-spending")
    'measure'
    """
    for kind, base in KINDS.items():
        if iri.startswith(base):
            return kind
    return None


class NameIndex(Protocol):
    """What lookups need from a name index."""

    def entries(self, kind: str | None = None) -> list[Entry]:
        """Every entry (of ``kind``)."""
        ...

    def exact(self, name: str, kind: str | None = None) -> list[Entry]:
        """Entries that may match ``name`` exactly (a superset is fine)."""
        ...

    def candidates(self, text: str, kind: str | None = None) -> list[Entry]:
        """Entries that may match or contain ``text``, typos included (a superset is fine)."""
        ...

    def get(self, iri: str) -> Entry | None:
        """The entry of ``iri``, if indexed."""
        ...

    def counts(self) -> dict[str, int]:
        """Entries per kind."""
        ...


class ListIndex:
    """Every entry in memory; every question is answered from the whole list.

    >>> idx = ListIndex([{"id": "a", "iri": "x:a", "kind": "entity", "label": "A"}])
    >>> [e["id"] for e in idx.candidates("anything")], idx.counts()
    (['a'], {'entity': 1})
    """

    def __init__(self, entries: Iterable[Entry | Mapping[str, Any]]) -> None:
        self._entries = [e if isinstance(e, Entry) else Entry.from_dict(e) for e in entries]
        self._by_iri = {e["iri"]: e for e in self._entries}

    def entries(self, kind: str | None = None) -> list[Entry]:
        return [e for e in self._entries if kind is None or e.get("kind") == kind]

    def exact(self, name: str, kind: str | None = None) -> list[Entry]:
        return self.entries(kind)

    def candidates(self, text: str, kind: str | None = None) -> list[Entry]:
        return self.entries(kind)

    def get(self, iri: str) -> Entry | None:
        return self._by_iri.get(iri)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self._entries:
            out[e.get("kind", "entity")] = out.get(e.get("kind", "entity"), 0) + 1
        return out

    def __iter__(self) -> Any:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class NameTable(ListIndex):
    """Every entry in memory, with its names lower-cased once, answering like
    :class:`StoreIndex` (the same exact names, the same candidates: the entries with a name
    that contains a fragment of the text) without a query per question. For a server, which
    reads the names once and then answers many suggestions.

    >>> table = NameTable([{"id": "a", "iri": "x:a", "kind": "entity", "label": "Huairou Science City"},
    ...                    {"id": "b", "iri": "x:b", "kind": "entity", "label": "Beijing", "aliases": ["the capital"]}])
    >>> [e.id for e in table.candidates("huairuo science")], [e.id for e in table.exact("Beijing")]
    (['a'], ['b'])
    """

    def __init__(self, entries: Iterable[Entry | Mapping[str, Any]]) -> None:
        super().__init__(entries)
        self._names = [  # the names a store matches: labels and other labels (a source's id is none)
            (e, [n.lower() for n in (e.label, *self._aliases(e), *(getattr(e, "other_names", None) or []))])
            for e in self._entries
        ]

    @staticmethod
    def _aliases(entry: Entry) -> list[str]:
        return [a for a in entry.aliases if entry.kind != "source" or a != entry.id]

    def exact(self, name: str, kind: str | None = None) -> list[Entry]:
        name = name.strip()
        if not name:
            return []
        return [
            e
            for e in self.entries(kind)
            if name in (e.label, *e.aliases) or name in (getattr(e, "other_names", None) or [])
        ]  # (a source's id among them, as the store has it)

    def candidates(self, text: str, kind: str | None = None) -> list[Entry]:
        pieces = _fragments(text)
        if not pieces:
            return []
        hits = self.exact(text, kind)
        seen = {e.iri for e in hits}
        found = 0
        for entry, names in self._names:
            if found >= MAX_CANDIDATES:
                break
            if (kind is None or entry.kind == kind) and any(p in n for n in names for p in pieces):
                found += 1
                if entry.iri not in seen:
                    seen.add(entry.iri)
                    hits.append(entry)
        return hits


def _assemble(rows: Iterable[tuple[Any, str, Any]]) -> list[Entry]:
    """Entries from (entity, property IRI, value) rows: its label (English or plain first),
    its other labels (aliases in English, other names in other languages), its ontology types.
    A source's id is one of its names; what has no label is no entry."""
    found: dict[str, dict[str, Any]] = {}  # entries as they are read, then made records
    for e, p, v in rows:
        iri = e.value
        kind = kind_of(iri)
        if kind is None:
            continue
        local = iri[len(KINDS[kind]) :]
        entry = found.setdefault(
            iri,
            {"id": local, "iri": iri, "kind": kind, "label": None, "aliases": [], "types": [], "other_names": []},
        )
        if p.endswith("#label"):
            lang = getattr(v, "language", None)
            if entry["label"] is None or lang in (None, "en"):
                entry["label"] = v.value
        elif p.endswith("#altLabel"):
            lang = getattr(v, "language", None)
            target = entry["aliases"] if lang in (None, "en") else entry["other_names"]
            if v.value not in target:
                target.append(v.value)
        elif v.value.startswith(KG):
            entry["types"].append(v.value[len(KG) :])
    out: list[Entry] = []
    for entry in found.values():
        if entry["label"] is None:
            continue
        if entry["kind"] == "source" and entry["id"] not in entry["aliases"]:
            entry["aliases"].append(entry["id"])
        if entry["kind"] != "entity":
            del entry["other_names"]
        entry["aliases"].sort()
        entry["types"].sort()
        out.append(Entry.from_dict(entry))
    return sorted(out, key=lambda e: e.iri)


def _literal(text: str) -> str:
    """``text`` as a SPARQL string literal.

    >>> print(_literal('say "hi"\\n'))
    "say \\"hi\\"\\n"
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _kind_filter(kind: str | None) -> str:
    bases = [KINDS[kind]] if kind else list(KINDS.values())
    return "FILTER(" + " || ".join(f'STRSTARTS(STR(?e), "{b}")' for b in bases) + ")"


def _fragments(text: str) -> list[str]:
    """The pieces a candidate name must contain one of: words, and the first four letters of long ones.

    Words under three letters count only when there are no others.

    >>> _fragments("Tsinghua  University of AI"), _fragments("AI")
    (['tsinghua', 'tsin', 'university', 'univ'], ['ai'])
    """
    words = normalize_name(text).split()
    words += [w for w in text.lower().split() if w not in words and not w.isalnum()]  # "r&d" as written
    long_words = [w for w in words if len(w) >= 3]
    out: list[str] = []
    for word in long_words or words:
        out.append(word)
        if len(word) >= 6:
            out.append(word[:4])
    return list(dict.fromkeys(out))


class StoreIndex:
    """Names read from the store with SPARQL, on demand.

    ``store`` is anything with pyoxigraph's ``query(text, prefixes=...)``.
    """

    def __init__(self, store: Any) -> None:
        self.store = store

    def _query(self, text: str) -> Any:
        from kg.namespaces import PREFIXES

        return self.store.query(text, prefixes=PREFIXES)

    def _entries_for(self, where: str) -> list[Entry]:
        """Entries for the ``?e`` chosen by ``where``, with their names and types."""
        rows = self._query(
            f"""SELECT ?e ?p ?v WHERE {{
              {{ SELECT DISTINCT ?e WHERE {{ {where} }} }}
              {{ ?e rdfs:label ?v BIND(rdfs:label AS ?p) }} UNION {{ ?e skos:altLabel ?v BIND(skos:altLabel AS ?p) }}
              UNION {{ ?e skos:prefLabel ?v FILTER(!LANGMATCHES(LANG(?v), "en")) BIND(skos:altLabel AS ?p) }}
              UNION {{ ?e a ?v BIND(rdf:type AS ?p) FILTER(STRSTARTS(STR(?v), STR(kg:))) }}
            }}"""
        )
        return _assemble((r["e"], r["p"].value, r["v"]) for r in rows)

    def entries(self, kind: str | None = None) -> list[Entry]:
        return self._entries_for(f"?e rdfs:label ?l {_kind_filter(kind)}")

    def names(self) -> list[Entry]:
        """Every entry with its names but without its types: three plain queries instead of
        :meth:`entries`' one (about 2 s for a million triples, where :meth:`entries` takes 10 s)."""
        label, alt = RDFS + "label", SKOS + "altLabel"
        rows = [(e, label, v) for e, v in self._query("SELECT ?e ?v WHERE { ?e rdfs:label ?v }")]
        rows += [(e, alt, v) for e, v in self._query("SELECT ?e ?v WHERE { ?e skos:altLabel ?v }")]
        other = "SELECT ?e ?v WHERE { ?e skos:prefLabel ?v FILTER(!LANGMATCHES(LANG(?v), 'en')) }"
        rows += [(e, alt, v) for e, v in self._query(other)]  # another language's name, as in _entries_for
        return _assemble(rows)

    def exact(self, name: str, kind: str | None = None) -> list[Entry]:
        name = name.strip()
        if not name:
            return []
        values = " ".join(f"{_literal(name)}{tag}" for tag in ("", "@en", "@zh"))
        where = f"VALUES ?l {{ {values} }} ?e rdfs:label|skos:altLabel|skos:prefLabel ?l {_kind_filter(kind)}"
        hits = self._entries_for(where)
        safe = "/" not in name and not any(c in name for c in '<>"{}|^`\\ ')
        if kind in (None, "source") and safe:  # a source's id is one of its names
            hits += [e for e in self._entries_for(f"VALUES ?e {{ <{SRC}{name}> }}") if e not in hits]
        return hits

    def candidates(self, text: str, kind: str | None = None) -> list[Entry]:
        pieces = _fragments(text)
        if not pieces:
            return []
        test = " || ".join(f"CONTAINS(LCASE(STR(?l)), {_literal(p)})" for p in pieces)
        where = f"?e rdfs:label|skos:altLabel|skos:prefLabel ?l FILTER({test}) {_kind_filter(kind)}"
        rows = self._query(f"SELECT DISTINCT ?e WHERE {{ {where} }} LIMIT {MAX_CANDIDATES}")
        iris = [r["e"].value for r in rows]
        hits = self.exact(text, kind)
        if iris:
            hits += self._entries_for("VALUES ?e { " + " ".join(f"<{i}>" for i in iris) + " }")
        return list({e["iri"]: e for e in hits}.values())

    def get(self, iri: str) -> Entry | None:
        if kind_of(iri) is None or any(c in iri for c in '<>"{}|^`\\ '):
            return None
        hits = self._entries_for(f"VALUES ?e {{ <{iri}> }}")
        return hits[0] if hits else None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind in KINDS:
            rows = list(
                self._query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e rdfs:label ?l {_kind_filter(kind)} }}")
            )
            if int(rows[0]["n"].value):
                out[kind] = int(rows[0]["n"].value)
        return out
