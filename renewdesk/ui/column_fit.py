"""Column widths that keep the important columns on screen in any language.

The Subscriptions table has thirteen columns; at 1280 px not all of them fit, but
everything up to the Eligibility badge must. Each column needs its data (the
widest visible cell) and would like its header text; German-length or Swedish
headers ("Prenumerations-ID", "Förnyelsedatum") would push the badge off the
window, so the columns up to the badge take their header width only while
there is room, and a header that does not fit is elided (its tooltip has the
full title). If even the data does not fit, the first (product) column gives way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

HEADER_PADDING = 14  # the stylesheet's 6 px each side, and a little air
CELL_PADDING = 12
MIN_FLEXIBLE = 110  # the product column never gets narrower than this
SAMPLE_ROWS = 60  # cells measured per column; QTableView's own hint walks 1000 rows


def fit_widths(
    available: int,
    order: Sequence[int],
    data: Mapping[int, int],
    header: Mapping[int, int],
    keep_visible: int,
) -> dict[int, int]:
    """Widths for ``order``; every column up to ``keep_visible`` fits in ``available``.

    ``data`` is what a column needs for its cells, ``header`` what it would like
    for its title. Columns after ``keep_visible`` get both (they scroll anyway).
    """
    upto = list(order[: order.index(keep_visible) + 1])
    widths = {col: data[col] if col in upto else max(data[col], header[col]) for col in order}
    spare = available - sum(widths[col] for col in upto)
    for col in upto:  # grow toward the header widths, left to right, while there is room
        if spare <= 0:
            break
        grow = min(max(header[col] - widths[col], 0), spare)
        widths[col] += grow
        spare -= grow
    if spare < 0:  # the data alone is too wide: the first column gives way
        first = upto[0]
        widths[first] = max(MIN_FLEXIBLE, widths[first] + spare)
    return widths


class ColumnFitter(QObject):
    """Fits a table's columns on resize and on new data, until the user drags one."""

    def __init__(
        self,
        view: QTableView,
        minimum: Mapping[int, int],
        keep_visible: int,
        *,
        texts: Mapping[int, Sequence[str]] | None = None,
        extra: Mapping[int, int] | None = None,
    ) -> None:
        """``texts``: what a column may show beyond the sampled rows (badge labels);
        ``extra``: pixels a column's delegate adds around its text (a badge's pill)."""
        super().__init__(view)
        self._view = view
        self._minimum = dict(minimum)
        self._keep_visible = keep_visible
        self._texts = dict(texts or {})
        self._extra = dict(extra or {})
        self._fitting = False
        self._fitted_data = False
        self._widths: dict[int, int] = {}  # column -> its cells' width, until the data changes
        self.user_sized = False
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._on_reset)
        for changed in (model.dataChanged, model.layoutChanged, model.rowsInserted):
            changed.connect(self._widths.clear)

    def _on_section_resized(self, *_args: object) -> None:
        # Stretching the last section also lands here; only a drag with the mouse counts.
        dragging = bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
        if not self._fitting and dragging:
            self.user_sized = True

    def _on_reset(self) -> None:
        self._widths.clear()
        # Once, when the first rows arrive: refitting on every search keystroke would
        # make the columns jump while the admin types.
        if not self._fitted_data and self._view.model().rowCount() > 0:
            self._fitted_data = True
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _data_width(self, column: int) -> int:
        """The widest of the first rows' texts (QTableView.sizeHintForColumn walks up to
        1000 rows through Python's data(): seconds at 100k rows, before the view is shown).

        Measured once per change of the data: the resizes while the window first shows
        fit the columns again from the same widths.
        """
        width = self._widths.get(column)
        if width is None:
            width = self._widths[column] = self._measure(column)
        return width

    def _measure(self, column: int) -> int:
        model, metrics = self._view.model(), self._view.fontMetrics()
        texts = [
            str(model.index(r, column).data() or "")
            for r in range(min(model.rowCount(), SAMPLE_ROWS))
        ]
        texts += self._texts.get(column, ())
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        return widest + CELL_PADDING + self._extra.get(column, 0)

    def fit(self) -> None:
        if self.user_sized:
            return
        view, header_view = self._view, self._view.horizontalHeader()
        model = view.model()
        font = QFont(header_view.font())
        font.setWeight(QFont.Weight.DemiBold)  # the stylesheet's header weight
        metrics = QFontMetrics(font)
        order = [header_view.logicalIndex(v) for v in range(header_view.count())]
        data = {c: max(self._minimum.get(c, 40), self._data_width(c)) for c in order}
        titles = {
            c: metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal)))
            + HEADER_PADDING
            for c in order
        }
        available = view.viewport().width()
        if available <= 0:
            return
        widths = fit_widths(available, order, data, titles, self._keep_visible)
        self._fitting = True
        try:
            for col, width in widths.items():
                if header_view.sectionSize(col) != width:
                    view.setColumnWidth(col, width)
        finally:
            self._fitting = False
