"""The packaging tests build and run the frozen application: minutes, not seconds.

They stay out of the default run (skipped, with the reason shown by ``-ra``)
and run when asked for, either way:

    python -m pytest -m packaging tests/packaging
    RENEWDESK_PACKAGING_TESTS=1 python -m pytest tests/packaging
"""

from __future__ import annotations

import os

import pytest

ENV_SWITCH = "RENEWDESK_PACKAGING_TESTS"
MARKER = "packaging"


def packaging_requested(config: pytest.Config) -> bool:
    """True when the marker expression names ``packaging`` or the env switch is on."""
    if os.environ.get(ENV_SWITCH, "").strip() not in ("", "0"):
        return True
    # Any -m expression that mentions the marker decides for itself: "packaging"
    # selects these tests, "not packaging" deselects them.
    return MARKER in (config.getoption("markexpr", default="") or "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if packaging_requested(config):
        return
    skip = pytest.mark.skip(reason=f"builds the frozen app; run with -m {MARKER} or {ENV_SWITCH}=1")
    for item in items:
        if item.get_closest_marker(MARKER) is not None:
            item.add_marker(skip)
