"""The shared table model answers Qt as its columns declare: headers people read, cells as
text (empty for nothing), right-aligned figures, an id per row, editable columns only where
declared; and it passes Qt's own model checks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from groupdesk.ui.common.table_model import ID_ROLE, RIGHT, Column, ColumnTableModel


@dataclass(frozen=True)
class Volunteer:
    id: int
    name: str
    city: str | None
    hours: float


class VolunteersModel(ColumnTableModel[Volunteer]):
    def columns(self) -> list[Column[Volunteer]]:
        return [
            Column("name", "Name", lambda v: v.name, tooltip=lambda v: f"{v.name} ({v.id})"),
            Column("city", "City", lambda v: v.city, editable=True),
            Column("hours", "Hours", lambda v: f"{v.hours:g}", align=RIGHT),
        ]


ROWS = [Volunteer(7, "Ayu Lestari", "Kupang", 3.5), Volunteer(9, "Budi Santoso", None, 12)]


def test_cells_headers_and_roles_follow_the_declared_columns(qapp) -> None:
    model = VolunteersModel()
    model.set_rows(ROWS)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "City",
        "Hours",
    ]
    assert model.headerData(1, Qt.Orientation.Vertical) == 2
    city = model.index(1, 1)
    assert model.data(city) == ""  # no city: an empty cell, never "None"
    assert model.data(city, Qt.ItemDataRole.ToolTipRole) == ""
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Ayu Lestari (7)"
    assert model.data(model.index(1, 2)) == "12"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.data(model.index(1, 0), ID_ROLE) == 9
    assert model.flags(city) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(5, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert (model.key_at(2), model.column_of("city"), model.column_of("x")) == ("hours", 1, -1)


def test_the_shared_model_passes_the_model_tester(qtmodeltester) -> None:
    model = VolunteersModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    assert model.row_at(0).name == "Ayu Lestari" and model.rows() == ROWS
    assert model.index(0, 0, QModelIndex()).isValid()
