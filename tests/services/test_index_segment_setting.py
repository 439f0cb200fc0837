"""``AGENTDESK_INDEX_SEGMENT_MB`` is a diagnostic knob: a bad value is logged and ignored, never
what stops a sync."""

from __future__ import annotations

import logging

import pytest

from agentdesk.services import index_follower


@pytest.mark.parametrize("text", ["", "  "])
def test_unset_or_blank_keeps_the_default(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setenv(index_follower.SEGMENT_MB_ENV, text)
    assert index_follower._segment_mb() is None  # the index's default


def test_a_positive_number_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_follower.SEGMENT_MB_ENV, "0.25")
    assert index_follower._segment_mb() == 0.25


@pytest.mark.parametrize("text", ["abc", "0", "-3", "nan", "inf"])
def test_a_bad_value_is_logged_and_the_default_kept(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    monkeypatch.setenv(index_follower.SEGMENT_MB_ENV, text)
    with caplog.at_level(logging.WARNING):
        assert index_follower._segment_mb() is None  # the index's default
    assert index_follower.SEGMENT_MB_ENV in caplog.text
