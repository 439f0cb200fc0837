"""Fault injection for the demo platform: the network and server failures a client must survive.

A ``FaultPlan`` is what to inject (parsed from the ``--faults`` SPEC); a ``FaultInjector`` is
the server's running state (request counter, seeded draws) that turns it into one
``FaultDecision`` per request.
"""

from __future__ import annotations

import copy
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class FaultKind(StrEnum):
    TOO_MANY_REQUESTS = "429"
    UNAVAILABLE = "503"
    SLOW = "slow"
    DROP = "drop"
    TRUNCATE = "truncate"
    INVALID = "invalid"


REQUEST_FAULTS = (
    FaultKind.TOO_MANY_REQUESTS,
    FaultKind.UNAVAILABLE,
    FaultKind.DROP,
    FaultKind.TRUNCATE,
    FaultKind.SLOW,
)
"""At most one of these per request, tried in this order; ``invalid`` comes on top."""

FAULTS_HELP = """\
Fault SPEC: comma-separated items, e.g. "429:0.05,503:0.05,slow:0.02,drop:0.02,truncate:0.05,
invalid:0.05,seed=3" or "503@3,slow@2-4,retry_after=0".

  KIND:P        inject KIND with probability P (0 to 1) on each request
                (for invalid: on each conversation record served)
  KIND@N        inject KIND on the Nth request (1 = the first); also KIND@N-M (Nth to
                Mth, inclusive) and KIND@N- (the Nth and every one after); repeatable
  seed=N        seed of the draws (default 0): same seed and requests, same faults
  slow_seconds=S  how long "slow" waits before answering (default 15, past a typical
                10 s read timeout)
  retry_after=S   the Retry-After seconds sent with 429 and 503 (default 1; 0 is allowed)
  token=on      also fault POST /api/v1/auth/token (default off: it is never faulted,
                nor counted)

KIND is one of:
  429       answer 429 {"error":"rate_limited"} with Retry-After, without doing anything
  503       answer 503 {"error":"unavailable"} with Retry-After, without doing anything
  slow      do the work, then wait slow_seconds before answering
  drop      do the work, then close the connection without answering (a reopen is
            done: retrying it with the same Idempotency-Key replays the answer)
  truncate  do the work, then send its answer (a 200 for a good request) with the JSON
            cut in half; Content-Length matches the cut body, so HTTP is fine and the
            JSON does not parse
  invalid   corrupt a conversation record (csat 9, nps 42, no started_at, or a
            malformed started_at), keeping its id; invalid@N corrupts the first record
            of the Nth request
Requests are counted in arrival order; a targeted fault wins over a drawn one, and
429, 503, drop, truncate, slow are tried in that order (one per request). Answers with
a fault carry an X-Demo-Faults header naming it.
"""

_OPTIONS = ("seed", "slow_seconds", "retry_after", "token")
_KINDS = ", ".join(kind.value for kind in FaultKind)


@dataclass(frozen=True, slots=True)
class RequestRange:
    first: int
    last: int | None = None
    """None: every request from ``first`` on."""

    def __contains__(self, number: object) -> bool:
        if not isinstance(number, int):
            return False
        return number >= self.first and (self.last is None or number <= self.last)

    def __str__(self) -> str:
        if self.last == self.first:
            return str(self.first)
        return f"{self.first}-{'' if self.last is None else self.last}"


def _kind(name: str, item: str) -> FaultKind:
    if not name.strip():
        raise ValueError(f"The fault {item!r} does not say which fault: use one of {_KINDS}.")
    try:
        return FaultKind(name.strip().lower())
    except ValueError:
        raise ValueError(
            f"Unknown fault {name.strip()!r} in {item!r}: use one of {_KINDS}."
        ) from None


def _range(text: str, item: str) -> RequestRange:
    first, dash, last = text.strip().partition("-")
    problem = f"The request number in {item!r} must be N, N-M or N- with 1 <= N <= M."
    if not first.isdecimal() or (last and not last.isdecimal()):
        raise ValueError(problem)
    low = int(first)
    high = (int(last) if last else None) if dash else low
    if low < 1 or (high is not None and high < low):
        raise ValueError(problem)
    return RequestRange(low, high)


def _number(text: str, item: str, *, integer: bool, low: float, high: float) -> float:
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        kind = "a whole number" if integer else "a number"
        bounds = f" from {low:g} to {high:g}" if high != float("inf") else ""
        raise ValueError(f"The value in {item!r} must be {kind}{bounds}.")
    return value


def _option(name: str, value: str, item: str) -> Any:
    if name == "seed":
        return int(_number(value, item, integer=True, low=-float("inf"), high=float("inf")))
    if name == "slow_seconds":
        return _number(value, item, integer=False, low=0, high=3600)
    if name == "retry_after":
        return int(_number(value, item, integer=True, low=0, high=3600))
    return _switch(value, item)


