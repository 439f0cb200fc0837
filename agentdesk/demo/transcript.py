"""The messages of a generated conversation: who says what, and how long after the previous one.

A script is written forwards as steps with gaps, then laid out backwards from the moment the
conversation ended, because that moment (its ``updated_at``) is fixed by the timeline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from agentdesk.demo.phrases import Phrases

BOT_ID = "b-1"
MAX_MESSAGES = 20
BOT_CHANNELS = frozenset({"chat", "whatsapp", "messenger", "instagram", "apple_messages", "line"})


@dataclass(frozen=True, slots=True)
class Pace:
    """Ranges, in seconds, of the delays before a contact's message, an agent's message, and
    the agent's first answer."""

    contact: tuple[int, int]
    agent: tuple[int, int]
    first_response: tuple[int, int]


_PACES = {
    "email": Pace((1800, 14_400), (900, 10_800), (1200, 28_800)),
    "voice": Pace((8, 60), (8, 60), (5, 40)),
    "sms": Pace((30, 900), (40, 600), (60, 1500)),
    "whatsapp": Pace((20, 600), (30, 420), (30, 900)),
}
_CHAT_PACE = Pace((15, 150), (20, 240), (20, 300))


@dataclass(frozen=True, slots=True)
class Step:
    sender_type: str
    sender_id: str | None
    text: str
    gap: int
    type: str = "text"


class Script:
    """Builds the steps of one conversation with a seeded ``random.Random``."""

    def __init__(
        self,
        rng: random.Random,
        phrases: Phrases,
        *,
        channel: str,
        values: dict[str, str],
        contact_id: str,
        agent_id: str,
    ) -> None:
        self.rng = rng
        self.phrases = phrases
        self.channel = channel
        self.values = values
        self.contact_id = contact_id
        self.agent_id = agent_id
        self.pace = _PACES.get(channel, _CHAT_PACE)
        self.steps: list[Step] = []

    def _text(self, choices: tuple[str, ...]) -> str:
        return self.rng.choice(choices).format(**self.values)

    def _gap(self, bounds: tuple[int, int]) -> int:
        return self.rng.randint(*bounds)

    def contact(self, choices: tuple[str, ...], gap: int | None = None) -> None:
        text = self._text(choices)
        delay = self._gap(self.pace.contact) if gap is None else gap
        self.steps.append(Step("contact", self.contact_id, text, delay))

    def agent(self, choices: tuple[str, ...], *, first: bool = False) -> None:
        delay = self._gap(self.pace.first_response if first else self.pace.agent)
        self.steps.append(Step("agent", self.agent_id, self._text(choices), delay))

    def bot(self, choices: tuple[str, ...], gap: int) -> None:
        self.steps.append(Step("bot", BOT_ID, self._text(choices), gap))

    def system(self, template: str, gap: int, agent_name: str = "") -> None:
        self.steps.append(Step("system", None, template.format(agent=agent_name), gap))

    def image(self) -> None:
        name = f"IMG_{self.rng.randint(1000, 9999)}.jpg"
        self.steps.append(Step("contact", self.contact_id, name, self._gap((5, 60)), "image"))

    def opening(self, category: str) -> None:
        """An optional bot greeting, then the contact's first message."""
        if self.channel in BOT_CHANNELS and self.rng.random() < 0.5:
            self.bot(self.phrases.bot_greetings, 0)
            self.contact(self.phrases.openers[category], gap=self.rng.randint(2, 40))
        else:
            self.contact(self.phrases.openers[category], gap=0)

    def exchanges(self, most: int, room: int) -> None:
        """Up to ``most`` back-and-forths, never growing the script past ``room`` more steps."""
        budget = MAX_MESSAGES - len(self.steps) - room
        for _ in range(self.rng.randint(0, most)):
            double = self.rng.random() < 0.25
            image = self.rng.random() < 0.08 and self.channel != "voice"
            if 2 + double + image > budget:
                break
            budget -= 2 + double + image
            self.contact(self.phrases.contact_followups)
            if double:
                self.contact(self.phrases.contact_followups, gap=self.rng.randint(5, 90))
            if image:
                self.image()
            self.agent(self.phrases.agent_followups)

    def lay_out(self, last_at: datetime, message_prefix: str) -> list[dict[str, Any]]:
        """The messages, the last one at ``last_at`` (whole seconds)."""
        at = last_at - timedelta(seconds=sum(step.gap for step in self.steps[1:]))
        messages: list[dict[str, Any]] = []
        for number, step in enumerate(self.steps, start=1):
            if number > 1:
                at += timedelta(seconds=step.gap)
            messages.append(
                {
                    "id": f"{message_prefix}-{number}",
                    "at": at,
                    "sender_type": step.sender_type,
                    "sender_id": step.sender_id,
                    "type": step.type,
                    "text": step.text,
                }
            )
        return messages
