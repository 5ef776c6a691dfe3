"""The application's look: Fusion plus one stylesheet, light and calm.

Widgets opt into roles through dynamic properties (``role="pageTitle"``,
``kind="primary"``) so the stylesheet, not each widget, owns colours.

Two rules hold in both looks (the light one and high contrast, which follows the
system's contrast preference or ``RENEWDESK_HIGH_CONTRAST=1``): whatever has
keyboard focus shows a ring, and whatever is disabled (actions, buttons, radio
options, fields) is drawn in the disabled colour; :func:`explain_disabled` also
tells its tooltip why.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1d4ed8"
BORDER = "#d0d5dd"
MUTED = "#667085"
SIDEBAR = "#f2f4f7"
DISABLED = "#98a2b3"  # text of a disabled control (the light look)
HIGH_CONTRAST_ENV = "RENEWDESK_HIGH_CONTRAST"
# The font the quote PDF draws Chinese, Japanese and Korean with (resources/fonts/).
CJK_FALLBACK_FILE = "DroidSansFallback.ttf"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #ffffff; }}
QLabel[role="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: #101828; }}
QLabel[role="sectionTitle"] {{ font-size: 11.5pt; font-weight: 600; color: #101828; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: #b42318; }}
QLabel[role="ok"] {{ color: #067647; }}
QLabel[role="stepCurrent"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel[role="stepOther"] {{ color: {MUTED}; }}
QLabel[role="result"] {{ font-size: 12pt; background: #ecfdf3; border: 1px solid #abefc6;
    border-radius: 8px; padding: 14px; color: #054f31; }}
QFrame[role="card"] {{ background: #ffffff; border: 1px solid #eaecf0; border-radius: 10px; }}
QFrame[role="notice"] {{ background: #fffaeb; border: 1px solid #fedf89; border-radius: 8px; }}
QFrame[role="blocker"] {{ background: #fef3f2; border: 1px solid #fecdca; border-radius: 8px; }}
QFrame[role="info"] {{ background: #eff8ff; border: 1px solid #b2ddff; border-radius: 8px; }}
QListWidget#navList {{ background: {SIDEBAR}; border: none; border-right: 1px solid #eaecf0;
    padding: 4px 8px; outline: 0; }}
QListWidget#navList::item {{ padding: 9px 10px; border-radius: 6px; color: #344054; }}
QListWidget#navList::item:selected {{ background: #ffffff; color: {ACCENT};
    font-weight: 600; border: 1px solid #e4e7ec; }}
QListWidget#navList::item:hover:!selected {{ background: #e9ecf1; }}
QWidget#sidebar {{ background: {SIDEBAR}; border-right: 1px solid #eaecf0; }}
QLabel#sidebarTitle {{ color: {MUTED}; font-size: 8.5pt; font-weight: 600;
    letter-spacing: 0.5px; padding: 14px 18px 6px 18px; background: {SIDEBAR}; }}
QTableView, QTreeWidget, QTreeView {{ border: 1px solid #eaecf0; border-radius: 8px;
    gridline-color: #eaecf0; selection-background-color: #dbe6fe; selection-color: #101828;
    alternate-background-color: #f9fafb; background: #ffffff; }}
QTreeView::item {{ padding: 4px 2px; }}
QHeaderView::section {{ background: #f9fafb; color: #475467; font-weight: 600;
    border: none; border-bottom: 1px solid #eaecf0; padding: 6px 6px; }}
QComboBox, QSpinBox {{ min-height: 22px; }}
QLineEdit {{ border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 6px;
    background: #ffffff; min-height: 20px; }}
QLineEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"] {{ border: 1px solid #d92d20; background: #fffbfa; }}
QPushButton, QToolButton {{ border: 1px solid {BORDER}; border-radius: 5px;
    padding: 5px 14px; background: #ffffff; color: #344054; }}
QPushButton:hover, QToolButton:hover {{ background: #f9fafb; }}
QPushButton:disabled, QToolButton:disabled {{ color: #98a2b3; background: #f9fafb;
    border-color: #eaecf0; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT};
    font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: #1e40af; }}
QPushButton[kind="primary"]:disabled {{ background: #b2ccff; border-color: #b2ccff; }}
QToolButton::menu-indicator {{ subcontrol-position: right center; right: 6px; }}
QToolButton#bulkActionsButton {{ padding-right: 24px; font-weight: 600; }}
QGroupBox {{ border: 1px solid #eaecf0; border-radius: 8px; margin-top: 14px;
    padding: 10px 10px 8px 10px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #344054; }}
QRadioButton {{ spacing: 8px; padding: 3px 0; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 6px; text-align: center;
    background: #f2f4f7; min-height: 16px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QStatusBar {{ background: {SIDEBAR}; border-top: 1px solid #eaecf0; color: #475467; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QSplitter::handle {{ background: #ffffff; }}
QTabWidget::pane {{ border: 1px solid #eaecf0; border-radius: 8px; }}
QRadioButton:disabled, QCheckBox:disabled, QLabel:disabled, QGroupBox:disabled {{
    color: {DISABLED}; }}
QComboBox:disabled, QSpinBox:disabled, QLineEdit:disabled {{ color: {DISABLED};
    background: #f9fafb; border-color: #eaecf0; }}
QMenu::item:disabled {{ color: {DISABLED}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid #101828; }}
QRadioButton:focus, QCheckBox:focus {{ border: 1px solid {ACCENT}; border-radius: 4px;
    background: #eff4ff; }}
QComboBox:focus, QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QTableView:focus, QTreeView:focus, QTreeWidget:focus {{ border: 2px solid {ACCENT}; }}
QListWidget#navList:focus {{ border: 1px solid {ACCENT}; }}
QListWidget#navList::item:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="statusWarning"] {{ color: #b54708; border: 1px solid #fedf89;
    background: #fffaeb; padding: 1px 10px; }}
"""

