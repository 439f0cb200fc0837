"""One generated conversation, built from ``(seed, index)`` alone, as Platform API v1 JSON.

Distributions (per conversation): channel chat 30 %, whatsapp 18 %, email 14 %, voice 10 %,
messenger 8 %, instagram 8 %, sms 6 %, apple_messages 5 %, and 1 in 150 on ``line``, a channel
the platform does not document; contact language French 45 %, Spanish 20 %, English 20 %,
Indonesian 15 %; 4 % never reach an agent (bot and system messages only); CSAT given 62 % of the
time, NPS 45 %; transactions on 5–60 % depending on the category (≈ 20 % overall); 12 % without
``handling_time_s``; 15 % of surveys answered hours after closing (``updated_at`` then lags).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from agentdesk.demo import texts
from agentdesk.demo.isotime import format_time
from agentdesk.demo.phrases import PHRASES
from agentdesk.demo.transcript import Script

AGENT_ID = "u-7"
AGENT_NAME = "Camille Durand"
COLLEAGUES = (("u-3", "Lucía Fernández"), ("u-12", "Budi Santoso"), ("u-15", "Tom Baker"))

CHANNELS = ("chat", "whatsapp", "messenger", "instagram", "email", "sms", "voice", "apple_messages")
_CHANNEL_WEIGHTS = (30, 18, 8, 8, 14, 6, 10, 5)
UNKNOWN_CHANNEL = "line"
_TRANSACTION_RATE = {
    "sales": 0.6,
    "billing": 0.25,
    "product": 0.2,
    "returns": 0.1,
    "delivery": 0.05,
    "account": 0.05,
}
_CSAT_WEIGHTS = (8, 6, 12, 30, 44)
_NPS_WEIGHTS = (3, 1, 1, 2, 2, 4, 5, 9, 16, 25, 32)


def conversation_id(index: int) -> str:
    return f"c-{index + 1:06d}"


@dataclass(frozen=True, slots=True)
class PausePlan:
    """Who a paused conversation is assigned to (``"me"``, ``"none"``, ``"other"``) and whether
    its deadline is already past at ``now``."""

    assignee: str
    deadline_passed: bool


def _contact(seed: int, number: int) -> tuple[dict[str, Any], str]:
    """The same contact (name, language) every time ``number`` comes up, in any conversation."""
    rng = random.Random(f"{seed}:contact:{number}")
    language = rng.choices(texts.LANGUAGES, texts.LANGUAGE_WEIGHTS)[0]
    first = rng.choice(texts.FIRST_NAMES[language])
    last = rng.choice(texts.LAST_NAMES[language])
    kind = rng.choices(("new", "returning", "vip"), (35, 55, 10))[0]
    return {"id": f"k-{number}", "name": f"{first} {last}", "type": kind}, language


def _money(cents: int, language: str) -> str:
    text = f"{cents // 100}.{cents % 100:02d}"
    return text if language == "en" else text.replace(".", ",")


class _Draft:
    """What closed and paused conversations have in common: who, what, and the opening."""

    def __init__(self, seed: int, index: int, contacts: int, agent_id: str) -> None:
        self.rng = rng = random.Random(f"{seed}:conversation:{index}")
        self.index = index
        if rng.random() < 1 / 150:
            self.channel = UNKNOWN_CHANNEL
        else:
            self.channel = rng.choices(CHANNELS, _CHANNEL_WEIGHTS)[0]
        self.contact, self.language = _contact(seed, rng.randint(1, contacts))
        self.category = rng.choices(texts.CATEGORIES, texts.CATEGORY_WEIGHTS)[0]
        self.product = rng.choice(texts.PRODUCTS[self.language])
        self.order = f"CMD-{rng.randint(1000, 99_999)}"
        self.cents = [rng.randint(490, 39_990) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        first, _, last = self.contact["name"].partition(" ")
        self.values = {
            "first": first,
            "last": last,
            "agent": AGENT_NAME.split(maxsplit=1)[0],
            "order": self.order,
            "product": self.product,
            "amount": _money(self.cents[0], self.language),
        }
        self.script = Script(
            rng,
            PHRASES[self.language],
            channel=self.channel,
            values=self.values,
            contact_id=self.contact["id"],
            agent_id=agent_id,
        )
        self.script.opening(self.category)

    def tags(self) -> list[str]:
        pool = texts.CATEGORY_TAGS[self.category]
        tags = self.rng.sample(pool, self.rng.choices((0, 1, 2, 3), (15, 45, 30, 10))[0])
        if self.rng.random() < 0.15:
            tags.append(self.rng.choice(texts.GENERIC_TAGS))
        if self.contact["type"] == "vip":
            tags.append("vip")
        return list(dict.fromkeys(tags))

    def record(self, status: str, assignee_id: str | None, **fields: Any) -> dict[str, Any]:
        base: dict[str, Any] = {
            "id": conversation_id(self.index),
            "status": status,
            "channel": self.channel,
            "assignee_id": assignee_id,
            "contact": self.contact,
            "category": self.category,
            "tags": self.tags(),
        }
        base.update(fields)
        return base


def _times(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**message, "at": format_time(message["at"])} for message in messages]


def _closed_script(draft: _Draft, agent_replied: bool) -> None:
    rng, script, phrases = draft.rng, draft.script, PHRASES[draft.language]
    if not agent_replied:
        script.bot(phrases.bot_answers, rng.randint(2, 10))
        script.contact(phrases.contact_followups)
        if rng.random() < 0.5:
            script.bot(phrases.bot_answers, rng.randint(2, 10))
        script.system(texts.SYSTEM_AUTO_CLOSED, rng.randint(300, 1800))
        return
    if rng.random() < 0.35:
        script.system(texts.SYSTEM_ASSIGNED, rng.randint(1, 30), AGENT_NAME)
    script.agent(phrases.agent_greetings, first=True)
    script.exchanges(most=6, room=3)
    if rng.random() < 0.8 or len(script.steps) < 3:
        script.contact(phrases.contact_thanks)
    script.agent(phrases.agent_closings)
    if rng.random() < 0.3:
        script.system(texts.SYSTEM_CLOSED, rng.randint(1, 5), AGENT_NAME)


def _ratings(rng: random.Random, agent_replied: bool) -> tuple[int | None, int | None]:
    csat = nps = None
    if rng.random() < (0.62 if agent_replied else 0.2):
        csat = rng.choices(range(1, 6), _CSAT_WEIGHTS if agent_replied else (5, 3, 2, 1, 1))[0]
    if rng.random() < (0.45 if agent_replied else 0.1):
        nps = rng.choices(range(11), _NPS_WEIGHTS)[0]
    return csat, nps


def _transactions(draft: _Draft, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """The sales made between the agent's first answer and the closing, in time order."""
    window = max(1, int((until - since).total_seconds()))
    moments = sorted(draft.rng.randrange(window) for _ in draft.cents)
    return [
        {
            "id": f"t-{draft.index + 1}-{number}",
            "amount": cents / 100,
            "currency": "EUR",
            "at": format_time(since + timedelta(seconds=offset)),
        }
        for number, (cents, offset) in enumerate(zip(draft.cents, moments, strict=True), 1)
    ]


