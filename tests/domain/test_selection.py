"""The admin's list becomes the tiles: order kept, bad entries dropped and named in the log."""

from __future__ import annotations

import logging

import pytest

from agentdesk.domain.catalogue import IndicatorKey as K
from agentdesk.domain.selection import select_indicators

LOGGER = "agentdesk.domain.selection"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING
    ]


def test_order_is_kept_and_unknown_or_repeated_keys_are_dropped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    tiles = select_indicators(["nps", "happiness", "conversations", "nps", " Revenue "])
    assert tiles == (K.NPS, K.CONVERSATIONS, K.REVENUE)
    [message] = warnings_of(caplog)
    assert "unknown: 'happiness'" in message
    assert "repeated: 'nps'" in message


def test_at_most_the_limit_counting_only_tiles_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    tiles = select_indicators(["bogus", "csat", "nps", "revenue", "transactions"], limit=3)
    assert tiles == (K.CSAT, K.NPS, K.REVENUE)
    [message] = warnings_of(caplog)
    assert "beyond the 3 tiles allowed: 'transactions'" in message
    assert "unknown: 'bogus'" in message


def test_all_ten_keys_and_more_keep_the_ten(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    admin = [key.value for key in reversed(K)] + ["churn", "csat"]
    tiles = select_indicators(admin)
    assert tiles == tuple(reversed(K))
    assert len(tiles) == 10
    [message] = warnings_of(caplog)
    assert "'churn'" in message
    assert "repeated: 'csat'" in message


def test_a_clean_list_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    assert select_indicators(["csat", "conversations"]) == (K.CSAT, K.CONVERSATIONS)
    assert select_indicators([]) == ()
    assert caplog.records == []
