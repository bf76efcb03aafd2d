"""Dues payments through the import wizard, pressed as a treasurer would: the kind on the first
page, the columns guessed from Indonesian headings, no "update" for payments, a bad cell's
reason in the preview and its fix in place, the import, the same file again skipped, Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from groupdesk.core.application import Application
from groupdesk.ui.import_wizard import ImportWizard
from groupdesk.ui.import_wizard.preview_model import PreviewModel, status_tint
from tests.integration.importing.helpers import count, write_book
from tests.integration.importing.ledger_setup import charged_members

HEADERS = ["No. Anggota", "Nama", "Tgl Bayar", "Jumlah", "Metode", "No. Ref"]
ROWS = [
    ["A-001", "Siti Rahayu", "17/08/2026", "Rp 150.000", "Tunai", None],
    ["A-002", "Budi Santoso", "01/01/2999", "150rb", "Transfer", "FT-77"],
    [None, "Ayu Lestari", "1 Oktober 2026", "1,5 jt", "QRIS", None],
]
Role = Qt.ItemDataRole


def _sheet(path: Path) -> Path:
    return write_book(path, [HEADERS, *ROWS], sheet="Iuran")


def _press_next(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.button(QWizard.WizardButton.NextButton).click()


def _to_preview(qtbot, wizard: ImportWizard, path: Path) -> PreviewModel:  # type: ignore[no-untyped-def]
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("payments"))
    page.path.setText(str(path))
    _press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.sheet_page.running, timeout=10_000)
    assert wizard.currentPage() is wizard.sheet_page
    _press_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    _press_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.duplicates_page, wizard.mapping_page.message.text()
    _press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.duplicates_page.running, timeout=10_000)
    assert wizard.currentPage() is wizard.preview_page, wizard.duplicates_page.message.text()
    model = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    return model


def _wizard(qtbot, db) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(Application(db))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_first_page_offers_dues_payments_in_indonesian(qtbot, db, gui_language) -> None:
    gui_language("id")
    wizard = _wizard(qtbot, db)
    kind = wizard.file_page.kind
    assert kind.itemText(kind.findData("payments")) == "Pembayaran iuran"


def test_payments_are_previewed_fixed_imported_skipped_again_and_undone(
    qtbot, qtmodeltester, db, tmp_path: Path
) -> None:
    charged_members(db)
    path = _sheet(tmp_path / "iuran.xlsx")
    wizard = _wizard(qtbot, db)
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("payments"))
    page.path.setText(str(path))
    _press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.sheet_page.running, timeout=10_000)
    _press_next(qtbot, wizard)
    assert wizard.mapping_page.mapping() == {
        0: "member_number",
        1: "full_name",
        2: "date",
        3: "amount",
        4: "method",
        5: "reference",
    }
    _press_next(qtbot, wizard)
    duplicates = wizard.duplicates_page
    assert "date, amount, member and reference" in duplicates.explain.text()
    assert not duplicates.buttons["update"].isVisibleTo(wizard)  # a payment is never edited
    _press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not duplicates.running, timeout=10_000)
    model = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    qtmodeltester.check(PreviewModel(wizard.preview_page.prepared), force_py=True)

    date = model.index(1, 2 + 2)  # Budi's payment is dated in the future
    assert model.data(date, Role.BackgroundRole) == status_tint("error")
    assert "cannot be dated in the future" in model.data(date, Role.ToolTipRole)
    _press_next(qtbot, wizard)  # Import is refused while a row has an error
    assert wizard.currentPage() is wizard.preview_page
    assert "1 row has errors" in wizard.preview_page.message.text()
    assert model.setData(date, "02/09/2026")
    assert model.data(date, Role.BackgroundRole) is None
    _press_next(qtbot, wizard)  # the commit button: Import
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert wizard.run_page.summary.line() == "3 added, 0 updated, 0 skipped, 0 rejected"
    assert count(db, "receipt_counters") == 1

    again = _wizard(qtbot, db)
    model = _to_preview(qtbot, again, path)
    skipped = model.index(0, 1)
    assert model.data(skipped) == "Skip (already here)"
    assert model.data(skipped, Role.BackgroundRole) == status_tint("warning")
    assert "receipt KW/2026/000001" in model.data(skipped, Role.ToolTipRole)
    again.reject()

    entries = count(db, "ledger_entries")
    wizard.run_page.undo.click()
    assert "undone" in wizard.run_page.status.text()
    assert count(db, "ledger_entries") == entries + 3  # three reversals; the receipts stay
    assert count(db, "ledger_allocations") == 0


def test_a_month_closed_during_the_preview_is_said_in_the_windows_language(
    qtbot, db, tmp_path: Path, gui_language
) -> None:
    gui_language("id")
    ledger = charged_members(db)
    rows = [HEADERS, ROWS[0], ROWS[2]]  # August and October, both fine when checked
    wizard = _wizard(qtbot, db)
    _to_preview(qtbot, wizard, write_book(tmp_path / "iuran.xlsx", rows))
    ledger.close_period("2026-10")  # the treasurer closes October meanwhile
    _press_next(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert wizard.run_page.state == "failed"
    assert "Periode 2026-10 sudah ditutup" in wizard.run_page.message.text()
    assert count(db, "receipt_counters") == 0
