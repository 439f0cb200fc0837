"""Which servers AgentDesk agrees to send a sign-in to, decided before any socket opens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import InsecureServerError, UsageError
from agentdesk.platform import check_server_url, is_loopback_host


@pytest.mark.parametrize(
    ("given_url", "normalised"),
    [
        ("https://platform.example.com", "https://platform.example.com"),
        ("  HTTPS://Platform.Example.COM/  ", "https://platform.example.com"),
        ("https://example.com:8443/desk/", "https://example.com:8443/desk"),
        ("https://10.1.2.3", "https://10.1.2.3"),
        ("https://[2001:db8::1]:443/", "https://[2001:db8::1]:443"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://LOCALHOST/", "http://localhost"),
        ("http://127.0.0.1:5000/", "http://127.0.0.1:5000"),
        ("http://127.45.6.7", "http://127.45.6.7"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_accepted_urls_are_normalised(given_url: str, normalised: str) -> None:
    assert check_server_url(given_url) == normalised


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://platform.example.com:8080/api",
        "http://10.0.0.1",
        "http://128.0.0.1",
        "http://192.168.1.10:8000",
        "http://localhost.example.com",
        "http://[::2]",
        "http://0.0.0.0:8000",
    ],
)
def test_plain_http_beyond_this_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureServerError) as caught:
        check_server_url(url)
    sentence = str(caught.value)
    assert "http://" in sentence
    assert "https://" in sentence
    assert sentence.endswith(".")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "not a valid address"),
        ("example.com", "must start with https://"),
        ("ftp://example.com", "must start with https://"),
        ("https://", "no host name"),
        ("https://:8443", "no host name"),
        ("https://example.com:99999", "invalid port"),
        ("https://example.com:0", "invalid port"),
        ("https://example.com:http", "invalid port"),
        ("https://agent:secret@example.com", "login or password"),
        ("https://exa mple.com", "not a valid address"),
        ("https://example.com/?tenant=1", "“?” or “#”"),
        ("https://[::1", "not a valid address"),
    ],
)
def test_malformed_urls_are_a_usage_error(url: str, words: str) -> None:
    with pytest.raises(UsageError) as caught:
        check_server_url(url)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.255.255.254", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("128.0.0.1", False),
        ("::", False),
        ("example.com", False),
        ("localhost.evil.example", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(st.text(max_size=60))
def test_any_text_is_accepted_or_refused_with_a_sentence(text: str) -> None:
    try:
        normalised = check_server_url(text)
    except (UsageError, InsecureServerError) as error:
        sentence = str(error)
        normalised = None
    if normalised is None:
        assert sentence.endswith(".")
    else:
        assert normalised.startswith(("https://", "http://"))
        assert check_server_url(normalised) == normalised


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    st.sampled_from(["http", "https"]),
    st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z][a-z0-9-]{0,10}){0,3}", fullmatch=True),
    st.none() | st.integers(1, 65535),
)
def test_generated_urls_follow_the_policy(scheme: str, host: str, port: int | None) -> None:
    url = f"{scheme}://{host}" + (f":{port}" if port else "")
    if scheme == "http" and host != "localhost":
        with pytest.raises(InsecureServerError):
            check_server_url(url)
    else:
        assert check_server_url(url) == url
