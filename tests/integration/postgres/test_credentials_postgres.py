"""Credentials, credits and the licences at risk on a server: the same rules and the same
grouped query as in a file, and a seminar's attendance sheet imported and undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from groupdesk.core.credentials import (
    add_activity,
    add_credential,
    at_risk,
    award_credits,
    progress,
    renew_credential,
)
from groupdesk.core.importing import ImportPlan, execute, prepare, undo_import
from tests.integration.credentials.setup import TODAY, nurses
from tests.integration.importing.helpers import count, write_csv


def test_credentials_and_credits_on_a_server(pg_db, tmp_path: Path) -> None:
    setup = nurses(pg_db)
    ani, budi, _citra = setup.members
    soon = dt.date(2027, 2, 1)
    with pg_db.transaction() as s:
        old = add_credential(
            s,
            ani,
            setup.str_kind,
            "STR-0",
            dt.date(2017, 1, 1),
            dt.date(2022, 1, 31),
            today=TODAY,
        )
        renew_credential(s, old, "STR-1", dt.date(2022, 2, 1), soon, today=TODAY)
        add_credential(s, budi, setup.str_kind, "STR-B", dt.date(2022, 2, 1), soon, today=TODAY)
        pk = add_activity(s, "Kongres", "seminar", dt.date(2024, 5, 1), 30, today=TODAY)
        award_credits(s, pk, {budi: None, ani: 3}, today=TODAY)
    with pg_db.session() as s:
        assert progress(s, ani, setup.profession, TODAY).earned == 3.0
        assert [(r.member_id, r.earned) for r in at_risk(s, TODAY, 6)] == [(ani, 3.0)]
    sheet = write_csv(
        tmp_path / "hadir.csv",
        [
            "No. Anggota;Kegiatan;Tanggal;SKP",
            "P-001;Webinar;03/10/2026;2",
            "P-002;Webinar;03/10/2026;2",
        ],
    )
    summary = execute(pg_db, prepare(pg_db, ImportPlan("credits", sheet), today=TODAY))
    assert summary.added == 2 and count(pg_db, "credit_activities") == 2
    undo_import(pg_db, summary.batch)
    assert count(pg_db, "credit_awards") == 2 and count(pg_db, "credit_activities") == 1
