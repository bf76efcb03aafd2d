from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from groupdesk.core.application import Application
from groupdesk.core.demo import generate_demo

TS_DIR = Path(__file__).resolve().parents[2] / "groupdesk" / "resources" / "translations"


def _lrelease() -> list[str]:
    found = Path(sys.executable).parent / "pyside6-lrelease"
    if found.exists():
        return [str(found)]
    on_path = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    assert on_path, "pyside6-lrelease is needed to build the translations"
    return [on_path]


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder whose translations/*.qm are freshly built from the .ts files: the
    Indonesian GUI, English's singular forms ("1 member", not "1 members") and Qt's own texts
    in Indonesian (qtbase_id)."""
    folder = tmp_path_factory.mktemp("resources")
    (folder / "translations").mkdir()
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = folder / "translations" / ts.with_suffix(".qm").name
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.stat().st_size > 0
    return folder


@pytest.fixture
def demo_db(db):
    generate_demo(db, members=450, shifts=20)
    return db


@pytest.fixture(autouse=True)
def _app_identity(qapp, translations_dir, monkeypatch):
    from groupdesk.ui import app as gui_app

    monkeypatch.setattr(gui_app, "resources_dir", lambda: translations_dir)
    gui_app.create_application()
    # QSettings keeps its file location for the whole process, so one test's saved page,
    # splitter or header state would otherwise reach the next test.
    QSettings().clear()
    gui_app._install_translations(qapp)  # as the computer's language (English here) asks
    yield


@pytest.fixture
def gui_language(qapp, monkeypatch):
    """Load the GUI's translations as GroupDesk does at start, for GROUPDESK_LANG=<lang>;
    English again afterwards."""
    from groupdesk.ui import app as gui_app

    def use(language: str) -> None:
        monkeypatch.setenv(gui_app.LANGUAGE_ENV, language)
        gui_app._install_translations(qapp)

    yield use
    monkeypatch.setenv(gui_app.LANGUAGE_ENV, "en")
    gui_app._install_translations(qapp)


@pytest.fixture
def members_page(qtbot, demo_db):
    """The Members page on the demo roster, shown and active as a user has it."""
    from PySide6.QtGui import QUndoStack

    from groupdesk.ui.members.page import MembersPage

    widget = MembersPage(Application(demo_db), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def shift_today(db) -> None:
    """Two shifts today, so that the week shown (today's) has one whatever the weekday:
    the small demo spreads its few shifts over six weeks and can leave a weekend's week empty."""
    import datetime as dt

    from sqlalchemy import select

    from groupdesk.core.models import Shift, VolunteerProject

    today = dt.date.today()
    with db.transaction() as session:
        project = session.scalars(select(VolunteerProject).order_by(VolunteerProject.id)).first()
        for start, end in ((8, 12), (13, 16)):
            session.add(
                Shift(
                    project_id=project.id,
                    starts_at=dt.datetime.combine(today, dt.time(start, 0)),
                    ends_at=dt.datetime.combine(today, dt.time(end, 0)),
                    min_volunteers=2,
                    max_volunteers=5,
                )
            )
