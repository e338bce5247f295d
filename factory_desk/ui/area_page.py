"""What every area of the main window shows before it has screens of its own: its title, what it is for,
and live figures about it from the open database (services.overview).

The ui modules import the data layer (SQLAlchemy and the models, 0.5 s) only when they first use it, so
the window paints before it loads (see ui/app.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from factory_desk.domain.errors import DatabaseError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_area_page import Ui_AreaPage
from factory_desk.ui.look import make_title, scaled

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview
    from factory_desk.store.database import Database

TILES_PER_ROW = 4


class Figure(NamedTuple):
    caption: str
    value: int | None  # None while no database is open


class FigureTile(QFrame):
    """One figure: the number large, what it counts underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value_label = QLabel(self)
        self.value_label.setFont(scaled(self.value_label.font(), 2.0, bold=True))
        self.caption_label = QLabel(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def show_figure(self, figure: Figure) -> None:
        value = "—" if figure.value is None else QLocale().toString(figure.value)
        self.value_label.setText(value)
        self.caption_label.setText(figure.caption)
        self.setAccessibleName(f"{figure.caption}: {value}")


class AreaPage(QWidget):
    """Base of the overview pages; a subclass names its area and picks its figures."""

    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AreaPage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self._numbers: Overview | None = None
        self._tiles: list[FigureTile] = []
        self._per_row = 0
        self._retranslate()

    # What a subclass says about its area, in the interface language.
    def title(self) -> str:
        raise NotImplementedError

    def purpose(self) -> str:
        raise NotImplementedError

    def figures(self, numbers: Overview | None) -> list[Figure]:
        raise NotImplementedError

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._numbers = None
        self._show_figures()

    def refresh(self) -> None:
        """Read the figures again (when the page is shown, after a database switch, on F5)."""
        self._numbers = None
        if self._db is not None:
            from factory_desk.services.overview import overview

            try:
                self._numbers = overview(self._db)
            except DatabaseError as exc:
                self.problem.emit(error_text(exc))
        self._show_figures()

    def page_shown(self) -> None:
        """The figures are read again each time the page is shown, so they are never stale."""
        self.refresh()

    def focus_first(self) -> None:
        self.setFocus()

    def _show_figures(self) -> None:
        figures = self.figures(self._numbers)
        while len(self._tiles) < len(figures):
            self._tiles.append(FigureTile(self))
        for tile, figure in zip(self._tiles, figures, strict=False):
            tile.show_figure(figure)
        self._per_row = 0  # captions may have changed width
        self._arrange()

    def _arrange(self) -> None:
        """As many tiles in a row as fit (at most four): a narrow window wraps them instead of cutting them."""
        if not self._tiles:
            return
        grid = self.ui.figures_layout
        margins = self.ui.page_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        widest = max(tile.sizeHint().width() for tile in self._tiles)
        per_row = max(1, min(TILES_PER_ROW, (room + grid.horizontalSpacing()) // (widest + grid.horizontalSpacing())))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for tile in self._tiles:
            grid.removeWidget(tile)
        for position, tile in enumerate(self._tiles):
            grid.addWidget(tile, position // per_row, position % per_row)
        for column in range(TILES_PER_ROW):
            grid.setColumnStretch(column, 1 if column < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def _retranslate(self) -> None:
        self.ui.title_label.setText(self.title())
        self.ui.description_label.setText(self.purpose())
        self._show_figures()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
