"""The page's state without its widgets: idempotency keys, the server's word on a deadline,
and which changes are announced."""

from __future__ import annotations

from datetime import timedelta

from agentdesk.domain.reopen import RefusalReason
from agentdesk.services.context import AppContext
from agentdesk.services.paused import load_paused
from agentdesk.ui.paused.availability import Availability
from agentdesk.ui.paused.view_model import Change, PausedViewModel
from tests.conftest import DEMO_NOW


def _model(ctx: AppContext) -> tuple[PausedViewModel, list[Change]]:
    vm = PausedViewModel(DEMO_NOW)
    changes: list[Change] = []
    vm.changed.connect(changes.append)
    vm.set_list(load_paused(ctx))
    return vm, changes


def test_one_key_per_request_until_the_server_answers(
    qapp: object, paused_ctx: AppContext, kinds: dict[str, list[str]]
) -> None:
    vm, _ = _model(paused_ctx)
    vm.select(kinds["mine"][0])
    first = vm.begin_reopen()
    assert first is not None
    assert vm.action().reason is Availability.BUSY
    assert vm.begin_reopen() is None, "one reopen at a time"
    vm.reopen_failed(first, unreachable=True)
    assert vm.action().reason is Availability.OFFLINE
    vm.set_online(True)
    again = vm.begin_reopen()
    assert again is not None
    assert again.idempotency_key == first.idempotency_key, "the same request, asked again"
    vm.reopen_refused(again, RefusalReason.NOT_ASSIGNED.value)
    third = vm.begin_reopen()
    assert third is not None
    assert third.idempotency_key != first.idempotency_key, "answered: a new request"


def test_the_servers_deadline_wins_until_the_deadline_changes(
    qapp: object, paused_ctx: AppContext, kinds: dict[str, list[str]]
) -> None:
    vm, _ = _model(paused_ctx)
    mine = kinds["mine"][0]
    vm.select(mine)
    request = vm.begin_reopen()
    assert request is not None
    vm.reopen_refused(request, RefusalReason.DEADLINE_PASSED.value)
    assert vm.action().reason is Availability.DEADLINE_PASSED
    vm.set_list(load_paused(paused_ctx))  # a re-read with the same deadline: still passed
    assert vm.action().reason is Availability.DEADLINE_PASSED


def test_the_clock_is_announced_only_when_something_shown_changes(
    qapp: object, paused_ctx: AppContext
) -> None:
    vm, changes = _model(paused_ctx)
    assert changes[-1] & Change.ROWS
    assert changes[-1] & Change.BADGE
    vm.set_now(DEMO_NOW + timedelta(seconds=10))  # deadlines are on whole minutes
    changes.clear()
    vm.set_now(DEMO_NOW + timedelta(seconds=20))
    assert changes == [], "no countdown's minute moved"
    vm.set_list(load_paused(paused_ctx))
    assert changes == [], "the same list read again"
    vm.set_now(DEMO_NOW + timedelta(minutes=5))
    assert changes
    assert changes[-1] & Change.TIMES
