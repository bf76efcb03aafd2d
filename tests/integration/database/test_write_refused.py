"""A write the database will not take reaches callers as the core's WriteRefused, with the
database's own reason, and nothing of the change is saved."""

from __future__ import annotations

import pytest

from groupdesk.core.application import Application
from groupdesk.core.errors import WriteRefused
from groupdesk.core.services.professions import ProfessionValues
from tests.integration.database.write_refusal import refuse_writes


def test_a_read_only_file_refuses_a_new_profession_with_a_core_error(db) -> None:
    app = Application(db)
    before = [p.name for p in app.professions.list()]
    refuse_writes(db)
    with pytest.raises(WriteRefused) as refused:
        app.professions.create(ProfessionValues("Ahli Gizi"))
    assert refused.value.code == "write.read_only"
    assert refused.value.detail == "attempt to write a readonly database"
    assert [p.name for p in app.professions.list()] == before