def _switch(text: str, item: str) -> bool:
    value = text.strip().lower()
    if value in {"1", "on", "true", "yes"}:
        return True
    if value in {"0", "off", "false", "no"}:
        return False
    raise ValueError(f"The value in {item!r} must be on or off.")


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What to inject; ``FaultPlan()`` injects nothing. See ``FAULTS_HELP`` for the syntax."""

    probabilities: Mapping[FaultKind, float] = field(default_factory=dict)
    targets: Mapping[FaultKind, tuple[RequestRange, ...]] = field(default_factory=dict)
    seed: int = 0
    slow_seconds: float = 15.0
    retry_after: int = 1
    token: bool = False

    @classmethod
    def parse(cls, spec: str) -> FaultPlan:
        """Read a SPEC; ``ValueError`` with one sentence saying what is wrong."""
        probabilities: dict[FaultKind, float] = {}
        targets: dict[FaultKind, list[RequestRange]] = {}
        options: dict[str, Any] = {}
        for raw in spec.split(","):
            item = raw.strip()
            if not item:
                continue
            if "=" in item:
                name, _, value = (part.strip() for part in item.partition("="))
                if name not in _OPTIONS:
                    raise ValueError(
                        f"Unknown fault option {name!r} in {item!r}: use {', '.join(_OPTIONS)}."
                    )
                if name in options:
                    raise ValueError(f"The fault option {name!r} is given twice.")
                options[name] = _option(name, value, item)
            elif "@" in item:
                name, _, where = item.partition("@")
                targets.setdefault(_kind(name, item), []).append(_range(where, item))
            elif ":" in item:
                name, _, value = item.partition(":")
                kind = _kind(name, item)
                if kind in probabilities:
                    raise ValueError(f"The probability of {kind.value} is given twice.")
                probabilities[kind] = _number(value.strip(), item, integer=False, low=0, high=1)
            else:
                raise ValueError(
                    f"The fault {item!r} needs a probability (like {item}:0.1), a request number "
                    f"(like {item}@3) or, for an option, a value (like seed=3)."
                )
        return cls(
            probabilities=MappingProxyType(probabilities),
            targets=MappingProxyType({kind: tuple(r) for kind, r in targets.items()}),
            **options,
        )

    def __str__(self) -> str:
        items = [f"{kind.value}:{p:g}" for kind, p in self.probabilities.items()]
        items += [f"{k.value}@{r}" for k, ranges in self.targets.items() for r in ranges]
        items += [f"seed={self.seed}", f"slow_seconds={self.slow_seconds:g}"]
        items += [f"retry_after={self.retry_after}", f"token={'on' if self.token else 'off'}"]
        return ",".join(items)

    @property
    def active(self) -> bool:
        return any(self.probabilities.values()) or bool(self.targets)

    def targeted(self, kind: FaultKind, number: int) -> bool:
        return any(number in r for r in self.targets.get(kind, ()))


_CORRUPTIONS: tuple[tuple[str, Callable[[dict[str, Any]], None]], ...] = (
    ("csat", lambda record: record.__setitem__("csat", 9)),
    ("nps", lambda record: record.__setitem__("nps", 42)),
    ("no started_at", lambda record: record.pop("started_at", None)),
    ("malformed started_at", lambda record: record.__setitem__("started_at", "31/02/2026 25:61")),
)


@dataclass(slots=True)
class FaultDecision:
    """What happens to one request. ``number`` is 0 for a request that is never faulted."""

    number: int
    kind: FaultKind | None
    plan: FaultPlan
    rng: random.Random
    corrupted: list[str] = field(default_factory=list)
    """Ids of the records ``corrupt`` spoiled, for the X-Demo-Faults header."""

    def corrupt(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records as served: copies of the unlucky ones spoiled, the others untouched."""
        probability = self.plan.probabilities.get(FaultKind.INVALID, 0.0)
        forced = self.number > 0 and self.plan.targeted(FaultKind.INVALID, self.number)
        served = []
        for position, record in enumerate(records):
            hit = self.rng.random() < probability if probability else False
            if self.number > 0 and (hit or (forced and position == 0)):
                spoiled = copy.deepcopy(record)
                _, spoil = self.rng.choice(_CORRUPTIONS)
                spoil(spoiled)
                self.corrupted.append(str(spoiled.get("id")))
                served.append(spoiled)
            else:
                served.append(record)
        return served

    def header(self) -> str | None:
        names = [self.kind.value] if self.kind else []
        if self.corrupted:
            names.append(f"invalid={len(self.corrupted)}")
        return ",".join(names) or None


class FaultInjector:
    """Counts the faultable requests and decides, reproducibly for a seed, what each one gets."""

    def __init__(self, plan: FaultPlan | None = None) -> None:
        self.plan = plan or FaultPlan()
        self._lock = threading.Lock()
        self._count = 0

    @property
    def requests(self) -> int:
        """How many faultable requests have arrived so far."""
        with self._lock:
            return self._count

    def decide(self, *, token_endpoint: bool = False) -> FaultDecision:
        plan = self.plan
        if token_endpoint and not plan.token:
            return FaultDecision(0, None, plan, random.Random(0))
        with self._lock:
            self._count += 1
            number = self._count
        rng = random.Random(f"{plan.seed}:{number}")
        draws = {kind: rng.random() for kind in REQUEST_FAULTS}
        kind = next((k for k in REQUEST_FAULTS if plan.targeted(k, number)), None)
        if kind is None:
            kind = next(
                (k for k in REQUEST_FAULTS if draws[k] < plan.probabilities.get(k, 0)), None
            )
        return FaultDecision(number, kind, plan, rng)
