"""Fixtures for the import tests: files written as real exports would be, and the service."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine

from renewdesk.services.import_service import ImportService
from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS, WriteCsv, csv_text


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteCsv:
    """Write a CSV file the way a spreadsheet export would; returns its path."""

    def write(
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        name: str = "subs.csv",
        delimiter: str = ",",
        encoding: str = "utf-8",
    ) -> Path:
        path = tmp_path / name
        path.write_bytes(csv_text(header, rows, delimiter).encode(encoding))
        return path

    return write


@pytest.fixture
def canonical_csv(write_csv: WriteCsv) -> Path:
    return write_csv(CANONICAL_HEADER, CANONICAL_ROWS)


@pytest.fixture
def service(engine: Engine) -> ImportService:
    return ImportService(engine, date_locale="en_GB")
