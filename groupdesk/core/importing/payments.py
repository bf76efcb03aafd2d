"""Payments: a treasurer's sheet or a bank statement export, one payment per row, into the
dues ledger.

The member is found by member number, else phone, else exact name; the first of these the
row gives decides (a number nobody has is refused rather than guessed from the name). A
member who has left, or is in the trash, takes no payment. Amounts are read as the dues
ledger reads them ("Rp 150.000", "150.000,00", "150rb", "1,5 jt"; a bank's "150,000.00 CR"
too), dates as every import reads them. The same rules as one payment typed in the dues
ledger refuse a row: nothing above zero, a date still to come, a month already closed.

A bank export's description ("Keterangan") serves as the reference when no reference column
is given, and tells the way of paying when no method column does ("TRSF E-BANKING",
"SETORAN TUNAI", "QRIS"); with neither, a payment is cash, as in the ledger.

A payment already in the ledger, or earlier in the file (same date, amount, member and
reference), is skipped with its reason, not refused; "add as new" imports it anyway.
Written payments get receipt numbers in file order and settle the oldest open charges, all
in the import's one transaction. Undo reverses them (see ``undo_added``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam
from sqlalchemy import text as sql

from groupdesk.core.audit.who import who
from groupdesk.core.dues.allocation import allocate_members
from groupdesk.core.dues.ledger import METHODS
from groupdesk.core.dues.money import parse_amount
from groupdesk.core.dues.receipt_numbers import take_receipts
from groupdesk.core.dues.standing import refresh_standing
from groupdesk.core.errors import CellProblem, ValidationError
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.models.dues import LedgerEntry
from groupdesk.core.org_rules import load_rules
from groupdesk.core.spreadsheet.cells import Cell, shown
from groupdesk.core.text_keys import fold

from .base import KindHandler, Progress, chunks, ids_of, insert_many, new_ids, raise_cancelled
from .rows import ADD, REJECT, SKIP, RowResult, date_value, phone_value, reason_of, text

MATCH_REASON = "date, amount, member and reference"
REFERENCE_LENGTH = 200
_IN_CHUNK = 500

# Ways of paying as treasurers and banks write them (folded, full stops trimmed).
METHOD_WORDS = {
    "tunai": "tunai",
    "cash": "tunai",
    "kas": "tunai",
    "uang tunai": "tunai",
    "setor tunai": "tunai",
    "setoran tunai": "tunai",
    "transfer": "transfer",
    "transfer bank": "transfer",
    "bank transfer": "transfer",
    "tf": "transfer",
    "trf": "transfer",
    "trsf": "transfer",
    "bank": "transfer",
    "atm": "transfer",
    "m-banking": "transfer",
    "mbanking": "transfer",
    "mobile banking": "transfer",
    "internet banking": "transfer",
    "e-banking": "transfer",
    "kliring": "transfer",
    "skn": "transfer",
    "rtgs": "transfer",
    "bi-fast": "transfer",
    "bifast": "transfer",
    "virtual account": "transfer",
    "va": "transfer",
    "qris": "qris",
    "qr": "qris",
    "e-wallet": "e_wallet",
    "ewallet": "e_wallet",
    "e_wallet": "e_wallet",
    "dompet digital": "e_wallet",
    "gopay": "e_wallet",
    "ovo": "e_wallet",
    "dana": "e_wallet",
    "shopeepay": "e_wallet",
    "linkaja": "e_wallet",
    "lainnya": "other",
    "lain-lain": "other",
    "lain lain": "other",
    "other": "other",
    "cek": "other",
    "giro": "other",
    "cheque": "other",
}
# Words in a bank's description that tell the way of paying, checked in this order (a
# transfer before a wallet: "TRSF DANA" is a transfer of funds, not the DANA wallet).
_HINTS = (
    (re.compile(r"\bqris\b"), "qris"),
    (re.compile(r"\b(?:setor(?:an)? tunai|tunai|cash)\b"), "tunai"),
    (
        re.compile(
            r"\b(?:trsf|trf|tf|transfer|e-banking|m-banking|kliring|skn|rtgs|bi-?fast|"
            r"virtual account)\b"
        ),
        "transfer",
    ),
    (re.compile(r"\b(?:gopay|ovo|shopeepay|linkaja|e-?wallet)\b"), "e_wallet"),
)
# "150,000.00" as an English-language bank writes it; "CR" / "DB" after an amount
_ENGLISH_DECIMALS = re.compile(r"^(?:rp\.?\s*)?(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})$")
_CREDIT_DEBIT = re.compile(r"\s*\b(cr|db)\.?$")


@dataclass(frozen=True, slots=True)
class Payer:
    id: int
    name: str
    away: bool  # has left, or is in the trash


class PaymentsHandler(KindHandler):
    kind = "payments"
    table = LedgerEntry.__table__

    def load(self, conn: Connection) -> None:
        self.closed = set(conn.execute(sql("SELECT period FROM closed_periods")).scalars())
        # what was looked up so far (a fixed cell is checked again without a new query)
        self.by_number: dict[str, Payer | None] = {}
        self.by_phone: dict[str, list[Payer]] = {}
        self.by_name: dict[str, list[Payer]] = {}
        self.recorded: dict[int, dict[tuple[Any, ...], tuple[int, str]]] = {}

    # -- one row -------------------------------------------------------------------------

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        description = text(raw.get("description"))
        direction = text(raw.get("direction"))
        mark = fold(direction).strip(". ") if direction is not None else ""
        if mark in DEBIT_WORDS:
            # Money paid out, in a bank export's own column: not a payment, passed over.
            values["_given"] = (None, None, None)
            values["_debit"] = direction
            return
        if mark and mark not in CREDIT_WORDS:  # neither in nor out: never guessed
            errors["direction"] = Message("payments_import.direction_unknown", {"value": direction})
        number = text(raw.get("member_number"))
        phone = None
        if number is None and "phone" in raw:
            try:
                phone, warning = phone_value(raw["phone"])
                if warning is not None:  # a leading 0 the spreadsheet dropped
                    row.warnings["phone"] = warning
            except ValueError as err:
                errors["phone"] = reason_of(err)
        name = text(raw.get("full_name"))
        values["_given"] = (number, phone, name)
        if number is None and phone is None and name is None and "phone" not in errors:
            # A bank export names the member only in its description ("... GD-000500 IURAN").
            candidates = number_tokens(description) if description else ()
            if candidates:
                values["_candidates"] = candidates
            else:
                mapped: list[str] = [f for f in ("member_number", "phone", "full_name") if f in raw]
                errors[(mapped or ["_row"])[0]] = Message("payments_import.member_not_given")
        self._date(raw.get("date"), row)
        try:
            amount = amount_value(raw.get("amount"))
            if amount is None:
                errors["amount"] = Message("payments_import.amount_required")
            values["amount"] = amount
        except ValueError as err:
            errors["amount"] = reason_of(err)
        reference = text(raw.get("reference")) or description
        values["reference"] = reference[:REFERENCE_LENGTH] if reference else None
        try:
            values["method"] = method_value(raw.get("method"), description)
        except ValueError as err:
            errors["method"] = reason_of(err)

    def _date(self, cell: Cell, row: RowResult) -> None:
        try:
            paid_on = date_value(cell, self.date1904)
        except ValueError as err:
            row.errors["date"] = reason_of(err)
            return
        if paid_on is None:
            row.errors["date"] = Message("required.date")
        elif paid_on > self.today:
            row.errors["date"] = Message("dues.future_payment", {"when": paid_on})
        elif f"{paid_on:%Y-%m}" in self.closed:
            row.errors["date"] = Message("dues.period_closed", {"period": f"{paid_on:%Y-%m}"})
        row.values["date"] = paid_on

    # -- the members of a block of rows, looked up together ------------------------------

    def convert_rows(
        self, mapping: dict[int, str], data: Sequence[tuple[int, list[Cell]]]
    ) -> list[RowResult]:
        rows = super().convert_rows(self._with_direction(mapping, data), data)
        given = [row.values["_given"] for row in rows]
        given += [(c, None, None) for row in rows for c in row.values.get("_candidates", ())]
        with self.db.engine.connect() as conn:
            self._look_up(conn, given)
        for row in rows:
            self._find_member(row)
        return rows

    def _with_direction(
        self, mapping: dict[int, str], data: Sequence[tuple[int, list[Cell]]]
    ) -> dict[int, str]:
        """A bank export's CR/DB column often has no heading: an unmapped column holding only
        credit and debit marks is read as one (found in the first rows, kept after)."""
        if "direction" in mapping.values():
            return mapping
        if not hasattr(self, "_direction_column"):
            self._direction_column: int | None = None
            width = max((len(cells) for _n, cells in data), default=0)
            for col in range(width):
                if col in mapping:
                    continue
                marks = {
                    fold(str(cells[col]))
                    for _n, cells in data[:200]
                    if col < len(cells) and cells[col] not in (None, "")
                }
                if marks and marks <= DEBIT_WORDS | CREDIT_WORDS:
                    self._direction_column = col
                    break
        if self._direction_column is None:
            return mapping
        return {**mapping, self._direction_column: "direction"}

    def _look_up(self, conn: Connection, given: list[tuple[str | None, ...]]) -> None:
        """Fetch the members the rows name that were not fetched yet: by number, by phone
        and by folded name, a few hundred per statement."""
        numbers = {n for n, _p, _m in given if n and n not in self.by_number}
        phones = {p for n, p, _m in given if not n and p and p not in self.by_phone}
        # a name is looked up when it names the member, or tells apart a family's one phone
        names = {fold(m) for n, _p, m in given if m and not n and fold(m) not in self.by_name}
        for key, wanted, found in (
            ("member_number", numbers, None),
            ("phone", phones, self.by_phone),
            ("sort_name", names, self.by_name),
        ):
            query = sql(
                f"SELECT id, {key}, full_name, status, deleted_at FROM members "
                f"WHERE {key} IN :keys ORDER BY id"
            ).bindparams(bindparam("keys", expanding=True))
            for part in chunks(sorted(wanted), _IN_CHUNK):
                for pk, value, full_name, status, deleted in conn.execute(query, {"keys": part}):
                    payer = Payer(pk, full_name, status == "left" or deleted is not None)
                    if found is None:
                        self.by_number[value] = payer
                    else:
                        found.setdefault(value, []).append(payer)
            for value in wanted:
                if found is None:
                    self.by_number.setdefault(value, None)
                else:
                    found.setdefault(value, [])

    def _find_member(self, row: RowResult) -> None:
        number, phone, name = row.values.pop("_given")
        candidates = row.values.pop("_candidates", ())
        errors = row.errors
        if candidates:
            self._from_description(row, candidates)
            return
        try:
            if number:
                field = "member_number"
                payer = self.by_number.get(number)
                if payer is None:
                    raise ValidationError(field, "dues.unknown_member", number=number)
            elif phone:
                field = "phone"
                payer = self._by_phone(phone, name)
            elif name:
                field = "full_name"
                payer = self._by_name(name)
            else:
                return
        except ValueError as err:
            errors.setdefault(field, reason_of(err))
            return
        if payer.away:
            errors.setdefault(field, Message("dues.member_left", {"name": payer.name}))
            return
        row.values["member_id"] = payer.id

    def _from_description(self, row: RowResult, candidates: Sequence[str]) -> None:
        """The one member whose number the description holds; a reason when it names none
        (or several), or a member who has left."""
        found = {p.id: (c, p) for c in candidates if (p := self.by_number.get(c)) is not None}
        if len(found) != 1:
            code = "payments_import.member_not_given" if not found else "payments_import.several"
            row.errors.setdefault("description", Message(code, {"count": len(found)}))
            return
        ((number, payer),) = found.values()
        if payer.away:
            row.errors.setdefault("description", Message("dues.member_left", {"name": payer.name}))
            return
        row.values["member_id"] = payer.id
        row.warnings["description"] = Message(
            "payments_import.found_in_description", {"number": number, "name": payer.name}
        )

    def _by_phone(self, phone: str, name: str | None) -> Payer:
        found = self.by_phone.get(phone, [])
        here = [payer for payer in found if not payer.away] or found
        if len(here) > 1 and name:  # a family's one phone: the name tells who
            here = [payer for payer in here if fold(payer.name) == fold(name)] or here
        if not here:
            raise CellProblem("payments_import.no_phone", phone=phone)
        if len(here) > 1:
            raise CellProblem("payments_import.phone_ambiguous", count=len(here), phone=phone)
        return here[0]

    def _by_name(self, name: str) -> Payer:
        found = self.by_name.get(fold(name), [])
        here = [payer for payer in found if not payer.away] or found
        if not here:
            raise CellProblem("person.no_name", name=name)
        if len(here) > 1:
            raise CellProblem("person.ambiguous", count=len(here), name=name)
        return here[0]

    # -- the same payment twice ----------------------------------------------------------

    def key(self, row: RowResult) -> Any:
        values = row.values
        return (
            values.get("date"),
            values.get("amount"),
            values.get("member_id"),
            fold(values.get("reference")),
        )

    def _load_recorded(self, member_ids: Iterable[int]) -> None:
        """The live payments (not reversed) of these members, by their key."""
        wanted = sorted(set(member_ids) - set(self.recorded))
        if not wanted:
            return
        query = sql(
            "SELECT e.id, e.member_id, e.entry_date, e.amount, e.reference, e.receipt_number "
            "FROM ledger_entries e WHERE e.member_id IN :members AND e.kind = 'payment' AND "
            "NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) "
            "ORDER BY e.id"
        ).bindparams(bindparam("members", expanding=True))
        for member_id in wanted:
            self.recorded[member_id] = {}
        with self.db.engine.connect() as conn:
            for part in chunks(wanted, _IN_CHUNK):
                for pk, member_id, day, amount, reference, receipt in conn.execute(
                    query, {"members": part}
                ):
                    day = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
                    key = (day, -int(amount), member_id, fold(reference))
                    self.recorded[member_id].setdefault(key, (pk, receipt or ""))

    def resolve(self, rows: list[RowResult], policy: str) -> None:
        """Add every valid row, except a payment the ledger or an earlier row already has:
        that one is skipped with its reason (under every choice but "add as new"; a payment
        is never updated)."""
        self._load_recorded(
            row.values["member_id"] for row in rows if not row.errors and "member_id" in row.values
        )
        seen: dict[Any, int] = {}
        for row in rows:
            row.match_id, row.match_reason, row.changes = None, None, {}
            row.warnings.pop("_row", None)
            if "_debit" in row.values:
                row.action = SKIP
                row.warnings["_row"] = Message(
                    "payments_import.debit_skipped", {"value": row.values["_debit"]}
                )
                continue
            if row.errors:
                row.action = REJECT
                continue
            row.action = ADD
            if policy == "new":
                continue
            key = self.key(row)
            recorded = self.recorded.get(row.values["member_id"], {}).get(key)
            if recorded is not None:
                row.action, row.match_id, row.match_reason = SKIP, recorded[0], MATCH_REASON
                row.warnings["_row"] = Message(
                    "payments_import.already_recorded", {"receipt": recorded[1]}
                )
            elif key in seen:
                row.action = SKIP
                row.warnings["_row"] = Message("payments_import.also_on_row", {"row": seen[key]})
            else:
                seen[key] = row.number

    # -- writing -------------------------------------------------------------------------

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        """Checked again inside the transaction, as a payment typed in is: a month closed or
        a member gone since the preview stops the whole import, with nothing written."""
        months = sorted({f"{row.values['date']:%Y-%m}" for row in rows})
        closed = sql("SELECT MIN(period) FROM closed_periods WHERE period IN :p").bindparams(
            bindparam("p", expanding=True)
        )
        for part in chunks(months, _IN_CHUNK):
            period = conn.execute(closed, {"p": part}).scalar()
            if period:
                raise ValidationError("date", "dues.period_closed", period=period)
        members = sorted({row.values["member_id"] for row in rows})
        gone = sql(
            "SELECT MIN(full_name) FROM members WHERE id IN :m "
            "AND (status = 'left' OR deleted_at IS NOT NULL)"
        ).bindparams(bindparam("m", expanding=True))
        for part in chunks(members, _IN_CHUNK):
            name = conn.execute(gone, {"m": part}).scalar()
            if name:
                raise ValidationError("member", "dues.member_left", name=name)
        return {}

    def write_added(
        self, conn: Connection, rows: list[RowResult], progress: Progress, now: dt.datetime
    ) -> list[int]:
        """The payments in file order, each with the next receipt number of its year, then
        the oldest open charges of every member concerned settled in one pass."""
        ids = new_ids(conn, self.table, len(rows))
        receipts = take_receipts(conn, [row.values["date"].year for row in rows])
        user = who(conn)
        for row, new_id in zip(rows, ids, strict=True):
            row.match_id = new_id
        records = [
            {
                "id": new_id,
                "member_id": row.values["member_id"],
                "kind": "payment",
                "amount": -row.values["amount"],
                "entry_date": row.values["date"],
                "method": row.values["method"],
                "reference": row.values["reference"],
                "receipt_number": receipt,
                "recorded_by": user,
                "recorded_at": now,
            }
            for row, new_id, receipt in zip(rows, ids, receipts, strict=True)
        ]
        for part in chunks(records):
            insert_many(conn, self.table, part)
            if not progress(len(part)):
                raise_cancelled()
        payers = {row.values["member_id"] for row in rows}
        allocate_members(conn, payers)
        refresh_standing(conn, payers, self.today)
        return ids

    def undo_added(
        self, conn: Connection, table: Table, ranges: list[list[int]], batch: int
    ) -> None:
        """Undo reverses the imported payments rather than deleting them: their receipt
        numbers were given and stay used (a receipt may be printed already), so each gets a
        reversing entry dated today, its allocations are taken back, and what it settled is
        open again (and settled by any other credit the member has). A payment reversed by
        hand since is left as it is."""
        ids = list(ids_of(ranges))
        reason = catalogue(load_rules(conn).language).text(
            Message("payments_import.undone", {"batch": batch})
        )
        live = sql(
            "SELECT e.id, e.member_id, e.amount FROM ledger_entries e WHERE e.id IN :ids "
            "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"
        ).bindparams(bindparam("ids", expanding=True))
        drop = sql("DELETE FROM ledger_allocations WHERE payment_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        entries: list[Any] = []
        for part in chunks(ids, _IN_CHUNK):
            entries += conn.execute(live, {"ids": part}).all()
            conn.execute(drop, {"ids": part})
        if not entries:
            return
        user, now = who(conn), dt.datetime.now(dt.UTC).replace(tzinfo=None)
        today = dt.date.today()
        reversals = new_ids(conn, table, len(entries))
        insert_many(
            conn,
            table,
            [
                {
                    "id": new_id,
                    "member_id": member_id,
                    "kind": "reversal",
                    "amount": -amount,
                    "entry_date": today,
                    "reverses_id": entry_id,
                    "reason": reason,
                    "recorded_by": user,
                    "recorded_at": now,
                }
                for new_id, (entry_id, member_id, amount) in zip(reversals, entries, strict=True)
            ],
        )
        payers = {member_id for _id, member_id, _amount in entries}
        allocate_members(conn, payers)
        refresh_standing(conn, payers, today)


# -- cells ---------------------------------------------------------------------------------


# A bank export's column of money in or out: these words mean out (debit).
DEBIT_WORDS = frozenset({"db", "d", "debit", "debet", "dr", "keluar", "out"})
CREDIT_WORDS = frozenset({"cr", "c", "k", "kr", "kredit", "credit", "masuk", "in"})
# A member number in a description: letters and digits, with a letter (or a dash) in it, so a
# date, an amount or a bank's reference ("2701", "150000.00") is never taken for one.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*[0-9][A-Za-z0-9.-]*")


def number_tokens(description: str) -> tuple[str, ...]:
    """The words of a description that could be a member number (with a digit, 3 or more
    characters), in order: "TRSF ... GD-000500 IURAN" -> ("GD-000500", ...)."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(description):
        token = token.strip("./-")
        if len(token) >= 3 and not token.replace(".", "").isdigit():
            seen.setdefault(token, None)
    return tuple(seen)[:20]


