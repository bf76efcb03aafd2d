from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from groupdesk.core.demo import generate_demo


@pytest.fixture
def demo_db(db):
    generate_demo(db, members=450, shifts=20)
    return db


@pytest.fixture(autouse=True)
def _app_identity(qapp):
    from groupdesk.ui.app import create_application

    create_application()
    # QSettings keeps its file location for the whole process, so one test's saved page,
    # splitter or header state would otherwise reach the next test.
    QSettings().clear()
    yield
