"""What each search benchmark child process runs (``python -m tests.benchmarks.search_workloads
KIND ...``); each prints one JSON object as its last line.

Every workload runs alone in a fresh interpreter so that its peak RSS and CPU are its own.
"ours" is AgentDesk (the Whoosh index, the store, the services); "fts" is SQLite FTS5
(``unicode61 remove_diacritics 2``) over the same store's texts, queried with plain ``sqlite3``.

- ``prepare URL STORE``: a full sync (the engine only: no index) into a new store.
- ``build-ours STORE INDEX`` / ``build-fts STORE FTS``: a full index from the store.
- ``update-ours STORE INDEX N`` / ``update-fts STORE FTS N``: N stored conversations change
  (not timed), then the index follows (timed: ours drains the outbox, FTS5 deletes and
  re-inserts the same N from the store's texts).
- ``queries-ours STORE INDEX SPEC RUNS`` / ``queries-fts STORE FTS SPEC RUNS``: every query
  shape of SPEC (JSON), limit 50 with the total, then snippets and matched ranges of 20 results.
- ``cold-ours STORE INDEX SPEC`` / ``cold-fts STORE FTS SPEC``: open and answer one query in a
  fresh process.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import timed

PAGE = 50
SNIPPETS = 20
WARMUP = 2
TOKEN = "bench"
_STARTED = time.perf_counter()


def _usage() -> dict[str, float]:
    """This process's peak RSS and CPU, the CPU of its ended children included (a rebuild's
    helper process: ``agentdesk.search.helper``), and their largest peak RSS."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "cpu_s": usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime,
        "children_peak_rss_mb": children.ru_maxrss / 1024,
    }


def _size_mb(path: Path) -> float:
    if path.is_file():
        files = [path, *path.parent.glob(path.name + "-wal")]
    else:
        files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / (1024 * 1024)


# --- the store


def prepare(url: str, store_path: str) -> dict[str, Any]:
    from agentdesk.platform.client import PlatformClient  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.sync import SyncEngine  # noqa: PLC0415

    with Store.open(Path(store_path)) as store, PlatformClient(url, TOKEN) as client:
        report = SyncEngine(client, store).run()
    return {"conversations": report.fetched}


# --- building


def build_ours(store_path: str, index_dir: str) -> dict[str, Any]:
    from agentdesk.search.index import SearchIndex  # noqa: PLC0415
    from agentdesk.services.indexing import rebuild_index  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415

    cpu = _usage()["cpu_s"]
    started = time.perf_counter()
    with Store.open(Path(store_path)) as store:
        index = SearchIndex(Path(index_dir))
        report = rebuild_index(store, index)
        segments = index.check().segments
        index.close()
    seconds = time.perf_counter() - started
    usage = _usage()
    return {
        "conversations": report.indexed,
        "seconds": seconds,
        "build_cpu_s": usage["cpu_s"] - cpu,
        "size_mb": _size_mb(Path(index_dir)),
        "segments": segments,
        **usage,
    }


_FTS_SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, closed_at INTEGER, channel TEXT,
                   csat INTEGER, nps INTEGER);
CREATE INDEX docs_closed_at ON docs (closed_at);
"""
_CLOSED = (
    "SELECT id, closed_at, channel, csat, nps, closing_note, contact_name, category "
    "FROM conversations WHERE status = 'closed' AND id > ? ORDER BY id LIMIT ?"
)


def _bodies(store: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
    """Each conversation's message texts in order, then its tags (what ours indexes too)."""
    marks = ", ".join("?" * len(ids))
    texts: dict[str, list[str]] = {cid: [] for cid in ids}
    for cid, text in store.execute(
        f"SELECT conversation_id, text FROM messages WHERE conversation_id IN ({marks}) "
        "ORDER BY conversation_id, at, pk",
        ids,
    ):
        texts[cid].append(text)
    for cid, tag in store.execute(
        f"SELECT conversation_id, tag FROM tags WHERE conversation_id IN ({marks}) ORDER BY pk",
        ids,
    ):
        texts[cid].append(tag)
    return texts


