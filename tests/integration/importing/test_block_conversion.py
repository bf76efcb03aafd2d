"""Member rows are converted a block at a time on import and one at a time when a cell is
fixed in the preview: a row must come out the same either way, whatever its cells hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.importing.fields import FIELDS
from groupdesk.core.importing.plan import SourceTable
from groupdesk.core.importing.runner import convert_row
from groupdesk.core.spreadsheet.header import HeaderGuess

TODAY = dt.date(2026, 11, 25)
# what people leave in roster cells, valid or not
CELLS = [
    None,
    "  ",
    "Aktif",
    "keluar ",
    "bogus",
    "Dokter; Perawat",
    "guru",
    "0812-3456-7890",
    "81234567890",
    "abc",
    "budi@contoh.or.id",
    "Budi@Contoh.OR.ID",
    "bad@",
    dt.date(1980, 5, 17),
    dt.date(2030, 1, 1),
    dt.datetime(1990, 1, 2, 3, 4),
    "17/08/2024",
    "17 Agustus 2024",
    "31/02/2020",
    12345,
    1.5,
    True,
    dt.time(8, 0),
    "Bandung, 17 Agustus 1980",
    "x" * 250,
    "Ani\nSari",
    "Siti  Aminah ",
    "gd-000002",
    "Ṣari Dewi",
]
MEMBER_FIELDS = [target.name for target in FIELDS["members"]]


@st.composite
def sheets(draw: st.DrawFn) -> tuple[dict[int, str], list[list[object]]]:
    fields = draw(st.lists(st.sampled_from(MEMBER_FIELDS), min_size=1, max_size=8, unique=True))
    width = len(fields)
    rows = draw(
        st.lists(
            st.lists(st.sampled_from(CELLS), min_size=width, max_size=width),
            min_size=1,
            max_size=12,
        )
    )
    return dict(enumerate(fields)), rows


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheets())
def test_a_row_converts_alike_alone_and_in_a_block(db, sheet) -> None:
    mapping, body = sheet
    headers = [f"H{column}" for column in mapping]
    guess = HeaderGuess(
        row=0, first_col=0, last_col=len(headers) - 1, headers=headers, data_rows=len(body)
    )
    table = SourceTable(Path("r.xlsx"), "xlsx", [], "S", False, [headers, *body], guess)
    prepared = prepare(
        db, ImportPlan("members", Path("r.xlsx"), mapping=mapping), table, today=TODAY
    )
    block = prepared.handler.convert_rows(prepared.mapping, table.data_rows())
    assert len(block) == len(table.data_rows())
    for row in block:
        alone = convert_row(prepared.handler, prepared.mapping, row.number, list(row.cells))
        assert (alone.values, alone.errors, alone.warnings) == (
            row.values,
            row.errors,
            row.warnings,
        )
