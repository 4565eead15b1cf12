"""Shared fixtures: a tiny hand-made project, and a copy of the real project built once."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from kg.project import Project

# The fuzz tests explore new cases on every run; CI (CI=1, set by .ci/run) replays a fixed
# seed instead, so a landing is judged on the same cases each time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).resolve().parent / "fixtures" / "tiny"


def _copy_project(src_data: Path, dest: Path) -> Project:
    shutil.copytree(ROOT / "ontology", dest / "ontology")
    shutil.copytree(src_data, dest / "data")
    return Project(dest)


#: The entity ids of the tiny fixture project (tests/fixtures/tiny/data/entities/things.yaml).
TINY_ENTITY_IDS = frozenset(
    {"exampleville", "huairou-science-city", "example-facility", "example-commission", "ada-example", "head"}
)


@pytest.fixture
def tiny_entity_ids() -> frozenset[str]:
    return TINY_ENTITY_IDS


@pytest.fixture
def tiny(tmp_path: Path) -> Project:
    """An unbuilt copy of the tiny fixture project (one article, six entities)."""
    return _copy_project(TINY / "data", tmp_path / "tiny")


@pytest.fixture
def built_tiny(tiny: Project) -> Project:
    from kg.build import build

    build(tiny)
    return tiny


@pytest.fixture(scope="session")
def real(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A built copy of the project's own ontology and data (built once per test session)."""
    from kg.build import build

    project = _copy_project(ROOT / "data", tmp_path_factory.mktemp("real"))
    build(project)
    return project


@pytest.fixture(scope="session")
def real_graph(real: Project):  # type: ignore[no-untyped-def]
    from kg.store import open_graph

    return open_graph(real)


@pytest.fixture
def time_limit() -> Iterator[None]:
    """Fail a test that runs over 15 s (a pattern that backtracks: such tests take well under a second)
    instead of letting it hang."""

    def stop(*_: Any) -> None:
        raise TimeoutError("did not finish in 15 s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(15)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)
