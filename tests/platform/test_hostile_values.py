"""Values that would otherwise break far from where they came in: refused where they enter."""

from __future__ import annotations

import pytest

from agentdesk.errors import ConfigurationError, InsecureServerError, InvalidRecordError
from agentdesk.platform import parse_conversation
from agentdesk.platform.credentials import TokenStore, checked_token
from agentdesk.platform.server_urls import check_server_url, is_loopback_host
from tests.platform.samples import conversation_json


@pytest.mark.parametrize("closed_at", ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00+05:00"])
def test_a_time_at_the_calendars_ends_is_an_invalid_record(closed_at: str) -> None:
    """Stored, it would overflow every later period, search and export over it."""
    with pytest.raises(InvalidRecordError, match="closed_at is out of range"):
        parse_conversation(conversation_json(closed_at=closed_at))


@pytest.mark.parametrize(
    "token", ["Sekr3tT0ken\r\nX-Evil: 1", "Sekr3t T0ken", "Sekr3t€T0ken", "Sekr3t\tT0ken"]
)
def test_a_token_that_cannot_be_a_header_is_refused_without_showing_it(token: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        checked_token(token, "The token in AGENTDESK_TOKEN")
    assert "Sekr3t" not in str(caught.value)
    assert "AGENTDESK_TOKEN" in str(caught.value)


def test_the_environments_token_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTDESK_TOKEN", "abc\ndef")
    with pytest.raises(ConfigurationError):
        TokenStore().get("http://127.0.0.1:1")
    monkeypatch.setenv("AGENTDESK_TOKEN", "  a.b-c_d~e+f/g=  ")
    assert TokenStore().get("http://127.0.0.1:1") == "a.b-c_d~e+f/g="


def test_localhost_with_a_trailing_dot_is_not_loopback() -> None:
    """glibc does not find "localhost." in /etc/hosts and asks DNS, which could answer with
    any address: the token would then travel in clear to it."""
    assert is_loopback_host("localhost")
    assert not is_loopback_host("localhost.")
    with pytest.raises(InsecureServerError):
        check_server_url("http://localhost.:8080")
