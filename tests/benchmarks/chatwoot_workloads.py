"""Child-process workloads of ``tests.benchmarks.chatwoot`` (each prints one JSON line):

- ``v1-backfill URL STORE``: a full ``SyncEngine`` run over Platform API v1 (500 a page).
- ``chatwoot-backfill URL STORE RATE``: the same over the Chatwoot connector, paced at RATE
  requests a minute.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import TOKEN


def _usage() -> dict[str, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}


def v1_backfill(url: str, store_path: str) -> dict[str, Any]:
    from agentdesk.platform.client import PlatformClient  # noqa: PLC0415 - imports are measured
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.sync.engine import SyncEngine  # noqa: PLC0415

    started = time.perf_counter()
    with Store.open(Path(store_path)) as store, PlatformClient(url, TOKEN) as client:
        report = SyncEngine(client, store, page_size=500).run()
    return {
        "conversations": report.fetched,
        "requests": report.pages + 2,  # /me and /me/settings, then one per page
        "seconds": time.perf_counter() - started,
        "paced_s": 0.0,
        **_usage(),
    }


def chatwoot_backfill(url: str, store_path: str, rate: str) -> dict[str, Any]:
    from agentdesk.platform.chatwoot.api import ChatwootApi  # noqa: PLC0415
    from agentdesk.platform.chatwoot.connector import ChatwootConnector  # noqa: PLC0415
    from agentdesk.platform.chatwoot.pacing import Pacer  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.sync.engine import SyncEngine  # noqa: PLC0415

    pacer = Pacer(float(rate))
    started = time.perf_counter()
    with (
        Store.open(Path(store_path)) as store,
        ChatwootApi(url, TOKEN, account_id=1, pacer=pacer) as api,
    ):
        connector = ChatwootConnector(api, timezone="Europe/Paris")
        report = SyncEngine(connector, store).run()
    return {
        "conversations": report.fetched,
        "requests": api.requests,
        "seconds": time.perf_counter() - started,
        "paced_s": pacer.waited,
        **_usage(),
    }


WORKLOADS = {"v1-backfill": v1_backfill, "chatwoot-backfill": chatwoot_backfill}

if __name__ == "__main__":
    kind, *arguments = sys.argv[1:]
    print(json.dumps(WORKLOADS[kind](*arguments)), flush=True)
