"""Write one :class:`ReportSheet` as a csv file for other tools and for re-import.

Choices, and why:

* UTF-8 with a byte-order mark: without it Excel on Windows reads the file in the local
  code page and mangles any text beyond ASCII (Arabic-script names, "é", emoji).
* Comma separated, CRLF line ends, fields quoted only when needed (RFC 4180), which is what
  Python's csv module, LibreOffice and Excel's import wizard expect.
* Dates as ISO ``yyyy-mm-dd`` and date-times as ``yyyy-mm-dd hh:mm``: unambiguous for a
  re-import and recognised as dates by Excel in any locale, where ``05/03/2024`` would be
  read as 3 May or 5 March depending on the machine. (The xlsx export shows dd/mm/yyyy.)
* Times ``hh:mm``, hours and numbers with a decimal point and no grouping, booleans
  ``TRUE``/``FALSE``: machine-readable first; people who want formatted numbers use xlsx.
* Money as the report language writes it ("Rp 150.000") when the caller gives ``money``, so
  a treasurer's csv reads like the printed report; a bare whole number otherwise.
* Text that a spreadsheet would run as a formula gets one leading apostrophe (see
  :mod:`.safety`); numbers, including negative ones, are written as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.headers import unique_titles
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.safety import neutralise_csv_text
from groupdesk.core.export.table import ColumnKind, Progress, ReportSheet

Formatter = Callable[[object], str]


def write_csv(
    sheet: ReportSheet,
    path: Path,
    progress: Progress | None = None,
    *,
    money: Callable[[int], str] | None = None,
) -> int:
    """Write ``sheet`` to ``path`` and return the number of data rows written.

    The file appears at ``path`` only when complete; on :class:`ExportCancelled` or any error
    nothing is left there (an earlier file of that name is kept as it was).
    """
    columns = sheet.columns
    if not columns:
        raise ValueError(f"sheet {sheet.name!r} has no columns")
    width = len(columns)
    formatters = [formatter(column.kind, money) for column in columns]
    ticker = ProgressTicker(progress, sheet.row_count)
    ticker.start()
    with (
        replace_on_success(Path(path)) as temp,
        open(temp, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([neutralise_csv_text(title) for title in unique_titles(columns)])
        for number, values in enumerate(sheet.rows, start=1):
            if len(values) != width:
                raise ValueError(
                    f"sheet {sheet.name!r} row {number} has {len(values)} values "
                    f"for {width} columns"
                )
            writer.writerow(
                [
                    "" if value is None else fmt(value)
                    for fmt, value in zip(formatters, values, strict=True)
                ]
            )
            ticker.tick()
        ticker.finish()
    return ticker.done


def formatter(kind: ColumnKind, money: Callable[[int], str] | None = None) -> Formatter:
    """Return the function that renders one value of ``kind`` as csv text."""
    if kind is ColumnKind.MONEY and money is not None:
        return lambda value: _money(value, money)
    return _FORMATTERS[kind]


def _money(value: object, money: Callable[[int], str]) -> str:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return money(round(value))
    return _text(value)


def _text(value: object) -> str:
    return neutralise_csv_text(value if isinstance(value, str) else str(value))


def _number(value: object) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return _text(value)


def _integer(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _number(value)


def _hours(value: object) -> str:
    if isinstance(value, dt.timedelta):
        value = value.total_seconds() / 3600
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return f"{value:.2f}" if math.isfinite(value) else ""
    return _text(value)


def _clock(value: dt.time | dt.datetime) -> str:
    return value.strftime("%H:%M" if value.second == value.microsecond == 0 else "%H:%M:%S")


def _date(value: object) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def _datetime(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f"{value.date().isoformat()} {_clock(value)}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def _time(value: object) -> str:
    if isinstance(value, dt.time | dt.datetime):
        return _clock(value)
    return _text(value)


def _boolean(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return _text(value)


_FORMATTERS: dict[ColumnKind, Formatter] = {
    ColumnKind.TEXT: _text,
    ColumnKind.INTEGER: _integer,
    ColumnKind.NUMBER: _number,
    ColumnKind.DATE: _date,
    ColumnKind.DATETIME: _datetime,
    ColumnKind.TIME: _time,
    ColumnKind.BOOLEAN: _boolean,
    ColumnKind.HOURS: _hours,
    ColumnKind.MONEY: _integer,
}
