"""Disabled looks disabled and focus is visible, in the light look and at high contrast (item 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton, QRadioButton, QVBoxLayout, QWidget

from renewdesk.ui import theme
from renewdesk.ui.theme import ACCENT, apply_theme, explain_disabled


@pytest.fixture(params=[False, True], ids=["light", "high-contrast"])
def look(request, qapp) -> Iterator[bool]:  # type: ignore[no-untyped-def]
    apply_theme(qapp, high_contrast=request.param)
    yield request.param
    apply_theme(qapp, high_contrast=False)


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _darkest(image: QImage) -> int:
    """The lowest lightness of any pixel: the text's colour."""
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )


def _pair(qtbot, cls, text: str):  # type: ignore[no-untyped-def]
    host = QWidget()
    layout = QVBoxLayout(host)
    enabled, disabled = cls(text), cls(text)
    layout.addWidget(enabled)
    layout.addWidget(disabled)
    disabled.setEnabled(False)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, enabled, disabled


@pytest.mark.parametrize("cls", [QPushButton, QRadioButton])
def test_a_disabled_control_is_drawn_lighter(qtbot, look, cls) -> None:  # type: ignore[no-untyped-def]
    _host, enabled, disabled = _pair(qtbot, cls, "Create a quote")
    on, off = _darkest(_image(enabled)), _darkest(_image(disabled))
    assert off - on >= 60, (on, off)  # greyed out, plainly


def test_focus_draws_a_ring(qtbot, look) -> None:  # type: ignore[no-untyped-def]
    host, first, second = _pair(qtbot, QPushButton, "Buy")
    second.setEnabled(True)
    host.activateWindow()
    qtbot.waitActive(host)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(second.hasFocus)
    unfocused, focused = _image(first), _image(second)
    assert unfocused != focused
    ring = focused.pixelColor(1, focused.height() // 2)
    expected = QColor("#000000") if look else QColor(ACCENT)
    assert ring == expected, ring.name()


def test_explain_disabled_says_why_and_gives_the_tooltip_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton("Buy")
    qtbot.addWidget(button)
    button.setToolTip("Record the quote as bought")
    explain_disabled(button, "Only a sent quote can be bought.")
    assert not button.isEnabled() and button.toolTip() == "Only a sent quote can be bought."
    explain_disabled(button, "")
    assert button.isEnabled() and button.toolTip() == "Record the quote as bought"


def test_high_contrast_follows_the_environment(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(theme.HIGH_CONTRAST_ENV, "1")
    assert theme.wants_high_contrast(qapp)
    monkeypatch.setenv(theme.HIGH_CONTRAST_ENV, "0")
    assert not theme.wants_high_contrast(qapp)


def test_a_korean_or_chinese_name_shows_in_the_window_as_in_the_pdf(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every character of a CJK customer name gets a real glyph, none the empty box."""
    from PySide6.QtGui import QTextLayout

    apply_theme(qapp, high_contrast=False)
    name = "김민준 소프트웨어 北京软件技术有限公司 設計"
    layout = QTextLayout(name, qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [
        (run.rawFont().familyName(), g) for run in layout.glyphRuns() for g in run.glyphIndexes()
    ]
    assert len(glyphs) == len(name)
    assert [pair for pair in glyphs if pair[1] == 0] == []  # glyph 0 is the "missing" box
