"""A CJK customer and a product name at its maximum length, from import to ``quote create --pdf``."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from renewdesk.cli import main
from renewdesk.rules.limits import default_limits
from tests.cli.conftest import Run, write
from tests.pdf.pdf_fonts import glyphs_missing

HEADER = (
    "subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,"
    "customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,"
    "renewal_date,status,auto_renew,team,buyer_email"
)
PRICES = "offering_code,term,currency,unit_price\nDSP,annual,USD,1000.00\n"


@pytest.fixture
def cli(db_path, capsys, monkeypatch):
    """``renewdesk --db <tmp cache> ARGS...`` in this process (as tests/cli does)."""
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-26")

    def run(*args: str) -> Run:
        code = main(["--db", str(db_path), *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def test_a_cjk_customer_and_a_longest_product_name_print_from_the_command_line(
    cli, tmp_path
) -> None:
    product = ("設計スイート Premium Collection 렌더 클라우드 " * 20)[
        : default_limits().max_length("product_name")
    ].strip()
    customer = "北京软件有限公司"
    row = (
        f"A1,C1,{product},DSP,standard,5100000001,{customer},,,USD,invoice,annual,10,"
        "2025-12-20,2026-12-19,active,no,Ops,buyer@example.cn"
    )
    for kind, text in (("subscriptions", f"{HEADER}\n{row}\n"), ("prices", PRICES)):
        result = cli("import", "--kind", kind, str(write(tmp_path / f"{kind}.csv", text)))
        assert result.code == 0, result.err

    pdf = tmp_path / "q.pdf"
    result = cli("quote", "create", "A1", "--pdf", str(pdf))
    assert result.code == 0, result.err

    data = pdf.read_bytes()
    assert glyphs_missing(data) == []
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    squeezed = "".join(unicodedata.normalize("NFKC", text).split())
    assert customer in squeezed
    assert "".join(product.split()) in squeezed
