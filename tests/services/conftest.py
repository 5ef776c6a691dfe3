"""The services suite runs on both engines (issue 13): ``engine`` is each one in turn."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine


@pytest.fixture
def engine(cache_engine: Engine) -> Engine:
    """A migrated cache: a SQLite file, then a PostgreSQL database (skips without a server)."""
    return cache_engine