def _fts_rows(store: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    texts = _bodies(store, [row[0] for row in rows])
    out = []
    for cid, closed_at, channel, csat, nps, note, contact, category in rows:
        parts = [*texts[cid], note or "", contact, category or ""]
        out.append((cid, closed_at, channel, csat, nps, "\n".join(parts)))
    return out


def build_fts(store_path: str, fts_path: str) -> dict[str, Any]:
    cpu = _usage()["cpu_s"]
    started = time.perf_counter()
    store = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    fts = sqlite3.connect(fts_path, isolation_level=None)
    fts.execute("PRAGMA journal_mode = WAL")
    fts.execute("PRAGMA synchronous = NORMAL")
    fts.executescript(_FTS_SCHEMA)
    count, after = 0, ""
    while rows := store.execute(_CLOSED, (after, 500)).fetchall():
        batch = _fts_rows(store, rows)
        fts.execute("BEGIN")
        fts.executemany(
            "INSERT INTO docs (id, closed_at, channel, csat, nps) VALUES (?, ?, ?, ?, ?)",
            [row[:5] for row in batch],
        )
        fts.executemany(
            "INSERT INTO fts (rowid, body) SELECT rowid, ? FROM docs WHERE id = ?",
            [(row[5], row[0]) for row in batch],
        )
        fts.execute("COMMIT")
        count += len(rows)
        after = rows[-1][0]
    fts.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fts.close()
    store.close()
    seconds = time.perf_counter() - started
    usage = _usage()
    return {
        "conversations": count,
        "seconds": seconds,
        "build_cpu_s": usage["cpu_s"] - cpu,
        "size_mb": _size_mb(Path(fts_path)),
        **usage,
    }


# --- updating


def _changed_ids(store_path: str, count: int) -> list[str]:
    with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True) as store:
        ids = [
            cid
            for (cid,) in store.execute(
                "SELECT id FROM conversations WHERE status = 'closed' ORDER BY id"
            )
        ]
    step = max(1, len(ids) // count)
    return ids[::step][:count]


def update_ours(store_path: str, index_dir: str, count_text: str) -> dict[str, Any]:
    from dataclasses import replace  # noqa: PLC0415
    from datetime import timedelta  # noqa: PLC0415

    from agentdesk.domain.search_query import SearchQuery  # noqa: PLC0415
    from agentdesk.search.index import SearchIndex  # noqa: PLC0415
    from agentdesk.services.indexing import update_index  # noqa: PLC0415
    from agentdesk.services.search import SearchService  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415

    ids = _changed_ids(store_path, int(count_text))
    with Store.open(Path(store_path)) as store:
        for cid in ids:  # what a sync would have written: not timed
            conversation = store.conversation(cid)
            assert conversation is not None
            store.apply_conversation(
                replace(
                    conversation,
                    closing_note=f"{conversation.closing_note or ''} Dossier zorglub rouvert.",
                    updated_at=conversation.updated_at + timedelta(seconds=1),
                )
            )
        index = SearchIndex(Path(index_dir))
        started = time.perf_counter()
        report = update_index(store, index)
        seconds = time.perf_counter() - started
        with SearchService(store, index) as service:
            found = service.search(SearchQuery("zorglub", limit=1)).total
    return {"changed": len(ids), "indexed": report.indexed, "found": found, "seconds": seconds}


def update_fts(store_path: str, fts_path: str, count_text: str) -> dict[str, Any]:
    ids = _changed_ids(store_path, int(count_text))
    store = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    fts = sqlite3.connect(fts_path, isolation_level=None)
    started = time.perf_counter()
    marks = ", ".join("?" * len(ids))
    rows = store.execute(
        "SELECT id, closed_at, channel, csat, nps, "
        "coalesce(closing_note, '') || ' Dossier zorglub rouvert.', "
        f"contact_name, category FROM conversations WHERE id IN ({marks})",
        ids,
    ).fetchall()
    batch = _fts_rows(store, rows)
    fts.execute("BEGIN")
    for cid, _closed, _channel, _csat, _nps, body in batch:
        (rowid,) = fts.execute("SELECT rowid FROM docs WHERE id = ?", (cid,)).fetchone()
        fts.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
        fts.execute("INSERT INTO fts (rowid, body) VALUES (?, ?)", (rowid, body))
    fts.execute("COMMIT")
    seconds = time.perf_counter() - started
    found = fts.execute("SELECT count(*) FROM fts WHERE fts MATCH 'zorglub'").fetchone()[0]
    return {"changed": len(ids), "found": found, "seconds": seconds}


# --- queries


def _ours_service(store_path: str, index_dir: str) -> Any:
    from agentdesk.search.index import SearchIndex  # noqa: PLC0415
    from agentdesk.services.search import SearchService  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415

    return SearchService(Store.open(Path(store_path)), SearchIndex(Path(index_dir)))


def _ours_query(query: dict[str, Any], limit: int = PAGE) -> Any:
    from agentdesk.domain.search_query import Month, SearchFilters, SearchQuery  # noqa: PLC0415

    given = query.get("filters", {})
    filters = SearchFilters(
        month=Month.parse(given["month"]) if "month" in given else None,
        csat=frozenset(given.get("csat", ())),
        nps_min=given.get("nps_min"),
        nps_max=given.get("nps_max"),
        channels=frozenset(given.get("channels", ())),
    )
    return SearchQuery(query["text"], filters, limit=limit)


def queries_ours(store_path: str, index_dir: str, spec_path: str, runs_text: str) -> dict[str, Any]:
    spec = json.loads(Path(spec_path).read_text())
    runs = int(runs_text)
    service = _ours_service(store_path, index_dir)
    out: dict[str, Any] = {"totals": {}, "times": {}}
    for shape, queries in spec["shapes"].items():
        prepared = [_ours_query(q) for q in queries]
        for number, query in enumerate(prepared, start=1):
            page = service.search(query, snippets=False)
            out["totals"][f"{shape} #{number}: {query.text}"] = page.total
            if page.index_state.value != "ready":
                raise RuntimeError(f"the index is {page.index_state}")
        cycle = iter(prepared * (runs + WARMUP))
        out["times"][shape] = timed(
            lambda cycle=cycle: service.search(next(cycle), snippets=False), runs, warmup=WARMUP
        )
    targets = []
    for query in spec["snippets"]:
        page = service.search(_ours_query(query, SNIPPETS), snippets=False)
        targets.append((query["text"], [hit.conversation.id for hit in page.hits]))
    cycle = iter(targets * (runs + WARMUP))

    def snippets() -> None:
        text, ids = next(cycle)
        marks = service.highlight(text, ids)
        assert len(marks) == len(ids)

    out["times"]["snippets"] = timed(snippets, runs, warmup=WARMUP)
    service.close()
    return {**out, **_usage()}


def _fts_match(query: dict[str, Any]) -> str:
    return str(query.get("fts") or " ".join(f'"{w}"' for w in query["text"].split()))


def _fts_where(query: dict[str, Any], spec: dict[str, Any]) -> tuple[str, list[Any]]:
    clauses, values = [], []
    given = query.get("filters", {})
    if "month" in given:
        clauses.append("d.closed_at >= ? AND d.closed_at < ?")
        values += spec["months"][given["month"]]
    if given.get("channels"):
        clauses.append(f"d.channel IN ({', '.join('?' * len(given['channels']))})")
        values += given["channels"]
    if given.get("csat"):
        clauses.append(f"d.csat IN ({', '.join('?' * len(given['csat']))})")
        values += given["csat"]
    if given.get("nps_min") is not None:
        clauses.append("d.nps >= ?")
        values.append(given["nps_min"])
    if given.get("nps_max") is not None:
        clauses.append("d.nps <= ?")
        values.append(given["nps_max"])
    return "".join(f" AND {c}" for c in clauses), values


def _fts_search(fts: sqlite3.Connection, query: dict[str, Any], spec: dict[str, Any]) -> int:
    """The baseline of one query, limit 50 and the total: FTS5 for words, plain SQL on the
    store (attached) for an id and for filters without words."""
    where, values = _fts_where(query, spec)
    if query.get("id"):
        found = fts.execute(
            "SELECT id, closed_at, channel, contact_name, csat, nps FROM store.conversations "
            "WHERE id = ? AND status = 'closed'",
            (query["id"],),
        ).fetchall()
        return len(found)
    if not query["text"]:
        store_where = where.replace("d.", "c.")
        total = fts.execute(
            f"SELECT count(*) FROM store.conversations c WHERE c.status = 'closed'{store_where}",
            values,
        ).fetchone()[0]
        fts.execute(
            "SELECT c.id, c.closed_at, c.channel, c.contact_name, c.csat, c.nps "
            f"FROM store.conversations c WHERE c.status = 'closed'{store_where} "
            f"ORDER BY c.closed_at DESC, c.id DESC LIMIT {PAGE}",
            values,
        ).fetchall()
        return int(total)
    match = _fts_match(query)
    total = fts.execute(
        f"SELECT count(*) FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?{where}",
        [match, *values],
    ).fetchone()[0]
    fts.execute(
        f"SELECT d.id FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?{where} "
        f"ORDER BY d.closed_at DESC, d.id DESC LIMIT {PAGE}",
        [match, *values],
    ).fetchall()
    return int(total)


def _fts_connect(store_path: str, fts_path: str) -> sqlite3.Connection:
    fts = sqlite3.connect(f"file:{fts_path}?mode=ro", uri=True)
    fts.execute(f"ATTACH DATABASE 'file:{store_path}?mode=ro' AS store")
    return fts


def queries_fts(store_path: str, fts_path: str, spec_path: str, runs_text: str) -> dict[str, Any]:
    spec = json.loads(Path(spec_path).read_text())
    runs = int(runs_text)
    fts = _fts_connect(store_path, fts_path)
    out: dict[str, Any] = {"totals": {}, "times": {}}
    for shape, queries in spec["shapes"].items():
        for number, query in enumerate(queries, start=1):
            out["totals"][f"{shape} #{number}: {query['text']}"] = _fts_search(fts, query, spec)
        cycle = iter(queries * (runs + WARMUP))
        out["times"][shape] = timed(
            lambda cycle=cycle: _fts_search(fts, next(cycle), spec), runs, warmup=WARMUP
        )
    targets = []
    for query in spec["snippets"]:
        rows = fts.execute(
            "SELECT d.rowid FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? "
            f"ORDER BY d.closed_at DESC, d.id DESC LIMIT {SNIPPETS}",
            (_fts_match(query),),
        ).fetchall()
        targets.append((_fts_match(query), [rowid for (rowid,) in rows]))
    cycle = iter(targets * (runs + WARMUP))

    def snippets() -> None:
        match, rowids = next(cycle)
        marks = ", ".join("?" * len(rowids))
        found = fts.execute(
            "SELECT rowid, snippet(fts, 0, '<mark>', '</mark>', '…', 24), "
            f"highlight(fts, 0, '<mark>', '</mark>') FROM fts WHERE fts MATCH ? "
            f"AND rowid IN ({marks})",
            [match, *rowids],
        ).fetchall()
        assert len(found) == len(rowids)

    out["times"]["snippets"] = timed(snippets, runs, warmup=WARMUP)
    fts.close()
    return {**out, **_usage()}


# --- cold start


def cold_ours(store_path: str, index_dir: str, spec_path: str) -> dict[str, Any]:
    imported_at = time.perf_counter()
    from agentdesk.services.search import SearchService  # noqa: F401, PLC0415

    query = json.loads(Path(spec_path).read_text())["cold"]
    imports_ms = (time.perf_counter() - imported_at) * 1000
    started = time.perf_counter()
    service = _ours_service(store_path, index_dir)
    page = service.search(_ours_query(query), snippets=False)
    open_first_ms = (time.perf_counter() - started) * 1000
    return {
        "imports_ms": imports_ms,
        "open_first_ms": open_first_ms,
        "process_ms": (time.perf_counter() - _STARTED) * 1000,
        "total": page.total,
        **_usage(),
    }


def cold_fts(store_path: str, fts_path: str, spec_path: str) -> dict[str, Any]:
    query = json.loads(Path(spec_path).read_text())["cold"]
    spec = json.loads(Path(spec_path).read_text())
    started = time.perf_counter()
    fts = _fts_connect(store_path, fts_path)
    total = _fts_search(fts, query, spec)
    open_first_ms = (time.perf_counter() - started) * 1000
    return {
        "imports_ms": 0.0,
        "open_first_ms": open_first_ms,
        "process_ms": (time.perf_counter() - _STARTED) * 1000,
        "total": total,
        **_usage(),
    }


WORKLOADS: dict[str, Callable[..., dict[str, Any]]] = {
    "prepare": prepare,
    "build-ours": build_ours,
    "build-fts": build_fts,
    "update-ours": update_ours,
    "update-fts": update_fts,
    "queries-ours": queries_ours,
    "queries-fts": queries_fts,
    "cold-ours": cold_ours,
    "cold-fts": cold_fts,
}

if __name__ == "__main__":
    kind, *arguments = sys.argv[1:]
    print(json.dumps(WORKLOADS[kind](*arguments)), flush=True)
