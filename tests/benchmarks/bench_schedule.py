"""Scheduling figures: one sign-up's conflict check, one shift's suggestions, and the week
calendar drawn with 500 shifts (queried with their fill, laid out and painted)."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import sqlite3
import tempfile
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, insert, select

from tests.benchmarks.harness import BenchContext, best_of, row

WEEK_SHIFTS = 500


def _copy(src: Path, dest: Path) -> None:
    """A private copy to add the crowded week to, leaving the shared demo file as it is."""
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    b.close()
    a.close()


def _crowded_week(db, monday: dt.datetime) -> None:
    from groupdesk.core.models import Assignment, Member, Shift, VolunteerProject

    rng = random.Random(7)
    times = ((8, 0, 12, 0), (13, 0, 17, 0), (9, 0, 15, 0), (18, 0, 21, 0), (7, 30, 11, 30))
    with db.transaction() as s:
        projects = s.execute(select(VolunteerProject.id)).scalars().all()
        members = (
            s.execute(select(Member.id).where(Member.status == "active").limit(5000))
            .scalars()
            .all()
        )
        shifts = []
        for i in range(WEEK_SHIFTS):
            day = monday + dt.timedelta(days=i % 7)
            h1, m1, h2, m2 = rng.choice(times)
            lo = rng.choice((1, 2, 3))
            shifts.append(
                {
                    "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "project_id": rng.choice(projects),
                    "starts_at": day.replace(hour=h1, minute=m1),
                    "ends_at": day.replace(hour=h2, minute=m2),
                    "location": "Bench",
                    "min_volunteers": lo,
                    "max_volunteers": lo + 3,
                    "status": "scheduled",
                    "version": 1,
                }
            )
        s.execute(insert(Shift), shifts)
        ids = (
            s.execute(
                select(Shift.id).where(
                    Shift.starts_at >= monday, Shift.starts_at < monday + dt.timedelta(days=7)
                )
            )
            .scalars()
            .all()
        )
        s.execute(
            insert(Assignment),
            [
                {"shift_id": sid, "member_id": mid, "status": "signed_up"}
                for sid in ids
                for mid in rng.sample(members, rng.randint(0, 5))
            ],
        )


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.core.models import Assignment, Member, Shift
    from groupdesk.core.scheduling.conflicts import conflicts_between
    from groupdesk.core.scheduling.suggestions import SuggestionService
    from groupdesk.core.services.shifts import ShiftService
    from groupdesk.core.services.signups import SignUpService
    from groupdesk.ui.app import create_application
    from groupdesk.ui.schedule.week_view import ScheduleView

    app = create_application()
    rows = []
    for size in ctx.sizes:
        with tempfile.TemporaryDirectory(prefix="groupdesk-bench-") as tmp:
            path = Path(tmp) / "schedule.sqlite"
            _copy(ctx.database(size), path)
            db = open_database(path)
            now = dt.datetime.now()
            with db.engine.connect() as conn:
                future = (
                    conn.execute(
                        select(Shift.id)
                        .where(Shift.starts_at > now, Shift.status == "scheduled")
                        .order_by(Shift.id)
                        .limit(50)
                    )
                    .scalars()
                    .all()
                )
                members = (
                    conn.execute(
                        select(Member.id)
                        .where(Member.status == "active")
                        .order_by(Member.id)
                        .limit(50)
                    )
                    .scalars()
                    .all()
                )
            signups = SignUpService(db)
            pairs = itertools.cycle(zip(future, reversed(members), strict=False))
            rows.append(
                row(
                    "conflict check for one sign-up",
                    size,
                    best_of(lambda p=pairs, c=signups.check: c(*next(p)), 20),
                )
            )
            suggestions = SuggestionService(db)
            shift_ids = itertools.cycle(future)
            rows.append(
                row(
                    "suggestions for one shift",
                    size,
                    best_of(lambda s=shift_ids, f=suggestions.for_shift: f(next(s)), 7),
                )
            )

            today = dt.date.today()
            next_week = dt.datetime.combine(
                today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1), dt.time()
            )

            def week_conflicts(db=db, start=next_week) -> None:
                with db.session() as session:
                    conflicts_between(session, start, start + dt.timedelta(days=7))

            with db.engine.connect() as conn:
                signups_that_week = conn.execute(
                    select(func.count())
                    .select_from(Assignment)
                    .join(Shift, Shift.id == Assignment.shift_id)
                    .where(
                        Shift.starts_at >= next_week,
                        Shift.starts_at < next_week + dt.timedelta(days=7),
                    )
                ).scalar_one()
            rows.append(
                row(
                    "conflict list for a week, all projects",
                    size,
                    best_of(week_conflicts, 3),
                    signups=signups_that_week,
                )
            )
            monday = dt.datetime.combine(
                today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=60), dt.time()
            )
            _crowded_week(db, monday)
            service = ShiftService(db)
            view = ScheduleView()
            view.resize(1280, 800)
            view.set_range(monday.date(), 7)
            view.show()
            QApplication.processEvents()

            def draw(view=view, service=service, monday=monday) -> None:
                shifts = service.shifts_between(monday, monday + dt.timedelta(days=7))
                assert len(shifts) == WEEK_SHIFTS
                view.set_shifts(shifts)
                view.repaint()  # paints now, not at the next event loop turn

            rows.append(
                row("week view with 500 shifts drawn", size, best_of(draw, 7), shifts=WEEK_SHIFTS)
            )
            view.close()
            view.deleteLater()
            QApplication.processEvents()
            db.close()
    app.processEvents()
    return rows
