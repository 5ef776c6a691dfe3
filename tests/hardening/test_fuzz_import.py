"""Bad input, fuzzed: mutated CSV and XLSX files never crash an import or touch the cache.

Hypothesis mutates a valid export (random bytes, truncation, huge fields, other
encodings, formula cells, thousands of columns, NUL bytes, broken zip and XML
inside a workbook). Every import either succeeds (the mutation left a valid
file) or raises :class:`ImportFileError`, never anything else; a rejected file
leaves the cache file byte for byte as it was (on PostgreSQL: every row of every
table the import touches). A few such files also go through
``python -m renewdesk import``: exit status 2, one line on stderr, no traceback.
A file over the size limit is refused by its size before a byte of it is parsed.

``RENEWDESK_FUZZ_EXAMPLES`` (default 60) sets the examples per fuzzer.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine

from renewdesk.importing.errors import ImportFileError
from renewdesk.importing.reader import MAX_FILE_BYTES
from renewdesk.services.import_service import ImportService
from renewdesk.store.engine import open_cache
from tests.hardening.kill_harness import REPO_ROOT, child_env
from tests.hardening.scenarios import checkpoint, int_env
from tests.importing.helpers import cache_bytes, table_contents
from tests.pg_server import fresh_database, migrate, server_url

EXAMPLES = int_env("RENEWDESK_FUZZ_EXAMPLES", 60)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HEADER = [
    "subscription_id",
    "product_name",
    "offering_code",
    "customer_csn",
    "customer_name",
    "currency",
    "payment_method",
    "term",
    "seats",
    "start_date",
    "renewal_date",
    "status",
    "auto_renew",
    "team",
    "buyer_email",
]
ROWS = [
    ["FZ-1", "Design Suite", "DSGN", "5100", "Łódź Engineering", "EUR", "invoice", "annual",
     "10", "2025-03-01", "2026-03-01", "active", "no", "Åtta", "buyer@lodz.example"],
    ["FZ-2", "Render Studio", "RND", "5100", "Łódź Engineering", "EUR", "invoice", "annual",
     "4", "2025-03-02", "2026-03-02", "expired", "yes", "", "buyer@lodz.example"],
    ["FZ-3", "Flex", "FLX", "5200", "Zürich AG", "CHF", "credit_card", "monthly",
     "0", "2026-01-01", "2026-02-01", "active", "false", "Ops", ""],
]  # fmt: skip
FORMULAS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "=1+1",
]
HUGE = 200_000  # over the csv module's 131,072-character field limit


def csv_bytes(rows: list[list[str]], header: list[str] = HEADER, delimiter: str = ",") -> bytes:
    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(cell(v) for v in r) for r in [header, *rows]]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


VALID_CSV = csv_bytes(ROWS)


# --- the cache under test ----------------------------------------------------------------


class FuzzCache(NamedTuple):
    """The cache every example imports into, on one engine."""

    folder: Path  # where the inputs are written
    engine: Engine
    state: Callable[[], object]  # the whole cache: the file's bytes, or every table's rows


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def cache(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FuzzCache]:
    """One cache for every example, holding a first valid import: a SQLite file, then a
    PostgreSQL database (skips without a server)."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "first.csv"
    source.write_bytes(VALID_CSV)
    if request.param == "sqlite":
        path = folder / "cache.sqlite"
        engine = open_cache(path)
        ImportService(engine).import_subscriptions(source)
        yield FuzzCache(folder, engine, lambda: cache_bytes(path))
        engine.dispose()
        return
    with fresh_database(server_url()) as url:
        engine = create_engine(url, hide_parameters=True)
        migrate(engine)
        ImportService(engine).import_subscriptions(source)
        yield FuzzCache(folder, engine, lambda: table_contents(engine))
        engine.dispose()


def attempt(cache: FuzzCache, name: str, data: bytes) -> str:
    """Import ``data`` every way there is; "rejected" (cache untouched) or "accepted"."""
    folder = cache.folder / "inputs"
    folder.mkdir(exist_ok=True)
    source = folder / name
    source.write_bytes(data)
    service = ImportService(cache.engine, date_locale="en_GB")
    before = cache.state()
    outcome = "rejected"
    calls: list[Callable[[], object]] = [
        lambda: service.preview(source),
        lambda: service.import_subscriptions(source),
        lambda: service.import_prices(source),
        lambda: service.import_campaigns(source),
    ]
    for call in calls:
        try:
            call()
        except ImportFileError as exc:
            assert str(exc).strip() and "\n" not in str(exc), repr(str(exc))
            assert cache.state() == before, "a rejected file changed the cache"
            continue
        outcome = "accepted"
        before = cache.state()  # a valid file changes the cache: that is the point
    return outcome


# --- CSV mutations -----------------------------------------------------------------------


