"""How the main window's pages, background work and status bar talk to each other.

Kept apart from ``main_window`` (as ``planning_wiring`` is): the window makes the
parts, :func:`wire_pages` connects them once its services are attached.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from renewdesk.ui.main_window import MainWindow


def wire_pages(window: MainWindow) -> None:
    """Every signal between the pages, the dialogs' menu actions and the background."""
    window.nav.currentRowChanged.connect(window._on_page)
    window.action_import.triggered.connect(window.open_import)
    window.action_export.triggered.connect(window.subscriptions_page.action_export.trigger)
    window.action_settings.triggered.connect(window.open_settings)
    window.action_restore.triggered.connect(window.open_restore)
    window.action_quit.triggered.connect(window.close)
    window.action_about.triggered.connect(window._on_about)
    page = window.subscriptions_page
    page.renew_requested.connect(window.open_renew)
    page.renew_all_requested.connect(lambda results: window.open_renew(results, False, False))
    page.message.connect(window.show_message)
    page.data_changed.connect(window._update_as_of)
    page.set_empty_actions(window.open_import, window.open_demo)
    window.quotes_page.message.connect(window.show_message)
    window.quotes_page.subscriptions_changed.connect(page.reload)
    window.quotes_page.outbox_changed.connect(window.outbox_page.reload)
    window.quotes_page.copy_requested.connect(window._on_copy_quote)
    window.outbox_page.delivery_attempted.connect(window.on_delivery_attempted)
    window.outbox_page.message.connect(window.show_message)
    window.outbox_page.sent.connect(window.quotes_page.reload)
    window.quotes_page.delivery_attempted.connect(window.on_delivery_attempted)
    window.quotes_page.ensure_password = window.password_prompt.ensure
    pages = {
        "subscriptions": window.subscriptions_page,
        "quotes": window.quotes_page,
        "outbox": window.outbox_page,
    }
    for key, p in pages.items():
        p.reload_started.connect(lambda key=key: window.watcher.mark(key))
    window.watcher.changed.connect(lambda key: pages[key].reload())
    bg = window.background
    bg.secret_store_known.connect(window.set_secret_store)
    bg.quotes_made.connect(window._after_automatic_quotes)
    bg.send_requested.connect(window.outbox_page.send_due_on_timer)
    bg.message.connect(window.show_message)
    bg.cache_damaged.connect(window._cache_damaged)
    bg.auto_quotes_reported.connect(window.auto_quotes_status.show_report)
    bg.auto_quotes_reported.connect(window.quotes_page.auto_notice.show_report)
    window.quotes_page.auto_notice.fix_requested.connect(window.fix_automatic_quotes)
