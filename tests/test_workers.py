"""The engine behind ``kg serve`` and the worker processes that run it with a time limit."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from kg.errors import (
    DataError,
    KgError,
    QueryError,
    QueryTimeoutError,
    ResultTooLargeError,
    StoreError,
    UnknownEntityError,
    UnsafeQueryError,
    ValidationError,
)
from kg.namespaces import ENT
from kg.project import Project
from kg.workers import Engine, ServerBusyError, WorkerError, WorkerPool

ASK_ALL = "ASK { ?s ?p ?o }"


@pytest.fixture
def engine(real: Project) -> Engine:
    from kg.store import open_graph

    return Engine(open_graph(real, auto_build=False))


@pytest.fixture
def pool(real: Project) -> Iterator[WorkerPool]:
    p = WorkerPool(real.root, size=1, wait=5)
    yield p
    p.close()


def _ask(pool: WorkerPool, query: str) -> bool:
    _, body = pool.call("query", query, None, [], [], 10_000, timeout=10)
    return b'"boolean":true' in body


def _wait_for_worker(pool: WorkerPool) -> None:
    deadline = time.monotonic() + 20
    while pool._idle.qsize() < pool.size and time.monotonic() < deadline:
        time.sleep(0.05)


def test_engine_serializes_in_the_asked_type(engine: Engine) -> None:
    media_type, body = engine.query("SELECT ?c WHERE { ?c a kg:ScienceCity }", "text/csv", [], [], 10_000)
    assert media_type == "text/csv"
    assert body.decode().splitlines()[0] == "c"
    assert (ENT + "huairou-science-city").encode() in body


def test_engine_falls_back_to_the_kinds_default(engine: Engine) -> None:
    media_type, _ = engine.query("CONSTRUCT WHERE { ?c a kg:ScienceCity }", "text/csv", [], [], 10_000)
    assert media_type == "text/turtle"


def test_engine_result_size_limit(engine: Engine) -> None:
    with pytest.raises(ResultTooLargeError, match="larger than the limit of 1 KiB"):
        engine.query("SELECT * WHERE { ?s ?p ?o }", None, [], [], 1024)


def test_engine_table_is_cut_at_max_rows_with_labels(engine: Engine) -> None:
    table = engine.table("SELECT ?c WHERE { ?c a kg:ScienceCity } ORDER BY ?c", [], [], 1)
    assert table["kind"] == "select"
    assert table["truncated"] is True
    assert len(table["rows"]) == 1
    assert table["rows"][0][0]["label"] in {"Huairou Science City", "Zhongguancun Science City"}


def test_engine_card_and_unknown_resource(engine: Engine) -> None:
    page = engine.card(ENT + "huairou-science-city")
    assert page["page"] == "card"
    assert page["card"]["label"] == "Huairou Science City"
    with pytest.raises(UnknownEntityError):
        engine.card(ENT + "nothing-here")


def test_engine_update_refuses_load_and_bad_syntax(engine: Engine) -> None:
    with pytest.raises(UnsafeQueryError):
        engine.update("LOAD <file:///etc/passwd>")
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        engine.update("INSERT DATA { oops }")


def test_pool_stops_a_query_over_its_time_limit_and_recovers(pool: WorkerPool) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="time limit of 0.5 s"):
        pool.call("sleep", 30, timeout=0.5)
    assert time.monotonic() - started < 5
    assert _ask(pool, ASK_ALL)  # waits for the replacement worker


def test_pool_survives_a_worker_that_dies(pool: WorkerPool) -> None:
    worker = pool._idle.queue[0]
    killer = threading.Timer(0.3, lambda: os.kill(worker.process.pid, 9))
    killer.start()
    with pytest.raises(WorkerError, match="crashed"):
        pool.call("sleep", 30, timeout=20)
    killer.join()
    assert _ask(pool, ASK_ALL)


def test_replacement_workers_replay_accepted_updates(pool: WorkerPool) -> None:
    pool.call("update", "INSERT DATA { ent:replayed rdfs:label 'kept' }", timeout=10)
    with pytest.raises(QueryTimeoutError):
        pool.call("sleep", 30, timeout=0.3)
    _wait_for_worker(pool)
    assert _ask(pool, "ASK { ent:replayed rdfs:label 'kept' }")


def test_pool_reports_busy_when_no_worker_frees_up(real: Project) -> None:
    pool = WorkerPool(real.root, size=1, wait=0.2)
    errors: list[Any] = []
    try:
        busy = threading.Thread(target=lambda: pool.call("sleep", 1.5, timeout=10))
        busy.start()
        time.sleep(0.2)
        try:
            pool.call("query", ASK_ALL, None, [], [], 1000, timeout=10)
        except ServerBusyError as exc:
            errors.append(exc)
        busy.join()
    finally:
        pool.close()
    assert len(errors) == 1
    assert "busy" in str(errors[0])


def test_pool_refuses_at_once_when_too_many_wait(real: Project) -> None:
    pool = WorkerPool(real.root, size=1, wait=10, max_waiting=0)
    try:
        busy = threading.Thread(target=lambda: pool.call("sleep", 1.0, timeout=10))
        busy.start()
        time.sleep(0.2)
        started = time.monotonic()
        with pytest.raises(ServerBusyError, match="others are waiting"):
            pool.call("query", ASK_ALL, None, [], [], 1000, timeout=10)
        assert time.monotonic() - started < 0.5
        busy.join()
        assert _ask(pool, ASK_ALL)
    finally:
        pool.close()


def test_workers_are_cut_off_the_network(real: Project) -> None:
    from .serving import Recorder

    recorder = Recorder()
    pool = WorkerPool(real.root, size=1)
    try:
        if sys.platform.startswith("linux"):
            assert pool.isolated  # a new network namespace, or a user namespace with one
        assert pool.isolated is False or pool.call("probe", "127.0.0.1", recorder.port, timeout=10) is False
        assert recorder.settle() == 0
    finally:
        pool.close()
        recorder.close()


def test_the_probe_does_connect_without_isolation(real: Project) -> None:
    from .serving import Recorder

    recorder = Recorder()
    pool = WorkerPool(real.root, size=1, isolate=False)
    try:
        assert not pool.isolated
        assert pool.call("probe", "127.0.0.1", recorder.port, timeout=10) is True
        assert recorder.settle() == 1
    finally:
        pool.close()
        recorder.close()


class _LocalError(StoreError):
    """An error class the server process may not know (not in a kg module)."""


@pytest.mark.parametrize(
    "error",
    [
        StoreError("cannot reach the SPARQL server at http://127.0.0.1:9/query: connection refused"),
        UnsafeQueryError("SERVICE (federated query) is disabled"),
        ResultTooLargeError("too large"),
        UnknownEntityError(ENT + "nowhere", ["/entity/somewhere"], what="resource"),
        DataError("bad value", file="data/facts/x.yaml", fact="indicators[2]"),
        ValidationError("2 violations", ["a", "b"]),
        ServerBusyError("busy"),
        KgError("plain"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_keep_their_class_and_attributes_across_the_pipe(error: KgError) -> None:
    import pickle

    from kg.workers import _error_record, _rebuild_error

    classes, payload = pickle.loads(pickle.dumps(_error_record(error)))
    rebuilt = _rebuild_error(classes, payload)
    assert type(rebuilt) is type(error)
    assert str(rebuilt) == str(error)
    assert vars(rebuilt) == vars(error)


def test_an_unknown_error_class_arrives_as_its_nearest_known_one() -> None:
    from kg.workers import _error_record, _rebuild_error

    error = _LocalError("the store broke")
    error.unpicklable = threading.Lock()  # type: ignore[attr-defined]
    error.detail = "kept"  # type: ignore[attr-defined]
    rebuilt = _rebuild_error(*_error_record(error))
    assert type(rebuilt) is StoreError
    assert str(rebuilt) == "the store broke"
    assert vars(rebuilt) == {"detail": "kept"}


def test_workers_of_a_sparql_store_start_while_it_is_down(real: Project) -> None:
    from .serving import free_port

    url = f"http://127.0.0.1:{free_port()}/query"
    pool = WorkerPool(real.root, f"sparql:{url}", size=1, isolate=False)
    try:
        with pytest.raises(StoreError, match=r"cannot reach the SPARQL server at .*: connection refused"):
            pool.call("stats", timeout=10)
        with pytest.raises(StoreError):
            pool.call("query", ASK_ALL, None, [], [], 1000, timeout=10)
        assert pool._idle.qsize() == 1  # an error is an answer: the worker stays
    finally:
        pool.close()


def test_a_paged_cards_keys_are_kept_until_the_graph_changes(engine: Engine) -> None:
    first = engine.card(ENT + "beijing", 1)
    again = engine.card(ENT + "beijing", 1)  # from the keys kept: the same page
    assert [f.to_dict() for f in again["card"].facts] == [f.to_dict() for f in first["card"].facts]
    before = first["paging"].total
    engine.update(f"DELETE WHERE {{ ?a rdf:object <{ENT}beijing> ; ?p ?o }}")
    after = engine.card(ENT + "beijing", 1)["paging"].total
    assert 0 < after < before  # the update's effect, not the kept keys


# --- the pool from an event loop (kg serve's short path for queries) ----------------------


def test_acall_answers_like_call_and_shares_the_workers_with_threads(real: Project) -> None:
    import asyncio

    pool = WorkerPool(real.root, size=1, wait=10)
    try:
        expected = pool.call("query", ASK_ALL, None, [], [], 1000, timeout=10)
        done: list[Any] = []

        async def main() -> list[Any]:
            # a thread holds the only worker for a while: the loop's calls wait for it, then take turns
            thread = threading.Thread(target=lambda: done.append(pool.call("sleep", 0.5, timeout=10)))
            thread.start()
            await asyncio.sleep(0.1)
            answers = await asyncio.gather(
                *(pool.acall("query", ASK_ALL, None, [], [], 1000, timeout=10) for _ in range(2))
            )
            await asyncio.to_thread(thread.join)
            return answers

        started = time.monotonic()
        answers = asyncio.run(main())
        assert answers == [expected, expected]
        assert len(done) == 1 and time.monotonic() - started >= 0.45
        assert pool._idle.qsize() == 1  # the worker came back after each call
    finally:
        pool.close()


def test_acall_stops_a_query_over_its_time_and_reports_engine_errors(real: Project) -> None:
    import asyncio

    pool = WorkerPool(real.root, size=1, wait=5)
    try:
        with pytest.raises(QueryTimeoutError, match="time limit of 0.3 s"):
            asyncio.run(pool.acall("sleep", 30, timeout=0.3))
        _wait_for_worker(pool)  # a fresh worker took its place
        with pytest.raises(QueryError, match="SPARQL syntax error"):
            asyncio.run(pool.acall("query", "SELECT WHERE {", None, [], [], 1000, timeout=10))
        assert asyncio.run(pool.acall("query", ASK_ALL, None, [], [], 1000, timeout=10))[1].endswith(b"true}")
    finally:
        pool.close()


def test_acall_reports_busy_when_no_worker_frees_up(real: Project) -> None:
    import asyncio

    pool = WorkerPool(real.root, size=1, wait=0.2)
    try:
        busy = threading.Thread(target=lambda: pool.call("sleep", 1.0, timeout=10))
        busy.start()
        time.sleep(0.1)
        with pytest.raises(ServerBusyError, match="stayed busy for 0.2 s"):
            asyncio.run(pool.acall("query", ASK_ALL, None, [], [], 1000, timeout=10))
        busy.join()
        assert not pool._async_waiters  # a waiter that gave up is not woken later
    finally:
        pool.close()


def test_acall_reads_a_large_answer_whole(real: Project) -> None:
    """An answer over 256 KB is read in a thread (the loop goes on): the same bytes as call's."""
    import asyncio

    from kg.workers import _READ_IN_THREAD

    query = "SELECT * WHERE { ?s ?p ?o }"
    pool = WorkerPool(real.root, size=1, wait=5)
    try:
        expected = pool.call("query", query, "text/csv", [], [], 1 << 26, timeout=30)
        assert len(expected[1]) > _READ_IN_THREAD
        assert asyncio.run(pool.acall("query", query, "text/csv", [], [], 1 << 26, timeout=30)) == expected
        small = pool.call("query", ASK_ALL, None, [], [], 1000, timeout=10)
        assert asyncio.run(pool.acall("query", ASK_ALL, None, [], [], 1000, timeout=10)) == small
        worker = pool._idle.get(timeout=5)  # the size is read from the pipe before the answer
        worker.conn.send(("query", (query, "text/csv", [], [], 1 << 26)))
        assert worker.conn.poll(30)
        time.sleep(0.5)
        size = worker.answer_size()
        assert size > _READ_IN_THREAD
        assert worker.conn.recv()[2] == expected
        pool._release(worker)
    finally:
        pool.close()
