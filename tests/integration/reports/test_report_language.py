"""Files speak the organisation's language: titles, sheet names, headings, statuses, the About
sheet, page footers and calendar texts, in Indonesian by default and in English on request."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import icalendar
import openpyxl
import pytest

from groupdesk.core.messages import catalogue
from groupdesk.core.messages.sources import sources
from groupdesk.core.reports import ReportFilters, export_report
from tests.integration.reports.sample import build_sample


@pytest.fixture
def sample_id(db):
    """The sample of an organisation that has not chosen a language: Indonesian."""
    return build_sample(db, language="id")


def english_only_words() -> set[str]:
    """The English sources of the report texts whose Indonesian differs: none of them may be
    in an Indonesian file."""
    cat = catalogue("id")
    out = set()
    for code, source in sources().items():
        plain = source.area == "reports" and "{" not in source.singular
        if plain and cat.text(code) != source.singular:
            out.add(source.singular)
    return out


def cells(path: Path) -> tuple[list[str], list[str]]:
    book = openpyxl.load_workbook(path)
    texts = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    return book.sheetnames, texts


def test_roster_workbook_in_indonesian_by_default(db, sample_id, tmp_path) -> None:
    out = tmp_path / "anggota.xlsx"
    export_report(db, "members", ReportFilters(), out)
    names, texts = cells(out)
    assert names == ["Anggota", "Tentang laporan ini"]
    sheet = openpyxl.load_workbook(out)["Anggota"]
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["Nomor Anggota", "Nama Lengkap", "No. HP", "Email", "Kota", "Status"]
    statuses = {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses == {"Aktif", "Menunggak"}
    about = openpyxl.load_workbook(out)["Tentang laporan ini"]
    assert about["A1"].value == "Daftar anggota"
    assert {"Dibuat pada", "Versi GroupDesk", "Penyaring", "Baris per lembar"} <= set(texts)
    assert not english_only_words() & {t.strip() for t in texts}


def test_about_sheet_says_the_filters_in_indonesian(db, sample_id, tmp_path) -> None:
    import datetime as dt

    out = tmp_path / "jam.xlsx"
    filters = ReportFilters(date_from=dt.date(2024, 7, 1))
    export_report(db, "hours", filters, out)
    about = openpyxl.load_workbook(out)["Tentang laporan ini"]
    pairs = {row[0].strip(): row[1] for row in about.iter_rows(values_only=True) if row[0]}
    assert pairs["Periode"] == "sejak 01/07/2024"
    assert "Period" not in pairs and "Filters" not in pairs


def test_roster_workbook_in_english_on_request(db, sample_id, tmp_path) -> None:
    out = tmp_path / "members.xlsx"
    export_report(db, "members", ReportFilters(), out, language="en")
    names, texts = cells(out)
    assert names == ["Members", "About this report"]
    sheet = openpyxl.load_workbook(out)["Members"]
    assert [c.value for c in sheet[1]][:2] == ["Member Number", "Full Name"]
    assert {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)} == {
        "Active",
        "Lapsed",
    }
    assert "Member roster" in texts and "Generated at" in texts


def test_challenges_and_schedule_say_statuses_and_days_in_indonesian(
    db, sample_id, tmp_path
) -> None:
    out = tmp_path / "tantangan.xlsx"
    export_report(db, "challenges", ReportFilters(), out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Tantangan", "Tindakan", "Tentang laporan ini"]
    rows = [r for r in book["Tantangan"].iter_rows(values_only=True) if any(r)]
    head, total = rows[0], rows[-1]
    assert "Tingkat Keparahan" in head and "Status" in head and "Jumlah" in total
    severities = {r[head.index("Tingkat Keparahan")] for r in rows[1:-1]} - {None}
    statuses = {r[head.index("Status")] for r in rows[1:-1]}
    assert severities <= {"Rendah", "Sedang", "Tinggi", "Kritis"} and "Tinggi" in severities
    assert statuses <= {"Terbuka", "Sedang ditangani", "Selesai"}
    _, texts = cells(out)
    assert not english_only_words() & {t.strip() for t in texts}

    out = tmp_path / "jadwal.csv"
    export_report(db, "schedule", ReportFilters(), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["Proyek", "Minggu Mulai", "Tanggal"]
    days = {row[table[0].index("Hari")] for row in table[1:]}
    assert days and days <= {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}
    statuses = {row[table[0].index("Status")] for row in table[1:]}
    assert statuses == {"Terjadwal", "Dibatalkan"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_roster_csv_headings_and_statuses(db, sample_id, tmp_path, language) -> None:
    out = tmp_path / "roster.csv"
    export_report(db, "members", ReportFilters(), out, language=language)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    expected = {
        "id": (["Nomor Anggota", "Nama Lengkap"], {"Aktif", "Menunggak"}),
        "en": (["Member Number", "Full Name"], {"Active", "Lapsed"}),
    }[language]
    assert table[0][:2] == expected[0]
    assert {row[5] for row in table[1:]} == expected[1]


def test_calendar_in_indonesian(db, sample_id, tmp_path) -> None:
    out = tmp_path / "giliran.ics"
    export_report(db, "schedule", ReportFilters(alarm_day_before=True), out)
    text = out.read_text(encoding="utf-8")
    calendar = icalendar.Calendar.from_ical(text)
    events = [c for c in calendar.walk("VEVENT")]
    assert events and all("(giliran relawan)" in str(e["summary"]) for e in events)
    assert all(str(e["description"]).startswith("Relawan: ") for e in events)
    alarms = [str(a["description"]) for a in calendar.walk("VALARM")]
    assert alarms and all(a.startswith("Besok: ") for a in alarms)
    assert "giliran relawan" in str(calendar["X-WR-CALNAME"])
    for english in ("volunteer shift", "Tomorrow", "Volunteers:", "Volunteering"):
        assert english not in text


def test_calendar_in_english_on_request(db, sample_id, tmp_path) -> None:
    out = tmp_path / "shifts.ics"
    export_report(db, "schedule", ReportFilters(alarm_day_before=True), out, language="en")
    text = out.read_text(encoding="utf-8")
    assert "(volunteer shift)" in text and "Tomorrow: " in text and "giliran" not in text


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("language", ["id", "en"])
def test_printed_roster_and_sign_in_sheet(qapp, db, sample_id, tmp_path, language) -> None:
    from groupdesk.printing.pdf_report import write_pdf

    out = tmp_path / "roster.pdf"
    export_report(db, "members", ReportFilters(), out, pdf_writer=write_pdf, language=language)
    text = pdf_text(out)
    sign = tmp_path / "signin.pdf"
    shift = sample_id.shift_ids["s1"]
    export_report(
        db, "signin", ReportFilters(shift_id=shift), sign, pdf_writer=write_pdf, language=language
    )
    signin = pdf_text(sign)
    if language == "id":
        for words in ("Daftar anggota", "Nomor Anggota", "Aktif", "Menunggak", "Halaman 1 dari 1"):
            assert words in text
        for words in ("Member roster", "Member Number", "Active", "Lapsed", "Page 1 of"):
            assert words not in text
        assert "Daftar hadir" in signin and "Tanda Tangan" in signin
        assert "Sign-in sheet" not in signin and "Signature" not in signin
        assert "Giliran: " in signin and "ID giliran: " in signin and "Shift:" not in signin
        days = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
        assert any(f"Giliran: {day} " in signin for day in days) and "08.00–12.00" in signin
    else:
        for words in ("Member roster", "Member Number", "Active", "Lapsed", "Page 1 of 1"):
            assert words in text
        assert "Sign-in sheet" in signin and "Signature" in signin and "Shift: " in signin


@pytest.mark.parametrize("language", ["id", "en"])
def test_exported_challenge_headings_and_words_are_read_by_the_importer(language) -> None:
    """A challenges register exported in either language maps back onto the import's fields,
    and its severities and statuses are words the importer reads."""
    from groupdesk.core.importing.challenges import CHALLENGE_STATUS, SEVERITY
    from groupdesk.core.messages.texts.reports import ENUMS, HEADINGS
    from groupdesk.core.reports.challenges import COLUMNS
    from groupdesk.core.spreadsheet.mapping import guess_mapping
    from groupdesk.core.spreadsheet.synonyms import SYNONYMS

    cat = catalogue(language)
    titles = [cat.text(HEADINGS[column.title]) for column in COLUMNS]
    mapping = guess_mapping(titles, "challenges")
    importable = {c.key for c in COLUMNS} & set(SYNONYMS["challenges"])
    assert {mapping.get(i) for i, c in enumerate(COLUMNS) if c.key in importable} == importable
    assert all(mapping[i] == c.key for i, c in enumerate(COLUMNS) if i in mapping)
    for enum, words in (("severity", SEVERITY), ("challenge_status", CHALLENGE_STATUS)):
        for value, code in ENUMS[enum].items():
            assert words[cat.text(code).lower()] == value


def test_a_status_filter_is_understood_in_the_words_a_report_writes(db, sample_id) -> None:
    from groupdesk.core.reports import row_count

    assert row_count(db, "members", ReportFilters(status="Menunggak")) == 1
    assert row_count(db, "members", ReportFilters(status="Lapsed")) == 1
    assert row_count(db, "members", ReportFilters(status="lapsed")) == 1


def test_the_licence_state_a_professions_report_is_filtered_to_is_said_in_words(
    db, sample_id, tmp_path
) -> None:
    # "Status: valid" in English on an Indonesian About sheet: the state was looked up among
    # the shifts' statuses
    out = tmp_path / "profesi.xlsx"
    export_report(db, "professions", ReportFilters(status="valid"), out)
    about = openpyxl.load_workbook(out)["Tentang laporan ini"]
    pairs = {row[0].strip(): row[1] for row in about.iter_rows(values_only=True) if row[0]}
    assert pairs["Status"] == catalogue("id").text("enum.licence_state.valid") != "valid"
