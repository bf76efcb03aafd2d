"""A member's NIK, gender, place of birth, education and photo: checked, unique, audited,
searchable, and a NIK that disagrees is only a warning."""

from __future__ import annotations

import datetime as dt

import pytest

from groupdesk.core.errors import ValidationError
from groupdesk.core.services.members import MemberRecord, MemberService
from groupdesk.core.services.roster import RosterFilter, RosterService

TODAY = dt.date(2026, 11, 25)
NIK_AYU = "3273015708900002"  # a woman born 17/08/1990
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def service(db) -> MemberService:
    return MemberService(db, today=TODAY)


def ayu(**changes) -> MemberRecord:
    return MemberRecord(
        member_number="GD-000001",
        full_name="Ayu Lestari",
        birth_date=dt.date(1990, 8, 17),
        nik="3273 0157 0890 0002",
        gender="female",
        birth_place=" Bandung ",
        education="s1",
        photo=PNG,
    ).with_changes(**changes)


def test_identity_fields_are_kept_and_the_photo_apart(service) -> None:
    created = service.create(ayu())
    again = service.get(created.id)
    assert (again.nik, again.gender, again.birth_place, again.education) == (
        NIK_AYU,
        "female",
        "Bandung",
        "s1",
    )
    assert again.photo == PNG
    assert service.identity_warnings(again) == []
    removed = service.update(again.with_changes(photo=None))
    assert removed.photo is None
    history = service.history(created.id)
    assert any(line.field == "photo" for line in history)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"nik": "32730157089000O2"}, "nik", "nik.letters"),
        ({"nik": "327301570890000"}, "nik", "nik.length"),
        ({"gender": "X"}, "gender", "gender.unknown"),
        ({"education": "SD"}, "education", "education.unknown"),
        ({"photo": b"GIF89a" + b"\x00" * 10}, "photo", "photo.not_an_image"),
        ({"photo": b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024)}, "photo", "photo.too_big"),
    ],
)
def test_bad_identity_input_writes_nothing(service, changes, field, code) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(ayu(**changes))
    assert (caught.value.field, caught.value.code) == (field, code)
    assert RosterService(service._db).count(RosterFilter()) == 0


def test_a_nik_belongs_to_one_member(service) -> None:
    service.create(ayu())
    with pytest.raises(ValidationError) as caught:
        service.create(ayu(member_number="GD-000002", full_name="Ayu L."))
    assert caught.value.code == "nik.taken"


def test_a_disagreeing_nik_is_saved_as_typed_with_a_warning(service) -> None:
    saved = service.create(ayu(birth_date=dt.date(1990, 8, 18), gender="male"))
    assert saved.birth_date == dt.date(1990, 8, 18) and saved.gender == "male"
    codes = [w.code for w in service.identity_warnings(saved)]
    assert codes == ["nik.birth_date_differs", "nik.gender_differs"]


def test_the_search_box_finds_a_member_by_nik(service) -> None:
    service.create(ayu())
    service.create(ayu(member_number="GD-000002", full_name="Budi", nik=None, gender="male"))
    roster = RosterService(service._db)
    assert roster.count(RosterFilter(search="3273015708")) == 1


def test_the_personal_data_export_holds_the_identity_fields_and_the_photo(db, service) -> None:
    import base64

    from groupdesk.core.services.personal_data import PersonalDataService, readable_text

    created = service.create(ayu())
    data = PersonalDataService(db).export_member(created.id)
    member = data["member"]
    assert (member["nik"], member["gender"], member["birth_place"], member["education"]) == (
        NIK_AYU,
        "female",
        "Bandung",
        "s1",
    )
    assert data["photo"]["media_type"] == "image/png"
    assert base64.b64decode(data["photo"]["content_base64"]) == PNG
    assert "image/png" in readable_text(data)


def test_anonymising_clears_the_identity_fields_and_the_photo(db, service) -> None:
    from groupdesk.core.services.personal_data import PersonalDataService

    created = service.create(ayu())
    PersonalDataService(db).anonymise(created.id)
    after = service.get(created.id)
    assert (after.nik, after.gender, after.birth_place, after.education, after.photo) == (
        None,
        None,
        None,
        None,
        None,
    )
    roster = RosterService(db)
    assert roster.count(RosterFilter(search="3273015708")) == 0
    history = service.history(created.id)
    assert all(
        line.old_value is None and line.new_value is None
        for line in history
        if line.field in ("nik", "birth_place", "photo")
    )


def test_the_roster_report_has_the_identity_columns_in_the_reports_language(db, tmp_path) -> None:
    import openpyxl

    from groupdesk.core.demo import generate_demo
    from groupdesk.core.reports import ReportFilters, export_report

    generate_demo(db, members=30, shifts=5)
    target = tmp_path / "roster.xlsx"
    export_report(db, "members", ReportFilters(), target, language="id")
    book = openpyxl.load_workbook(target)
    sheet = book[book.sheetnames[0]]
    headers = [c.value for c in sheet[1]]
    for heading in ("NIK", "Jenis Kelamin", "Tempat Lahir", "Pendidikan Terakhir"):
        assert heading in headers
    genders = {
        row[headers.index("Jenis Kelamin")] for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert genders == {"Laki-laki", "Perempuan"}
    niks = [row[headers.index("NIK")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(n, str) and len(n) == 16 for n in niks)
