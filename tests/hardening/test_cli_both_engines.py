"""The command line over a cache file and over a PostgreSQL URL gives the same answers.

The demo's subscriptions (every rule case of SPEC 1.1, dates placed around the
test's day), its price book and campaigns go through the real ``renewdesk
import``, then ``renewdesk check --format json`` judges them: the verdicts, the
reasons and the import reports are byte for byte the same on both engines. A bad
file is refused over the URL as over the file: exit 2, one line, nothing changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from renewdesk.demo import resolve_dates
from renewdesk.resources import resource_path
from tests.hardening.cli_runs import assert_one_clean_line, run
from tests.importing.helpers import table_contents
from tests.quotes.conftest import TODAY


@pytest.fixture
def demo_files(tmp_path: Path) -> list[Path]:
    files = []
    for name in ("subscriptions.csv", "prices.csv", "campaigns.csv"):
        text = resource_path("demo", name).read_text(encoding="utf-8")
        target = tmp_path / name
        target.write_text(resolve_dates(text, TODAY), encoding="utf-8")
        files.append(target)
    return files


def import_and_check(tmp_path: Path, db: str, files: list[Path]) -> list[str]:
    """What the admin reads: each import's report, a re-import's, and the check's JSON."""
    seen = []
    for kind, path in zip(("subscriptions", "prices", "campaigns"), files, strict=True):
        result = run(
            tmp_path,
            "--db",
            db,
            "import",
            str(path),
            *(["--kind", kind] * (kind != "subscriptions")),
        )
        assert result.code == 0, result
        seen.append(result.out)
    again = run(tmp_path, "--db", db, "import", str(files[0]))
    assert again.code == 0 and "0 added, 0 updated" in again.out, again
    seen.append(again.out)
    check = run(tmp_path, "--db", db, "check", "--format", "json")
    assert check.code == 0, check
    seen.append(check.out)
    return seen


def test_import_and_check_over_a_url_match_the_cache_file(
    tmp_path: Path, pg_cache_url: str, demo_files: list[Path]
) -> None:
    on_file = import_and_check(tmp_path, str(tmp_path / "cache.sqlite"), demo_files)
    over_url = import_and_check(tmp_path, pg_cache_url, demo_files)
    verdicts = json.loads(on_file[-1])
    assert {v["eligible"] for v in verdicts} == {True, False}  # the demo holds both
    assert over_url == on_file


def test_a_bad_file_over_a_url_is_one_line_and_changes_nothing(
    tmp_path: Path, pg_cache_url: str, demo_files: list[Path]
) -> None:
    assert run(tmp_path, "--db", pg_cache_url, "import", str(demo_files[0])).code == 0
    engine = create_engine(pg_cache_url)
    try:
        before = table_contents(engine)
        text = demo_files[0].read_text(encoding="utf-8").splitlines()
        header, first, *rest = text
        bad = tmp_path / "bad.csv"
        bad.write_text("\n".join([header, first.replace(",", ",,", 1), *rest]) + "\n")
        line = assert_one_clean_line(run(tmp_path, "--db", pg_cache_url, "import", str(bad)))
        assert "bad.csv" in line and "row 2" in line, line
        assert table_contents(engine) == before
    finally:
        engine.dispose()
