"""The evolution chart's series: one point per hour or local day, gaps where nothing is measured."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey as K
from agentdesk.domain.evolution import build_evolution, evolution_points
from agentdesk.domain.models import Conversation
from agentdesk.domain.periods import PeriodKind, PeriodWindow, evolution_buckets, period_window
from tests.domain.builders import aggregate_in, conversation, local, printed

PARIS = "Europe/Paris"


def chart(key: K, window: PeriodWindow, conversations: list[Conversation]) -> Any:
    buckets = evolution_buckets(window)
    evolution = build_evolution(
        key,
        window,
        buckets,
        [aggregate_in(b, conversations) for b in buckets.current],
        [aggregate_in(b, conversations) for b in buckets.previous],
    )
    return printed(evolution.to_json())


def values(points: list[Any]) -> list[Any]:
    return [p["value"] for p in points]


NIGHT = [
    # Monday 16 Nov 2026 (CET), seen at 03:30.
    conversation(local(PARIS, 2026, 11, 16, 0, 10), cid="m1", csat=5),
    conversation(local(PARIS, 2026, 11, 16, 0, 50), cid="m2", csat=2),
    conversation(local(PARIS, 2026, 11, 16, 2, 15), cid="m3", csat=4),
    conversation(local(PARIS, 2026, 11, 16, 3, 29, 59), cid="m4"),
    conversation(local(PARIS, 2026, 11, 16, 3, 30), cid="m5", csat=1),  # closed at now: not yet
    # Sunday 15 Nov, compared up to 03:30.
    conversation(local(PARIS, 2026, 11, 15, 0, 59, 59), cid="s1", csat=5),
    conversation(local(PARIS, 2026, 11, 15, 1, 0, 0), cid="s2", csat=1),
    conversation(local(PARIS, 2026, 11, 15, 3, 45), cid="s3", csat=5),  # after the same span
]


def test_hourly_counts_and_csat_with_gaps() -> None:
    window = period_window(PeriodKind.DAY, local(PARIS, 2026, 11, 16, 3, 30), PARIS)
    counts = chart(K.CONVERSATIONS, window, NIGHT)
    assert values(counts["points"]) == [2, 0, 1, 1]
    # Yesterday whole (24 hours), s3 at 03:45 included: the agent sees how the day ended.
    assert values(counts["previous_points"]) == [1, 1, 0, 1] + [0] * 20
    csat = chart(K.CSAT, window, NIGHT)
    assert values(csat["points"]) == [50.0, None, 100.0, None]  # m4 was not rated
    assert values(csat["previous_points"]) == [100.0, 0.0, None, 100.0] + [None] * 20
    assert [p.get("partial") for p in csat["points"]] == [None, None, None, True]  # 03:00–03:30
    assert csat["points"][0] == {"start": "2026-11-16T00:00:00+01:00", "value": 50.0}
    assert csat["previous_points"][1]["start"] == "2026-11-15T01:00:00+01:00"
    assert (csat["key"], csat["period"], csat["unit"]) == ("csat", "day", "percent")


def test_the_repeated_hour_is_two_points_with_their_own_offsets() -> None:
    # Sunday 25 Oct 2026 seen at 04:00 CET: 00:00, 01:00, 02:00 CEST, 02:00, 03:00 CET.
    conversations = [
        conversation(local(PARIS, 2026, 10, 25, 2, 30, fold=0), cid="summer"),
        conversation(local(PARIS, 2026, 10, 25, 2, 30, fold=1), cid="winter"),
        conversation(local(PARIS, 2026, 10, 25, 2, 45, fold=1), cid="winter2"),
    ]
    window = period_window(PeriodKind.DAY, local(PARIS, 2026, 10, 25, 4), PARIS)
    series = chart(K.CONVERSATIONS, window, conversations)
    points = series["points"]
    assert [p["start"][11:] for p in points] == [
        "00:00:00+02:00", "01:00:00+02:00", "02:00:00+02:00", "02:00:00+01:00", "03:00:00+01:00"
    ]  # fmt: skip
    assert values(points) == [0, 0, 1, 2, 0]


def test_money_points_are_numbers_in_the_workspace_currency() -> None:
    conversations = [
        conversation(local(PARIS, 2026, 11, 16, 9), cid="a", amounts=["10.005", "20.00"]),
        conversation(local(PARIS, 2026, 11, 17, 9), cid="b"),
    ]
    window = period_window(PeriodKind.WEEK, local(PARIS, 2026, 11, 17, 12), PARIS)
    basket = chart(K.AVERAGE_BASKET, window, conversations)
    assert values(basket["points"]) == [15.0, None]  # 30.005 / 2 = 15.0025, to the cent
    revenue = chart(K.REVENUE, window, conversations)
    assert values(revenue["points"]) == [30.01, 0.0]
    assert values(revenue["previous_points"]) == [0.0] * 7  # last week, whole
    assert revenue["currency"] == "EUR"


def test_one_aggregate_per_bucket_is_required() -> None:
    window = period_window(PeriodKind.WEEK, datetime(2026, 11, 18, 13, tzinfo=UTC), PARIS)
    with pytest.raises(ValueError, match="3 buckets but 1 aggregates"):
        evolution_points(K.CSAT, evolution_buckets(window).current, [PeriodAggregate()])
