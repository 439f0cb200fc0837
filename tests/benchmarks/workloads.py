"""What each benchmark child process runs; ``python -m tests.benchmarks.workloads KIND ...``.

Every workload runs alone in a fresh interpreter so that its peak RSS and CPU time are its own,
not the harness's or the demo server's, and prints one JSON object as its last stdout line.

- ``sync-ours URL STORE``: a full ``SyncEngine`` run into a fresh store.
- ``sync-baseline URL DB``: the same pages (paused then closed, 500 a page) with plain
  ``requests``, ``json``-decoded and inserted as raw rows with ``executemany``, one transaction
  a page, into two plain tables. No validation, no facts, no outbox, no search fields.
- ``indicators STORE NOW RUNS``: the month report and the month and week evolution through
  ``IndicatorsService`` (ours) and through a raw ``sqlite3`` SELECT of the same spans' rows over
  the same file, summed in plain Python (baseline).
"""

from __future__ import annotations

import bisect
import json
import resource
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import TOKEN, timed

PAGE_SIZE = 500
WARMUP_RUNS = 3
_HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def _usage() -> dict[str, float]:
    """Peak RSS (MiB; Linux reports KiB) and CPU seconds of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}


def sync_ours(url: str, store_path: str) -> dict[str, Any]:
    from agentdesk.platform.client import PlatformClient  # noqa: PLC0415 - imports are measured
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.sync.engine import SyncEngine  # noqa: PLC0415

    cpu_before = _usage()["cpu_s"]
    started = time.perf_counter()
    with Store.open(Path(store_path)) as store, PlatformClient(url, TOKEN) as client:
        report = SyncEngine(client, store, page_size=PAGE_SIZE).run()
    seconds = time.perf_counter() - started
    usage = _usage()
    return {
        "conversations": report.fetched,
        "skipped": len(report.skipped),
        "seconds": seconds,
        "sync_cpu_s": usage["cpu_s"] - cpu_before,
        **usage,
    }


_BASELINE_SCHEMA = """
CREATE TABLE conversations (
    id TEXT PRIMARY KEY, status TEXT, channel TEXT, assignee_id TEXT, contact_id TEXT,
    contact_name TEXT, category TEXT, tags TEXT, started_at TEXT, first_response_at TEXT,
    closed_at TEXT, paused_at TEXT, pause_deadline TEXT, updated_at TEXT, handling_time_s INT,
    csat INT, nps INT, closing_note TEXT, transactions TEXT);
CREATE TABLE messages (
    conversation_id TEXT, id TEXT, at TEXT, sender_type TEXT, sender_id TEXT, type TEXT,
    text TEXT);
CREATE INDEX messages_conversation ON messages (conversation_id, at);
"""
_CONVERSATION_FIELDS = (
    *("id", "status", "channel", "assignee_id", "contact_id", "contact_name", "category"),
    *("tags", "started_at", "first_response_at", "closed_at", "paused_at", "pause_deadline"),
    *("updated_at", "handling_time_s", "csat", "nps", "closing_note", "transactions"),
)
_MESSAGE_FIELDS = ("id", "at", "sender_type", "sender_id", "type", "text")


Row = tuple[Any, ...]


def _raw_rows(records: list[dict[str, Any]]) -> tuple[list[Row], list[Row]]:
    """The records as they came, flattened: tags and transactions as JSON text."""
    conversations: list[Row] = []
    messages: list[Row] = []
    for record in records:
        flat = dict(record, contact_id=record["contact"]["id"])
        flat["contact_name"] = record["contact"]["name"]
        flat["tags"] = json.dumps(record["tags"])
        flat["transactions"] = json.dumps(record["transactions"])
        conversations.append(tuple(flat.get(name) for name in _CONVERSATION_FIELDS))
        cid = record["id"]
        messages.extend(
            (cid, *(message.get(name) for name in _MESSAGE_FIELDS))
            for message in record["messages"]
        )
    return conversations, messages


def sync_baseline(url: str, db_path: str) -> dict[str, Any]:
    import requests  # noqa: PLC0415 - imports are measured

    cpu_before = _usage()["cpu_s"]
    started = time.perf_counter()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")  # the same durability as the store's
    db.execute("PRAGMA synchronous = NORMAL")
    db.executescript(_BASELINE_SCHEMA)
    marks = ", ".join("?" * len(_CONVERSATION_FIELDS))
    insert_conversation = f"INSERT OR REPLACE INTO conversations VALUES ({marks})"
    fetched = 0
    with requests.Session() as session:
        for status in ("paused", "closed"):
            cursor: str | None = None
            while True:
                params = {"status": status, "limit": str(PAGE_SIZE)}
                if cursor:
                    params["cursor"] = cursor
                answer = session.get(
                    f"{url}/api/v1/conversations", params=params, headers=_HEADERS, timeout=60
                )
                answer.raise_for_status()
                body = answer.json()
                conversations, messages = _raw_rows(body["data"])
                db.execute("BEGIN")
                db.executemany(insert_conversation, conversations)
                db.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)", messages)
                db.execute("COMMIT")
                fetched += len(conversations)
                cursor = body["next_cursor"]
                if cursor is None:
                    break
    db.close()
    seconds = time.perf_counter() - started
    usage = _usage()
    return {
        "conversations": fetched,
        "skipped": 0,
        "seconds": seconds,
        "sync_cpu_s": usage["cpu_s"] - cpu_before,
        **usage,
    }


# --- indicators --------------------------------------------------------------------------

_FACTS = (
    "SELECT closed_at, effective_handling_time_s, mean_reply_delay_s, first_response_delay_s, "
    "csat, nps, transaction_count, revenue_milli FROM conversations "
    "WHERE status = 'closed' AND closed_at >= ? AND closed_at < ? ORDER BY closed_at"
)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _sums(rows: Sequence[tuple[Any, ...]]) -> dict[str, float | None]:
    """The tiles' values in plain Python (percents 0–100, money in units)."""
    handling = [r[1] for r in rows if r[1] is not None]
    reply = [r[2] for r in rows if r[2] is not None]
    first = [r[3] for r in rows if r[3] is not None]
    csat = [r[4] for r in rows if r[4] is not None]
    nps = [r[5] for r in rows if r[5] is not None]
    return {
        "conversations": len(rows),
        "handling_time": _mean(handling),
        "response_time": _mean(reply),
        "first_response_time": _mean(first),
        "csat": _mean([100 * (v >= 4) for v in csat]),
        "nps": _mean([100 * (v >= 9) - 100 * (v <= 6) for v in nps]),
        "revenue": sum(r[7] for r in rows) / 1000,
        "conversion_rate": _mean([100 * (r[6] > 0) for r in rows]),
    }


