"""Small shared widgets: the eligibility pill, page headers, automation naming."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

# (background, text) per badge kind; soft tints that read on light and dark rows.
BADGE_COLORS: dict[str, tuple[str, str]] = {
    "eligible": ("#dcfae6", "#067647"),
    "eligible_info": ("#d1e9ff", "#175cd3"),
    "blocked": ("#fee4e2", "#b42318"),
    "neutral": ("#f2f4f7", "#344054"),
    "warn": ("#fef0c7", "#b54708"),
}


def name(widget: QWidget, object_name: str, accessible: str | None = None) -> None:
    """Set the automation name (objectName) and the accessible name together."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible or object_name)


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's text as a rounded pill coloured by the model's badge role."""

    def __init__(self, badge_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = badge_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        kind = str(index.data(self._role) or "neutral")
        bg, fg = BADGE_COLORS.get(kind, BADGE_COLORS["neutral"])
        font = QFont(opt.font)
        font.setPointSizeF(max(7.5, font.pointSizeF() - 0.5))
        font.setWeight(QFont.Weight.DemiBold)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(
            opt.rect.left() + 6,
            opt.rect.center().y() - height / 2 + 1,
            min(width, opt.rect.width() - 12),
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height())


def page_header(title: str, subtitle: str = "") -> tuple[QWidget, QLabel]:
    """A page title with a muted subtitle; returns the widget and the subtitle label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    heading = QLabel(title)
    heading.setProperty("role", "pageTitle")
    sub = QLabel(subtitle)
    sub.setProperty("role", "muted")
    layout.addWidget(heading)
    layout.addWidget(sub)
    return box, sub


def configure_table(view: QTableView, row_height: int = 30) -> None:
    """The table look every page shares; fixed row heights keep 100k rows cheap."""
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    vh = view.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(vh.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height)
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    hh.setStretchLastSection(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    # Tab and Shift+Tab leave the table for the next control; arrows move between rows.
    view.setTabKeyNavigation(False)


def dialog_layout(dialog: QWidget, title: str, intro: str) -> QVBoxLayout:
    """A dialog's outer layout, opened with its title and a muted introduction."""
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(20, 16, 20, 14)
    outer.setSpacing(10)
    heading = QLabel(title)
    heading.setProperty("role", "pageTitle")
    outer.addWidget(heading)
    outer.addWidget(muted(intro))
    return outer


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def palette_is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
