"""The platforms AgentDesk knows, and what each one cannot supply."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from agentdesk.domain.catalogue import IndicatorKey


class PlatformKind(StrEnum):
    V1 = "v1"
    CHATWOOT = "chatwoot"

    @property
    def label(self) -> str:
        """How a sentence names the platform."""
        return "Chatwoot" if self is PlatformKind.CHATWOOT else "the platform"


UNAVAILABLE_INDICATORS: Final[dict[PlatformKind, frozenset[IndicatorKey]]] = {
    PlatformKind.V1: frozenset(),
    PlatformKind.CHATWOOT: frozenset(
        {
            IndicatorKey.NPS,
            IndicatorKey.REVENUE,
            IndicatorKey.TRANSACTIONS,
            IndicatorKey.AVERAGE_BASKET,
            IndicatorKey.CONVERSION_RATE,
        }
    ),
}
"""Indicators a platform has no data for: Chatwoot has no NPS survey and no transactions."""


def parse_kind(text: str | None) -> PlatformKind:
    """A platform name from a setting or an option; unknown or missing means Platform API v1."""
    try:
        return PlatformKind(text or PlatformKind.V1.value)
    except ValueError:
        return PlatformKind.V1
