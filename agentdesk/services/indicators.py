"""Indicators and their evolution, computed from the store for the agent's clock.

Both calls are a handful of SQL aggregates (one per span or one grouped query for the buckets),
never a walk over messages: the per-conversation facts were computed at sync time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.evolution import Evolution, build_evolution
from agentdesk.domain.facts import from_milli
from agentdesk.domain.indicators import CurrencyAmount
from agentdesk.domain.models import AdminSettings, AgentProfile
from agentdesk.domain.periods import PeriodKind, PeriodWindow, evolution_buckets, period_window
from agentdesk.domain.report import IndicatorReport, build_indicator_report
from agentdesk.domain.selection import select_indicators
from agentdesk.errors import ErrorKind, UsageError
from agentdesk.platform.kinds import UNAVAILABLE_INDICATORS, parse_kind
from agentdesk.store import Store
from agentdesk.sync.meta_keys import PLATFORM_META as PLATFORM_META  # noqa: PLC0414 - re-exported


@dataclass(frozen=True, slots=True)
class Workspace:
    """What the store knows about the agent, needed before any indicator can be cut."""

    profile: AgentProfile
    settings: AdminSettings

    @property
    def tiles(self) -> tuple[IndicatorKey, ...]:
        return select_indicators(self.settings.indicators)


def load_workspace(store: Store) -> Workspace:
    profile, settings = store.load_profile(), store.load_settings()
    if profile is None or settings is None:
        raise UsageError(
            "Nothing has been synced yet: run `agentdesk sync` first.",
            kind=ErrorKind.NOTHING_SYNCED,
        )
    return Workspace(profile, settings)


def parse_period(text: str | None) -> PeriodKind:
    if text is None:
        return PeriodKind.default()
    try:
        return PeriodKind(text)
    except ValueError:
        raise UsageError(f"Unknown period {text!r}: use day, week or month.") from None


def parse_indicator_key(text: str) -> IndicatorKey:
    try:
        return IndicatorKey(text)
    except ValueError:
        known = ", ".join(k.value for k in IndicatorKey)
        raise UsageError(f"Unknown indicator {text!r}; the indicators are: {known}.") from None


class IndicatorsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def window(self, workspace: Workspace, period: PeriodKind, now: datetime) -> PeriodWindow:
        return period_window(period, now, workspace.profile.timezone, workspace.profile.week_start)

    def report(self, period: PeriodKind, now: datetime) -> IndicatorReport:
        workspace = load_workspace(self._store)
        window = self.window(workspace, period, now)
        current, previous = self._store.aggregates(
            [
                (window.current.start, window.current.end),
                (window.previous.start, window.previous.end),
            ]
        )
        left_out = tuple(
            CurrencyAmount(currency, from_milli(milli), n)
            for currency, milli, n in self._store.other_currencies(
                window.current.start, window.current.end
            )
        )
        return build_indicator_report(
            workspace.tiles,
            window,
            current,
            previous,
            currency=self._store.dominant_currency(),
            left_out=left_out,
            unavailable_from=self.unavailable(),
        )

    def unavailable(self) -> dict[IndicatorKey, str]:
        """The indicators the store's platform cannot supply, each with the platform's name."""
        kind = parse_kind(self._store.get_meta(PLATFORM_META))
        return {key: kind.label for key in UNAVAILABLE_INDICATORS[kind]}

    def evolution(self, key: IndicatorKey, period: PeriodKind, now: datetime) -> Evolution:
        workspace = load_workspace(self._store)
        window = self.window(workspace, period, now)
        buckets = evolution_buckets(window)
        spans = [(b.start, b.end) for b in (*buckets.current, *buckets.previous)]
        aggregates = self._store.aggregates(spans)
        split = len(buckets.current)
        return build_evolution(key, window, buckets, aggregates[:split], aggregates[split:])
