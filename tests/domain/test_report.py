"""Whole indicator pages, from hand-built conversations to the ``indicators --json`` document.

Each scenario places conversations on either side of a boundary the agent cares about (local
midnight, the end of the comparison span, a DST change, the end of February) and checks the
values, previous values, changes and trends against numbers worked out by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from agentdesk.cli.indicator_words import indicator_tooltip, report_json
from agentdesk.domain.catalogue import IndicatorKey as K
from agentdesk.domain.models import Conversation, WeekStart
from agentdesk.domain.periods import PeriodKind, PeriodWindow, period_window
from agentdesk.domain.report import IndicatorReport, build_indicator_report
from agentdesk.domain.trend import Trend
from tests.domain.builders import AGENT, CONTACT, aggregate_in, conversation, local, printed

PARIS, NEW_YORK, JAKARTA = "Europe/Paris", "America/New_York", "Asia/Jakarta"


def report(
    keys: Sequence[K], window: PeriodWindow, conversations: list[Conversation]
) -> IndicatorReport:
    current = aggregate_in(window.current, conversations)
    previous = aggregate_in(window.previous, conversations)
    return build_indicator_report(keys, window, current, previous)


def tiles(result: IndicatorReport) -> dict[str, tuple[Any, Any, Any, str]]:
    """key → (value, previous, change, trend) as the JSON shows them."""
    indicators = printed(result.to_json())["indicators"]
    return {i["key"]: (i["value"], i["previous"], i["change"], i["trend"]) for i in indicators}


def paris(*fields: int) -> Any:
    return local(PARIS, *fields)


WEEK_IN_PARIS = [
    # This week so far: Mon 16 Nov 2026 00:00 → Wed 18 Nov 14:00.
    conversation(paris(2026, 11, 16, 0, 0, 0), cid="a", handling_time_s=600, csat=5,
                 amounts=["100.00"]),
    conversation(paris(2026, 11, 17, 12), cid="b", handling_time_s=300, csat=4, nps=9),
    conversation(paris(2026, 11, 18, 13, 59, 59), cid="c", handling_time_s=900, csat=2, nps=3,
                 amounts=["50.00"]),
    conversation(paris(2026, 11, 18, 14), cid="now", csat=1),  # closed at now: not yet counted
    # The same span last week: Mon 9 Nov 00:00 → Wed 11 Nov 14:00.
    conversation(paris(2026, 11, 9, 8), cid="d", handling_time_s=600, csat=5),
    conversation(paris(2026, 11, 11, 13, 59, 59), cid="e", handling_time_s=1200, csat=1,
                 amounts=["60.00"]),
    # Outside both spans.
    conversation(paris(2026, 11, 11, 14), cid="f", csat=5),  # the comparison's end is excluded
    conversation(paris(2026, 11, 15, 23, 59, 59), cid="g", csat=5, amounts=["1000.00"]),  # Sunday
    conversation(paris(2026, 11, 8, 23, 59, 59), cid="h", csat=5),  # the week before
]  # fmt: skip


def test_a_week_in_paris_every_indicator() -> None:
    window = period_window(PeriodKind.WEEK, paris(2026, 11, 18, 14), PARIS)
    assert tiles(report(list(K), window, WEEK_IN_PARIS)) == {
        "conversations": (3, 2, 0.5, "up"),  # a, b, c against d, e
        "handling_time": (600.0, 900.0, -0.3333, "down"),  # 1800/3 against 1800/2
        "response_time": (None, None, None, "none"),  # no messages at all
        "first_response_time": (None, None, None, "none"),
        "csat": (66.67, 50.0, 16.67, "up"),  # 2 of 3 (5, 4) against 1 of 2 (5)
        "nps": (0.0, None, None, "none"),  # 1 promoter, 1 detractor; nobody answered last week
        "revenue": (150.0, 60.0, 1.5, "up"),
        "transactions": (2, 1, 1.0, "up"),
        "average_basket": (75.0, 60.0, 0.25, "up"),
        "conversion_rate": (66.67, 50.0, 16.67, "up"),  # a and c of 3 against e of 2
    }


def test_the_json_document_of_the_week() -> None:
    window = period_window(PeriodKind.WEEK, paris(2026, 11, 18, 14), PARIS)
    document = printed(
        report_json(report([K.CONVERSATIONS, K.NPS, K.REVENUE], window, WEEK_IN_PARIS))
    )
    assert {
        k: document[k] for k in ("period", "start", "end", "previous_start", "previous_end")
    } == {
        "period": "week",
        "start": "2026-11-16T00:00:00+01:00",
        "end": "2026-11-18T14:00:00+01:00",
        "previous_start": "2026-11-09T00:00:00+01:00",
        "previous_end": "2026-11-11T14:00:00+01:00",
    }
    conversations, nps, revenue = document["indicators"]
    assert conversations["tooltip"] == (
        "Conversations this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): 3, against 2 over "
        "the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 50.0 %."
    )
    assert (conversations["category"], conversations["unit"], conversations["label"]) == (
        "activity", "count", "Conversations"
    )  # fmt: skip
    assert nps["tooltip"].endswith(
        "against — no NPS answer in this span over the same span last week "
        "(Mon 9 Nov 00:00 – Wed 11 Nov 14:00): no trend."
    )
    assert (revenue["currency"], revenue["category"], revenue["change_unit"]) == (
        "EUR",
        "sales",
        "ratio",
    )


def test_the_day_after_a_25_hour_sunday() -> None:
    conversations = [
        conversation(paris(2026, 10, 26, 0, 0, 0), cid="m1"),
        conversation(paris(2026, 10, 26, 9, 59, 59), cid="m2"),
        conversation(paris(2026, 10, 25, 0, 30), cid="s1"),
        conversation(local(PARIS, 2026, 10, 25, 2, 30, fold=0), cid="s2"),  # 02:30 CEST
        conversation(local(PARIS, 2026, 10, 25, 2, 30, fold=1), cid="s3"),  # 02:30 CET, 1 h later
        # 09:59 CET is 11 real hours after midnight: counted, as the clocks say 00:00 → 10:00.
        conversation(paris(2026, 10, 25, 9, 59), cid="s4"),
        conversation(paris(2026, 10, 25, 10, 0), cid="s5"),
        conversation(paris(2026, 10, 25, 23, 59, 59), cid="s6"),
    ]
    window = period_window(PeriodKind.DAY, paris(2026, 10, 26, 10), PARIS)
    result = report([K.CONVERSATIONS], window, conversations)
    assert tiles(result) == {"conversations": (2, 4, -0.5, "down")}
    assert indicator_tooltip(result.indicators[0], window) == (
        "Conversations today so far (Mon 26 Oct 00:00 – 10:00): 2, against 4 over the same span "
        "yesterday (Sun 25 Oct 00:00 – 10:00): down 50.0 %."
    )


def test_the_23_hour_sunday_against_a_whole_saturday_evening() -> None:
    conversations = [
        conversation(paris(2026, 3, 29, 1, 59, 59), cid="sun1"),  # CET, just before the jump
        conversation(paris(2026, 3, 29, 3, 0), cid="sun2"),  # CEST, just after it
        conversation(paris(2026, 3, 29, 23, 29, 59), cid="sun3"),
        conversation(paris(2026, 3, 28, 23, 15), cid="sat1"),
        conversation(paris(2026, 3, 28, 23, 45), cid="sat2"),  # after Saturday's 23:30
    ]
    window = period_window(PeriodKind.DAY, paris(2026, 3, 29, 23, 30), PARIS)
    assert tiles(report([K.CONVERSATIONS], window, conversations)) == {
        "conversations": (3, 1, 2.0, "up")
    }


def test_march_31st_against_the_whole_of_february() -> None:
    conversations = [
        conversation(paris(2026, 3, 1, 0, 0, 0), cid="m1", amounts=["100.00"]),
        conversation(paris(2026, 3, 31, 13, 59), cid="m2", amounts=["162.50"]),
        conversation(paris(2026, 2, 1, 0, 0, 0), cid="f1", amounts=["200.00"]),
        conversation(paris(2026, 2, 28, 23, 59, 59), cid="f2", amounts=["50.00"]),
        conversation(paris(2026, 1, 31, 23, 59, 59), cid="j1", amounts=["999.00"]),
    ]
    window = period_window(PeriodKind.MONTH, paris(2026, 3, 31, 14), PARIS)
    result = report([K.REVENUE, K.AVERAGE_BASKET, K.TRANSACTIONS], window, conversations)
    assert tiles(result) == {
        "revenue": (262.5, 250.0, 0.05, "up"),  # 12.50 / 250.00: exactly 5 % is up
        "average_basket": (131.25, 125.0, 0.05, "up"),
        "transactions": (2, 2, 0.0, "stable"),
    }
    assert result.to_json()["previous_end"] == "2026-03-01T00:00:00+01:00"
    assert indicator_tooltip(result.indicators[0], window) == (
        "Revenue this month so far (Sun 1 Mar 00:00 – Tue 31 Mar 14:00): 262.50 EUR, against "
        "250.00 EUR over the whole of last month, which was shorter "
        "(Sun 1 Feb 00:00 – Sat 28 Feb 24:00): up 5.0 %."
    )


@pytest.mark.parametrize(
    ("week_start", "expected"),
    [
        # Sun 1 Nov 00:00 EDT → Tue 09:00 EST: n1, n2 against o1, o2 (Sun 25 Oct → Tue 27 09:00).
        (
            WeekStart.SUNDAY,
            {"conversations": (2, 2, 0.0, "stable"), "nps": (100.0, 0.0, 100.0, "up")},
        ),
        # Mon 2 Nov 00:00 EST → Tue 09:00: n2 against o2 (Mon 26 Oct → Tue 27 09:00).
        (
            WeekStart.MONDAY,
            {"conversations": (1, 1, 0.0, "stable"), "nps": (100.0, -100.0, 200.0, "up")},
        ),
    ],
)
def test_a_new_york_week_over_the_fall_back_sunday(
    week_start: WeekStart, expected: dict[str, tuple[Any, ...]]
) -> None:
    conversations = [
        conversation(local(NEW_YORK, 2026, 11, 1, 0, 0, 0), cid="n1", nps=10),
        conversation(local(NEW_YORK, 2026, 11, 2, 12), cid="n2", nps=9),
        conversation(local(NEW_YORK, 2026, 10, 31, 23, 59, 59), cid="sat", nps=0),  # last Saturday
        conversation(local(NEW_YORK, 2026, 10, 25, 10), cid="o1", nps=10),
        conversation(local(NEW_YORK, 2026, 10, 27, 8, 59), cid="o2", nps=0),
        conversation(local(NEW_YORK, 2026, 10, 27, 9, 30), cid="o3", nps=10),  # after 09:00
    ]
    window = period_window(PeriodKind.WEEK, local(NEW_YORK, 2026, 11, 3, 9), NEW_YORK, week_start)
    assert tiles(report([K.CONVERSATIONS, K.NPS], window, conversations)) == expected


def test_jakarta_days_start_at_local_midnight_not_utc_midnight() -> None:
    # 16 Nov 23:59:59 WIB and 17 Nov 00:00:00 WIB are 16:59:59Z and 17:00:00Z, one UTC day.
    conversations = [
        conversation(local(JAKARTA, 2026, 11, 16, 23, 59, 59), cid="late"),
        conversation(local(JAKARTA, 2026, 11, 17, 0, 0, 0), cid="t1"),
        conversation(local(JAKARTA, 2026, 11, 17, 8, 59, 59), cid="t2"),
        conversation(local(JAKARTA, 2026, 11, 16, 8), cid="y1"),
    ]
    window = period_window(PeriodKind.DAY, local(JAKARTA, 2026, 11, 17, 9), JAKARTA)
    result = report([K.CONVERSATIONS], window, conversations)
    assert tiles(result) == {"conversations": (2, 1, 1.0, "up")}
    assert result.to_json()["start"] == "2026-11-17T00:00:00+07:00"


def test_reply_delays_compare_across_weeks() -> None:
    conversations = [
        # This week: waits of 60 s and 120 s in one conversation (mean 90), 30 s in another.
        conversation(paris(2026, 11, 17, 10), cid="a",
                     messages=[(0, CONTACT), (60, AGENT), (100, CONTACT), (220, AGENT)]),
        conversation(paris(2026, 11, 17, 11), cid="b", messages=[(0, CONTACT), (30, AGENT)]),
        # Last week: one conversation, one wait of 50 s.
        conversation(paris(2026, 11, 10, 10), cid="c", messages=[(0, CONTACT), (50, AGENT)]),
    ]  # fmt: skip
    window = period_window(PeriodKind.WEEK, paris(2026, 11, 18, 14), PARIS)
    result = report([K.RESPONSE_TIME, K.FIRST_RESPONSE_TIME], window, conversations)
    assert tiles(result) == {
        "response_time": (60.0, 50.0, 0.2, "up"),  # (90 + 30) / 2 against 50
        "first_response_time": (45.0, 50.0, -0.1, "down"),  # (60 + 30) / 2 against 50
    }
    assert result.indicators[0].trend is Trend.UP
    assert "1 min 00 s, against 50 s" in indicator_tooltip(result.indicators[0], window)


def test_an_empty_week_shows_zero_counts_and_no_means() -> None:
    window = period_window(PeriodKind.WEEK, paris(2026, 11, 18, 14), PARIS)
    assert tiles(report([K.CONVERSATIONS, K.CSAT, K.REVENUE], window, [])) == {
        "conversations": (0, 0, None, "stable"),
        "csat": (None, None, None, "none"),
        "revenue": (0.0, 0.0, None, "stable"),
    }
