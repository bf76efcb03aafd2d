"""Find Duplicates over the whole roster, and the Professions page ready to read."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.benchmarks.harness import BenchContext, best_of, row


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.core.application import Application
    from groupdesk.core.database import open_database
    from groupdesk.core.services.duplicates import DuplicateService
    from groupdesk.ui.app import create_application
    from groupdesk.ui.professions.page import ProfessionsPage

    app = create_application()
    rows = []
    for size in ctx.sizes:
        db = open_database(ctx.database(size))
        service = DuplicateService(db)
        found: list[int] = []

        def find(service: DuplicateService = service, found: list[int] = found) -> None:
            found.append(len(service.find()))

        rows.append(row("find duplicates", size, best_of(find, 3), pairs=found[-1]))
        pages: list[ProfessionsPage] = []

        def professions_page(db=db, pages: list[ProfessionsPage] = pages) -> None:
            page = ProfessionsPage(Application(db))
            page.resize(1100, 700)
            page.show()
            QApplication.processEvents()
            assert page.professions.rowCount() > 0 and page.members.rowCount() > 0
            pages.append(page)

        seconds = best_of(professions_page, 3)
        rows.append(
            row(
                "professions page ready",
                size,
                seconds,
                first_profession_members=pages[-1].members.rowCount(),
            )
        )
        for page in pages:
            page.close()
            page.deleteLater()
        QApplication.processEvents()
        db.close()
    app.processEvents()
    return rows
