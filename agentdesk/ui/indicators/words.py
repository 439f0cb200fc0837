"""Every fixed word of the indicators page, through Qt's translation functions.

The domain's labels are English constants shared with the CLI; the window shows these instead,
written as literal ``translate`` calls so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.catalogue import Category, IndicatorKey, Unit
from agentdesk.domain.periods import PeriodKind, PeriodWindow, Span
from agentdesk.ui.indicators.format import NBSP, ValueFormatter


def indicator_name(key: IndicatorKey) -> str:
    names = {
        IndicatorKey.CONVERSATIONS: QCoreApplication.translate("IndicatorWords", "Conversations"),
        IndicatorKey.HANDLING_TIME: QCoreApplication.translate("IndicatorWords", "Handling time"),
        IndicatorKey.RESPONSE_TIME: QCoreApplication.translate("IndicatorWords", "Response time"),
        IndicatorKey.FIRST_RESPONSE_TIME: QCoreApplication.translate(
            "IndicatorWords", "First response time"
        ),
        IndicatorKey.CSAT: QCoreApplication.translate("IndicatorWords", "CSAT"),
        IndicatorKey.NPS: QCoreApplication.translate("IndicatorWords", "NPS"),
        IndicatorKey.REVENUE: QCoreApplication.translate("IndicatorWords", "Revenue"),
        IndicatorKey.TRANSACTIONS: QCoreApplication.translate("IndicatorWords", "Transactions"),
        IndicatorKey.AVERAGE_BASKET: QCoreApplication.translate("IndicatorWords", "Average basket"),
        IndicatorKey.CONVERSION_RATE: QCoreApplication.translate(
            "IndicatorWords", "Conversion rate"
        ),
    }
    return names[IndicatorKey(key)]


def category_name(category: Category) -> str:
    names = {
        Category.ACTIVITY: QCoreApplication.translate("IndicatorWords", "Activity"),
        Category.SATISFACTION: QCoreApplication.translate("IndicatorWords", "Satisfaction"),
        Category.SALES: QCoreApplication.translate("IndicatorWords", "Sales"),
    }
    return names[Category(category)]


def period_name(kind: PeriodKind) -> str:
    """The switch's button text, with its mnemonic."""
    names = {
        PeriodKind.DAY: QCoreApplication.translate("IndicatorWords", "&Day"),
        PeriodKind.WEEK: QCoreApplication.translate("IndicatorWords", "&Week"),
        PeriodKind.MONTH: QCoreApplication.translate("IndicatorWords", "&Month"),
    }
    return names[PeriodKind(kind)]


def previous_value_text(kind: PeriodKind, value_text: str) -> str:
    """Under a tile's value: "Last week: 23"."""
    texts = {
        PeriodKind.DAY: QCoreApplication.translate("IndicatorWords", "Yesterday: %1"),
        PeriodKind.WEEK: QCoreApplication.translate("IndicatorWords", "Last week: %1"),
        PeriodKind.MONTH: QCoreApplication.translate("IndicatorWords", "Last month: %1"),
    }
    return texts[PeriodKind(kind)].replace("%1", value_text)


def unit_name(unit: Unit, currency_symbol: str) -> str:
    """What the chart's value axis counts in."""
    names = {
        Unit.COUNT: QCoreApplication.translate("IndicatorWords", "Number"),
        Unit.SECONDS: QCoreApplication.translate("IndicatorWords", "Minutes"),
        Unit.PERCENT: QCoreApplication.translate("IndicatorWords", "Percent"),
        Unit.POINTS: QCoreApplication.translate("IndicatorWords", "NPS points"),
        Unit.CURRENCY: (
            QCoreApplication.translate("IndicatorWords", "Amount in %1").replace(
                "%1", currency_symbol
            )
            if currency_symbol
            else QCoreApplication.translate("IndicatorWords", "Amount")
        ),
    }
    return names[Unit(unit)]


def period_words(window: PeriodWindow, fmt: ValueFormatter) -> str:
    """ "This week, Mon 16 Nov – now"."""
    start = window.current.start.astimezone(window.tz).date()
    texts = {
        PeriodKind.DAY: QCoreApplication.translate("IndicatorWords", "Today, %1 – now"),
        PeriodKind.WEEK: QCoreApplication.translate("IndicatorWords", "This week, %1 – now"),
        PeriodKind.MONTH: QCoreApplication.translate("IndicatorWords", "This month, %1 – now"),
    }
    return texts[window.kind].replace("%1", fmt.day(start))


def span_words(span: Span, tz: ZoneInfo, fmt: ValueFormatter) -> str:
    """ "Mon 9 Nov 00:00 – Wed 11 Nov 15:00", the end's date left out on the same day and a
    local midnight end written as the day before's 24:00."""
    start, end = span.start.astimezone(tz), span.end.astimezone(tz)
    end_day: date = end.date()
    end_clock = fmt.clock(span.end, tz)
    if end.time().hour == end.time().minute == 0 and span.end > span.start:
        end_day = date.fromordinal(end_day.toordinal() - 1)
        end_clock = "24:00"
    shown_end = end_clock if end_day == start.date() else f"{fmt.day(end_day)} {end_clock}"
    # A moment never breaks across lines; the text may wrap at the dash.
    return f"{_unbroken(fmt.moment(span.start, tz))} – {_unbroken(shown_end)}"


def _unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


def comparison_words(window: PeriodWindow, fmt: ValueFormatter) -> str:
    """What the previous values are: "Compared with the same span last week: Mon 9 Nov 00:00 –
    Wed 11 Nov 15:00"; a shorter previous month is said to be compared whole."""
    clamped = window.previous.end == window.period_start and window.current.end < window.period_end
    if clamped:
        text = QCoreApplication.translate(
            "IndicatorWords", "Compared with the whole of last month, which was shorter: %1"
        )
    else:
        texts = {
            PeriodKind.DAY: QCoreApplication.translate(
                "IndicatorWords", "Compared with the same span yesterday: %1"
            ),
            PeriodKind.WEEK: QCoreApplication.translate(
                "IndicatorWords", "Compared with the same span last week: %1"
            ),
            PeriodKind.MONTH: QCoreApplication.translate(
                "IndicatorWords", "Compared with the same span last month: %1"
            ),
        }
        text = texts[window.kind]
    return text.replace("%1", span_words(window.previous, window.tz, fmt))
