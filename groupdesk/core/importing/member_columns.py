"""Member rows turned into values a column at a time.

A roster is the same few shapes over and over: every birth date a date cell, every status one
of three words, a handful of professions. Working down a column lets the common case run at
the speed of ``map`` and a dictionary lookup per distinct cell, and leaves the slower checks
to the cells that need them. A single row (a cell fixed in the preview) goes the same way as
a block of thousands, so there is one set of rules.

Every field keeps the member form's rules; a cell that breaks one gets its reason in the row's
errors and no value, exactly as if it had been checked on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, cast

from groupdesk.core import validation
from groupdesk.core.identity import nik as nik_rules
from groupdesk.core.identity import words as identity_words
from groupdesk.core.messages import Message
from groupdesk.core.services.custom_fields import coerce_value
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.spreadsheet.values import parse_number, parse_ttl
from groupdesk.core.text_keys import fold

from .fields import CUSTOM_PREFIX
from .rows import (
    MEMBER_STATUS,
    Reason,
    RowResult,
    date_value,
    email_value,
    phone_value,
    reason_of,
    split_names,
    text,
    word_value,
)

ValidationError = validation.ValidationError
MEMBER_NUMBER_MAX = validation.MEMBER_NUMBER_MAX
_MEMBER_NUMBER = validation.MEMBER_NUMBER_PATTERN  # the member form's own rule
_DATE_FIELDS = ("birth_date", "joined_on", "paid_until")
_TEXT_FIELDS = ("city", "address", "notes", "birth_place")
_BIRTH_PLACE_MAX = 120
# mapped field -> the key its names go under in the values
LIST_KEYS = {"profession": "_professions", "skills": "_skills", "interests": "_interests"}
# why a listed name is worth a look: it is new and will be added
_NEW_NAME = {"_professions": "new.profession", "_skills": "new.skill", "_interests": "new.interest"}
_NAME_PARTS = frozenset({"full_name", "first_name", "last_name"})
_MEMO_LIMIT = 100_000  # distinct cells remembered per list (professions, skills, ...)
_UNREAD = object()


def member_number_value(cell: Cell) -> str | None:
    """The member number as the member form keeps it; None for blank."""
    number = str(cell) if type(cell) is int else text(cell)
    if not number:
        return None
    # text() already trimmed it: the common case needs only the pattern check
    if len(number) <= MEMBER_NUMBER_MAX and _MEMBER_NUMBER.fullmatch(number):
        return number
    return validation.member_number(number)


class Block:
    """The rows being converted: one list of values per key, and the problems per row."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.keys: list[str] = []
        self.columns: list[list[Any]] = []
        self.errors: dict[int, dict[str, Reason]] = {}
        self.warnings: dict[int, dict[str, Reason]] = {}
        self.absent: dict[int, set[str]] = {}  # keys a row has no value for

    def put(self, key: str, values: list[Any]) -> None:
        self.keys.append(key)
        self.columns.append(values)

    def column(self, key: str) -> list[Any] | None:
        try:
            return self.columns[self.keys.index(key)]
        except ValueError:
            return None

    def error(self, index: int, field: str, message: Reason) -> None:
        self.errors.setdefault(index, {})[field] = message

    def warn(self, index: int, field: str, message: Reason) -> None:
        self.warnings.setdefault(index, {})[field] = message

    def leave_out(self, index: int, key: str) -> None:
        self.absent.setdefault(index, set()).add(key)

    def leave_out_none(self, key: str, values: list[Any]) -> None:
        """Rows whose value is None get no value at all (a blank status changes nothing)."""
        if None in values:
            for index, value in enumerate(values):
                if value is None:
                    self.leave_out(index, key)

    def checked(
        self, func: Callable[[Cell], Any], cells: Sequence[Cell], key: str, field: str
    ) -> list[Any]:
        """``func`` over every cell; a cell it refuses gets the reason and no value."""
        try:
            return list(map(func, cells))
        except ValueError:  # ValidationError is one: find the cells, one by one
            pass
        out: list[Any] = []
        for index, cell in enumerate(cells):
            try:
                out.append(func(cell))
            except ValueError as err:
                self.error(index, field, reason_of(err))
                self.leave_out(index, key)
                out.append(None)
        return out

    def rows(self, data: Sequence[tuple[int, list[Cell]]]) -> list[RowResult]:
        keys, absent, errors, warnings = self.keys, self.absent, self.errors, self.warnings
        out = (
            [
                RowResult(number, cells, dict(zip(keys, values, strict=True)))
                for (number, cells), values in zip(
                    data, zip(*self.columns, strict=True), strict=True
                )
            ]
            if keys
            else [RowResult(number, cells) for number, cells in data]
        )
        for index, gone in absent.items():
            values = out[index].values
            for key in gone:
                values.pop(key, None)
        for index, found in errors.items():
            out[index].errors = found
        for index, found in warnings.items():
            out[index].warnings = found
        return out


