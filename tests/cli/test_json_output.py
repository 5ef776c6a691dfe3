"""JSON on the command line: one compact line by default, indented with ``--pretty``."""

from __future__ import annotations

import json

from tests.cli.conftest import write
from tests.cli.test_import_check import CANONICAL


def test_check_json_is_compact_by_default_and_indented_when_asked(cli, tmp_path):
    assert cli("import", str(write(tmp_path / "subs.csv", CANONICAL))).code == 0
    compact = cli("check", "--today", "2026-11-26", "--format", "json")
    pretty = cli("check", "--today", "2026-11-26", "--format", "json", "--pretty")
    assert compact.code == pretty.code == 0
    assert compact.out.count("\n") == 1
    # Compact: no space after any separator (the rules' source sentences hold ": " themselves).
    compact_form = json.dumps(json.loads(compact.out), ensure_ascii=False, separators=(",", ":"))
    assert compact.out == compact_form + "\n"
    assert pretty.out.startswith('[\n {\n  "subscription_id": ')
    assert json.loads(compact.out) == json.loads(pretty.out)
    rows = json.loads(compact.out)
    assert len(rows) == 8
    # Two subscriptions with the same verdict and group still read as their own rows.
    by_id = {r["subscription_id"]: r for r in rows}
    assert by_id["S-OK"]["group"] == by_id["S-EDGE"]["group"]
    assert by_id["S-OK"]["codes"] == by_id["S-EDGE"]["codes"] == []
