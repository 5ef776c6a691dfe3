"""Price book and campaign imports: all-or-nothing, upsert by key, changes reported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from renewdesk.domain import Term
from renewdesk.importing.errors import ImportFileError
from renewdesk.services.import_service import FieldChange, ImportService
from renewdesk.store.repositories import CampaignRepository, PriceRepository
from tests.importing.helpers import WriteCsv, table_contents

PRICE_HEADER = ["offering_code", "term", "currency", "unit_price"]
PRICES = [
    ["DSP", "annual", "SEK", "18 500,00"],
    ["DSP", "3 Year", "sek", "49950.00"],
    ["RND", "Monthly", "EUR", "99,5"],
]
CAMPAIGN_HEADER = ["code", "name", "percent_off", "valid_from", "valid_to", "offering_codes",
                   "terms", "currencies"]  # fmt: skip
CAMPAIGNS = [
    ["WINTER", "Winter offer", "10", "2026-01-01", "2026-03-31", "", "annual", ""],
    ["SAVE3", "Three-year saving", "15,5%", "01.01.2026", "31.12.2026", "DSP | RND",
     "three_year|Annual", "SEK|eur"],
]  # fmt: skip


@pytest.fixture
def engine(cache_engine: Engine) -> Engine:
    """These imports run on both engines (issue 13): a SQLite file, then PostgreSQL."""
    return cache_engine


def test_price_book_import_and_reimport(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    report = service.import_prices(write_csv(PRICE_HEADER, PRICES, name="prices.csv"))

    assert (report.kind, report.added) == ("prices", 3)
    book = PriceRepository(engine).lookup()
    assert book[("DSP", Term.ANNUAL, "SEK")] == Decimal("18500.00")
    assert book[("DSP", Term.THREE_YEAR, "SEK")] == Decimal("49950.00")
    assert book[("RND", Term.MONTHLY, "EUR")] == Decimal("99.5")

    changed = [list(r) for r in PRICES]
    changed[0][3] = "18500"  # same value, other spelling: unchanged
    changed[2][3] = "89.50"
    report = service.import_prices(write_csv(PRICE_HEADER, changed[:1] + changed[2:]))

    assert (report.added, report.updated, report.unchanged, report.absent) == (0, 1, 1, 1)
    assert report.changes == (FieldChange("RND / monthly / EUR", "unit_price", "99.5", "89.50"),)
    assert PriceRepository(engine).lookup()[("RND", Term.MONTHLY, "EUR")] == Decimal("89.50")


@pytest.mark.parametrize(
    ("row", "column", "value", "words"),
    [
        (3, "unit_price", "-5", "below zero"),
        (2, "unit_price", "gratis", "is not a number"),
        (4, "term", "weekly", "not a known term"),
        (2, "currency", "kr", "three-letter currency code"),
        (3, "offering_code", "", "the value is missing"),
        (4, "offering_code", "DSP", "DSP / annual / SEK is also on row 2"),
    ],
)
def test_a_bad_price_row_rejects_the_file(
    service: ImportService,
    write_csv: WriteCsv,
    engine: Engine,
    row: int,
    column: str,
    value: str,
    words: str,
) -> None:
    service.import_prices(write_csv(PRICE_HEADER, PRICES, name="prices.csv"))
    before = table_contents(engine)
    rows = [list(r) for r in PRICES]
    rows[row - 2][PRICE_HEADER.index(column)] = value
    if words.endswith("row 2"):
        rows[row - 2] = list(PRICES[0])

    with pytest.raises(ImportFileError) as caught:
        service.import_prices(write_csv(PRICE_HEADER, rows, name="bad.csv"))

    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (row, column) and words in problem.problem
    assert str(caught.value).startswith(f'bad.csv: row {row}, column "{column}": ')
    assert table_contents(engine) == before


def test_price_book_missing_a_column(service: ImportService, write_csv: WriteCsv) -> None:
    path = write_csv(PRICE_HEADER[:3], [r[:3] for r in PRICES])

    with pytest.raises(
        ImportFileError, match='row 1, column "Unit price": the file has no such column'
    ):
        service.import_prices(path)


def test_campaign_import(service: ImportService, write_csv: WriteCsv, engine: Engine) -> None:
    report = service.import_campaigns(write_csv(CAMPAIGN_HEADER, CAMPAIGNS, name="c.csv"))

    assert report.added == 2
    winter, save3 = sorted(CampaignRepository(engine).all(), key=lambda c: c.code != "WINTER")
    assert (
        winter.offering_codes == () and winter.currencies == () and winter.terms == (Term.ANNUAL,)
    )
    assert winter.valid_to == date(2026, 3, 31) and winter.percent_off == Decimal("10")
    assert save3.percent_off == Decimal("15.5") and save3.valid_from == date(2026, 1, 1)
    assert save3.offering_codes == ("DSP", "RND") and save3.currencies == ("SEK", "EUR")
    assert save3.terms == (Term.THREE_YEAR, Term.ANNUAL)
    assert save3.applies("RND", Term.ANNUAL, "EUR", date(2026, 6, 1))

    rows = [list(r) for r in CAMPAIGNS]
    rows[0][4] = "2026-04-30"
    report = service.import_campaigns(write_csv(CAMPAIGN_HEADER, rows, name="c2.csv"))
    assert (report.updated, report.unchanged) == (1, 1)
    assert report.changes == (FieldChange("WINTER", "valid_to", "2026-03-31", "2026-04-30"),)


def test_campaign_optional_columns_may_be_left_out(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    header = ["Code", "Percent_Off", "Valid_From", "Valid_To"]
    path = write_csv(header, [["X", "5", "2026-01-01", "2026-01-31"]])
    service.import_campaigns(path)

    (only,) = CampaignRepository(engine).all()
    assert (only.name, only.terms, only.offering_codes) == ("X", (), ())


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("percent_off", "120", "not a percentage above 0 and at most 100"),
        ("percent_off", "0", "not a percentage above 0"),
        ("valid_to", "2025-12-01", "ends (2025-12-01) before it starts (2026-01-01)"),
        ("terms", "annual|fortnightly", '"fortnightly" is not a known term'),
        ("currencies", "SEK|kronor", "three-letter currency code"),
        ("valid_from", "someday", '"someday" is not a date'),
    ],
)
def test_a_bad_campaign_row_rejects_the_file(
    service: ImportService,
    write_csv: WriteCsv,
    engine: Engine,
    column: str,
    value: str,
    words: str,
) -> None:
    before = table_contents(engine)
    rows = [list(r) for r in CAMPAIGNS]
    rows[0][CAMPAIGN_HEADER.index(column)] = value

    with pytest.raises(ImportFileError) as caught:
        service.import_campaigns(write_csv(CAMPAIGN_HEADER, rows, name="c.csv"))

    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (2, column) and words in problem.problem
    assert table_contents(engine) == before


def test_duplicated_campaign_code(service: ImportService, write_csv: WriteCsv) -> None:
    rows = [CAMPAIGNS[0], CAMPAIGNS[1], CAMPAIGNS[0]]
    with pytest.raises(ImportFileError, match='row 4, column "code": WINTER is also on row 2'):
        service.import_campaigns(write_csv(CAMPAIGN_HEADER, rows))


def test_price_book_with_a_mapped_header(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    path = write_csv(["Artikel", "term", "currency", "unit_price"], PRICES[:1])

    with pytest.raises(
        ImportFileError, match='column "Offering code": the file has no such column'
    ):
        service.import_prices(path)
    service.import_prices(path, mapping={"Artikel": "offering_code"})

    assert PriceRepository(engine).lookup() == {("DSP", Term.ANNUAL, "SEK"): Decimal("18500.00")}
