"""A roster exported, edited offline and imported back changes exactly what was edited; an
import is undone as one step."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from groupdesk.core.demo import generate_demo
from groupdesk.core.importing import ImportPlan, execute, list_batches, prepare, undo_import
from groupdesk.core.importing.runner import ImportUndoError
from groupdesk.core.models import AuditEntry

from .helpers import cli, count, dump, members, write_book

EXPORT_HEADERS = [
    "No. Anggota",
    "Nama Lengkap",
    "Email",
    "No. HP",
    "Tanggal Lahir",
    "Tanggal Bergabung",
    "Iuran s/d",
    "Status",
    "Kota",
    "Alamat",
    "Profesi",
    "Keahlian",
    "Minat",
]
VOLATILE = ("version", "updated_at")


def export_roster(db, path: Path, edit=None) -> Path:  # type: ignore[no-untyped-def]
    """The roster as a secretary's export: one row per member, lists in one cell."""
    with db.engine.connect() as conn:

        def names(sql: str) -> dict[int, str]:
            out: dict[int, list[str]] = {}
            for member_id, name in conn.execute(text(sql)):
                out.setdefault(member_id, []).append(name)
            return {k: "; ".join(v) for k, v in out.items()}

        professions = names(
            "SELECT mp.member_id, p.name FROM member_professions mp "
            "JOIN professions p ON p.id = mp.profession_id ORDER BY mp.id"
        )
        skills = names(
            "SELECT ms.member_id, s.name FROM member_skills ms JOIN skills s ON s.id = ms.skill_id"
        )
        interests = names(
            "SELECT mi.member_id, c.name FROM member_interests mi "
            "JOIN cause_areas c ON c.id = mi.cause_area_id"
        )
        rows = []
        for m in conn.execute(text("SELECT * FROM members ORDER BY id")).mappings():
            import datetime as dt

            def day(value: str | None):  # type: ignore[no-untyped-def]
                return dt.date.fromisoformat(value) if value else None

            rows.append(
                [
                    m["member_number"],
                    m["full_name"],
                    m["email"],
                    m["phone"],
                    day(m["birth_date"]),
                    day(m["joined_on"]),
                    day(m["paid_until"]),
                    m["status"],
                    m["city"],
                    m["address"],
                    professions.get(m["id"]),
                    skills.get(m["id"]),
                    interests.get(m["id"]),
                ]
            )
    if edit is not None:
        edit(rows)
    return write_book(path, [EXPORT_HEADERS, *rows])


@pytest.fixture
def demo(db):  # type: ignore[no-untyped-def]
    generate_demo(db, members=80, shifts=5)
    return db


def test_an_unedited_roster_changes_nothing(demo, tmp_path: Path) -> None:
    before = dump(demo, "members")
    path = export_roster(demo, tmp_path / "roster.xlsx")
    code, out, err = cli(
        "--db", str(demo.path), "import", "members", str(path), "--on-duplicate", "update"
    )
    assert code == 0, err
    assert out.strip() == "0 added, 0 updated, 80 skipped, 0 rejected"
    assert dump(demo, "members") == before


def test_one_edited_cell_is_the_only_change(demo, tmp_path: Path) -> None:
    before = {row[0]: row for row in dump(demo, "members", skip=VOLATILE)}
    links = dump(demo, "member_professions"), dump(demo, "member_skills")

    def edit(rows: list[list[object]]) -> None:
        rows[4][8] = "Kota Baru Sekali"  # the fifth member moved

    path = export_roster(demo, tmp_path / "roster.xlsx", edit)
    prepared = prepare(demo, ImportPlan("members", path, policy="update"))
    [changed] = [row for row in prepared.rows if row.action == "update"]
    old_city = members(demo)["GD-000005"]["city"]
    assert changed.changes == {"city": (old_city, "Kota Baru Sekali")}
    summary = execute(demo, prepared)
    assert summary.line() == "0 added, 1 updated, 79 skipped, 0 rejected"
    after = {row[0]: row for row in dump(demo, "members", skip=VOLATILE)}
    assert [k for k in after if after[k] != before[k]] == [5]
    cols = [c for c in dump_columns(demo) if c not in VOLATILE]
    diff = {cols[i] for i, (a, b) in enumerate(zip(before[5], after[5], strict=True)) if a != b}
    assert diff == {"city", "search_text"}
    assert (dump(demo, "member_professions"), dump(demo, "member_skills")) == links
    history = [line for line in _history(demo, 5) if line[0] == "import"]
    assert history == [("import", "city", old_city, "Kota Baru Sekali")]