def amount_value(value: Cell) -> int | None:
    """Whole rupiah above zero from a number cell or text; None for blank; ValueError (a
    Refusal with its code) otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("amount", "money.not_a_number", text=shown(value))
    if isinstance(value, int | float):
        if value < 0:
            raise ValidationError("amount", "money.negative", text=shown(value))
        if value != int(value):
            raise ValidationError("amount", "money.fraction", text=shown(value))
        amount = int(value)
    else:
        raw = str(value).strip()
        if not raw:
            return None
        amount = parse_amount(_plain(raw, value))
    if amount <= 0:
        raise ValidationError("amount", "dues.not_positive")
    return amount


def _plain(raw: str, value: Cell) -> str:
    """A bank's amount in the shape ``parse_amount`` reads: "150,000.00 CR" -> "150000,00";
    a debit ("DB") is refused."""
    lowered = raw.lower()
    mark = _CREDIT_DEBIT.search(lowered)
    if mark and re.search(r"\d", lowered[: mark.start()]):
        if mark[1] == "db":
            raise CellProblem("payments_import.debit", value=shown(value))
        raw = raw[: mark.start()].strip()
    english = _ENGLISH_DECIMALS.match(raw.lower())
    if english:  # two decimals after a dot are never Indonesian thousands
        return english[1].replace(",", "") + "," + english[2]
    return raw


def method_value(value: Cell, description: str | None = None) -> str:
    """The ledger's way of paying for a cell; blank: what the description says, else cash."""
    cleaned = text(value)
    if not cleaned:
        hint = fold(description)
        for pattern, method in _HINTS:
            if hint and pattern.search(hint):
                return method
        return "tunai"
    key = fold(cleaned).strip(" .")
    if key in METHOD_WORDS:
        return METHOD_WORDS[key]
    for word in re.split(r"[\s/()]+", key):  # "Transfer BCA", "QRIS (BRI)"
        if word in METHOD_WORDS:
            return METHOD_WORDS[word]
    choices = [Message(f"payment_method.{method}") for method in METHODS]
    raise CellProblem("payments_import.unknown_method", value=shown(cleaned), choices=choices)


__all__ = ["METHOD_WORDS", "PaymentsHandler", "amount_value", "method_value"]
