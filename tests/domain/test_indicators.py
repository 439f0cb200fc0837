"""Every indicator's formula, on hand-built conversations whose values are worked out here."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey as K
from agentdesk.domain.facts import facts_of
from agentdesk.domain.indicators import MissingReason, indicator_value, missing_reason
from agentdesk.domain.models import Conversation
from tests.domain.builders import AGENT, BOT, CONTACT, SYSTEM, conversation

CLOSED = datetime(2026, 11, 17, 10, tzinfo=UTC)


def aggregate(*conversations: Conversation) -> PeriodAggregate:
    return PeriodAggregate.of(facts_of(c) for c in conversations)


def four_conversations() -> PeriodAggregate:
    return aggregate(
        # Waits: 0→60 and 100→190 (the bot at 110 neither ends nor starts one): mean 75 s.
        conversation(
            CLOSED, cid="c1", handling_time_s=600, csat=5, nps=10, amounts=["59.90", "40.10"],
            messages=[(0, CONTACT), (60, AGENT), (100, CONTACT), (110, BOT), (190, AGENT)],
        ),
        # No handling time from the platform: closed − started = 1200 s. Waits 0→30, 40→100: 45 s.
        conversation(
            CLOSED, cid="c2", duration_s=1200, csat=3, nps=7,
            messages=[(0, CONTACT), (5, SYSTEM), (10, BOT), (30, AGENT), (40, CONTACT),
                      (50, CONTACT), (100, AGENT)],
        ),
        # The agent wrote first: the only wait is 20→80, and the first response took 60 s.
        conversation(
            CLOSED, cid="c3", handling_time_s=300, nps=3, amounts=["15.00"],
            messages=[(0, AGENT), (20, CONTACT), (80, AGENT)],
        ),
        # Only the bot answered: no reply delay, no first response.
        conversation(
            CLOSED, cid="c4", handling_time_s=900, csat=4, messages=[(0, CONTACT), (5, BOT)]
        ),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (K.CONVERSATIONS, 4),
        (K.HANDLING_TIME, 750.0),  # (600 + 1200 + 300 + 900) / 4
        (K.RESPONSE_TIME, 60.0),  # (75 + 45 + 60) / 3: c4 has no reply to measure
        (K.FIRST_RESPONSE_TIME, 50.0),  # (60 + 30 + 60) / 3
        (K.CSAT, pytest.approx(200 / 3)),  # 5 and 4 satisfied among 5, 3, 4: 2 of 3
        (K.NPS, 0.0),  # one promoter (10), one passive (7), one detractor (3): 1/3 − 1/3
        (K.REVENUE, Decimal("115.00")),  # 59.90 + 40.10 + 15.00
        (K.TRANSACTIONS, 3),
        (K.AVERAGE_BASKET, Decimal("115") / 3),
        (K.CONVERSION_RATE, 50.0),  # c1 and c3 bought: 2 of 4
    ],
)
def test_each_indicator_over_four_conversations(key: K, expected: object) -> None:
    assert indicator_value(key, four_conversations()) == expected


def test_nps_is_promoters_minus_detractors_among_rated_only() -> None:
    agg = aggregate(
        *(conversation(CLOSED, cid=f"c{i}", nps=score) for i, score in enumerate([9, 10, 8, 6, 0]))
    )
    assert indicator_value(K.NPS, agg) == 0.0  # 2 promoters, 2 detractors of 5
    agg = agg + aggregate(conversation(CLOSED, cid="c9", nps=9), conversation(CLOSED, cid="ca"))
    assert indicator_value(K.NPS, agg) == pytest.approx(100 * (3 - 2) / 6)  # unrated one ignored
    all_detractors = aggregate(conversation(CLOSED, nps=6), conversation(CLOSED, cid="c2", nps=0))
    assert indicator_value(K.NPS, all_detractors) == -100.0


def test_csat_counts_4_and_5_as_satisfied() -> None:
    scores = [1, 2, 3, 4, 5, 5, 4, 3]
    agg = aggregate(*(conversation(CLOSED, cid=f"c{i}", csat=s) for i, s in enumerate(scores)))
    assert indicator_value(K.CSAT, agg) == 50.0  # 4, 5, 5, 4 of 8


def test_money_adds_up_to_the_cent() -> None:
    agg = aggregate(
        conversation(CLOSED, amounts=["0.10", "0.20"]),
        conversation(CLOSED, cid="c2", amounts=["0.05"]),
    )
    assert indicator_value(K.REVENUE, agg) == Decimal("0.35")
    assert indicator_value(K.AVERAGE_BASKET, agg) == Decimal("0.35") / 3


def test_nothing_closed_gives_zero_counts_and_no_means() -> None:
    empty = PeriodAggregate()
    assert [indicator_value(k, empty) for k in K] == [
        0, None, None, None, None, None, Decimal(0), 0, None, None
    ]  # fmt: skip
    assert missing_reason(K.CONVERSION_RATE, empty) is MissingReason.NO_CONVERSATION
    assert missing_reason(K.HANDLING_TIME, empty) is MissingReason.NO_CONVERSATION
    assert missing_reason(K.CONVERSATIONS, empty) is None


def test_no_rating_and_no_transaction_are_null_not_zero() -> None:
    agg = aggregate(conversation(CLOSED, messages=[(0, CONTACT), (30, AGENT)]))
    assert indicator_value(K.CSAT, agg) is None
    assert indicator_value(K.NPS, agg) is None
    assert indicator_value(K.AVERAGE_BASKET, agg) is None
    assert indicator_value(K.REVENUE, agg) == 0
    assert indicator_value(K.TRANSACTIONS, agg) == 0
    assert indicator_value(K.CONVERSION_RATE, agg) == 0.0  # measured: nobody bought
    assert missing_reason(K.CSAT, agg) is MissingReason.NO_RATING
    assert missing_reason(K.NPS, agg) is MissingReason.NO_NPS_ANSWER
    assert missing_reason(K.AVERAGE_BASKET, agg) is MissingReason.NO_TRANSACTION
    assert missing_reason(K.CONVERSION_RATE, agg) is None


def test_conversations_without_an_agent_reply_have_no_reply_delays() -> None:
    agg = aggregate(
        conversation(CLOSED, messages=[(0, CONTACT), (10, BOT), (20, SYSTEM), (30, CONTACT)]),
        conversation(CLOSED, cid="c2", messages=[(0, AGENT), (20, AGENT)]),  # contact never wrote
    )
    assert indicator_value(K.RESPONSE_TIME, agg) is None
    assert indicator_value(K.FIRST_RESPONSE_TIME, agg) is None
    assert indicator_value(K.HANDLING_TIME, agg) == 600.0  # both lasted the builder's 600 s
    assert missing_reason(K.RESPONSE_TIME, agg) is MissingReason.NO_AGENT_REPLY


def test_a_mean_is_over_conversations_not_over_replies() -> None:
    # c1 waits 10 s and 30 s (mean 20), c2 waits 80 s once: (20 + 80) / 2 = 50, not 120 / 3 = 40.
    agg = aggregate(
        conversation(CLOSED, messages=[(0, CONTACT), (10, AGENT), (20, CONTACT), (50, AGENT)]),
        conversation(CLOSED, cid="c2", messages=[(0, CONTACT), (80, AGENT)]),
    )
    assert indicator_value(K.RESPONSE_TIME, agg) == 50.0
