"""The review step starts in the customer's language, whatever the window's."""

from __future__ import annotations

from pathlib import Path

import pytest

from .screens import TODAY, close_all, settle


@pytest.mark.parametrize(("csn", "expected"), [("5100001001", "sv"), ("5100004001", "en")])
def test_review_language_defaults_from_the_customers_country(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    csn: str,
    expected: str,
) -> None:
    from renewdesk.app import create_main_window
    from renewdesk.demo import build_demo_cache
    from renewdesk.ui.renew_dialog import REVIEW

    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    window = create_main_window(build_demo_cache(tmp_path / "demo.sqlite", TODAY), synchronous=True)
    try:
        page = window.subscriptions_page
        page.customer_filter.setCurrentIndex(page.customer_filter.findData(csn))
        page.eligible_only.setChecked(True)
        settle()
        page.table.selectAll()
        settle()
        window.open_renew(page.selected_results(), False)
        dialog = window.renew_dialog
        dialog.next_button.click()  # options
        dialog.next_button.click()  # review
        settle()
        assert dialog.step == REVIEW
        # The window is English (no translator installed); SE customers get Swedish.
        assert dialog.review.language_code() == expected
    finally:
        close_all()
        window.close()
