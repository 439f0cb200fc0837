"""Indicator values for humans, in the agent's locale: "1 min 12 s", "87,5 %", "1 234,50 €".

``agentdesk.domain.formatting`` is the command line's plain English; the window writes numbers
the way the agent's locale does (``QLocale`` from the profile's ``locale``,
"fr-FR"), with the same rounding (halves up, so the tile and its tooltip never disagree on the
last digit) and the same shapes (seconds dropped once hours show). Unit words go through
``translate`` so a later issue can translate them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from agentdesk.domain.catalogue import TrendRule, Unit
from agentdesk.domain.trend import Number
from agentdesk.ui.i18n import counted, window_language

NONE_TEXT = "—"
MINUS = "\u2212"
NBSP = "\u00a0"

_SPACE_BEFORE_PERCENT = {
    QLocale.Language.French,
    QLocale.Language.German,
    QLocale.Language.Spanish,
    QLocale.Language.Swedish,
    QLocale.Language.NorwegianBokmal,
    QLocale.Language.Finnish,
    QLocale.Language.Czech,
    QLocale.Language.Russian,
}
"""Languages whose typography puts a (non-breaking) space between a number and "%"."""
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "BRL": "R$"}


def locale_for(name: str | None) -> QLocale:
    """The profile's locale ("fr-FR", "en_US"); an unknown or missing one is American English,
    never Qt's bare "C" locale (which has no thousands separator)."""
    locale = QLocale(name.strip()) if name else QLocale(QLocale.Language.C)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale("en_US")
    return locale


def half_up(value: Number, places: int) -> Decimal:
    """As the domain rounds: floats through their nine-decimal repr, then halves up."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(round(float(value), 9)))
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def words_locale_for(locale: QLocale) -> QLocale:
    """The locale for the *words* in dates (day and month names): the window's language, with
    the agent's locale when they agree. An English window uses the agent's English, or British
    English, whose 24-hour clock and day-month order suit most agents. Without it an English
    window reads "This week, lun. 16 nov. – now"."""
    spoken = window_language()
    if locale.language() == spoken:
        return locale
    if spoken == QLocale.Language.English:
        return QLocale("en_GB")
    return QLocale(spoken)


class ValueFormatter:
    """Formats values, changes, dates and times: numbers and money in the agent's locale, the
    names of days and months in the window's language (``words_locale_for``)."""

    def __init__(self, locale: QLocale | str | None = None) -> None:
        self.locale = locale if isinstance(locale, QLocale) else locale_for(locale)
        self.words_locale = words_locale_for(self.locale)

    # numbers ---------------------------------------------------------------------------------
    def _number(self, value: Number, places: int) -> str:
        """|value| rounded half up, with the locale's separators (the caller adds the sign)."""
        rounded = abs(half_up(value, places))
        if places == 0:
            return self.locale.toString(int(rounded))
        return self.locale.toString(float(rounded), "f", places)

    def count(self, value: int) -> str:
        return (MINUS if value < 0 else "") + self.locale.toString(abs(int(value)))

    def duration(self, seconds: float) -> str:
        """ "45 s", "1 min 12 s", "2 h 05 min"."""
        whole = int(half_up(abs(seconds), 0))
        if whole < 60:
            text = QCoreApplication.translate("ValueFormatter", "%1 s").replace(
                "%1", self.locale.toString(whole)
            )
        elif whole < 3600:
            text = (
                QCoreApplication.translate("ValueFormatter", "%1 min %2 s")
                .replace("%1", self.locale.toString(whole // 60))
                .replace("%2", f"{whole % 60:02d}")
            )
        else:
            hours, minutes = divmod((whole + 30) // 60, 60)
            text = (
                QCoreApplication.translate("ValueFormatter", "%1 h %2 min")
                .replace("%1", self.locale.toString(hours))
                .replace("%2", f"{minutes:02d}")
            )
        return (MINUS if seconds < 0 and whole > 0 else "") + text

    def _percent_sign(self) -> str:
        space = NBSP if self.locale.language() in _SPACE_BEFORE_PERCENT else ""
        return space + "%"

    def percent(self, value: float, *, signed: bool = False) -> str:
        """A 0–100 percent with one decimal: "87,5 %" (fr), "87.5%" (en)."""
        rounded = half_up(value, 1)
        return self._sign(rounded, signed) + self._number(rounded, 1) + self._percent_sign()

    def points(self, value: float, *, signed: bool = True) -> str:
        """NPS or a change in points: "+32 points", "−2,5 points"; no decimal when whole."""
        rounded = half_up(value, 1)
        whole = rounded == rounded.to_integral_value()
        number = self._number(rounded, 0 if whole else 1)
        if whole:
            n = int(abs(rounded))
            text = counted(
                QCoreApplication.translate("ValueFormatter", "%n point(s)", None, n), n, number
            )
        else:  # a decimal size takes the plural
            text = QCoreApplication.translate("ValueFormatter", "%1 points").replace("%1", number)
        return self._sign(rounded, signed) + text

    def currency_symbol(self, code: str | None) -> str:
        if not code:
            return ""
        if self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            return self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        return _SYMBOLS.get(code, code)

    def money(self, amount: Number, currency: str | None) -> str:
        """Two decimals with the currency where the locale puts it: "1 234,50 €", "€1,234.50"."""
        rounded = half_up(amount, 2)
        symbol = self.currency_symbol(currency)
        if symbol:
            text = self.locale.toCurrencyString(float(abs(rounded)), symbol, 2)
        else:
            text = self._number(rounded, 2)
        return (MINUS if rounded < 0 else "") + text

    @staticmethod
    def _sign(rounded: Decimal, signed: bool) -> str:
        if rounded < 0:
            return MINUS
        return "+" if signed and rounded > 0 else ""

    def value(self, unit: Unit, value: Number | None, currency: str | None = None) -> str:
        """Any indicator value in its unit; "—" when there is nothing to measure."""
        if value is None:
            return NONE_TEXT
        if unit is Unit.COUNT:
            return self.count(int(value))
        if unit is Unit.SECONDS:
            return self.duration(float(value))
        if unit is Unit.PERCENT:
            return self.percent(float(value))
        if unit is Unit.POINTS:
            return self.points(float(value))
        return self.money(value, currency)

    def change(self, rule: TrendRule, change: float, *, signed: bool = True) -> str:
        """A change as the trend measures it: "+10,5 %" (relative) or "−2,5 points"; unsigned
        (a size, "10,5 %") when a direction word beside it says which way."""
        if not signed:
            change = abs(change)
        if rule is TrendRule.POINTS:
            return self.points(change, signed=signed)
        return self.percent(change * 100, signed=signed)

    # dates and times -------------------------------------------------------------------------
    def day(self, day: date) -> str:
        """ "Mon 16 Nov" / "lun. 16 nov."."""
        return self.words_locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def day_number(self, day: date) -> str:
        return self.words_locale.toString(QDate(day.year, day.month, day.day), "d MMM")

    def clock(self, at: datetime, tz: ZoneInfo) -> str:
        """The local time of day in the locale's short form: "14:00" / "2:00 PM"."""
        local = at.astimezone(tz)
        return self.words_locale.toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )

    def moment(self, at: datetime, tz: ZoneInfo) -> str:
        """ "Wed 18 Nov 14:00" on the agent's clock."""
        return f"{self.day(at.astimezone(tz).date())} {self.clock(at, tz)}"
