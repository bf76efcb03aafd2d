"""The Dues page's tables: membership types, the ledger (read a page at a time as the list
is scrolled) and one member's statement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from groupdesk.core.dues.views import PAGE_SIZE, LedgerRow, TypeRow
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.table_model import RIGHT, ROOT, AnyIndex, Column, ColumnTableModel
from groupdesk.ui.dues.texts import dues_texts, method_text, money, month_text

# Reads the next page of the ledger: the rows older than the given id (None: the newest).
LedgerLoader = Callable[[int | None], Sequence[LedgerRow]]


class TypesModel(ColumnTableModel[TypeRow]):
    def columns(self) -> list[Column[TypeRow]]:
        words = dues_texts()
        return [
            Column("name", self.tr("Type"), lambda r: r.name),
            Column("exempt", self.tr("Exempt"), lambda r: words.yes_no(r.exempt)),
            Column("amount", self.tr("Fee"), lambda r: money(r.amount), align=RIGHT),
            Column("period", self.tr("Charged"), lambda r: words.fee_period(r.period)),
            Column(
                "entry_fee",
                self.tr("Entry fee"),
                lambda r: money(r.entry_fee) if r.entry_fee else "",
                align=RIGHT,
            ),
            Column(
                "fee_from",
                self.tr("Fee since"),
                lambda r: labels.date_text(r.fee_from) if r.fee_from else "",
            ),
            Column(
                "members",
                self.tr("Members"),
                lambda r: labels.number_text(r.members),
                align=RIGHT,
            ),
        ]


class LedgerModel(ColumnTableModel[LedgerRow]):
    """The newest entries first; scrolling to the end asks ``loader`` for the next page."""

    def __init__(self, loader: LedgerLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._more = False

    def columns(self) -> list[Column[LedgerRow]]:
        words = dues_texts()
        return [
            Column("date", self.tr("Date"), lambda r: labels.date_text(r.entry_date)),
            Column("member", self.tr("Member"), lambda r: f"{r.member_name} ({r.member_number})"),
            Column("kind", self.tr("Kind"), lambda r: words.kind(r.kind)),
            Column("period", self.tr("Period"), lambda r: month_text(r.period)),
            Column("amount", self.tr("Amount"), lambda r: money(r.amount), align=RIGHT),
            Column("receipt", self.tr("Receipt"), lambda r: r.receipt_number or ""),
            Column("method", self.tr("Paid by"), _paid_by),
            Column(
                "reversed",
                self.tr("Reversed"),
                lambda r: "" if r.kind == "reversal" else words.yes_no(r.reversed),
            ),
        ]

    def extra(self, row: LedgerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.reversed or row.kind == "reversal"):
            return colours.text_colour(
                "muted", colours.app_palette(), colours.Role.Base, colours.Role.Text
            )
        return None

    def reload(self) -> None:
        """The newest page again (after a filter change or a write)."""
        rows = list(self._loader(None))
        self._more = len(rows) >= PAGE_SIZE
        self.set_rows(rows)

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if parent.isValid() or not self._more or not self._rows:
            return
        rows = list(self._loader(self._rows[-1].id))
        self._more = len(rows) >= PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()


def _paid_by(row: LedgerRow) -> str:
    if row.kind == "reversal":
        return row.reason or ""
    said = method_text(row.method)
    return f"{said} · {row.reference}" if said and row.reference else said


@dataclass(frozen=True, slots=True)
class StatementLine:
    id: int
    entry_date: Any
    kind: str
    what: str | None
    amount: int
    balance: int


class StatementModel(ColumnTableModel[StatementLine]):
    def columns(self) -> list[Column[StatementLine]]:
        words = dues_texts()
        return [
            Column("date", self.tr("Date"), lambda r: labels.date_text(r.entry_date)),
            Column("kind", self.tr("Kind"), lambda r: words.kind(r.kind)),
            Column("what", self.tr("Period or receipt"), lambda r: _what(r.what)),
            Column("amount", self.tr("Amount"), lambda r: money(r.amount), align=RIGHT),
            Column("balance", self.tr("Balance"), lambda r: money(r.balance), align=RIGHT),
        ]


def _what(value: str | None) -> str:
    if value and len(value) == 7 and value[4] == "-":
        return month_text(value)
    return value or ""