def dump_columns(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT * FROM members LIMIT 1")).keys())


def _history(db, member_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(
                    AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value
                )
                .where(AuditEntry.entity == "member", AuditEntry.entity_id == member_id)
                .order_by(AuditEntry.id)
            )
        ]


def test_rejecting_an_update_row_keeps_the_stored_values(demo, tmp_path: Path) -> None:
    def edit(rows: list[list[object]]) -> None:
        rows[0][8] = "Satu"
        rows[1][8] = "Dua"

    path = export_roster(demo, tmp_path / "roster.xlsx", edit)
    prepared = prepare(demo, ImportPlan("members", path, policy="update"))
    first, second = (row for row in prepared.rows if row.action == "update")
    second.accepted = False
    assert execute(demo, prepared).line() == "0 added, 1 updated, 79 skipped, 0 rejected"
    stored = members(demo)
    assert stored[first.values["member_number"]]["city"] == "Satu"
    assert stored[second.values["member_number"]]["city"] != "Dua"


def test_undo_restores_updated_and_removes_added_rows(demo, tmp_path: Path) -> None:
    before = dump(demo, "members", skip=VOLATILE)
    professions_before = dump(demo, "professions", skip=("created_at", "updated_at"))
    links_before = dump(demo, "member_professions")

    def edit(rows: list[list[object]]) -> None:
        rows[2][1] = "Nama Yang Diubah"
        rows[2][10] = "Profesi Baru"
        rows.append(
            [
                "NEW-1",
                "Anggota Baru",
                None,
                None,
                None,
                None,
                None,
                "Aktif",
                "Solo",
                None,
                "Profesi Baru",
                None,
                None,
            ]
        )

    path = export_roster(demo, tmp_path / "roster.xlsx", edit)
    summary = execute(demo, prepare(demo, ImportPlan("members", path, policy="update")))
    assert summary.line().startswith("1 added, 1 updated, 79 skipped, 0 rejected")
    assert "new professions: Profesi Baru" in summary.line()
    assert count(demo, "members") == 81
    [batch] = list_batches(demo)
    assert (batch.added, batch.updated, batch.undone) == (1, 1, False)
    undo_import(demo, batch.batch)
    assert dump(demo, "members", skip=VOLATILE) == before
    assert dump(demo, "professions", skip=("created_at", "updated_at")) == professions_before
    assert sorted(r[1:] for r in dump(demo, "member_professions")) == sorted(
        r[1:] for r in links_before
    )
    assert list_batches(demo)[0].undone
    with pytest.raises(ImportUndoError, match="undone already"):
        undo_import(demo, batch.batch)


def test_undo_refuses_when_a_changed_row_was_edited_since(demo, tmp_path: Path) -> None:
    from groupdesk.core.services.members import MemberService

    def edit(rows: list[list[object]]) -> None:
        rows[0][8] = "Satu"

    path = export_roster(demo, tmp_path / "roster.xlsx", edit)
    execute(demo, prepare(demo, ImportPlan("members", path, policy="update")))
    service = MemberService(demo)
    record = service.get(1)
    service.update(record.with_changes(notes="edited by hand"))
    with pytest.raises(ImportUndoError, match="edited since"):
        undo_import(demo, list_batches(demo)[0].batch)
    assert service.get(1).city == "Satu"
