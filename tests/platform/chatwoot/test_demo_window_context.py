"""``agentdesk --demo --platform chatwoot`` opens on a context that reaches the Chatwoot-shaped
demo through the Chatwoot connector, and a sync through the services works on it."""

from __future__ import annotations

from agentdesk.cli.demo_cmds import demo_context
from agentdesk.cli.main import build_parser
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.periods import PeriodKind
from agentdesk.platform.chatwoot.connector import ChatwootConnector
from agentdesk.services.indicators import IndicatorsService
from agentdesk.services.sync_service import run_sync
from tests.conftest import DEMO_NOW


def test_the_demo_flag_takes_a_platform() -> None:
    args = build_parser().parse_args(["--demo", "--platform", "chatwoot"])
    assert (args.demo, args.demo_platform) == (True, "chatwoot")
    assert build_parser().parse_args(["--demo"]).demo_platform == "v1"


def test_the_chatwoot_demo_context_syncs_through_the_connector() -> None:
    with demo_context(conversations=60, now=DEMO_NOW, platform="chatwoot") as ctx:
        ctx.settings_file.update(local_indicators=("conversations", "nps"))
        assert isinstance(ctx.client(), ChatwootConnector)
        assert run_sync(ctx).new > 0
        tiles = IndicatorsService(ctx.store()).report(PeriodKind.MONTH, DEMO_NOW).indicators
        assert [t.key for t in tiles] == [IndicatorKey.CONVERSATIONS, IndicatorKey.NPS]
        assert tiles[1].unavailable_from == "Chatwoot"