# Keyboard focus is visible on every control (issue 9, a renewal without the mouse):
# a 2 px accent ring, the padding 1 px smaller so nothing moves when focus arrives.
FOCUS_STYLESHEET = f"""
QPushButton:focus, QToolButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid #0b1f66; }}
QToolButton#bulkActionsButton:focus {{ padding-right: 23px; }}
QComboBox:focus, QSpinBox:focus {{ border: 2px solid {ACCENT}; border-radius: 4px; }}
QLineEdit:focus {{ border: 2px solid {ACCENT}; padding: 2px 5px; }}
QTableView:focus, QTreeView:focus, QListWidget#navList:focus {{ border: 2px solid {ACCENT}; }}
QCheckBox, QRadioButton {{ border: 1px solid transparent; border-radius: 3px; }}
QCheckBox:focus, QRadioButton:focus {{ color: {ACCENT}; border-color: {ACCENT}; }}
"""
STYLESHEET += FOCUS_STYLESHEET


# High contrast: black on white, strong borders, a thick black focus ring, and
# disabled controls that stay readable (dark grey, dashed) yet plainly different.
HIGH_CONTRAST_STYLESHEET = (
    STYLESHEET
    + """
QWidget { color: #000000; }
QLabel[role="muted"], QLabel#sidebarTitle, QHeaderView::section { color: #000000; }
QTableView, QTreeWidget, QTreeView, QLineEdit, QComboBox, QGroupBox {
    border: 1px solid #000000; }
QTableView, QTreeWidget, QTreeView { selection-background-color: #000000;
    selection-color: #ffffff; }
QPushButton, QToolButton { border: 1px solid #000000; color: #000000; }
QPushButton[kind="primary"] { background: #000000; color: #ffffff; border: 1px solid #000000; }
QPushButton:disabled, QToolButton:disabled, QPushButton[kind="primary"]:disabled {
    color: #595959; background: #ffffff; border: 1px dashed #595959; }
QRadioButton:disabled, QCheckBox:disabled, QLabel:disabled, QMenu::item:disabled,
QComboBox:disabled, QSpinBox:disabled, QLineEdit:disabled { color: #595959; }
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus,
QTableView:focus, QTreeView:focus, QTreeWidget:focus, QListWidget#navList:focus {
    border: 3px solid #000000; }
QPushButton:focus, QToolButton:focus { padding: 3px 12px; }
QRadioButton:focus, QCheckBox:focus { border: 2px solid #000000; background: #ffff00; }
QPushButton[kind="primary"]:focus { border: 3px solid #ffbf00; }
"""
)


def wants_high_contrast(app: QApplication) -> bool:
    """The system asks for high contrast, or ``RENEWDESK_HIGH_CONTRAST=1`` does."""
    forced = os.environ.get(HIGH_CONTRAST_ENV, "").strip().lower()
    if forced:
        return forced in {"1", "true", "yes", "on"}
    # Keep the hints object referenced while asking: PySide otherwise drops the
    # temporary wrapper and its accessibility child with it.
    hints = app.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def explain_disabled(widget: QWidget, reason: str) -> None:
    """Enable ``widget`` when ``reason`` is empty; else disable it and say why on hover.

    The tooltip it had while enabled comes back when it is enabled again. Any page
    or dialog can call it for a button, a radio option or an action's widget.
    """
    if widget.property("enabledToolTip") is None:
        widget.setProperty("enabledToolTip", widget.toolTip())
    widget.setEnabled(not reason)
    widget.setToolTip(reason or str(widget.property("enabledToolTip") or ""))


_APPLIED = "renewdeskTheme"


def apply_theme(app: QApplication, high_contrast: bool | None = None) -> None:
    """Fusion with a light palette and the stylesheet, so every platform looks alike.

    ``high_contrast`` defaults to :func:`wants_high_contrast`. Idempotent:
    ``run_gui`` and ``create_main_window`` both call it, and a second call must not
    re-polish every widget (setStyleSheet does) or grow the font.
    """
    contrast = wants_high_contrast(app) if high_contrast is None else high_contrast
    sheet = HIGH_CONTRAST_STYLESHEET if contrast else STYLESHEET
    if app.property(_APPLIED) and app.styleSheet() == sheet:
        return
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#344054"))
    # Fusion draws a spin box's focus frame (and selected text) in Highlight: the accent,
    # so focus shows; item views keep their light selection through the stylesheet.
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#ffffff"))
    if contrast:
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(role, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # What Fusion paints itself (menu items, radio and check indicators, arrows).
    disabled = QColor("#595959" if contrast else DISABLED)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    font = QFont(app.font())
    changed = _with_cjk_fallback(font)
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
        changed = True
    if changed:
        app.setFont(font)
    app.setStyleSheet(sheet)
    app.setProperty(_APPLIED, True)


def _with_cjk_fallback(font: QFont) -> bool:
    """Add the bundled CJK font after ``font``'s families; whether ``font`` changed.

    A name the PDF prints must show in the window too: a system without a Korean or
    Chinese font would draw it as empty boxes in the tables and the details pane.
    """
    from renewdesk.resources import resource_path

    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resource_path("fonts", CJK_FALLBACK_FILE)))
    )
    known = font.families() or [font.family()]
    extra = [f for f in families if f not in known]
    if extra:
        font.setFamilies([*known, *extra])
    return bool(extra)
