"""A status-bar message gets the bar's width: the labels that stay the same all session
(cache, as-of date, password store) step aside while it shows and come back after."""

from __future__ import annotations


def test_a_message_takes_the_bar_and_the_session_labels_come_back(main_window, qtbot) -> None:
    main_window.resize(1024, 700)
    main_window.show()
    labels = (main_window.cache_label, main_window.as_of_label, main_window.secrets_label)
    assert all(label.isVisible() for label in labels)

    main_window.show_message("Two emails cut off by the last shutdown were queued again.")

    assert not any(label.isVisible() for label in labels)
    assert main_window.online_label.isVisible()  # the connection's state stays in view
    assert main_window.statusBar().currentMessage().startswith("Two emails")

    main_window.statusBar().clearMessage()  # what the 8 s timeout does
    assert all(label.isVisible() for label in labels)