def _baseline_spans(db: sqlite3.Connection, spans: Sequence[tuple[int, int]]) -> list[Any]:
    """One SELECT over the spans' whole range, rows put in their span with ``bisect`` (the
    spans of a report or a chart are contiguous; the previous period's are a second range)."""
    results = []
    for group in _contiguous(spans):
        rows = db.execute(_FACTS, (group[0][0], group[-1][1])).fetchall()
        keys = [r[0] for r in rows]
        for lo, hi in group:
            results.append(_sums(rows[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]))
    return results


def _contiguous(spans: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and groups[-1][-1][1] == span[0]:
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _float(value: float | Decimal | None) -> float | None:
    return None if value is None else float(value)


def indicators(store_path: str, now_text: str, runs_text: str) -> dict[str, Any]:
    from agentdesk.domain.catalogue import IndicatorKey  # noqa: PLC0415
    from agentdesk.domain.periods import (  # noqa: PLC0415
        PeriodKind,
        evolution_buckets,
        period_window,
    )
    from agentdesk.services.indicators import IndicatorsService, load_workspace  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.store.timestamps import to_micros  # noqa: PLC0415

    now, runs = datetime.fromisoformat(now_text), int(runs_text)
    out: dict[str, Any] = {"now": now.isoformat()}
    with Store.open(Path(store_path)) as store:
        service = IndicatorsService(store)
        profile = load_workspace(store).profile
        key = IndicatorKey.HANDLING_TIME
        ours = {
            "report_month": lambda: service.report(PeriodKind.MONTH, now),
            "evolution_month": lambda: service.evolution(key, PeriodKind.MONTH, now),
            "evolution_week": lambda: service.evolution(key, PeriodKind.WEEK, now),
        }
        # The baseline's spans are worked out once, outside the timing: it measures the reads
        # and the sums only.
        month = period_window(PeriodKind.MONTH, now, profile.timezone, profile.week_start)
        week = period_window(PeriodKind.WEEK, now, profile.timezone, profile.week_start)

        def micros(spans: Sequence[Any]) -> list[tuple[int, int]]:
            return [(to_micros(s.start), to_micros(s.end)) for s in spans]

        report_spans = micros([month.current, month.previous])
        month_buckets = evolution_buckets(month)
        week_buckets = evolution_buckets(week)
        month_spans = micros([*month_buckets.current, *month_buckets.previous])
        week_spans = micros([*week_buckets.current, *week_buckets.previous])
        db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
        baseline = {
            "report_month": lambda: _baseline_spans(db, report_spans),
            "evolution_month": lambda: _baseline_spans(db, month_spans),
            "evolution_week": lambda: _baseline_spans(db, week_spans),
        }
        for name, call in ours.items():
            out[f"ours.{name}"] = timed(call, runs, warmup=WARMUP_RUNS)
        for name, call in baseline.items():
            out[f"baseline.{name}"] = timed(call, runs, warmup=WARMUP_RUNS)
        # So the harness can check that both found the same month.
        tiles = service.report(PeriodKind.MONTH, now).indicators
        out["ours.month_values"] = {t.key.value: _float(t.value) for t in tiles}
        out["baseline.month_values"] = _baseline_spans(db, report_spans)[0]
        db.close()
        out["month_conversations"] = out["ours.month_values"].get("conversations")
        out["month_spans"] = len(month_spans)
        out["week_spans"] = len(week_spans)
    return out


WORKLOADS: dict[str, Callable[..., dict[str, Any]]] = {
    "sync-ours": sync_ours,
    "sync-baseline": sync_baseline,
    "indicators": indicators,
}

if __name__ == "__main__":
    kind, *arguments = sys.argv[1:]
    print(json.dumps(WORKLOADS[kind](*arguments)), flush=True)
