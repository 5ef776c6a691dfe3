"""The application's look: Fusion plus one stylesheet, light and calm.

Widgets opt into roles through dynamic properties (``role="pageTitle"``,
``kind="primary"``) so the stylesheet, not each widget, owns colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d4ed8"
BORDER = "#d0d5dd"
MUTED = "#667085"
SIDEBAR = "#f2f4f7"

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


_APPLIED = "renewdeskTheme"


def apply_theme(app: QApplication) -> None:
    """Fusion with a light palette and the stylesheet, so every platform looks alike.

    Idempotent: ``run_gui`` and ``create_main_window`` both call it, and a second
    call must not re-polish every widget (setStyleSheet does) or grow the font.
    """
    if app.property(_APPLIED) and app.styleSheet() == STYLESHEET:
        return
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#344054"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#dbe6fe"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#101828"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
        app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    app.setProperty(_APPLIED, True)
