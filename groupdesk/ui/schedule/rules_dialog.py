"""The organisation's scheduling settings: time zone, message language, the phone volunteers
call, wellbeing guardrails, and which hard rules a coordinator may override with a reason."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.errors import ValidationError
from groupdesk.core.services.common import HARD_RULES, OrgRules
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.schedule import labels as L

INDONESIAN_ZONES = ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")


class RulesDialog(QDialog):
    def __init__(self, services: Application, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Scheduling rules"))
        self._s = services
        self._old = services.rules
        self.errors = FieldErrors()
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        others = sorted(z for z in available_timezones() if z not in INDONESIAN_ZONES)
        self.zone.addItems([*INDONESIAN_ZONES, *others])
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Indonesian"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.max_hours = QDoubleSpinBox(self)
        self.max_hours.setRange(0, 24)
        self.max_hours.setSingleStep(0.5)
        self.max_hours.setSuffix(self.tr(" h"))
        self.min_rest = QSpinBox(self)
        self.min_rest.setRange(0, 48 * 60)
        self.min_rest.setSingleStep(30)
        self.min_rest.setSuffix(self.tr(" min"))
        self.demanding = QSpinBox(self)
        self.demanding.setRange(0, 50)
        self.demanding.setSpecialValueText(self.tr("no limit"))
        self.buffer = QSpinBox(self)
        self.buffer.setRange(0, 240)
        self.buffer.setSuffix(self.tr(" min"))
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setObjectName("contactPhone")
        self.contact_phone.setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        self.contact_phone.setToolTip(
            self.tr("Put into every message to volunteers, so they know whom to call.")
        )
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("&Time zone:"), self.zone, "time_zone"),
            (self.tr("Message &language:"), self.language, "language"),
            (self.tr("Coordinator's &phone:"), self.contact_phone, "contact_phone"),
            (self.tr("Most &hours in 24 hours:"), self.max_hours, "max_hours_per_24h"),
            (self.tr("Least &rest between shifts:"), self.min_rest, "min_rest_minutes"),
            (
                self.tr("Most &demanding shifts in a row:"),
                self.demanding,
                "max_consecutive_demanding",
            ),
            (self.tr("Allowed &handover overlap:"), self.buffer, "overlap_buffer_minutes"),
        ):
            form.addRow(label, self.errors.wrap(widget, {field: widget}))
        self.override_boxes: dict[str, QCheckBox] = {}
        overrides = QGroupBox(self.tr("Hard rules: allow an override with a reason"), self)
        grid = QGridLayout(overrides)
        for i, code in enumerate(HARD_RULES):
            box = QCheckBox(L.rule(code), overrides)
            box.setObjectName(f"override_{code}")
            box.setToolTip(
                self.tr(
                    "Checked: a coordinator may assign despite this rule, giving a reason that "
                    "is kept in the history. Unchecked: this rule blocks the sign-up."
                )
            )
            self.override_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        note = QLabel(
            self.tr(
                "Shift times are kept as wall-clock times in this time zone. A hard rule blocks "
                "a sign-up unless it is checked above; warnings are shown before saving."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.wrap(overrides, {"overridable": overrides}))
        layout.addWidget(note)
        layout.addWidget(buttons)
        r = self._old
        self.zone.setCurrentText(r.time_zone)
        self.language.setCurrentIndex(max(0, self.language.findData(r.language)))
        self.max_hours.setValue(r.max_hours_per_24h)
        self.min_rest.setValue(r.min_rest_minutes)
        self.demanding.setValue(r.max_consecutive_demanding)
        self.buffer.setValue(r.overlap_buffer_minutes)
        self.contact_phone.setText(r.contact_phone)
        for code, box in self.override_boxes.items():
            box.setChecked(code in r.overridable)

    def rules(self) -> OrgRules:
        return replace(
            self._old,
            time_zone=self.zone.currentText().strip(),
            language=self.language.currentData(),
            max_hours_per_24h=self.max_hours.value(),
            min_rest_minutes=self.min_rest.value(),
            max_consecutive_demanding=self.demanding.value(),
            overlap_buffer_minutes=self.buffer.value(),
            contact_phone=self.contact_phone.text().strip(),
            overridable=frozenset(c for c, box in self.override_boxes.items() if box.isChecked()),
        )

    def save(self) -> bool:
        self.errors.clear()
        try:
            self._s.organisation.save_rules(self.rules())
        except ValidationError as err:
            self.errors.show(err.field, say(err))
            return False
        self.accept()
        return True
