"""Words of the Dues page that several of its parts show: kinds of entry, fee periods, ways
of paying and money. Ways of paying are the receipts' own words (the catalogue's), so the
list, the form and the printed kwitansi say the same."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QObject

from groupdesk.core.dues.ledger import FEE_PERIODS, METHODS
from groupdesk.ui.common import labels
from groupdesk.ui.common.messages import gui_catalogue, say


class DuesTexts(QObject):
    def kind(self, code: str) -> str:
        return {
            "charge": self.tr("Charge"),
            "payment": self.tr("Payment"),
            "reversal": self.tr("Reversal"),
        }.get(code, code)

    def fee_period(self, code: str | None) -> str:
        if code is None:
            return ""
        return {
            "monthly": self.tr("per month"),
            "quarterly": self.tr("per quarter"),
            "yearly": self.tr("per year"),
            "once": self.tr("once"),
        }.get(code, code)

    def period_choices(self) -> list[tuple[str, str]]:
        return [(code, self.fee_period(code)) for code in FEE_PERIODS]

    def entries_shown(self, n: int) -> str:
        return labels.counted(self.tr("%n entries shown", "", n), n)

    def would_charge(self, n: int) -> str:
        return labels.counted(self.tr("Charge %n members, %1 in all, for %2?", "", n), n)

    def charged(self, n: int) -> str:
        return labels.counted(self.tr("%n members charged %1 for %2.", "", n), n)

    def assigned(self, n: int) -> str:
        return labels.counted(self.tr("%n members now have the type “%1”.", "", n), n)

    def yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")


@cache
def dues_texts() -> DuesTexts:
    return DuesTexts()


def method_text(code: str | None) -> str:
    """A way of paying as the receipts say it ("tunai", "transfer bank")."""
    if not code:
        return ""
    said = say(f"receipts.method.{code}")
    return code if said == f"receipts.method.{code}" else said


def method_choices() -> list[tuple[str, str]]:
    return [(code, method_text(code)) for code in METHODS]


def money(amount: int | None) -> str:
    """Rupiah the catalogue's way ("Rp 150.000"); empty for None."""
    return "" if amount is None else gui_catalogue().money(amount)


def month_text(period: str | None) -> str:
    """ "2026-12" as "Desember 2026" in the window's language."""
    if not period:
        return ""
    year, month = (int(part) for part in period.split("-"))
    return labels.month_year_text(dt.date(year, month, 1), full=True)
