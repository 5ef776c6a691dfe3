"""An import larger than one batch, on both engines: on PostgreSQL its new rows stream to
the server while the file is still read (issue 13 item 8), so a problem, a cancel or a
lost server after the first batches were written must still leave the cache as it was."""

from __future__ import annotations

import sys
import threading

import pytest
from sqlalchemy import Engine, create_engine, text

from renewdesk.importing.errors import ImportCancelled, ImportFileError
from renewdesk.importing.subscriptions import SINK_EVERY
from renewdesk.services.import_service import ImportService
from renewdesk.store.faults import CacheError
from renewdesk.store.repositories import CustomerRepository, PartnerRepository
from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS, WriteCsv, table_contents

ROWS = 3 * SINK_EVERY + 500  # four batches
SEATS = CANONICAL_HEADER.index("seats")
CSN = CANONICAL_HEADER.index("customer_csn")
NAME = CANONICAL_HEADER.index("customer_name")
PARTNER = CANONICAL_HEADER.index("partner_csn")


@pytest.fixture
def engine(cache_engine: Engine) -> Engine:
    return cache_engine


def many(prefix: str = "S", customers: int = 300) -> list[list[str]]:
    """``ROWS`` rows over ``customers`` customers, every tenth through reseller P-9."""
    rows = []
    for i in range(ROWS):
        row = list(CANONICAL_ROWS[1 if i % 10 == 0 else 0])
        row[0] = f"{prefix}-{i:05d}"
        row[CSN] = str(7000 + i % customers)
        row[NAME] = f"Customer {i % customers}"
        rows.append(row)
    return rows


def test_a_problem_in_the_last_batch_leaves_the_cache_as_it_was_and_names_the_row(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS, "first.csv"))
    before = table_contents(engine)
    interval = sys.getswitchinterval()
    rows = many()
    rows[-2][SEATS] = "lots"  # row ROWS (the header is row 1)

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(write_csv(CANONICAL_HEADER, rows))

    assert [(p.row, p.column) for p in caught.value.problems] == [(ROWS, "seats")]
    assert table_contents(engine) == before
    report = service.import_subscriptions(write_csv(CANONICAL_HEADER, many(), "fixed.csv"))
    assert (report.added, report.customers_added) == (ROWS, 300)
    assert sys.getswitchinterval() == interval  # the stream's shorter one is given back


def test_a_cancel_after_batches_were_written_leaves_the_cache_as_it_was(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS, "first.csv"))
    before = table_contents(engine)

    def cancel(done: int, total: int) -> None:
        if done > total * 0.4:  # still reading: two batches are on their way
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        service.import_subscriptions(write_csv(CANONICAL_HEADER, many()), progress=cancel)

    assert table_contents(engine) == before


def test_details_a_later_batch_gives_fill_what_an_earlier_one_left_empty(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    rows = many()
    rows[0][NAME] = ""  # customer 7000's first row has no name...
    rows[0][CSN] = "6999"
    rows[-1][CSN] = "6999"  # ...its last row, three batches on, has one
    rows[-1][NAME] = "Late Name AB"
    rows[-1][PARTNER] = "P-LATE"

    report = service.import_subscriptions(write_csv(CANONICAL_HEADER, rows))

    assert (report.added, report.customers_added, report.partners_added) == (ROWS, 301, 2)
    assert CustomerRepository(engine).get("6999").company_name == "Late Name AB"
    assert {p.partner_csn for p in PartnerRepository(engine).all()} == {"P-9", "P-LATE"}
    again = service.import_subscriptions(write_csv(CANONICAL_HEADER, rows, "again.csv"))
    assert (again.added, again.unchanged, again.customers_added) == (0, ROWS, 0)


def test_a_server_lost_while_rows_stream_is_one_line_and_nothing_is_written(
    pg_cache_url: str, write_csv: WriteCsv
) -> None:
    engine = create_engine(pg_cache_url)
    other = create_engine(pg_cache_url)
    try:
        service = ImportService(engine)
        service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS, "first.csv"))
        before = table_contents(other)
        cut = threading.Event()

        def cut_the_server(done: int, total: int) -> None:
            if done > total * 0.3 and not cut.is_set():
                cut.set()
                with other.connect() as conn:  # as a server restart would
                    conn.execute(
                        text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        )
                    )

        with pytest.raises(CacheError) as caught:
            service.import_subscriptions(
                write_csv(CANONICAL_HEADER, many()), progress=cut_the_server
            )

        line = str(caught.value)
        assert "\n" not in line and "SELECT" not in line and "COPY" not in line, line
        other.dispose()
        assert table_contents(other) == before
    finally:
        engine.dispose()
        other.dispose()
