"""The exception hierarchy: every error kg raises on purpose is a :class:`KgError`."""

from __future__ import annotations

__all__ = [
    "KgError",
    "DataError",
    "BuildError",
    "ValidationError",
    "UnknownEntityError",
    "QueryError",
    "UnsafeQueryError",
    "QuerySyntaxError",
    "BadInputError",
    "QueryTimeoutError",
    "ResultTooLargeError",
    "StoreError",
]


class KgError(Exception):
    """Base class of all kg errors; the CLI prints its message as one line."""

    exit_code = 1


class DataError(KgError):
    """A data file is malformed, names an unknown id, or a quote does not match its source.

    Examples
    --------
    >>> str(DataError("bad value", file="data/facts/x.yaml", fact="indicators[2]"))
    'data/facts/x.yaml: indicators[2]: bad value'
    """

    def __init__(self, reason: str, *, file: str | None = None, fact: str | None = None) -> None:
        self.reason = reason
        self.file = file
        self.fact = fact
        parts = [p for p in (file, fact, reason) if p]
        super().__init__(": ".join(parts))


class BuildError(KgError):
    """The graph could not be built; the last good graph is left in place."""


class ValidationError(BuildError):
    """The built graph violates the SHACL shapes."""

    def __init__(self, message: str, violations: list[str]) -> None:
        self.violations = violations
        super().__init__(message)


class UnknownEntityError(KgError):
    """No entity matches a name."""

    def __init__(self, name: str, suggestions: list[str], *, ambiguous: bool = False, what: str = "entity") -> None:
        self.name = name
        self.suggestions = suggestions
        if ambiguous:
            message = f"no {what} matches {name!r} exactly; it could be: " + ", ".join(suggestions)
        else:
            message = f"no {what} matches {name!r}"
            if suggestions:
                message += "; did you mean: " + ", ".join(suggestions) + "?"
        super().__init__(message)


class BadInputError(KgError):
    """The user asked for something that does not exist as asked (unknown store, class ...): exit 2."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query is malformed or failed; bad input, so exit code 2 at the CLI."""

    exit_code = 2


class UnsafeQueryError(QueryError):
    """A query asks for something disabled by default, such as a federated SERVICE call."""


class QuerySyntaxError(QueryError):
    """The query checker could not read a query (malformed, or syntax beyond SPARQL 1.1)."""


class QueryTimeoutError(KgError):
    """A query ran longer than the configured time limit and was stopped."""


class ResultTooLargeError(KgError):
    """A query's result exceeded the configured size limit."""


class StoreError(KgError):
    """A store could not be opened, reached or written (server down, refused credentials ...)."""
