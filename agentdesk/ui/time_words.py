"""Times said for people: "Synced 2 min ago", "at 10:42" — on the agent's clock.

Every time the window shows is on the zone of the agent's ``/me`` profile (the one the
indicators cut their days in), so the banner, the status bar and the page never disagree. Until
a profile is known (before the first sync) the computer's zone stands in. When the agent's zone
is not the computer's, the zone's abbreviation follows the time ("at 02:05 CET"): a time that
could be read on either clock says which.

Each string is a literal ``QCoreApplication.translate("TimeWords", ...)`` call so that
``pyside6-lupdate`` extracts it with the context it is looked up under.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from agentdesk.services.indicators import Workspace

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def agent_zone(workspace: object) -> tzinfo | None:
    """The zone of the agent's profile in a ``Workspace`` (``AppEvents.workspace_loaded``)."""
    if not isinstance(workspace, Workspace):
        return None
    try:
        return ZoneInfo(workspace.profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("Unknown time zone %r in the profile", workspace.profile.timezone)
        return None


def on_clock(at: datetime, zone: tzinfo | None) -> datetime:
    """``at`` on the agent's clock (the computer's when no zone is known yet)."""
    return at.astimezone(zone) if zone is not None else at.astimezone()


def _zone_note(at: datetime, zone: tzinfo | None) -> str:
    """ " CET" when the agent's zone shows another time than the computer's, else ""."""
    if zone is None:
        return ""
    agent, computer = at.astimezone(zone), at.astimezone()
    if agent.utcoffset() == computer.utcoffset():
        return ""
    return " " + (agent.tzname() or "")


def local_clock(at: datetime, zone: tzinfo | None = None) -> str:
    """ "10:42" on the agent's clock, in the locale's short time format."""
    local = on_clock(at, zone)
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return clock + _zone_note(at, zone)


def at_words(at: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """ "at 10:42" today, "on 17 Nov at 10:42" another day (the agent's day)."""
    local, today = on_clock(at, zone), on_clock(now, zone)
    if local.date() == today.date():
        return translate("TimeWords", "at %1").replace("%1", local_clock(at, zone))
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
    return (
        translate("TimeWords", "on %1 at %2")
        .replace("%1", day)
        .replace("%2", local_clock(at, zone))
    )


def synced_ago(last: datetime | None, now: datetime, zone: tzinfo | None = None) -> str:
    if last is None:
        return translate("TimeWords", "Not synced yet")
    seconds = (now - last).total_seconds()
    if seconds < 60:
        return translate("TimeWords", "Synced just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("TimeWords", "Synced %n min ago", None, minutes)
    hours = minutes // 60
    if hours < 24 and on_clock(last, zone).date() == on_clock(now, zone).date():
        return translate("TimeWords", "Synced %n h ago", None, hours)
    return translate("TimeWords", "Synced %1").replace("%1", at_words(last, now, zone))
