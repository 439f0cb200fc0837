"""Times said for people: "Synced 2 min ago", "at 10:42", in the computer's local time.

Each string is a literal ``QCoreApplication.translate("TimeWords", ...)`` call so that
``pyside6-lupdate`` extracts it with the context it is looked up under.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

translate = QCoreApplication.translate


def local_clock(at: datetime) -> str:
    """ "10:42" in the computer's zone and the locale's short time format."""
    local = at.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def at_words(at: datetime, now: datetime) -> str:
    """ "at 10:42" today, "on 17 Nov at 10:42" another day (the computer's zone)."""
    local, today = at.astimezone(), now.astimezone()
    if local.date() == today.date():
        return translate("TimeWords", "at %1").replace("%1", local_clock(at))
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
    return translate("TimeWords", "on %1 at %2").replace("%1", day).replace("%2", local_clock(at))


def synced_ago(last: datetime | None, now: datetime) -> str:
    if last is None:
        return translate("TimeWords", "Not synced yet")
    seconds = (now - last).total_seconds()
    if seconds < 60:
        return translate("TimeWords", "Synced just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("TimeWords", "Synced %n min ago", None, minutes)
    hours = minutes // 60
    if hours < 24 and last.astimezone().date() == now.astimezone().date():
        return translate("TimeWords", "Synced %n h ago", None, hours)
    return translate("TimeWords", "Synced %1").replace("%1", at_words(last, now))
