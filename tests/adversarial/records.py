"""Valid closed conversations from the seeded demo generator, and every way to spoil them."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from typing import Any

from agentdesk.demo import generate_workspace
from tests.conftest import DEMO_NOW, DEMO_SEED

WRONG_VALUES: tuple[Any, ...] = (
    None,
    0,
    -1,
    10**30,
    1.5,
    float("nan"),
    True,
    "",
    "x" * 5000,
    "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+00:00",
    "2026-11-18T10:00:00",
    [],
    [1, "a", None],
    {},
    {"nested": {"deeper": [{}]}},
)
"""Wrong (or surprising) for some field each: types, bounds, dates at the edges of time."""


@cache
def _closed() -> tuple[dict[str, Any], ...]:
    workspace = generate_workspace(DEMO_SEED, 120, DEMO_NOW)
    closed = [c for c in workspace.conversations() if c["status"] == "closed"]
    return tuple(sorted(closed, key=lambda r: (r["updated_at"], r["id"])))


def valid_records(count: int) -> list[dict[str, Any]]:
    return copy.deepcopy(list(_closed()[:count]))


def spoiled_records() -> Iterator[dict[str, Any]]:
    """One record per (field, wrong value), top-level fields and a message's and a
    transaction's fields, each with its own id; plus records that are not objects."""
    base = next(r for r in _closed() if r["messages"] and r.get("transactions"))
    number = 0
    for path in _paths(base):
        for value in WRONG_VALUES:
            record = copy.deepcopy(base)
            number += 1
            record["id"] = f"c-bad-{number:05d}"
            _set(record, path, value)
            yield record


def _paths(record: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    for key in record:
        if key != "id":
            yield (key,)
    for key in record["contact"]:
        yield ("contact", key)
    for key in record["messages"][0]:
        yield ("messages", 0, key)
    for key in record["transactions"][0]:
        yield ("transactions", 0, key)


def _set(record: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = record
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = copy.deepcopy(value)
