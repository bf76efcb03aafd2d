"""A member's credentials with their history and credits (SKP), adding and renewing one, and
the list of members whose licence ends soon without enough credits.

Each Add or Renew is saved at once, in one transaction (a renewal keeps the old credential);
the member form then shows the licence the credentials left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.errors import ValidationError, WriteRefused
from groupdesk.core.services.credentials import CredentialService, KindChoice
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import run_dialog  # the hook tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.credentials.models import AtRiskModel, CredentialsModel, points_text
from groupdesk.ui.widgets.date_field import DateField, InvalidDate

Save = Callable[[str, object, object, str], None]


def _table(model: object, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class CredentialForm(QDialog):
    """Kind (when adding), number, issue date, valid until and issuing body; a refusal shows
    under the fields and the form stays open."""

    def __init__(
        self,
        save: Callable[[int | None, str, object, object, str], None],
        kinds: list[KindChoice] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Add Credential") if kinds else self.tr("Renew Credential"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("credentialKind")
        for kind in kinds or []:
            self.kind.addItem(f"{kind.profession} · {kind.name}", kind.id)
        self.number = QLineEdit(self)
        self.number.setObjectName("credentialNumber")
        self.number.setMaxLength(100)
        self.issued_on = DateField(self, required=True)
        self.issued_on.setObjectName("credentialIssuedOn")
        self.valid_until = DateField(self)
        self.valid_until.setObjectName("credentialValidUntil")
        self.issuing_body = QLineEdit(self)
        self.issuing_body.setObjectName("credentialIssuingBody")
        self.issuing_body.setPlaceholderText(self.tr("e.g. KKI, Dinas Kesehatan"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("credentialError")
        self.error_label.setWordWrap(True)
        show_status(self.error_label, "error")
        self.error_label.hide()
        form = QFormLayout()
        if kinds:
            form.addRow(self.tr("&Kind:"), self.kind)
        else:
            self.kind.hide()
            self.number.setPlaceholderText(self.tr("the same number when left empty"))
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Issued on:"), self.issued_on)
        form.addRow(self.tr("&Valid until:"), self.valid_until)
        form.addRow(self.tr("Issued &by:"), self.issuing_body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self._save(
                self.kind.currentData(),
                self.number.text(),
                self.issued_on.value(),
                self.valid_until.value(),
                self.issuing_body.text(),
            )
        except (InvalidDate, ValidationError, WriteRefused) as err:
            self.error_label.setText(say(err))
            self.error_label.show()
            return
        super().accept()


class CredentialsDialog(QDialog):
    """The member's credentials, newest first, with the credits of each licence."""

    def __init__(
        self,
        service: CredentialService,
        member_id: int,
        member_name: str,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsDialog")
        self._service = service
        self._member_id = member_id
        self.changed = False
        self.setWindowTitle(fill(self.tr("Credentials of %1"), member_name))
        self.resize(720, 420)
        self.model = CredentialsModel(self)
        self.table = _table(self.model, self, "credentialsTable")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("creditsProgress")
        self.progress_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addCredential")
        self.renew_button = QPushButton(self.tr("&Renew…"), self)
        self.renew_button.setObjectName("renewCredential")
        self.add_button.clicked.connect(lambda: self.add_credential())
        self.renew_button.clicked.connect(lambda: self.renew_credential())
        self.add_button.setEnabled(not read_only)
        self._read_only = read_only
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.renew_button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._service.sheet(self._member_id))
        lines = []
        for item in self._service.progress(self._member_id):
            got = item.progress
            if got.required is None:
                continue
            line = fill(
                self.tr("%1: %2 of %3 credits (SKP) within the licence valid until %4"),
                item.profession,
                points_text(got.earned),
                points_text(got.required),
                labels.date_text(got.valid_until) or "–",
            )
            for category in got.categories:
                line += "; " + fill(
                    self.tr("%1: %2 of %3"),
                    category.category,
                    points_text(category.earned),
                    points_text(category.minimum),
                )
            if not got.enough:
                line += " — " + self.tr("not enough yet")
            lines.append(line)
        self.progress_label.setText(
            "\n".join(lines) or self.tr("No credits (SKP) are required for this member's licences.")
        )
        self._enable()

    def _enable(self) -> None:
        row = self.table.currentIndex().row()
        self.renew_button.setEnabled(not self._read_only and row >= 0)

    def add_credential(self) -> bool:
        kinds = self._service.kinds()
        if not kinds:
            self.progress_label.setText(
                self.tr("No kinds of credential are defined for any profession yet.")
            )
            return False

        def save(kind_id, number, issued_on, valid_until, body):
            self._service.add(self._member_id, kind_id, number, issued_on, valid_until, body)

        return self._run(CredentialForm(save, kinds, self))

    def renew_credential(self) -> bool:
        row = self.table.currentIndex().row()
        if row < 0:
            return False
        old = self.model.row_at(row)

        def save(_kind, number, issued_on, valid_until, body):
            self._service.renew(old.id, number, issued_on, valid_until, body)

        form = CredentialForm(save, None, self)
        form.issuing_body.setText(old.issuing_body or "")
        return self._run(form)

    def _run(self, form: CredentialForm) -> bool:
        if not run_dialog(form):
            return False
        self.changed = True
        self.reload()
        return True