def build_closed(seed: int, index: int, updated_at: datetime, contacts: int) -> dict[str, Any]:
    draft = _Draft(seed, index, contacts, AGENT_ID)
    rng = draft.rng
    agent_replied = rng.random() >= 0.04
    _closed_script(draft, agent_replied)
    late_survey = rng.random() < 0.15
    lag = timedelta(seconds=rng.randint(300, 6 * 3600) if late_survey else rng.randint(1, 3))
    closed_at = updated_at - lag
    last_message_at = closed_at - timedelta(seconds=rng.randint(5, 240))
    messages = draft.script.lay_out(last_message_at, f"m-{index + 1}")
    started_at = messages[0]["at"]
    agent_times = [m["at"] for m in messages if m["sender_type"] == "agent"]
    csat, nps = _ratings(rng, agent_replied)
    handling: int | None = None
    if agent_replied and rng.random() >= 0.12:
        span = int((closed_at - started_at).total_seconds())
        worked = int(span * rng.uniform(0.6, 0.95))
        handling = rng.randint(240, 2400) if draft.channel == "email" else max(30, worked)
    transactions: list[dict[str, Any]] = []
    if agent_replied and rng.random() < _TRANSACTION_RATE[draft.category]:
        transactions = _transactions(draft, agent_times[0], closed_at)
    note = None
    if agent_replied and rng.random() < 0.7:
        note = rng.choice(texts.CLOSING_NOTES[draft.category]).format(**draft.values)
    return draft.record(
        "closed",
        AGENT_ID,
        started_at=format_time(started_at),
        first_response_at=format_time(agent_times[0]) if agent_times else None,
        closed_at=format_time(closed_at),
        paused_at=None,
        pause_deadline=None,
        updated_at=format_time(updated_at),
        handling_time_s=handling,
        csat=csat,
        nps=nps,
        closing_note=note,
        transactions=transactions,
        messages=_times(messages),
    )


def build_paused(
    seed: int, index: int, updated_at: datetime, *, now: datetime, contacts: int, plan: PausePlan
) -> dict[str, Any]:
    colleague_id, colleague_name = COLLEAGUES[index % len(COLLEAGUES)]
    assignee = {"me": AGENT_ID, "none": None, "other": colleague_id}[plan.assignee]
    acting_id, acting_name = (
        (AGENT_ID, AGENT_NAME) if assignee == AGENT_ID else (colleague_id, colleague_name)
    )
    draft = _Draft(seed, index, contacts, acting_id)
    rng, script, phrases = draft.rng, draft.script, PHRASES[draft.language]
    script.agent(phrases.agent_greetings, first=True)
    script.exchanges(most=3, room=2)
    script.agent(phrases.agent_holds)
    script.system(texts.SYSTEM_PAUSED, rng.randint(5, 120), acting_name)

    paused_at = updated_at - timedelta(seconds=rng.randint(1, 3))
    messages = script.lay_out(paused_at, f"m-{index + 1}")
    if plan.deadline_passed:
        room = int((now - paused_at).total_seconds()) - 35 * 60
        deadline = paused_at + timedelta(seconds=30 * 60 + rng.randrange(max(1, room)))
    else:
        deadline = now + timedelta(seconds=rng.randint(20 * 60, 4 * 86_400))
    deadline = deadline.replace(second=0, microsecond=0)
    first_response = next(m["at"] for m in messages if m["sender_type"] == "agent")
    return draft.record(
        "paused",
        assignee,
        started_at=format_time(messages[0]["at"]),
        first_response_at=format_time(first_response),
        closed_at=None,
        paused_at=format_time(paused_at),
        pause_deadline=format_time(deadline),
        updated_at=format_time(updated_at),
        handling_time_s=None,
        csat=None,
        nps=None,
        closing_note=None,
        transactions=[],
        messages=_times(messages),
    )
