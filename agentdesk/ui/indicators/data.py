"""The service calls the indicators page makes, as functions the task runner runs off the GUI
thread. They return plain values; nothing here touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.evolution import Evolution
from agentdesk.domain.periods import PeriodKind
from agentdesk.domain.report import IndicatorReport
from agentdesk.errors import CancelledError, UsageError
from agentdesk.services.indicators import IndicatorsService, load_workspace

if TYPE_CHECKING:
    from agentdesk.services.context import Store


@dataclass(frozen=True, slots=True)
class PageData:
    """One period's report and the profile's locale; ``report`` is None when nothing has been
    synced yet (no profile in the store), which the page shows as its empty state."""

    kind: PeriodKind
    report: IndicatorReport | None
    locale: str | None


def report_work(
    store: Store, kind: PeriodKind, now: datetime
) -> Callable[[threading.Event], PageData]:
    def work(cancel: threading.Event) -> PageData:
        try:
            workspace = load_workspace(store)
        except UsageError:  # the only one it raises: nothing synced yet
            return PageData(kind, None, None)
        if cancel.is_set():
            raise CancelledError()
        report = IndicatorsService(store).report(kind, now)
        return PageData(kind, report, workspace.profile.locale)

    work.__name__ = f"indicators-{kind.value}"
    return work


@dataclass(frozen=True, slots=True)
class ChartData:
    evolution: Evolution
    locale: str | None


def evolution_work(
    store: Store, key: IndicatorKey, kind: PeriodKind, now: datetime
) -> Callable[[threading.Event], ChartData]:
    def work(_cancel: threading.Event) -> ChartData:
        locale = load_workspace(store).profile.locale
        return ChartData(IndicatorsService(store).evolution(key, kind, now), locale)

    work.__name__ = f"evolution-{key.value}-{kind.value}"
    return work
