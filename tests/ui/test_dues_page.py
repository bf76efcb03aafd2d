"""The Dues page as a treasurer uses it: types and fees, charging a month, recording and
reversing payments, printing a receipt, the ledger and a member's statement, in Indonesian
and English. Dialogs are driven through the page's ``open_dialog`` hook, pressing their buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton
from sqlalchemy import insert, text

from groupdesk.core.application import Application
from groupdesk.core.dues.ledger import Fee
from groupdesk.core.dues.views import PAGE_SIZE, LedgerFilter, ledger_page
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name
from groupdesk.ui.dues import page as page_module
from groupdesk.ui.dues.models import LedgerModel, StatementLine, StatementModel, TypesModel
from groupdesk.ui.dues.payment_dialog import PaymentDialog
from groupdesk.ui.dues.receipt_dialog import ReceiptDialog
from groupdesk.ui.dues.reverse_dialog import ReverseDialog
from groupdesk.ui.dues.texts import month_text
from groupdesk.ui.dues.type_dialog import TypeDialog

SAVE = QDialogButtonBox.StandardButton.Save
TODAY = dt.date.today()
PERIOD = f"{TODAY.year:04d}-{TODAY.month:02d}"
NAMES = ["Siti Rahayu", "Budi Santoso", "Dewi Lestari"]


def add_members(db, names: list[str], prefix: str = "D") -> list[int]:
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": f"{prefix}-{i:03d}",
                    "full_name": name,
                    "status": "active",
                    "sort_name": sort_name(name),
                    "search_text": name.lower(),
                }
                for i, name in enumerate(names, start=1)
            ],
        )
        return list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())


def count(db, where: str = "1 = 1") -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(text(f"SELECT COUNT(*) FROM ledger_entries WHERE {where}")).scalar()
        )


@pytest.fixture
def dues_db(db):
    """Three members of the type "Anggota Biasa" at Rp 150.000 a month."""
    app = Application(db)
    biasa = app.dues.save_type(
        None, "Anggota Biasa", False, Fee(150_000, "monthly", dt.date(2000, 1, 1))
    )
    db.member_ids = add_members(db, NAMES)
    app.dues.assign_unassigned(biasa, dt.date(2000, 1, 1))
    return db


def make_page(qtbot, db) -> page_module.DuesPage:
    page = page_module.DuesPage(Application(db))
    qtbot.addWidget(page)
    page.resize(1100, 680)
    page.show()
    return page


def drive(handlers: dict[type, Callable[[QDialog], None]], seen: list[QDialog]):
    """An ``open_dialog`` that lets ``handlers`` press a dialog's buttons, never blocking."""

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        handlers[type(dialog)](dialog)
        if dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def pay(qtbot, member: str, amount: str, date_text: str | None = None):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.member.edit, member)
        qtbot.keyClicks(dialog.amount, amount)
        if date_text is not None:
            dialog.paid_on.line.clear()
            qtbot.keyClicks(dialog.paid_on.line, date_text)
        dialog.buttons.button(SAVE).click()

    return fill


# -- types and fees ------------------------------------------------------------------------


def test_a_type_is_added_with_its_fee_typed_as_people_write_it(qtbot, db, gui_language) -> None:
    gui_language("id")
    page = make_page(qtbot, db)
    seen: list[QDialog] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TypeDialog)
        qtbot.keyClicks(dialog.name, "Anggota Biasa")
        qtbot.keyClicks(dialog.amount, "150rb")
        qtbot.keyClicks(dialog.entry_fee, "Rp 50.000")
        dialog.buttons.button(SAVE).click()

    page.open_dialog = drive({TypeDialog: fill}, seen)
    page.tabs.setCurrentIndex(1)
    page.add_type_action.trigger()

    model = page.types_model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[:5] == ["Anggota Biasa", "Tidak", "Rp 150.000", "per bulan", "Rp 50.000"]


def test_a_refused_fee_or_name_is_said_at_its_field_in_indonesian_and_nothing_is_saved(
    qtbot, dues_db, gui_language
) -> None:
    gui_language("id")
    page = make_page(qtbot, dues_db)
    said: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TypeDialog)
        qtbot.keyClicks(dialog.name, "Luar Biasa")
        qtbot.keyClicks(dialog.amount, "-150.000")
        dialog.buttons.button(SAVE).click()
        said["amount"] = dialog.errors.message("amount")
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "75rb")
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "anggota biasa")
        dialog.buttons.button(SAVE).click()
        said["name"] = dialog.errors.message("name")

    page.open_dialog = drive({TypeDialog: fill}, [])
    page.add_type_action.trigger()

    assert said["amount"] == "“-150.000” bernilai negatif; jumlah tidak pernah di bawah nol."
    assert said["name"] == "Sudah ada jenis keanggotaan bernama “anggota biasa”."
    assert [r.name for r in page.types_model.rows()] == ["Anggota Biasa"]


