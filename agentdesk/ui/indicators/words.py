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


def _t(text: str) -> str:
    return QCoreApplication.translate("IndicatorWords", text)


def indicator_name(key: IndicatorKey) -> str:
    names = {
        IndicatorKey.CONVERSATIONS: _t("Conversations"),
        IndicatorKey.HANDLING_TIME: _t("Handling time"),
        IndicatorKey.RESPONSE_TIME: _t("Response time"),
        IndicatorKey.FIRST_RESPONSE_TIME: _t("First response time"),
        IndicatorKey.CSAT: _t("CSAT"),
        IndicatorKey.NPS: _t("NPS"),
        IndicatorKey.REVENUE: _t("Revenue"),
        IndicatorKey.TRANSACTIONS: _t("Transactions"),
        IndicatorKey.AVERAGE_BASKET: _t("Average basket"),
        IndicatorKey.CONVERSION_RATE: _t("Conversion rate"),
    }
    return names[IndicatorKey(key)]


def category_name(category: Category) -> str:
    names = {
        Category.ACTIVITY: _t("Activity"),
        Category.SATISFACTION: _t("Satisfaction"),
        Category.SALES: _t("Sales"),
    }
    return names[Category(category)]


def period_name(kind: PeriodKind) -> str:
    """The switch's button text, with its mnemonic."""
    names = {
        PeriodKind.DAY: _t("&Day"),
        PeriodKind.WEEK: _t("&Week"),
        PeriodKind.MONTH: _t("&Month"),
    }
    return names[PeriodKind(kind)]


def previous_value_text(kind: PeriodKind, value_text: str) -> str:
    """Under a tile's value: "Last week: 23"."""
    texts = {
        PeriodKind.DAY: _t("Yesterday: %1"),
        PeriodKind.WEEK: _t("Last week: %1"),
        PeriodKind.MONTH: _t("Last month: %1"),
    }
    return texts[PeriodKind(kind)].replace("%1", value_text)


def unit_name(unit: Unit, currency_symbol: str) -> str:
    """What the chart's value axis counts in."""
    names = {
        Unit.COUNT: _t("Number"),
        Unit.SECONDS: _t("Minutes"),
        Unit.PERCENT: _t("Percent"),
        Unit.POINTS: _t("NPS points"),
        Unit.CURRENCY: (
            _t("Amount in %1").replace("%1", currency_symbol) if currency_symbol else _t("Amount")
        ),
    }
    return names[Unit(unit)]


def period_words(window: PeriodWindow, fmt: ValueFormatter) -> str:
    """ "This week, Mon 16 Nov – now"."""
    start = window.current.start.astimezone(window.tz).date()
    texts = {
        PeriodKind.DAY: _t("Today, %1 – now"),
        PeriodKind.WEEK: _t("This week, %1 – now"),
        PeriodKind.MONTH: _t("This month, %1 – now"),
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
        text = _t("Compared with the whole of last month, which was shorter: %1")
    else:
        texts = {
            PeriodKind.DAY: _t("Compared with the same span yesterday: %1"),
            PeriodKind.WEEK: _t("Compared with the same span last week: %1"),
            PeriodKind.MONTH: _t("Compared with the same span last month: %1"),
        }
        text = texts[window.kind]
    return text.replace("%1", span_words(window.previous, window.tz, fmt))
