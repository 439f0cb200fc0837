"""What every window part is given: the services' context and the window's few shared objects.

Built once in ``agentdesk.ui.app`` (no global registry, no ``aqt.mw``); tests and the screenshot
command build their own with a fixed clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from agentdesk.services.context import AppContext
from agentdesk.ui.events import AppEvents
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.theme import ThemeManager


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class UiContext:
    app: AppContext
    runner: TaskRunner
    events: AppEvents
    theme: ThemeManager
    clock: Callable[[], datetime] = system_clock
    """Aware UTC "now"; tests and screenshots inject a fixed time."""