def mutated_csv(draw: Callable[..., Any]) -> bytes:
    """A mutation of the valid export, built from small draws (so a failure report is short)."""
    data = VALID_CSV
    kind = draw(
        st.sampled_from(
            [
                "random",
                "flip",
                "truncate",
                "huge_field",
                "encoding",
                "formula",
                "columns",
                "nul",
                "quote",
                "short_rows",
            ]
        )
    )
    rows = [list(r) for r in ROWS]
    if kind == "random":
        return draw(st.binary(min_size=1, max_size=3000))
    if kind == "flip":
        buf = bytearray(data)
        for _ in range(draw(st.integers(1, 12))):
            buf[draw(st.integers(0, len(buf) - 1))] = draw(st.integers(0, 255))
        return bytes(buf)
    if kind == "truncate":
        return data[: draw(st.integers(1, len(data) - 1))]
    if kind == "huge_field":
        row = draw(st.integers(0, len(rows)))  # 0: in the header
        col = draw(st.integers(0, len(HEADER) - 1))
        size = draw(st.sampled_from([5_000, 131_073, HUGE]))
        header = list(HEADER)
        target = header if row == 0 else rows[row - 1]
        target[col] = draw(st.sampled_from('xé"')) * size
        return csv_bytes(rows, header)
    if kind == "encoding":
        text = VALID_CSV.decode("utf-8")
        codec = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"]))
        raw = text.encode(codec, errors="replace")
        if draw(st.booleans()):  # bytes Windows-1252 leaves undefined
            raw = raw.replace(b"Zurich", b"Z\x81r\x8dch").replace("Zürich".encode(), b"Z\x9dr")
        if draw(st.booleans()):
            raw = b"\xef\xbb\xbf" + raw  # a BOM that lies
        return raw
    if kind == "formula":
        for row in rows:
            col = draw(st.integers(0, len(HEADER) - 1))
            row[col] = draw(st.sampled_from(FORMULAS))
        return csv_bytes(rows)
    if kind == "columns":
        width = draw(st.integers(1_000, 5_000))
        header = HEADER + [f"extra {i}" for i in range(width)]
        filler = draw(st.sampled_from(["", "x", "=1"]))
        return csv_bytes([r + [filler] * width for r in rows], header)
    if kind == "nul":
        buf = bytearray(data)
        for _ in range(draw(st.integers(1, 3))):
            buf.insert(draw(st.integers(0, len(buf))), 0)
        return bytes(buf)
    if kind == "quote":  # a quoted field that never closes swallows the rest of the file
        where = draw(st.integers(0, len(data) - 1))
        tail = b"x" * draw(st.sampled_from([0, HUGE]))
        return data[:where] + b'"' + data[where:] + tail
    # short_rows: rows cut after a random cell
    return csv_bytes([r[: draw(st.integers(1, len(r)))] for r in rows])


@FUZZ
@given(data=st.data())
def test_mutated_csv_is_imported_or_rejected_cleanly(cache: FuzzCache, data: st.DataObject) -> None:
    attempt(cache, "subscriptions.csv", mutated_csv(data.draw))


# --- XLSX mutations ----------------------------------------------------------------------


def xlsx_bytes(rows: list[list[object]], header: list[str] = HEADER) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


VALID_XLSX = xlsx_bytes([list(r) for r in ROWS])


