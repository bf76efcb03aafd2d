"""A seminar's attendance sheet through the import wizard, pressed as a secretary would: the
kind "Kredit SKP" on the first page, the columns guessed from Indonesian headings, no
"update" for credits, a date still to come refused at its cell and fixed in place, the
import, and Undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from groupdesk.core.application import Application
from groupdesk.ui.import_wizard import ImportWizard
from groupdesk.ui.import_wizard.preview_model import PreviewModel, status_tint
from tests.integration.credentials.setup import nurses
from tests.integration.importing.helpers import count, write_book

Role = Qt.ItemDataRole
HELD = dt.date.today() - dt.timedelta(days=30)
LATER = dt.date.today() + dt.timedelta(days=30)


def _next(wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _wizard(qtbot, db) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(Application(db))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_first_page_offers_credits_in_indonesian(qtbot, db, gui_language) -> None:
    gui_language("id")
    wizard = _wizard(qtbot, db)
    kind = wizard.file_page.kind
    assert kind.itemText(kind.findData("credits")) == "Kredit SKP"


def test_an_attendance_sheet_is_previewed_fixed_imported_and_undone(
    qtbot, qtmodeltester, db, tmp_path: Path
) -> None:
    nurses(db)
    path = write_book(
        tmp_path / "hadir.xlsx",
        [
            ["No. Anggota", "Nama Peserta", "Nama Kegiatan", "Tanggal", "SKP"],
            ["P-001", "Perawat Ani", "Seminar Luka", HELD.strftime("%d/%m/%Y"), 2],
            ["P-002", "Perawat Budi", "Seminar Luka", LATER.strftime("%d/%m/%Y"), 2],
        ],
        sheet="Hadir",
    )
    wizard = _wizard(qtbot, db)
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("credits"))
    page.path.setText(str(path))
    _next(wizard)
    qtbot.waitUntil(lambda: not wizard.sheet_page.running, timeout=10_000)
    _next(wizard)
    assert wizard.mapping_page.mapping() == {
        0: "member_number",
        1: "full_name",
        2: "activity",
        3: "date",
        4: "points",
    }
    _next(wizard)
    duplicates = wizard.duplicates_page
    assert "member and activity" in duplicates.explain.text()
    assert not duplicates.buttons["update"].isVisibleTo(wizard)
    _next(wizard)
    qtbot.waitUntil(lambda: not duplicates.running, timeout=10_000)
    model = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    qtmodeltester.check(PreviewModel(wizard.preview_page.prepared), force_py=True)
    date = model.index(1, 2 + 3)  # Budi's row: a seminar still to come
    assert model.data(date, Role.BackgroundRole) == status_tint("error")
    assert "has not taken place yet" in model.data(date, Role.ToolTipRole)
    _next(wizard)  # refused while a row has an error
    assert wizard.currentPage() is wizard.preview_page
    assert model.setData(date, HELD.strftime("%d/%m/%Y"))
    _next(wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert wizard.run_page.summary.added == 2
    assert count(db, "credit_awards") == 2 and count(db, "credit_activities") == 1
    wizard.run_page.undo.click()
    assert count(db, "credit_awards") == 0 and count(db, "credit_activities") == 0
