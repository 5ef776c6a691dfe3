"""Another admin saved the customer while the Renew dialog had it open (issue 13): the send
is refused in one line naming who and when, Reload shows the details as they are now."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import Qt

from renewdesk.store.identity import os_user
from renewdesk.store.repositories import CustomerRepository
from renewdesk.ui.renew_dialog import RECIPIENTS, REVIEW
from tests.quotes.conftest import make_service, static_settings
from tests.ui.conftest import TODAY

CSN = "5100001001"


def _review_for(window, qtbot, sid: str):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    page.renew_requested.emit([page.model.result_at(page.model.row_of(sid))], True)
    dialog = window.renew_dialog
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == REVIEW
    return dialog


def test_a_customer_saved_by_another_admin_meanwhile_is_refused_then_reloaded(
    main_window, engine, qtbot, tmp_path
) -> None:
    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    dialog = _review_for(main_window, qtbot, "SUB-1003")
    phone = dialog.review.customer_fields["buyer_phone"]
    phone.clear()
    qtbot.keyClicks(phone, "+46 8 999 999")
    dialog.review.flush()

    # The other admin, in their own client over the same cache, quotes SUB-1001 and
    # corrects the customer's buyer email on the way.
    other = make_service(
        engine,
        lambda: datetime.combine(TODAY, time(9, 15)),
        settings=static_settings(),
        deliver_now=lambda now: None,
    )
    cached = other.customer(CSN)
    typed = replace(cached, buyer_email="inkop@nordljus.example")
    request = other.request(
        ["SUB-1001"], customer=typed, customer_version=other.customer_version(CSN)
    )
    other.create_draft(request)

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == RECIPIENTS
    dialog.recipients.set_delivery("pdf")
    qtbot.mouseClick(dialog.recipients.send_button, Qt.MouseButton.LeftButton)
    bar = dialog.stale_bar
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert bar.objectName() == "staleEditBar"
    assert bar.text.text() == (
        f"Customer {CSN} was changed by {os_user()} at 2026-03-02 09:15: reload it and save again"
    )
    assert dialog.sent_result() is None  # nothing saved over the other admin's change
    assert CustomerRepository(engine).get(CSN).buyer_email == "inkop@nordljus.example"

    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert dialog.step == REVIEW
    shown = dialog.review.customer()
    assert shown.buyer_email == "inkop@nordljus.example"  # their change, read again
    assert shown.buyer_phone == cached.buyer_phone
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.recipients.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    assert CustomerRepository(engine).get(CSN).buyer_email == "inkop@nordljus.example"