class AtRiskDialog(QDialog):
    """Members whose licence ends within the chosen months without enough credits (SKP)."""

    def __init__(
        self,
        service: CredentialService,
        profession_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("atRiskDialog")
        self.setWindowTitle(self.tr("Licences at Risk"))
        self.resize(760, 420)
        self._service = service
        self._profession_id = profession_id
        self.months = QSpinBox(self)
        self.months.setObjectName("atRiskMonths")
        self.months.setRange(1, 60)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        label = QLabel(self.tr("Licence ends within"), self)
        label.setBuddy(self.months)
        self.model = AtRiskModel(self)
        self.table = _table(self.model, self, "atRiskTable")
        self.summary = QLabel(self)
        self.summary.setObjectName("atRiskSummary")
        self.months.valueChanged.connect(lambda _v: self.reload())
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.months)
        top.addStretch(1)
        top.addWidget(self.summary)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = self._service.at_risk(self.months.value(), self._profession_id)
        self.model.set_rows(rows)
        count = len(rows)
        self.summary.setText(self.tr("%n members without enough credits (SKP)", "", count))


class KindsDialog(QDialog):
    """The kinds of credential a profession issues (STR, SIP, Sertifikat ...), which one is
    its licence, and the credits (SKP) the licence requires within its validity."""

    def __init__(
        self,
        service: CredentialService,
        profession_id: int,
        profession_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("credentialKindsDialog")
        self.setWindowTitle(fill(self.tr("Credentials of the profession %1"), profession_name))
        self._service = service
        self._profession_id = profession_id
        self.listing = QLabel(self)
        self.listing.setObjectName("credentialKindsList")
        self.listing.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("kindName")
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. STR, SIP, Sertifikat"))
        self.is_licence = QCheckBox(self.tr("This is the profession's licence"), self)
        self.is_licence.setObjectName("kindIsLicence")
        self.credits = QDoubleSpinBox(self)
        self.credits.setObjectName("kindCredits")
        self.credits.setRange(0, 1000)
        self.credits.setDecimals(1)
        self.credits.setSpecialValueText(self.tr("none"))
        self.minimums = QLineEdit(self)
        self.minimums.setObjectName("kindMinimums")
        self.minimums.setPlaceholderText(self.tr("e.g. Ilmiah: 5, Praktik: 10"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("kindError")
        self.error_label.setWordWrap(True)
        show_status(self.error_label, "error")
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("&Add Kind"), self)
        self.add_button.setObjectName("addKind")
        self.add_button.clicked.connect(lambda: self.add_kind())
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.is_licence)
        form.addRow(self.tr("&Credits (SKP) required:"), self.credits)
        form.addRow(self.tr("&Minimum per category:"), self.minimums)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.add_button)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        lines = []
        for kind in self._service.kinds_of(self._profession_id):
            line = kind.name
            if kind.is_licence:
                line = fill(self.tr("%1 (licence)"), kind.name)
            if kind.credits_required:
                line += " — " + fill(
                    self.tr("%1 credits (SKP) within its validity"),
                    points_text(kind.credits_required),
                )
            for category, minimum in kind.minimums:
                line += "; " + fill(self.tr("%1: at least %2"), category, points_text(minimum))
            lines.append(line)
        self.listing.setText("\n".join(lines) or self.tr("No kinds of credential yet."))

    def add_kind(self) -> bool:
        self.error_label.hide()
        try:
            self._service.add_kind(
                self._profession_id,
                self.name.text(),
                is_licence=self.is_licence.isChecked(),
                credits_required=self.credits.value() or None,
                minimums=self.minimums.text(),
            )
        except (ValidationError, WriteRefused) as err:
            self.error_label.setText(say(err))
            self.error_label.show()
            return False
        for field in (self.name, self.minimums):
            field.clear()
        self.is_licence.setChecked(False)
        self.credits.setValue(0)
        self.reload()
        return True