class ConversionContext(Protocol):
    """What converting needs of one import (the members' import handler has it): the
    organisation's phone country, the workbook's date system, the names and custom fields
    already in the database, and the memos kept across the blocks of the import."""

    @property
    def country(self) -> str: ...

    @property
    def date1904(self) -> bool: ...

    @property
    def today(self) -> dt.date: ...

    @property
    def names(self) -> Mapping[str, Mapping[str, int]]: ...

    @property
    def custom(self) -> Mapping[str, Any]: ...

    @property
    def status_memo(self) -> dict[Cell, str]:
        """Cell text -> member status, across the blocks of an import."""

    @property
    def names_memo(self) -> dict[str, dict[Cell, tuple[list[str], Message | None]]]:
        """Per list key: cell text -> (names, warning about new names)."""


class MemberConverter:
    """Converts blocks of rows for one column mapping of one import."""

    def __init__(self, handler: ConversionContext, mapping: dict[int, str]) -> None:
        self.handler = handler
        self.mapping = mapping
        self.fields = {name: column for column, name in mapping.items()}
        # the text after a TTL's last comma -> its date (None: not a date on its own)
        self._ttl_dates: dict[str, object] = {}
        # NIK -> what it encodes, for the rows of the block being converted
        self.decoded_niks: dict[str, nik_rules.Nik] = {}

    def __call__(self, data: Sequence[tuple[int, list[Cell]]]) -> list[RowResult]:
        block = Block(len(data))
        if not data:
            return []
        columns = list(zip(*(cells for _number, cells in data), strict=True))
        for column, field in self.mapping.items():
            self.convert_field(block, field, columns[column])
        self.across(block, columns)
        return block.rows(data)

    # -- one field ------------------------------------------------------------------------------

    def convert_field(self, block: Block, field: str, cells: Sequence[Cell]) -> None:
        handler = self.handler
        if field == "member_number":
            values = block.checked(member_number_value, cells, field, field)
            block.leave_out_none(field, values)
        elif field == "email":
            values = block.checked(email_value, cells, field, field)
        elif field == "phone":
            values = self.phones(block, cells, handler.country)
        elif field in _DATE_FIELDS:
            values = self.dates(block, field, cells)
        elif field == "status":
            values = self.statuses(block, cells)
        elif field in _TEXT_FIELDS:
            values = list(map(text, cells))
            if field == "birth_place":
                for index, value in enumerate(values):
                    if value and len(value) > _BIRTH_PLACE_MAX:
                        block.error(index, field, Message("text.too_long", {"maximum": 120}))
                        block.leave_out(index, field)
        elif field == "nik":
            values = self.niks(block, cells)
        elif field == "gender":
            values = self.words(block, field, cells, identity_words.gender)
        elif field == "education":
            values = self.words(block, field, cells, identity_words.education)
        elif field in LIST_KEYS:
            field_key = LIST_KEYS[field]
            block.put(field_key, self.names(block, field_key, field, cells))
            return
        elif field.startswith(CUSTOM_PREFIX):
            definition = handler.custom.get(field[len(CUSTOM_PREFIX) :])
            if definition is not None:
                block.put(field, self.custom(block, field, definition, cells))
            return
        else:
            return  # name parts, place and date of birth, licence: see across()
        block.put(field, values)

    @staticmethod
    def phones(block: Block, cells: Sequence[Cell], country: str) -> list[str | None]:
        out: list[str | None] = []
        append = out.append
        for index, cell in enumerate(cells):
            try:
                value, warning = phone_value(cell, country)
            except ValidationError as err:
                block.error(index, "phone", reason_of(err))
                block.leave_out(index, "phone")
                value = None
            else:
                if warning:
                    block.warn(index, "phone", warning)
            append(value)
        return out

    def dates(self, block: Block, field: str, cells: Sequence[Cell]) -> list[dt.date | None]:
        kinds = set(map(type, cells))
        if kinds <= {dt.date, type(None)}:
            # date cells, as nearly every date column is
            return cast("list[dt.date | None]", list(cells))
        date1904 = self.handler.date1904
        return block.checked(lambda cell: date_value(cell, date1904), cells, field, field)

    def statuses(self, block: Block, cells: Sequence[Cell]) -> list[str | None]:
        known = self.handler.status_memo
        values = list(map(known.get, cells))
        if None in values:
            for index, value in enumerate(values):
                if value is not None:
                    continue
                cell = cells[index]
                try:
                    status = word_value(cell, MEMBER_STATUS, "member status")
                except ValueError as err:
                    block.error(index, "status", reason_of(err))
                    status = None
                if status is None:
                    block.leave_out(index, "status")
                elif type(cell) is str and len(known) < 1000:
                    known[cell] = status
                values[index] = status
        return values

    def niks(self, block: Block, cells: Sequence[Cell]) -> list[str | None]:
        """The NIKs as stored; what each encodes is kept for the check across the row."""
        today = self.handler.today
        decoded: dict[str, nik_rules.Nik] = {}
        self.decoded_niks = decoded
        parse = nik_rules.parse

        def read(cell: Cell) -> str | None:
            if cell is None or (type(cell) is str and not cell.strip()):
                return None
            found = parse(cell, today=today)
            decoded[found.digits] = found
            return found.digits

        values = block.checked(read, cells, "nik", "nik")
        return values

    @staticmethod
    def words(
        block: Block, field: str, cells: Sequence[Cell], read: Callable[[Cell], str | None]
    ) -> list[str | None]:
        """Gender or education: each distinct cell is read once ("L", "P", "S1", ...)."""
        memo: dict[Cell, str | None] = {}
        out: list[str | None] = []
        for index, cell in enumerate(cells):
            try:
                value = memo[cell] if cell in memo else memo.setdefault(cell, read(cell))
            except ValueError as err:
                block.error(index, field, reason_of(err))
                block.leave_out(index, field)
                value = None
            except TypeError:  # a cell that cannot be remembered (never from a sheet)
                value = read(cell)
            out.append(value)
        return out

    def names(self, block: Block, key: str, field: str, cells: Sequence[Cell]) -> list[list[str]]:
        """Professions, skills or interests: each distinct cell is split and looked up once."""
        handler = self.handler
        memo = handler.names_memo.setdefault(key, {})  # cell text -> (names, warning)
        found = list(map(memo.get, cells))
        if None in found:
            known = handler.names[key]
            for index, entry in enumerate(found):
                if entry is not None:
                    continue
                cell = cells[index]
                names = split_names(cell)
                new = [name for name in names if fold(name) not in known]
                warning = Message(_NEW_NAME[key], {"names": new}) if new else None
                found[index] = entry = (names, warning)
                if type(cell) is str and len(memo) < _MEMO_LIMIT:
                    memo[cell] = entry
        filled = cast("list[tuple[list[str], Message | None]]", found)  # no None is left
        for index, (_names, warning) in enumerate(filled):
            if warning:
                block.warn(index, field, warning)
        return [names for names, _warning in filled]

    def custom(self, block: Block, field: str, definition: Any, cells: Sequence[Cell]) -> list[Any]:
        date1904 = self.handler.date1904

        def convert(cell: Cell) -> Any:
            value: Any = cell
            if definition.field_type == "date":
                value = date_value(cell, date1904)
            elif definition.field_type == "number" and isinstance(cell, str) and cell.strip():
                value = parse_number(cell)
            elif isinstance(cell, str):
                value = text(cell)
            return coerce_value(definition, value)

        return block.checked(convert, cells, field, field)

    # -- several fields at once -----------------------------------------------------------------

    def across(self, block: Block, columns: list[tuple[Cell, ...]]) -> None:
        """Name parts, place and date of birth, date order, licence: several cells at once."""
        fields = self.fields

        def cells_of(field: str) -> Sequence[Cell]:
            column = fields.get(field)
            return columns[column] if column is not None else (None,) * block.count

        if _NAME_PARTS & fields.keys():
            self.full_names(block, cells_of)
        else:
            for index in range(block.count):
                block.error(index, "_row", Message("import.no_name_column"))
        if "ttl" in fields:
            self.place_and_date_of_birth(block, cells_of("ttl"))
        self.date_order(block)
        if "nik" in fields:
            self.nik_disagreements(block)
        if "licence_number" in fields or "licence_valid_until" in fields:
            self.licences(block, cells_of)

    def full_names(self, block: Block, cells_of: Callable[[str], Sequence[Cell]]) -> None:
        fields = self.fields
        names = list(map(text, cells_of("full_name")))
        if "first_name" in fields or "last_name" in fields:
            names = [
                name or " ".join(part for part in (text(first), text(last)) if part)
                for name, first, last in zip(
                    names, cells_of("first_name"), cells_of("last_name"), strict=True
                )
            ]
        where = "full_name" if "full_name" in fields else "first_name"
        for index, name in enumerate(names):
            if not name or len(name) > 200 or "\n" in name:
                try:
                    names[index] = validation.full_name(name or "")
                except ValidationError as err:
                    block.error(index, where, reason_of(err))
                    block.leave_out(index, "full_name")
        block.put("full_name", names)

    def place_and_date_of_birth(self, block: Block, cells: Sequence[Cell]) -> None:
        """ "Bandung, 17 Agustus 1985": the date fills the birth date and the place the place
        of birth, each unless its own column gives one."""
        places = block.column("birth_place")
        if places is None:
            places = [None] * block.count
            block.put("birth_place", places)
            for index in range(block.count):
                block.leave_out(index, "birth_place")
        born = block.column("birth_date")
        if born is None:
            born = [None] * block.count
            block.put("birth_date", born)
            mapped = False
        else:
            mapped = True
        for index, cell in enumerate(cells):
            cleaned = text(cell)
            if cleaned:
                try:
                    place, date = self.ttl(cleaned)
                except ValueError as err:
                    block.error(index, "ttl", reason_of(err))
                    if not mapped:
                        block.leave_out(index, "birth_date")
                    continue
                if places[index] is None and "birth_place" not in block.errors.get(index, {}):
                    places[index] = place[:_BIRTH_PLACE_MAX]
                    block.absent.get(index, set()).discard("birth_place")
                if born[index] is None:
                    born[index] = date
                    if index in block.absent:
                        block.absent[index].discard("birth_date")

    def ttl(self, cell: str) -> tuple[str, dt.date]:
        """``parse_ttl`` of ``cell``, reading each distinct date after the last comma once:
        a roster repeats its birth dates, and most of the work is trying where the date
        starts. The same answer as ``parse_ttl`` (the part after the comma is tried exactly
        as ``parse_ttl`` would try it, after a one-word place)."""
        normal = " ".join(cell.replace("\u00a0", " ").split())
        before, comma, tail = normal.rpartition(",")
        place = before.strip(" ,/-")
        if comma and place:
            memo = self._ttl_dates
            date = memo.get(tail, _UNREAD)
            if date is _UNREAD:
                try:
                    said, found = parse_ttl("X," + tail)
                except ValueError:
                    date = None
                else:
                    date = found if said == "X" else None
                if len(memo) < _MEMO_LIMIT:
                    memo[tail] = date
            if isinstance(date, dt.date):
                return place, date
        return parse_ttl(cell)

    def date_order(self, block: Block) -> None:
        today = self.handler.today
        born, joined = block.column("birth_date"), block.column("joined_on")
        born_field = "birth_date" if "birth_date" in self.fields else "ttl"
        if born is not None:
            for index in [i for i, date in enumerate(born) if date is not None and date > today]:
                block.error(index, born_field, Message("date.future.birth_date"))
        if joined is None:
            return
        for index in [i for i, date in enumerate(joined) if date is not None and date > today]:
            block.error(index, "joined_on", Message("date.future.joined_on"))
        if born is not None:
            for index, (birth, joining) in enumerate(zip(born, joined, strict=True)):
                if (
                    birth
                    and joining
                    and joining < birth
                    and "joined_on" not in block.errors.get(index, {})
                ):
                    block.error(index, "joined_on", Message("member.joins_before_birth"))

    def nik_disagreements(self, block: Block) -> None:
        """A NIK whose birth date or gender is not the row's: a warning on the NIK's cell,
        the row imported as it is."""
        niks = block.column("nik") or []
        born = block.column("birth_date") or [None] * block.count
        genders = block.column("gender") or [None] * block.count
        decoded = self.decoded_niks
        agrees = nik_rules.agrees
        for index, (number, birth, gender) in enumerate(zip(niks, born, genders, strict=True)):
            if not number or not (birth or gender):
                continue
            read = decoded.get(number)
            if read is not None and agrees(read, birth, gender):
                continue
            found = nik_rules.disagreements(read or number, birth, gender)
            for field, warning in zip(("nik", "gender"), found, strict=False):
                block.warn(index, field, warning)

    def licences(self, block: Block, cells_of: Callable[[str], Sequence[Cell]]) -> None:
        fields = self.fields
        date1904 = self.handler.date1904
        professions = block.column("_professions") or [[]] * block.count
        where = "licence_number" if "licence_number" in fields else "licence_valid_until"
        licences = []
        for index, (number_cell, until_cell) in enumerate(
            zip(cells_of("licence_number"), cells_of("licence_valid_until"), strict=True)
        ):
            number = text(number_cell)
            try:
                until = date_value(until_cell, date1904)
            except ValueError as err:
                block.error(index, "licence_valid_until", reason_of(err))
                until = None
            licences.append((number, until))
            if (number or until) and not professions[index]:
                block.error(index, where, Message("licence.needs_profession"))
        block.put("_licence", licences)
