"""Sign-out and "Sign in again…" with AGENTDESK_TOKEN: each path says what happens and does it;
errors in the window are plain sentences with the technical text folded under them."""

from __future__ import annotations

from agentdesk.errors import ErrorKind, UsageError


def test_sign_out_with_the_variable_and_no_keyring_says_you_stay_signed_in(
    qtbot, make_window, synced_context, failing_keyring, monkeypatch
):
    monkeypatch.setenv("AGENTDESK_TOKEN", "from-the-environment")
    window = make_window(synced_context, start=False)
    requested: list[bool] = []
    window.sign_out_requested.connect(lambda: requested.append(True))
    window.sign_out()
    banner = window.error_banner
    qtbot.waitUntil(lambda: bool(banner.sentence), timeout=10_000)
    assert banner.sentence.startswith("You are still signed in")
    assert "AGENTDESK_TOKEN" in banner.sentence
    assert "keyring" not in banner.sentence.lower()
    assert not requested, "the window stays: the variable still signs it in"
    qtbot.waitUntil(window.sync._timer.isActive, timeout=10_000)  # syncing goes on


def test_a_refused_token_from_the_variable_offers_no_sign_in_that_could_not_work(
    make_window, synced_context, monkeypatch
):
    monkeypatch.setenv("AGENTDESK_TOKEN", "from-the-environment")
    window = make_window(synced_context, start=False)
    window.sync.sign_in_needed.emit("The server no longer accepts your sign-in.")
    banner = window.error_banner
    assert "AGENTDESK_TOKEN" in banner.sentence
    assert banner.action_button.isHidden()


def test_a_refused_token_from_the_keyring_offers_to_sign_in_again(
    make_window, synced_context, monkeypatch
):
    monkeypatch.delenv("AGENTDESK_TOKEN", raising=False)
    window = make_window(synced_context, start=False)
    window.sync.sign_in_needed.emit("The server no longer accepts your sign-in.")
    assert window.error_banner.action_button.text() == "Sign in again…"
    assert not window.error_banner.action_button.isHidden()


def test_the_window_never_tells_an_agent_to_type_a_command(make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.show_error(
        UsageError(
            "Nothing has been synced yet: run `agentdesk sync` first.",
            kind=ErrorKind.NOTHING_SYNCED,
        )
    )
    banner = window.error_banner
    assert banner.sentence == "Nothing has been synced yet."
    details = banner.details.toPlainText()
    assert details.startswith("The technical message, for your administrator or a bug report:")
    assert "run `agentdesk sync` first" in details


def test_raw_connection_errors_sit_under_a_plain_sentence(make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.error_banner.show_message(
        "The server cannot be reached.", "HTTPConnectionPool(host='x', port=1): Max retries"
    )
    details = window.error_banner.details.toPlainText()
    first, _, rest = details.partition("\n\n")
    assert first == "The technical message, for your administrator or a bug report:"
    assert rest.startswith("HTTPConnectionPool")
