"""Dashboard figures: the SQL snapshot alone, and the home page built, shown and filled."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtWidgets import QApplication

from tests.benchmarks.harness import BenchContext, best_of, row


def _demo_day(path) -> dt.date:
    """The day the demo was made for: its figures are about that day."""
    conn = sqlite3.connect(path)
    try:
        day = conn.execute("SELECT max(date(created_at)) FROM members").fetchone()[0]
    finally:
        conn.close()
    return dt.date.fromisoformat(day)


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.core.application import Application
    from groupdesk.core.database import open_database
    from groupdesk.core.services.dashboard import DashboardService
    from groupdesk.ui.app import create_application
    from groupdesk.ui.dashboard.page import DashboardPage

    app = create_application()
    rows = []
    for size in ctx.sizes:
        path = ctx.database(size)
        today = _demo_day(path)
        db = open_database(path)
        service = DashboardService(db)
        snap = service.snapshot(today)
        assert snap.members_by_status["active"] > 0
        rows.append(
            row("dashboard snapshot (SQL)", size, best_of(lambda s=service, t=today: s.snapshot(t)))
        )
        pages: list[DashboardPage] = []

        opened = Application(db)

        def page_ready(opened=opened, today=today, pages=pages) -> None:
            page = DashboardPage(opened, today=lambda: today)
            page.resize(1100, 720)
            page.show()
            QApplication.processEvents()
            assert page.snapshot is not None and page.profession_chart.bars()
            pages.append(page)

        rows.append(row("dashboard page ready", size, best_of(page_ready, 3)))
        for page in pages:
            page.close()
            page.deleteLater()
        QApplication.processEvents()
        db.close()
    app.processEvents()
    return rows
