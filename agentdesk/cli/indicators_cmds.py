"""``agentdesk indicators`` and ``agentdesk evolution KEY``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from agentdesk.cli.common import add_at, add_json, context
from agentdesk.cli.output import print_json, print_table
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.formatting import format_change, format_value
from agentdesk.services.clock import parse_at, resolve_now

if TYPE_CHECKING:
    from agentdesk.services.context import AppContext

_ARROWS = {"up": "↑ up", "down": "↓ down", "stable": "→ stable", "none": "—"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    indicators = commands.add_parser("indicators", help="your indicators with their trends")
    _add_period(indicators)
    add_at(indicators)
    add_json(indicators)
    indicators.set_defaults(func=run_indicators)
    evolution = commands.add_parser("evolution", help="one indicator's evolution over the period")
    evolution.add_argument("key", help=", ".join(k.value for k in IndicatorKey))
    _add_period(evolution)
    add_at(evolution)
    add_json(evolution)
    evolution.set_defaults(func=run_evolution)


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--period", choices=["day", "week", "month"], default="week", help="default: week"
    )


def print_indicators(ctx: AppContext, *, period: str, at: str | None, as_json: bool) -> None:
    from agentdesk.cli.indicator_words import report_json, unavailable_words
    from agentdesk.services.indicators import IndicatorsService, load_workspace, parse_period

    store = ctx.store()
    workspace = load_workspace(store)
    now = resolve_now(parse_at(at), workspace.profile.timezone)
    report = IndicatorsService(store).report(parse_period(period), now)
    if as_json:
        print_json(report_json(report))
        return
    window = report.window
    start = window.current.start.astimezone(window.tz).strftime("%a %d %b %Y %H:%M")
    print(f"{window.kind.value.capitalize()} from {start} to now ({window.tz.key})")
    rows = [
        [
            r.spec.label,
            unavailable_words(r.unavailable_from)
            if r.unavailable_from
            else format_value(r.spec.unit, r.value, r.currency),
            format_value(r.spec.unit, r.previous, r.currency),
            format_change(r.spec.trend_rule, r.change) if r.change is not None else "—",
            _ARROWS[r.trend.value],
        ]
        for r in report.indicators
    ]
    print_table(["INDICATOR", "NOW", "BEFORE", "CHANGE", "TREND"], rows)


def run_indicators(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        print_indicators(ctx, period=args.period, at=args.at, as_json=args.json)
    return 0


def run_evolution(args: argparse.Namespace) -> int:
    from agentdesk.services.indicators import (
        IndicatorsService,
        load_workspace,
        parse_indicator_key,
        parse_period,
    )

    key = parse_indicator_key(args.key)
    with context(args) as ctx:
        store = ctx.store()
        workspace = load_workspace(store)
        now = resolve_now(parse_at(args.at), workspace.profile.timezone)
        evolution = IndicatorsService(store).evolution(key, parse_period(args.period), now)
    if args.json:
        print_json(evolution.to_json())
        return 0
    tz = evolution.window.tz
    pattern = "%a %d %b %H:%M" if evolution.window.kind.value == "day" else "%a %d %b"
    rows = [
        [
            p.start.astimezone(tz).strftime(pattern),
            format_value(evolution.spec.unit, p.value, evolution.currency),
        ]
        for p in evolution.points
    ]
    print(f"{evolution.spec.label}, {evolution.window.kind.value} ({tz.key})")
    print_table(["FROM", "VALUE"], rows)
    return 0
