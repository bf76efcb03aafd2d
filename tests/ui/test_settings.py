"""Settings: the organisation's phone country and its own member fields."""

from __future__ import annotations

import pytest

from groupdesk.core.application import Application
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.organisation import OrganisationService
from groupdesk.core.validation import ValidationError
from groupdesk.ui.window import main_window as main_window_module
from groupdesk.ui.window import settings_dialog
from groupdesk.ui.window.main_window import MainWindow
from groupdesk.ui.window.settings_dialog import SettingsDialog


def test_phone_country_setting_changes_how_numbers_are_read(qtbot, db) -> None:
    dialog = SettingsDialog(Application(db))
    qtbot.addWidget(dialog)
    assert dialog.phone_country.currentData() == "ID"
    dialog.phone_country.setCurrentIndex(dialog.phone_country.findData("MY"))
    dialog.org_name.setText("  Persatuan   Relawan ")
    assert dialog.save_organisation()
    assert OrganisationService(db).get().name == "Persatuan Relawan"
    members = MemberService(db)
    from groupdesk.core.services.members import MemberRecord

    saved = members.create(MemberRecord(member_number="1", full_name="Siti", phone="012-345 6789"))
    assert saved.phone.startswith("+60 ")


def test_bad_settings_are_refused(db) -> None:
    service = OrganisationService(db)
    with pytest.raises(ValidationError):
        service.save(service.get().with_changes(time_zone="Mars/Olympus"))
    assert service.get().time_zone == "Asia/Jakarta"


def test_own_fields_appear_as_columns_and_can_be_removed(qtbot, demo_db, monkeypatch) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)

    def drive(dialog: SettingsDialog) -> None:
        dialog.new_label.setText("Ukuran Kaos")
        dialog.new_type.setCurrentIndex(dialog.new_type.findData("choice"))
        dialog.new_choices.setText("S, M, L")
        assert dialog.add_field()
        dialog.new_label.setText("Ukuran Kaos")
        assert not dialog.add_field()  # the choices were cleared after the first one
        assert "at least one choice" in dialog.fields_error.text()
        dialog.new_choices.setText("S, M")
        assert not dialog.add_field()  # same name twice
        assert "already" in dialog.fields_error.text()

    monkeypatch.setattr(main_window_module, "run_settings", drive)
    window.open_settings()
    model = window.members_page.model
    assert model.columnCount() == 10
    assert model.headerData(9, main_window_module.Qt.Orientation.Horizontal) == "Ukuran Kaos"
    field = CustomFieldService(demo_db).list()[0]
    member_id = model.member_id(0)
    members = MemberService(demo_db)
    record = members.get(member_id)
    members.update(record.with_changes(custom=((field.id, "l"),)))
    window.members_page.refresh()
    assert model.data(model.index(model.row_of(member_id), 9)) == "L"

    def delete(dialog: SettingsDialog) -> None:
        dialog.fields_table.selectRow(0)
        assert dialog.delete_field()

    monkeypatch.setattr(settings_dialog, "confirm", lambda *args: True)
    monkeypatch.setattr(main_window_module, "run_settings", delete)
    window.open_settings()
    assert model.columnCount() == 9
    assert members.get(member_id).custom == ()
