"""Projects: every field round-trips, requirements, figures at a glance, refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from groupdesk.core.errors import ValidationError
from groupdesk.core.models import AuditEntry, CauseArea, Profession, Skill, VolunteerProject
from groupdesk.core.services.projects import ProjectInput

from .conftest import at


def test_every_field_round_trips_with_requirements(sched):
    coordinator = sched.member("Koordinator")
    data = ProjectInput(
        name="  Mengajar di Desa  ",
        cause_area_id=sched.ref(CauseArea, "Pendidikan"),
        partner_organisation="Yayasan Cerdas",
        location="Sumba Barat",
        start_date=dt.date(2030, 1, 1),
        end_date=dt.date(2030, 6, 30),
        status="active",
        coordinator_id=coordinator,
        description="Sabtu pagi",
        profession_ids=(sched.ref(Profession, "Guru"),),
        skill_ids=(sched.ref(Skill, "Mengajar"), sched.ref(Skill, "Memasak")),
    )
    pid = sched.projects.create(data)
    got = sched.projects.get(pid)
    assert got == replace(data, name="Mengajar di Desa", skill_ids=tuple(sorted(data.skill_ids)))
    sched.projects.update(pid, replace(got, skill_ids=(), location="Waikabubak"))
    again = sched.projects.get(pid)
    assert again.skill_ids == () and again.location == "Waikabubak"
    with sched.db.engine.connect() as conn:
        fields = (
            conn.execute(
                select(AuditEntry.field).where(
                    AuditEntry.entity == "project", AuditEntry.entity_id == pid
                )
            )
            .scalars()
            .all()
        )
    assert {"name", "skills", "location"} <= set(fields)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "Posko Banjir"}, "name"),  # taken by the fixture's project
        ({"start_date": dt.date(2030, 2, 1), "end_date": dt.date(2030, 1, 1)}, "end_date"),
    ],
)
def test_bad_project_refused_at_the_field(sched, change, field):
    with pytest.raises(ValidationError) as err:
        sched.projects.create(replace(ProjectInput(name="Baru"), **change))
    assert err.value.field == field
    with sched.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(VolunteerProject)).scalar() == 1


def test_glance_counts_shifts_signups_hours_and_no_shows(sched, monkeypatch):
    from groupdesk.core.services import projects as module

    monkeypatch.setattr(module, "org_now", lambda _tz: dt.datetime(2030, 1, 9, 0, 0))
    done = sched.shift(at(0, 8), at(0, 12))
    upcoming = sched.shift(at(4, 8), at(4, 12), min_volunteers=2, max_volunteers=2)
    a, b, c = sched.member(), sched.member(), sched.member()
    ra = sched.signups.sign_up(done, a)
    rb = sched.signups.sign_up(done, b)
    sched.signups.sign_up(upcoming, c)
    sched.now = dt.datetime(2030, 1, 9)
    sched.signups.mark_attended(ra.assignment_id)
    sched.signups.mark_no_show(rb.assignment_id)
    g = sched.projects.glance(sched.project_id)
    assert (g.upcoming_shifts, g.past_shifts, g.understaffed_upcoming) == (1, 1, 1)
    assert (g.signups_upcoming, g.hours, g.volunteers, g.no_shows) == (1, 4.0, 1, 1)
    (row,) = sched.projects.list()
    assert (row.name, row.upcoming_shifts, row.total_shifts) == ("Posko Banjir", 1, 2)