def test_a_new_fee_from_a_day_leaves_the_months_already_charged(qtbot, dues_db) -> None:
    page = make_page(qtbot, dues_db)
    Application(dues_db).dues.charge_period(PERIOD)
    next_month = (TODAY.replace(day=28) + dt.timedelta(days=5)).replace(day=1)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, TypeDialog)
        assert dialog.amount.text() == "Rp 150,000"  # the fee in force, as English writes it
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "175rb")
        dialog.buttons.button(SAVE).click()  # no day yet: refused
        assert dialog.errors.visible_field() == "valid_from"
        qtbot.keyClicks(dialog.fee_from.line, next_month.strftime("%d/%m/%Y"))
        dialog.buttons.button(SAVE).click()

    page.open_dialog = drive({TypeDialog: change}, [])
    page.tabs.setCurrentIndex(1)
    page.types.selectRow(0)
    page.edit_type_action.trigger()

    assert count(dues_db, "amount = 150000") == 3  # this month's charges keep their amount
    (row,) = page.types_model.rows()
    assert (row.amount, row.fee_from) == (150_000, dt.date(2000, 1, 1))  # in force today
    assert (
        Application(dues_db)
        .dues.charge_period(f"{next_month.year:04d}-{next_month.month:02d}", dry_run=True)
        .total
        == 3 * 175_000
    )


# -- charging ------------------------------------------------------------------------------


def test_charging_a_month_twice_charges_it_once(qtbot, dues_db, gui_language, monkeypatch) -> None:
    gui_language("id")
    page = make_page(qtbot, dues_db)
    questions: list[str] = []
    monkeypatch.setattr(page_module, "ask", lambda _p, _t, q: questions.append(q) or True)

    page.charge_action.trigger()
    month = month_text(PERIOD)
    assert questions == [f"Akan menagih 3 anggota, Rp 450.000, untuk {month} — lanjutkan?"]
    assert page.notice.text() == f"3 anggota ditagih Rp 450.000 untuk {month}."
    assert page.ledger_model.rowCount() == 3

    page.charge_action.trigger()
    assert len(questions) == 1  # nothing to ask about
    assert page.notice.text() == f"Tidak ada tagihan baru untuk {month}."
    assert count(dues_db) == 3


def test_a_charge_not_confirmed_writes_nothing(qtbot, dues_db, monkeypatch) -> None:
    page = make_page(qtbot, dues_db)
    questions: list[str] = []
    monkeypatch.setattr(page_module, "ask", lambda _p, _t, q: questions.append(q) and False)
    page.charge_action.trigger()
    assert questions == [f"Charge 3 members, Rp 450,000 in all, for {month_text(PERIOD)}?"]
    assert count(dues_db) == 0 and page.ledger_model.rowCount() == 0


# -- payments ------------------------------------------------------------------------------


