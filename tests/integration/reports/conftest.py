from __future__ import annotations

import pytest

from tests.integration.reports.sample import Sample, build_sample


@pytest.fixture
def sample(db) -> Sample:
    return build_sample(db)
