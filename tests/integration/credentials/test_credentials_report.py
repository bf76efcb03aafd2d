"""The credentials report: current credentials by profession with credits earned against
required and the licences at risk, in the organisation's language, from the command line;
with --member, one member's whole history."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from groupdesk.core.credentials import add_activity, add_credential, award_credits, renew_credential
from tests.integration.importing.helpers import cli

from .setup import nurses

TODAY = dt.date.today()  # the command line reads the real day


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    setup = nurses(db, count=2)
    ani, budi = setup.members
    soon = TODAY + dt.timedelta(days=60)
    issued = TODAY - dt.timedelta(days=5 * 365)
    with db.transaction() as s:
        old = add_credential(
            s,
            ani,
            setup.str_kind,
            "STR-OLD",
            issued - dt.timedelta(days=1900),
            issued,
            today=TODAY,
        )
        renew_credential(s, old, "STR-ANI", issued, soon, "KKI", today=TODAY)
        add_credential(s, budi, setup.str_kind, "STR-BUDI", issued, soon, today=TODAY)
        add_credential(s, ani, setup.sip_kind, "SIP-ANI", issued, None, today=TODAY)
        pk = add_activity(s, "Seminar", "seminar", TODAY - dt.timedelta(days=100), 30, today=TODAY)
        award_credits(s, pk, {budi: None, ani: 4}, today=TODAY)


def _rows(path: Path) -> list[tuple]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


def test_the_credentials_report_shows_credits_and_who_is_at_risk(db, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "kredensial.xlsx"
    code, _out, err = cli("--db", str(db.path), "--lang", "id", "export", "credentials", str(out))
    assert (code, err) == (0, "")
    rows = _rows(out)
    assert rows[0][:4] == ("Profesi", "Nomor Anggota", "Nama Lengkap", "Dokumen")
    assert rows[0][-3:] == ("SKP Diperoleh", "SKP Wajib", "Berisiko")
    body = [(r[2], r[3], r[4], r[8], r[9], r[10]) for r in rows[1:]]
    assert body == [
        ("Perawat Ani", "SIP", "SIP-ANI", None, None, None),
        ("Perawat Ani", "STR", "STR-ANI", 4, 25, "ya"),
        ("Perawat Budi", "STR", "STR-BUDI", 30, 25, None),
    ]


def test_a_members_credential_sheet_keeps_the_renewed_credentials(db, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "ani.pdf"
    # printed in a process of its own, as a user runs it (Qt's printing needs its own app)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupdesk",
            "--db",
            str(db.path),
            "export",
            "credentials",
            str(out),
            "--member",
            "P-001",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "") and out.read_bytes().startswith(b"%PDF")
    sheet = tmp_path / "ani.xlsx"
    cli("--db", str(db.path), "export", "credentials", str(sheet), "--member", "P-001")
    assert [r[4] for r in _rows(sheet)[1:]] == ["SIP-ANI", "STR-ANI", "STR-OLD"]
    code, _out, err = cli(
        "--db", str(db.path), "export", "credentials", str(sheet), "--member", "P-404"
    )
    assert code != 0 and len(err.splitlines()) == 1 and "P-404" in err