def test_a_payment_gets_a_receipt_number_and_its_receipt_prints(
    qtbot, dues_db, gui_language, tmp_path: Path
) -> None:
    gui_language("id")
    page = make_page(qtbot, dues_db)
    target = tmp_path / "kwitansi.pdf"
    shown: dict[str, str] = {}

    def print_it(dialog: QDialog) -> None:
        assert isinstance(dialog, ReceiptDialog)
        shown["heading"] = dialog.heading.text()
        dialog.choose_path = lambda: target  # the file dialog's answer
        dialog.print_button.click()
        shown["message"] = dialog.message.text()

    seen: list[QDialog] = []
    page.open_dialog = drive(
        {PaymentDialog: pay(qtbot, "D-001", "150rb"), ReceiptDialog: print_it}, seen
    )
    assert page.payment_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    button = next(
        b for b in page.findChildren(QToolButton) if b.defaultAction() is page.payment_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert [type(d) for d in seen] == [PaymentDialog, ReceiptDialog], [
        getattr(d, "errors", None) and d.errors.visible_field() for d in seen
    ]
    number = f"KW/{TODAY.year}/000001"
    assert shown["heading"] == f"Nomor kwitansi: {number}"
    assert target.read_bytes().startswith(b"%PDF")
    assert shown["message"].startswith("Kwitansi disimpan ke ")
    first = page.ledger_model.row_at(0)
    assert (first.kind, first.amount, first.receipt_number) == ("payment", -150_000, number)
    cells = [page.ledger_model.index(0, c).data() for c in range(8)]
    assert cells[2:6] == ["Pembayaran", "", "-Rp 150.000", number]
    assert cells[6] == "tunai"


@pytest.mark.parametrize(
    ("amount", "day", "field", "said"),
    [
        ("150rb", "01/01/2099", "paid_on", "Pembayaran tidak boleh bertanggal di masa depan"),
        ("-50.000", None, "amount", "“-50.000” bernilai negatif"),
        ("0", None, "amount", "Jumlahnya harus lebih dari nol."),
    ],
)
def test_a_refused_payment_says_why_in_indonesian_and_writes_nothing(
    qtbot, dues_db, gui_language, amount, day, field, said
) -> None:
    gui_language("id")
    page = make_page(qtbot, dues_db)
    messages: list[str] = []

    def fill(dialog: QDialog) -> None:
        pay(qtbot, "D-002", amount, day)(dialog)
        messages.append(dialog.errors.message(field))  # type: ignore[attr-defined]

    page.open_dialog = drive({PaymentDialog: fill}, [])
    page.payment_action.trigger()

    assert messages and messages[0].startswith(said), messages
    assert count(dues_db, "kind = 'payment'") == 0
    assert page.notice.isHidden()


def test_a_payment_in_english_and_its_reversal_with_a_reason(qtbot, dues_db) -> None:
    page = make_page(qtbot, dues_db)
    seen: list[QDialog] = []
    reasons: list[str] = []

    def reverse(dialog: QDialog) -> None:
        assert isinstance(dialog, ReverseDialog)
        dialog.reverse_button.click()  # no reason yet
        reasons.append(dialog.errors.message("reason"))
        qtbot.keyClicks(dialog.reason, "recorded twice")
        dialog.reverse_button.click()

    page.open_dialog = drive(
        {
            PaymentDialog: pay(qtbot, "Siti Rahayu", "Rp 150.000"),
            ReceiptDialog: lambda d: None,
            ReverseDialog: reverse,
        },
        seen,
    )
    page.payment_action.trigger()
    assert seen[1].heading.text() == f"Receipt number: KW/{TODAY.year}/000001"  # type: ignore[attr-defined]

    page.ledger.selectRow(0)
    assert page.reverse_action.isEnabled()
    page.reverse_action.trigger()

    assert reasons == ["Say why the entry is reversed."]
    newest, payment = page.ledger_model.row_at(0), page.ledger_model.row_at(1)
    assert (newest.kind, newest.amount, newest.reason) == ("reversal", 150_000, "recorded twice")
    assert payment.reversed
    assert page.ledger_model.index(1, 7).data() == "Yes"
    page.ledger.selectRow(1)
    assert not page.reverse_action.isEnabled()  # a reversed payment is not reversed twice
    assert page.receipt_action.isEnabled()  # but its receipt (stamped) still prints


def test_the_ledger_filters_by_member_and_month(qtbot, dues_db) -> None:
    app = Application(dues_db)
    app.dues.charge_period(PERIOD)
    app.dues.record_payment("D-003", 150_000, TODAY)
    page = make_page(qtbot, dues_db)
    assert page.ledger_model.rowCount() == 4

    qtbot.keyClicks(page.member_filter.edit, "D-003")
    page.member_filter.edit.editingFinished.emit()
    assert {r.member_name for r in page.ledger_model.rows()} == {"Dewi Lestari"}
    assert page.ledger_model.rowCount() == 2

    page.period_filter.setCurrentIndex(page.period_filter.count() - 1)  # two years ago
    assert page.ledger_model.rowCount() == 0
    page.period_filter.setCurrentIndex(page.period_filter.findData(PERIOD))
    assert page.ledger_model.rowCount() == 2
    assert page.shown_label.text() == "2 entries shown"


def test_the_statement_shows_what_a_member_owes(qtbot, dues_db, gui_language) -> None:
    gui_language("id")
    app = Application(dues_db)
    app.dues.charge_period(PERIOD)
    app.dues.record_payment("D-001", 100_000, TODAY)
    page = make_page(qtbot, dues_db)
    balances: list[str] = []
    page.open_dialog = drive(
        {page_module.StatementDialog: lambda d: balances.append(d.view.balance.text())}, []
    )
    page.ledger.selectRow(0)  # the payment, Siti's
    page.statement_action.trigger()
    assert balances == ["Terutang Rp 50.000"]


def test_the_members_form_has_the_dues_statement(qtbot, dues_db, gui_language, monkeypatch) -> None:
    from PySide6.QtGui import QUndoStack

    from groupdesk.ui.members import page as members_module

    gui_language("id")
    app = Application(dues_db)
    app.dues.charge_period(PERIOD)
    app.dues.record_payment("D-002", 200_000, TODAY)
    members = members_module.MembersPage(app, QUndoStack())
    qtbot.addWidget(members)
    opened: list[QDialog] = []
    monkeypatch.setattr(members_module, "run_dialog", lambda d: opened.append(d) or False)

    members.edit_member(dues_db.member_ids[1])

    tabs = opened[0].tabs  # type: ignore[attr-defined]
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert "I&uran" in names
    statement = opened[0].statement  # type: ignore[attr-defined]
    assert statement.balance.text() == "Kelebihan bayar: Rp 50.000"
    assert statement.model.rowCount() == 2


# -- the models ----------------------------------------------------------------------------


def test_the_dues_models_pass_the_model_tester(qtmodeltester, dues_db) -> None:
    app = Application(dues_db)
    add_members(dues_db, [f"Anggota {i}" for i in range(PAGE_SIZE)], prefix="M")
    muda = app.dues.save_type(None, "Muda", False, Fee(10_000, "monthly", dt.date(2000, 1, 1)))
    app.dues.assign_unassigned(muda, dt.date(2000, 1, 1))
    app.dues.charge_period(PERIOD)
    app.dues.record_payment("D-001", 150_000, TODAY, "qris", "QR-1")

    ledger = LedgerModel(lambda before: ledger_page(dues_db, LedgerFilter(), before_id=before))
    ledger.reload()
    assert ledger.rowCount() == PAGE_SIZE and ledger.canFetchMore()
    qtmodeltester.check(ledger, force_py=True)
    ledger.fetchMore()
    assert ledger.rowCount() == PAGE_SIZE + 4 and not ledger.canFetchMore()
    qtmodeltester.check(ledger, force_py=True)

    types = TypesModel()
    from groupdesk.core.dues.views import membership_types

    types.set_rows(membership_types(dues_db))
    qtmodeltester.check(types, force_py=True)
    statement = StatementModel()
    statement.set_rows([StatementLine(*e) for e in app.dues.statement(dues_db.member_ids[0])])
    qtmodeltester.check(statement, force_py=True)


def test_a_type_saved_untouched_changes_nothing(qtbot, dues_db) -> None:
    page = make_page(qtbot, dues_db)
    page.open_dialog = drive({TypeDialog: lambda d: d.buttons.button(SAVE).click()}, [])
    page.tabs.setCurrentIndex(1)
    page.types.selectRow(0)
    with dues_db.engine.connect() as conn:
        before = conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar()
    page.edit_type_action.trigger()
    with dues_db.engine.connect() as conn:
        fees = conn.execute(text("SELECT COUNT(*) FROM membership_fees")).scalar()
        after = conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar()
    assert (fees, after) == (1, before)


def test_charging_with_no_fee_or_no_member_with_a_type_says_what_to_do(
    qtbot, db, gui_language
) -> None:
    gui_language("id")
    page = make_page(qtbot, db)
    page.charge_action.trigger()
    assert page.notice.text() == (
        "Belum ada jenis keanggotaan yang beriuran: tambahkan di tab Jenis Keanggotaan."
    )
    Application(db).dues.save_type(None, "Biasa", False, Fee(10_000, "monthly", TODAY))
    page.refresh()
    page.charge_action.trigger()
    assert page.notice.text() == (
        "Belum ada anggota yang punya jenis keanggotaan: berikan di tab Jenis Keanggotaan."
    )


def test_the_dues_page_opens_the_payments_import_and_the_reminders(qtbot, monkeypatch, db):
    """The Dues page's own tools, pressed as a treasurer does: the import wizard opens on
    payments; the reminders open too."""
    from PySide6.QtWidgets import QToolButton

    from groupdesk.core.application import Application
    from groupdesk.ui.import_wizard import ImportWizard
    from groupdesk.ui.window import main_window as main_window_module
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    kinds: list[str] = []
    monkeypatch.setattr(
        ImportWizard, "exec", lambda self: kinds.append(self.file_page.selected_kind())
    )
    opened: list[bool] = []
    monkeypatch.setattr(
        main_window_module.reminders_dialog, "show_reminders", lambda *a: opened.append(True)
    )
    dues = window.pages["dues"]
    buttons = {
        b.defaultAction().objectName(): b
        for b in dues.findChildren(QToolButton)
        if b.defaultAction()
    }
    buttons["importPaymentsAction"].click()
    buttons["duesPageRemindersAction"].click()
    window.import_action.trigger()  # File > Import… still opens on members
    assert kinds == ["payments", "members"] and opened == [True]


def test_a_payment_shows_on_the_roster_and_the_ledger_can_decide_paid_until(qtbot, db):
    """After charging on the Dues page the Members page shows what is owed at once; ticking
    "follow the ledger" brings paid-until in line."""
    import datetime as dt

    from sqlalchemy import text

    from groupdesk.core.application import Application
    from groupdesk.core.dues.ledger import Fee
    from groupdesk.core.services.roster import ROSTER_COLUMNS
    from groupdesk.ui.window.main_window import MainWindow
    from tests.integration.dues.test_ledger import _members

    (member,) = _members(db, [{"full_name": "Siti Rahayu", "joined_on": dt.date(2020, 1, 1)}])
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    dues = window.pages["dues"]
    today = dt.date.today()
    biasa = dues.dues.save_type(
        None, "Anggota Biasa", False, Fee(50_000, "monthly", dt.date(2020, 1, 1))
    )
    dues.dues.assign_type(member, biasa, dt.date(2020, 1, 1))
    dues.dues.charge_period(f"{today:%Y-%m}")
    dues.changed.emit()  # as the page does after a charge
    members = window.members_page
    column = ROSTER_COLUMNS.index("dues_balance")
    assert members.model.index(0, column).data().replace("\xa0", " ") == "Rp 50,000"
    dues.ledger_decides.click()
    with db.engine.connect() as conn:
        paid = conn.execute(
            text("SELECT paid_until FROM members WHERE id = :m"), {"m": member}
        ).scalar()
    assert str(paid) == str(today.replace(day=1) - dt.timedelta(days=1))
    assert dues.dues.ledger_decides()


def test_edit_undo_takes_a_months_charges_back_and_redo_charges_it_again(
    qtbot, dues_db, monkeypatch
) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    page = page_module.DuesPage(Application(dues_db), undo_stack=stack)
    qtbot.addWidget(page)
    monkeypatch.setattr(page_module, "ask", lambda *_a: True)
    page.charge_action.trigger()
    assert stack.count() == 1 and stack.undoText().startswith("Charge Dues for")
    stack.undo()
    assert count(dues_db, "kind = 'reversal'") == 3
    with dues_db.engine.connect() as conn:
        owed = conn.execute(text("SELECT SUM(dues_balance) FROM members")).scalar()
    assert owed == 0
    stack.redo()
    assert count(dues_db, "kind = 'charge'") == 6  # charged afresh
    # Once someone has paid, the month can no longer be taken back as a whole: said, and the
    # step leaves the stack rather than pretending it happened.
    Application(dues_db).dues.record_payment("D-001", 150_000, TODAY)
    stack.undo()
    assert "sudah dibayar" in page.notice.text() or "already paid" in page.notice.text()
    assert count(dues_db, "kind = 'reversal'") == 3


def test_a_members_type_changes_from_a_day_and_keeps_its_history(qtbot, dues_db, gui_language):
    from groupdesk.core.dues.views import member_type_history
    from groupdesk.ui.dues.member_type_dialog import MemberTypeDialog

    gui_language("id")
    app = Application(dues_db)
    app.dues.save_type(None, "Mahasiswa", False, Fee(25_000, "monthly", dt.date(2000, 1, 1)))
    page = make_page(qtbot, dues_db)
    siti = dues_db.member_ids[0]
    qtbot.keyClicks(page.member_filter.edit, "D-001")  # as the treasurer types the number
    page.member_filter.edit.editingFinished.emit()
    assert page.member_filter.member_id() == siti
    shown: list[str] = []

    def too_early(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberTypeDialog)
        shown.append(dialog.history.text())
        dialog.type.setCurrentIndex(dialog.type.findText("Mahasiswa"))
        dialog.valid_from.line.clear()
        qtbot.keyClicks(dialog.valid_from.line, "01/01/1999")
        dialog.buttons.button(SAVE).click()
        shown.append(dialog.errors.message("valid_from"))

    page.open_dialog = drive({MemberTypeDialog: too_early}, [])
    page.member_type_action.trigger()
    assert shown[0].startswith("Anggota Biasa sejak")
    assert "harus mulai setelah" in shown[1]
    assert len(member_type_history(dues_db, siti)) == 1  # refused: nothing written

    def change(dialog: QDialog) -> None:
        dialog.type.setCurrentIndex(dialog.type.findText("Mahasiswa"))
        dialog.buttons.button(SAVE).click()

    page.open_dialog = drive({MemberTypeDialog: change}, [])
    page.member_type_action.trigger()
    history = member_type_history(dues_db, siti)
    assert [(p.name, p.valid_to is None) for p in history] == [
        ("Mahasiswa", True),
        ("Anggota Biasa", False),
    ]
