"""The table part and the sheet splice follow the SpreadsheetML schema's order."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from groupdesk.core.export.xlsx_tables import (
    MAIN_NS,
    TableColumn,
    TableSpec,
    _insert_before_end,
    table_xml,
)


def test_filter_excludes_the_totals_row() -> None:
    assert TableSpec("S", "A1:AB100002", [], totals_row=True).filter_ref == "A1:AB100001"
    assert TableSpec("S", "A1:C3", [], totals_row=False).filter_ref == "A1:C3"


def test_table_part_escapes_names_and_describes_totals() -> None:
    spec = TableSpec(
        "S",
        "A1:B4",
        [
            TableColumn('Nama & "gelar" <lengkap>', total_label="Total"),
            TableColumn("Jam", total_formula="SUBTOTAL(109,B2:B3)"),
        ],
        totals_row=True,
    )
    root = ElementTree.fromstring(table_xml(3, spec))
    assert root.get("name") == root.get("displayName") == "Table3"
    assert root.get("totalsRowCount") == "1"
    assert root.find(f"{{{MAIN_NS}}}autoFilter").get("ref") == "A1:B3"
    first, second = root.iter(f"{{{MAIN_NS}}}tableColumn")
    assert first.get("name") == 'Nama & "gelar" <lengkap>'
    assert first.get("totalsRowLabel") == "Total"
    assert second.get("totalsRowFunction") == "custom"
    assert second.find(f"{{{MAIN_NS}}}totalsRowFormula").text == "SUBTOTAL(109,B2:B3)"


def test_table_parts_go_before_ext_lst_else_at_the_end() -> None:
    part = b"<tableParts/>"
    assert _insert_before_end(b"<pageMargins/></worksheet>", part) == (
        b"<pageMargins/><tableParts/></worksheet>"
    )
    assert _insert_before_end(b"<pageSetup/><extLst/></worksheet>", part) == (
        b"<pageSetup/><tableParts/><extLst/></worksheet>"
    )
    with pytest.raises(ValueError, match="does not end"):
        _insert_before_end(b"<sheetData>", part)
