"""The exception hierarchy: every error kg raises on purpose is a :class:`KgError`."""

from __future__ import annotations

from typing import Any

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
    "UnrepresentableError",
    "StoreError",
    "error_record",
    "rebuild_error",
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


class UnrepresentableError(KgError):
    """A result holds what the format asked for cannot carry (a control character in XML ...).

    The server answers 406: another format can carry it.
    """


class StoreError(KgError):
    """A store could not be opened, reached or written (server down, refused credentials ...)."""


# --- errors across a process boundary ------------------------------------------------------
#
# An error of a worker or a sandboxed child reaches its parent as the names of its classes
# (most specific first), its message and its plain attributes, and is rebuilt there as the
# same class: callers map errors to exit codes and HTTP statuses by class, so no kind of error
# may arrive as a bare KgError. Constructors are not called (they take other arguments than
# the message); the message and attributes are restored as they were.

#: One error's classes: (module, qualified name) pairs, the error's own class first, down to KgError.
ErrorClasses = list[tuple[str, str]]


def error_record(exc: KgError) -> tuple[ErrorClasses, tuple[str, dict[str, Any]]]:
    """What is sent for ``exc``: its class names, and its message with its plain attributes.

    Attributes are kept when they are JSON data (text, numbers, lists, maps), so the record
    can cross a pipe as JSON, never as code.

    >>> error_record(QueryError("bad"))[0][:2]
    [('kg.errors', 'QueryError'), ('kg.errors', 'KgError')]
    """
    import json

    classes = [(c.__module__, c.__qualname__) for c in type(exc).__mro__ if issubclass(c, KgError)]
    attributes: dict[str, Any] = {}
    for name, value in vars(exc).items():
        try:
            json.dumps(value)
        except (TypeError, ValueError):  # anything that is not plain data stays behind
            continue
        attributes[name] = value
    return classes, (str(exc), attributes)


def _error_class(module: str, qualname: str) -> type[KgError] | None:
    """A KgError class of kg by name, among the modules this process has loaded."""
    import sys

    if module != "kg" and not module.startswith("kg."):
        return None
    found: Any = sys.modules.get(module)
    for part in qualname.split("."):
        found = getattr(found, part, None)
    return found if isinstance(found, type) and issubclass(found, KgError) else None


def rebuild_error(classes: ErrorClasses, payload: tuple[str, dict[str, Any]]) -> KgError:
    """The error a record describes, as the most specific of its classes known here (at worst KgError).

    >>> error = rebuild_error(*error_record(UnsafeQueryError("no SERVICE")))
    >>> type(error).__name__, str(error), error.exit_code
    ('UnsafeQueryError', 'no SERVICE', 2)
    """
    message, attributes = payload
    cls = next((c for c in (_error_class(m, q) for m, q in classes) if c is not None), KgError)
    exc = cls.__new__(cls)
    exc.args = (message,)
    exc.__dict__.update(attributes)
    return exc
