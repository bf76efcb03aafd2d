"""The command line speaks the reader's language: --lang, the organisation's, the environment's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk.core.messages.languages import report_language


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    clean.pop("GROUPDESK_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "groupdesk", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def test_usage_error_follows_lang() -> None:
    out_id = run_cli("--lang", "id", "import")
    out_en = run_cli("--lang", "en", "import")
    assert out_id.returncode == out_en.returncode == 2
    assert out_id.stderr.count("\n") == 1 and "argumen berikut wajib diisi" in out_id.stderr
    assert "the following arguments are required" in out_en.stderr


def test_help_reads_indonesian_with_lang_id() -> None:
    out = run_cli("--lang", "id", "--help")
    assert out.returncode == 0
    assert out.stdout.startswith("penggunaan: groupdesk")
    assert "tampilkan pesan bantuan ini lalu keluar" in out.stdout


def test_unknown_lang_is_a_usage_error() -> None:
    out = run_cli("--lang", "xx", "check")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "xx" in out.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"GROUPDESK_LANG": "en"}, "the following arguments are required"),
        ({"LANG": "en_GB.UTF-8"}, "the following arguments are required"),
        ({"LANG": "id_ID.UTF-8"}, "argumen berikut wajib diisi"),
        ({"LANG": "C"}, "argumen berikut wajib diisi"),
    ],
)
def test_without_lang_the_environment_decides(env: dict[str, str], expected: str) -> None:
    out = run_cli("import", **env)
    assert out.returncode == 2 and expected in out.stderr


def test_report_language_order() -> None:
    assert report_language("en", "id", {}) == "en"
    assert report_language(None, "en", {"GROUPDESK_LANG": "id"}) == "en"
    assert report_language(None, None, {"GROUPDESK_LANG": "en", "LANG": "id_ID"}) == "en"
    assert report_language(None, None, {"LANG": "en_US.UTF-8"}) == "en"
    assert report_language(None, None, {"LANG": "C"}) == "id"


def test_refused_import_names_rejected_rows_in_the_organisations_language(
    tmp_path: Path,
) -> None:
    db = tmp_path / "roster.sqlite"
    assert run_cli("--db", str(db), "demo", "--members", "5").returncode == 0
    sheet = tmp_path / "members.csv"
    sheet.write_text("name,email\n,not-an-email\n", encoding="utf-8")
    out = run_cli("--db", str(db), "import", "members", str(sheet), LANG="en_US.UTF-8")
    assert out.returncode == 1
    assert "baris ditolak" in out.stderr  # the organisation speaks Indonesian by default
    # The counts were never written, and the summary says so rather than "1 ditambahkan".
    assert out.stdout.rstrip().endswith("(tidak ada yang ditulis)"), out.stdout
    out_en = run_cli("--lang", "en", "--db", str(db), "import", "members", str(sheet))
    assert out_en.returncode == 1 and "rejected, nothing was imported" in out_en.stderr


def test_check_and_backup_report_in_the_chosen_language(tmp_path: Path) -> None:
    db = tmp_path / "roster.sqlite"
    assert run_cli("--db", str(db), "demo", "--members", "5").returncode == 0
    out_id = run_cli("--lang", "id", "--db", str(db), "check")
    out_en = run_cli("--lang", "en", "--db", str(db), "check")
    assert out_id.returncode == out_en.returncode == 0
    assert "tidak ada masalah" in out_id.stdout and "no problems found" in out_en.stdout
    backup = run_cli("--lang", "id", "--db", str(db), "backup", str(tmp_path / "salinan.sqlite"))
    assert backup.returncode == 0 and "dicadangkan ke" in backup.stdout
    assert "anggota" in backup.stdout


def test_export_summary_follows_the_organisation_then_lang(tmp_path: Path) -> None:
    db = tmp_path / "roster.sqlite"
    assert run_cli("--db", str(db), "demo", "--members", "5").returncode == 0
    out = run_cli("--db", str(db), "export", "members", str(tmp_path / "a.csv"), LANG="en_US")
    # the report's name too: not "member roster" inside an Indonesian line
    assert out.returncode == 0 and out.stdout.startswith("Diekspor daftar anggota: "), out.stderr
    out_en = run_cli("--lang", "en", "--db", str(db), "export", "members", str(tmp_path / "b.csv"))
    assert out_en.returncode == 0, out_en.stderr
    assert out_en.stdout.startswith("Exported member roster: "), out_en.stdout


def test_error_report_names_fields_in_the_organisations_language(tmp_path: Path) -> None:
    """The error report says which field a reason is about in the reader's words."""
    import csv

    db = tmp_path / "roster.sqlite"
    assert run_cli("--db", str(db), "demo", "--members", "5").returncode == 0
    sheet = tmp_path / "anggota.csv"
    sheet.write_text("Nama,Tanggal lahir\nSiti Aminah,31/02/1990\n", encoding="utf-8")
    report = tmp_path / "alasan.csv"
    out = run_cli("--db", str(db), "import", "members", str(sheet), "--errors", str(report))
    assert out.returncode == 1, out.stderr
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    reason = rows[1][-1]
    assert reason.startswith("Tanggal lahir: "), reason
    report_en = tmp_path / "reasons.csv"
    out = run_cli(
        "--lang", "en", "--db", str(db), "import", "members", str(sheet), "--errors", str(report_en)
    )
    rows = list(csv.reader(report_en.open(encoding="utf-8-sig")))
    assert rows[1][-1].startswith("Birth date: "), rows[1][-1]


def test_an_unreadable_file_is_refused_in_the_organisations_language(tmp_path: Path) -> None:
    db = tmp_path / "roster.sqlite"
    assert run_cli("--db", str(db), "demo", "--members", "5").returncode == 0
    picture = tmp_path / "anggota.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    out = run_cli("--db", str(db), "import", "members", str(picture))
    assert out.returncode != 0
    assert out.stderr.count("\n") == 1 and "gambar PNG, bukan lembar kerja" in out.stderr, (
        out.stderr
    )