def rezip(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return out.getvalue()


def mutated_xlsx(draw: Callable[..., Any]) -> bytes:
    """A workbook with odd cells, or a damaged one, built from small draws."""
    kind = draw(st.sampled_from(["cells", "columns", "flip", "truncate", "xml", "missing"]))
    rows: list[list[object]] = [list(r) for r in ROWS]
    if kind == "cells":
        for row in rows:
            col = draw(st.integers(0, len(HEADER) - 1))
            row[col] = draw(
                st.one_of(
                    st.sampled_from(FORMULAS),  # a formula cell (no cached value)
                    st.integers(-(10**12), 10**12),
                    st.floats(allow_nan=True, allow_infinity=False),
                    st.booleans(),
                    st.dates(),
                    st.just("long text"),
                    st.none(),
                )
            )
            if row[col] == "long text":
                row[col] = "é" * 32_000  # Excel's longest cell
        return xlsx_bytes(rows)
    if kind == "columns":
        width = draw(st.integers(1_000, 3_000))
        return xlsx_bytes(
            [r + ["x"] * width for r in rows], HEADER + [f"c{i}" for i in range(width)]
        )
    if kind == "flip":
        buf = bytearray(VALID_XLSX)
        for _ in range(draw(st.integers(1, 20))):
            buf[draw(st.integers(0, len(buf) - 1))] = draw(st.integers(0, 255))
        return bytes(buf)
    if kind == "truncate":
        return VALID_XLSX[: draw(st.integers(1, len(VALID_XLSX) - 1))]
    name = draw(
        st.sampled_from(
            ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"]
        )
    )
    if kind == "missing":
        return rezip(VALID_XLSX, lambda m: m.pop(name, None))
    cut = draw(st.floats(0.0, 1.0))
    junk = draw(st.sampled_from([b"", b"<", b"&", b"\x00", b'<row r="x"><c t="n"><v>NaN']))

    def damage(members: dict[str, bytes]) -> None:
        body = members[name]
        at = int(len(body) * cut)
        members[name] = body[:at] + junk + body[at:]

    return rezip(VALID_XLSX, damage)


@FUZZ
@given(data=st.data())
def test_mutated_xlsx_is_imported_or_rejected_cleanly(
    cache: FuzzCache, data: st.DataObject
) -> None:
    attempt(cache, "subscriptions.xlsx", mutated_xlsx(data.draw))


def test_known_nasty_files_are_rejected_with_a_file_error(cache: FuzzCache) -> None:
    """The cases fuzzing found, kept as plain examples."""
    huge_header = csv_bytes(ROWS, [*HEADER[:-1], "y" * HUGE])
    huge_cell = csv_bytes([[*ROWS[0][:-1], "z" * HUGE]])
    broken_zip = bytearray(VALID_XLSX)
    broken_zip[len(broken_zip) // 3 : len(broken_zip) // 3 + 40] = b"\xff" * 40
    bad_xml = rezip(
        VALID_XLSX,
        lambda m: m.update({"[Content_Types].xml": m["[Content_Types].xml"][:-20]}),
    )
    for name, data in [
        ("huge-header.csv", huge_header),
        ("huge-cell.csv", huge_cell),
        ("broken-zip.xlsx", bytes(broken_zip)),
        ("bad-xml.xlsx", bad_xml),
        ("nul.csv", VALID_CSV.replace(b"Design", b"De\x00sign")),
        ("utf16.csv", VALID_CSV.decode().encode("utf-16")),
    ]:
        assert attempt(cache, name, data) == "rejected", name


def test_formula_cells_are_stored_as_plain_text(cache: FuzzCache) -> None:
    engine = cache.engine
    rows = [list(r) for r in ROWS]
    rows[0][HEADER.index("team")] = FORMULAS[0]
    rows[1][HEADER.index("product_name")] = "=1+1"
    source = cache.folder / "formulas.csv"
    source.write_bytes(csv_bytes(rows))
    ImportService(engine).import_subscriptions(source)
    from renewdesk.store.repositories import SubscriptionRepository

    subs = {s.subscription_id: s for s in SubscriptionRepository(engine).all()}
    assert subs["FZ-1"].team == FORMULAS[0]
    assert subs["FZ-2"].product_name == "=1+1"


# --- too big to read ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["huge.csv", "huge.xlsx"])
def test_a_file_over_the_limit_is_refused_by_its_size_before_parsing(
    cache: FuzzCache, name: str
) -> None:
    engine = cache.engine
    source = cache.folder / name
    with source.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no time spent writing it
    before = cache.state()
    limit = MAX_FILE_BYTES // 2**20
    start = time.monotonic()
    for call in (ImportService(engine).preview, ImportService(engine).import_subscriptions):
        with pytest.raises(ImportFileError, match=f"files over {limit} MB are not imported"):
            call(source)
    assert time.monotonic() - start < 2, "the file was read before its size was checked"
    assert cache.state() == before
    source.unlink()


# --- the command line --------------------------------------------------------------------


def test_the_command_line_rejects_bad_files_with_one_line_and_status_2(
    tmp_path: Path,
) -> None:
    base = tmp_path / "cache.sqlite"
    open_cache(base).dispose()
    checkpoint(base)
    sparse = tmp_path / "sparse.csv"
    with sparse.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    broken_zip = bytearray(VALID_XLSX)
    broken_zip[len(broken_zip) // 3 : len(broken_zip) // 3 + 40] = b"\xff" * 40
    files = {
        "random.csv": bytes(range(256)) * 4,
        "nul.csv": VALID_CSV.replace(b"Design", b"De\x00sign"),
        "huge-field.csv": csv_bytes([[*ROWS[0][:-1], "z" * HUGE]]),
        "broken.xlsx": bytes(broken_zip),
        "sparse.csv": None,
    }
    procs = {}
    for name, data in files.items():
        source = sparse if data is None else tmp_path / name
        if data is not None:
            source.write_bytes(data)
        db = tmp_path / f"{name}.sqlite"
        db.write_bytes(base.read_bytes())
        procs[name] = (
            db,
            subprocess.Popen(
                [sys.executable, "-m", "renewdesk", "--db", str(db), "import", str(source)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=REPO_ROOT,
                env=child_env(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state")),
            ),
        )
    for name, (db, proc) in procs.items():
        out, err = proc.communicate(timeout=120)
        text = err.decode("utf-8", "replace")
        assert proc.returncode == 2, (name, proc.returncode, text)
        assert "Traceback" not in text and out == b"", (name, text)
        lines = text.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("renewdesk: ") and name in lines[0], text
        assert cache_bytes(db) == base.read_bytes(), name
    # Bad input is not an unexpected error: nothing was logged.
    assert not any(tmp_path.rglob("*.log"))
