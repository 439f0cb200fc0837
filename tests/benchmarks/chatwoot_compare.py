"""``python -m tests.benchmarks.chatwoot_compare V1_HOME CHATWOOT_HOME``: the indicators of the
same seeded workspace synced once over Platform API v1 and once over Chatwoot, side by side.

Acceptance 1 of issue 13 asks that ``agentdesk indicators`` agree for every indicator Chatwoot
can supply. This prints one row per indicator and period (value and previous value from each
store) and exits 1 when a Chatwoot indicator differs. The two homes are ordinary AgentDesk data
folders (``AGENTDESK_HOME``), each signed in and synced from ``agentdesk demo-server`` with the
same ``--seed`` and ``--conversations`` started together (the demo anchors its data at its
start, so two servers started minutes apart disagree near period edges); the steps are in
docs/platforms.md, "Checked by hand". The indicators are computed offline from each store, at
one instant given with ``--at`` (default: now), so both answer for the same periods.

NPS and the sales indicators do not exist in Chatwoot: they are listed as "not supplied" and
not compared. Handling time is listed and not counted as a difference: Chatwoot exposes no
handling time, and its stand-in (resolved − created, docs/platforms.md) is another measure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agentdesk.platform.chatwoot.connector import DEFAULT_INDICATORS

PERIODS = ("day", "week", "month")
STAND_INS = frozenset({"handling_time"})
"""Supplied by Chatwoot under another definition: shown, not expected to be equal."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.chatwoot_compare", description=__doc__
    )
    parser.add_argument("v1_home", type=Path, help="AGENTDESK_HOME synced over Platform API v1")
    parser.add_argument("chatwoot_home", type=Path, help="AGENTDESK_HOME synced from Chatwoot")
    parser.add_argument("--at", help="ISO time with an offset (default: now)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    return parser


def indicators(home: Path, period: str, at: str) -> dict[str, dict[str, Any]]:
    """``agentdesk indicators --json`` of one home, by key. Offline: no token is needed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTDESK_")}
    env["AGENTDESK_HOME"] = str(home)
    command = [sys.executable, "-m", "agentdesk.cli", "indicators", "--json"]
    done = subprocess.run(
        [*command, "--period", period, "--at", at],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"indicators in {home} failed: {done.stderr[-2000:]}")
    return {item["key"]: item for item in json.loads(done.stdout)["indicators"]}


def rows(v1_home: Path, chatwoot_home: Path, at: str) -> tuple[list[tuple[str, ...]], int]:
    table: list[tuple[str, ...]] = []
    differing = 0
    for period in PERIODS:
        v1 = indicators(v1_home, period, at)
        cw = indicators(chatwoot_home, period, at)
        for key in v1.keys() | cw.keys():
            if key not in DEFAULT_INDICATORS:
                continue
            pair = [(v1.get(key) or {}).get(f) for f in ("value", "previous")]
            theirs = [(cw.get(key) or {}).get(f) for f in ("value", "previous")]
            same = pair == theirs
            verdict = "yes" if same else "stand-in" if key in STAND_INS else "NO"
            differing += verdict == "NO"
            table.append((period, key, *map(str, pair), *map(str, theirs), verdict))
        for key in sorted(v1.keys() - set(DEFAULT_INDICATORS)):
            mine = [str(v1[key].get(f)) for f in ("value", "previous")]
            table.append((period, key, *mine, "not supplied", "", "—"))
    order = {k: i for i, k in enumerate(DEFAULT_INDICATORS)}
    table.sort(key=lambda r: (PERIODS.index(r[0]), order.get(r[1], 99), r[1]))
    return table, differing


HEADER = ("period", "indicator", "v1 value", "v1 previous", "Chatwoot value", "Chatwoot previous")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    at = args.at or datetime.now(UTC).replace(microsecond=0).isoformat()
    table, differing = rows(args.v1_home, args.chatwoot_home, at)
    header = (*HEADER, "equal")
    print(f"indicators at {at}")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in table:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in (header, *table)) for i in range(len(header))]
        for row in (header, *table):
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    print(f"{differing} Chatwoot indicator value(s) differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
