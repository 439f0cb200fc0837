"""The retry policy's numbers, as urllib3 will apply them."""

from __future__ import annotations

import pytest

from agentdesk.platform import RetryPolicy, build_session
from agentdesk.platform.http import IdempotencyAwareAdapter


def test_only_gets_are_retried_unless_a_post_is_keyed() -> None:
    policy = RetryPolicy()
    plain = policy.urllib3_retry(allow_post=False)
    keyed = policy.urllib3_retry(allow_post=True)
    for status in (429, 500, 502, 503, 504):
        assert plain.is_retry("GET", status)
        assert not plain.is_retry("POST", status)
        assert keyed.is_retry("POST", status)
    assert not plain.is_retry("GET", 404)
    assert not plain.is_retry("GET", 409)


def test_retry_after_is_capped_through_every_retry() -> None:
    policy = RetryPolicy(retry_after_max=12)
    retry = policy.urllib3_retry(allow_post=False)
    assert retry.parse_retry_after("3") == 3
    assert retry.parse_retry_after("86400") == 12
    later = retry.increment("GET", "/api/v1/me")
    assert later.parse_retry_after("86400") == 12
    assert later.total == policy.total - 1


@pytest.mark.parametrize("attempt", [1, 2, 3, 4, 10])
def test_answer_backoff_grows_and_is_capped(attempt: int) -> None:
    policy = RetryPolicy(backoff_factor=0.5, backoff_max=8, backoff_jitter=0.5)
    delay = policy.answer_backoff(attempt)
    base = min(8.0, 0.5 * 2 ** (attempt - 1))
    assert base <= delay <= min(8.0, base + 0.5)


def test_default_numbers() -> None:
    policy = RetryPolicy()
    retry = policy.urllib3_retry(allow_post=False)
    assert (retry.total, retry.connect, retry.read, retry.other) == (6, 3, 3, 0)
    assert retry.respect_retry_after_header
    assert not retry.raise_on_status
    assert (retry.backoff_factor, retry.backoff_max, retry.backoff_jitter) == (0.5, 8.0, 0.5)


def test_the_session_mounts_the_policy_for_both_schemes() -> None:
    with build_session(RetryPolicy(total=2)) as session:
        for scheme in ("https://", "http://"):
            adapter = session.get_adapter(scheme + "example.com")
            assert isinstance(adapter, IdempotencyAwareAdapter)
            assert adapter.max_retries.total == 2
        assert session.headers["Accept"] == "application/json"
