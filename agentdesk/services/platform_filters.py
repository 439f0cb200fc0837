"""Which closed-conversation filters the store's platform can answer.

Chatwoot has no NPS (issue 13): a filter on it would always find nothing, which reads as "no
such conversation" when the truth is "this platform does not have it". So the window hides the
filter and its column, and the command line refuses the options with a sentence. The platform
is the one the store was synced from (``PLATFORM_META``), as for the indicators' tiles.
"""

from __future__ import annotations

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.search_query import SearchFilters
from agentdesk.errors import UsageError
from agentdesk.platform.kinds import UNAVAILABLE_INDICATORS, parse_kind
from agentdesk.store import Store
from agentdesk.sync.meta_keys import PLATFORM_META

NPS_FILTER = "nps"


def unavailable_filters(store: Store) -> dict[str, str]:
    """Filter name → the platform's name, for each filter the store's platform cannot fill."""
    kind = parse_kind(store.get_meta(PLATFORM_META))
    return {NPS_FILTER: kind.label} if IndicatorKey.NPS in UNAVAILABLE_INDICATORS[kind] else {}


def refuse_unavailable(store: Store, filters: SearchFilters) -> None:
    """A search on a filter the platform has no data for is a mistake to say, not an empty list."""
    platform = unavailable_filters(store).get(NPS_FILTER)
    if platform is not None and (filters.nps_min is not None or filters.nps_max is not None):
        raise UsageError(
            f"{platform} has no NPS, so --nps-min and --nps-max cannot apply to this "
            "workspace; search without them."
        )
