"""Whatever bytes arrive, the reader answers with rows or a SpreadsheetError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.core.spreadsheet.errors import SpreadsheetError
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from groupdesk.core.spreadsheet.sniff import CFB_MAGIC

from .builders import write_xlsx

_GOOD = write_xlsx(
    Path(tempfile.mkdtemp()) / "good.xlsx",
    [["Nama", "Kota", "Tanggal Lahir"], ["Budi", "Bandung", 1.5], ["Ani", "Garut", None]],
).read_bytes()


def _read_or_refuse(path: Path) -> None:
    for call in (open_workbook, read_sheet):
        try:
            call(path)
        except SpreadsheetError as exc:
            assert exc.reason.strip()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(
        [b"", b"PK\x03\x04", b"PK\x05\x06", CFB_MAGIC, b"\xff\xfe", b"\xef\xbb\xbf"]
    ),
    body=st.binary(max_size=3000),
)
def test_random_bytes(tmp_path: Path, prefix: bytes, body: bytes) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(prefix + body)
    _read_or_refuse(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flips=st.lists(
        st.tuples(st.integers(0, len(_GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_damaged_copies_of_a_good_workbook(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(_GOOD)
    for offset, value in flips:
        data[offset] = value
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    _read_or_refuse(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(1, len(_GOOD) - 1))
def test_cut_off_downloads(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(_GOOD[:cut])
    _read_or_refuse(path)
