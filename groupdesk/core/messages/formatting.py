"""Numbers, dates, times, money and lists written the way a reader of one language expects
("1.234,5", "4 Des 2026", "Rp 150.000" in Indonesian), by Babel's locale data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .pseudo import accented

# The organisation's currency when none is said: GroupDesk's first users are Indonesian.
DEFAULT_CURRENCY = "IDR"
# Currencies written without minor units whatever their definition says ("Rp 150.000").
WHOLE_CURRENCIES = frozenset({"IDR", "JPY", "KRW", "VND"})


class Formats:
    """The writing conventions of one locale ("id" or "en"); ``pseudo`` accents the letters
    of month and day names, which no catalogue holds."""

    def __init__(self, locale: str, *, pseudo: bool = False) -> None:
        self.locale = locale
        self.pseudo = pseudo

    def _letters(self, text: str) -> str:
        return accented(text) if self.pseudo else text

    def number(self, value: float | Decimal, *, digits: int | None = None) -> str:
        """``1234.5`` -> "1.234,5" in Indonesian; ``digits`` fixes the number of decimals."""
        from babel.numbers import format_decimal

        if digits is None:
            return str(format_decimal(value, locale=self.locale))
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def date(self, value: dt.date, style: str = "medium") -> str:
        """ "4 Des 2026" (medium), "4 Desember 2026" (long), "04/12/2026" (short: day first in
        both languages, as the rest of GroupDesk writes dates)."""
        from babel.dates import format_date

        if style == "short":
            return value.strftime("%d/%m/%Y")
        return self._letters(str(format_date(value, style, locale=self.locale)))

    def time(self, value: dt.time | dt.datetime) -> str:
        """ "08.30" in Indonesian, "08:30" in English (24-hour in both)."""
        from babel.dates import format_time

        pattern = "HH.mm" if self.locale == "id" else "HH:mm"
        return str(format_time(value, pattern, locale=self.locale))

    def datetime(self, value: dt.datetime, style: str = "medium") -> str:
        return f"{self.date(value.date(), style)} {self.time(value)}"

    def weekday(self, value: dt.date) -> str:
        from babel.dates import format_date

        return self._letters(str(format_date(value, "EEEE", locale=self.locale)))

    def money(self, amount: int | Decimal, currency: str = DEFAULT_CURRENCY) -> str:
        """``150000`` -> "Rp 150.000" in Indonesian, "Rp 150,000" in English: the symbol the
        currency's own country writes, the reader's separators."""
        from babel.numbers import format_currency, get_currency_symbol

        whole = currency in WHOLE_CURRENCIES
        symbol = get_currency_symbol(currency, locale="id" if currency == "IDR" else self.locale)
        pattern = "#,##0" if whole else "#,##0.00"
        figure = format_currency(
            abs(Decimal(amount)),
            currency,
            format=pattern,
            locale=self.locale,
            currency_digits=False,
        )
        sign = "-" if amount < 0 else ""
        return f"{sign}{symbol} {figure}"

    def list(self, items: list[str]) -> str:
        """ "a, b, dan c": the reader's way of joining a list."""
        from babel.lists import format_list

        return self._letters(
            str(format_list([str(i) for i in items], "standard", locale=self.locale))
        )
