"""The calendar of sessions: a month (six weeks of days), a week with trainers and fill, or the month's list.

Sessions are coloured by status (planned grey, open blue, confirmed green, held dark, reported dim,
cancelled red and struck through); a group still taking people and under its minimum has its fill in
orange. The visible range is read with one call of `services.calendar.entries_between` (a 6-week month
of a 20-factory region in about 15 ms), so it is read on the GUI thread.

Keyboard: the arrows move the selected day (Up and Down step through the day's sessions first), Enter
opens the selected session (or plans one on an empty day), Page Up / Page Down turn the period, Home goes
to today; Tab reaches the toolbar. A session dragged to another day is offered to the page as
`session_dropped(id, new first day)`; the page moves it with the same checks as an edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QHeaderView, QToolTip, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import time_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_calendar_view import Ui_CalendarView
from factory_desk.ui.look import scaled
from factory_desk.ui.widgets.dates import to_date, to_qdate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.calendar import CalendarEntry
    from factory_desk.store.database import Database

MONTH, WEEK, LIST = "month", "week", "list"
SESSION_MIME = "application/x-factory-desk-session"
STATUS_COLOURS = {
    "planned": QColor("#7b8591"),
    "open": QColor("#2b6cc4"),
    "confirmed": QColor("#2e8540"),
    "held": QColor("#37474f"),
    "reported": QColor("#a4adb5"),
    "cancelled": QColor("#c62828"),
}
WARNING_COLOUR = QColor("#d76b00")


# --- how a session reads, shared with the Today page ----------------------------------------------------------

def status_colour(status: str) -> QColor:
    return STATUS_COLOURS.get(status, STATUS_COLOURS["planned"])


def hours(entry: CalendarEntry) -> str:
    return f"{time_text(entry.starts_at)}–{time_text(entry.ends_at)}"


def fill_text(entry: CalendarEntry) -> str:
    """"11 of 16, 2 waiting"."""
    if entry.waitlisted:
        return translate("CalendarView", "{enrolled} of {max}, {waiting} waiting").format(
            enrolled=entry.enrolled, max=entry.max_group, waiting=entry.waitlisted)
    return translate("CalendarView", "{enrolled} of {max}").format(enrolled=entry.enrolled, max=entry.max_group)


def programme_text(entry: CalendarEntry) -> str:
    """The programme, with "day 2 of 3" for a session of several days."""
    if entry.days > 1:
        return translate("CalendarView", "{programme} (day {n} of {days})").format(
            programme=entry.programme, n=entry.day_no, days=entry.days)
    return entry.programme


def status_text(status: str) -> str:
    from factory_desk.domain.labels import SESSION_STATUS  # brings the data model: only once data is shown

    return translate("Labels", SESSION_STATUS.get(status, status))


def session_tooltip(entry: CalendarEntry) -> str:
    """Everything about one day of a session, one fact a line."""
    lines = [programme_text(entry),
             QLocale().toString(to_qdate(entry.date), QLocale.FormatType.LongFormat) + ", " + hours(entry),
             entry.factory]
    if entry.trainers:
        lines.append(translate("CalendarView", "Trainers: {names}").format(names=entry.trainers))
    lines.append(translate("CalendarView", "Enrolled: {fill} (at least {min})").format(
        fill=fill_text(entry), min=entry.min_group))
    if entry.is_short:
        lines.append(translate("CalendarView", "Under the minimum: {n} more needed").format(
            n=entry.min_group - entry.enrolled))
    lines.append(translate("CalendarView", "Status: {status}").format(status=status_text(entry.status)))
    return "\n".join(lines)


# --- the month and week grid ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Item:
    rect: QRect
    entry: CalendarEntry


class _Type:
    """The grid's fonts and their metrics, made once for the widget's font rather than on every paint."""

    def __init__(self, font: QFont) -> None:
        self.line = QFontMetrics(font).height()
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self._fonts: dict[tuple[bool, bool], tuple[QFont, QFontMetrics]] = {}
        for bold in (False, True):
            for struck in (False, True):
                variant = QFont(font)
                variant.setBold(bold)
                variant.setStrikeOut(struck)
                self._fonts[bold, struck] = variant, QFontMetrics(variant)

    def font(self, *, bold: bool = False, struck: bool = False) -> tuple[QFont, QFontMetrics]:
        return self._fonts[bold, struck]


class DayGrid(QWidget):
    """Days in columns Monday to Sunday: six weeks (month) or one (week), each listing its sessions."""

    session_activated = Signal(int)
    day_activated = Signal(QDate)
    dropped = Signal(int, QDate)  # session id, its new first day
    more_requested = Signal(QDate)  # "+3 more" clicked: the day's week shows them all
    current_changed = Signal(QDate, bool)  # the selected day moved; True: by keyboard (the period may turn)
    page_requested = Signal(int)  # -1 / +1: the previous or next period (Page Up / Page Down)
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Calendar"))
        self._mode = MONTH
        self._first = clock.today()
        self._month = self._first.month
        self._by_day: dict[dt.date, list[CalendarEntry]] = {}
        self._first_days: dict[int, dt.date] = {}  # session id → its first day, for the sessions in view
        self._selected = clock.today()
        self._session: int | None = None
        self._show_factory = True
        self._items: list[_Item] = []
        self._more: list[tuple[QRect, dt.date, int]] = []
        self._drop_day: dt.date | None = None
        self._press: tuple[QPoint, CalendarEntry] | None = None
        self._type_cache: _Type | None = None  # made when first needed, again when the font changes

    # --- what the view sets ---------------------------------------------------------------------------------
    def show_period(self, mode: str, first: dt.date, month: int, entries: Sequence[CalendarEntry], *,
                    show_factory: bool) -> None:
        """Show `mode` (MONTH or WEEK) from `first` (`month` is the month a month view is of) with the sessions'
        days of `entries`; the factory's code is on each session when `show_factory`."""
        self._mode, self._first, self._month = mode, first, month
        self._by_day = {}
        self._first_days = {}
        for entry in entries:
            self._by_day.setdefault(entry.date, []).append(entry)
            if entry.day_no == 1:
                self._first_days[entry.session_id] = entry.date
        self._show_factory = show_factory
        if self._session is not None and not any(e.session_id == self._session
                                                 for e in self._by_day.get(self._selected, [])):
            self._session = None
        self._relayout()

    @property
    def days(self) -> int:
        return 42 if self._mode == MONTH else 7

    @property
    def last(self) -> dt.date:
        return self._first + dt.timedelta(days=self.days - 1)

    def selected_date(self) -> dt.date:
        return self._selected

    def selected_session(self) -> int | None:
        return self._session

    def select(self, day: dt.date, session_id: int | None = None) -> None:
        self._selected = day
        entries = self._by_day.get(day, [])
        if session_id is None or not any(e.session_id == session_id for e in entries):
            visible = self._visible_entries(day)
            session_id = visible[0].session_id if visible else None
        self._session = session_id
        self.update()

    def entries_on(self, day: dt.date) -> list[CalendarEntry]:
        return list(self._by_day.get(day, []))

    def item_rect(self, session_id: int, day: dt.date) -> QRect | None:
        """Where a session's item is drawn on a day (None when it is not drawn: "+N more")."""
        return next((item.rect for item in self._items
                     if item.entry.session_id == session_id and item.entry.date == day), None)

    def day_rect(self, day: dt.date) -> QRect:
        index = (day - self._first).days
        row, column = divmod(index, 7)
        header = self._header_height()
        rows = 6 if self._mode == MONTH else 1
        row_height = (self.height() - header) / rows
        x0, x1 = round(column * self.width() / 7), round((column + 1) * self.width() / 7)
        y0, y1 = header + round(row * row_height), header + round((row + 1) * row_height)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def day_at(self, point: QPoint) -> dt.date | None:
        if point.y() < self._header_height() or not self.rect().contains(point):
            return None
        column = min(6, max(0, int(point.x() * 7 / max(1, self.width()))))
        rows = 6 if self._mode == MONTH else 1
        row_height = (self.height() - self._header_height()) / rows
        row = min(rows - 1, max(0, int((point.y() - self._header_height()) / max(1.0, row_height))))
        return self._first + dt.timedelta(days=row * 7 + column)

    # --- sizes ---------------------------------------------------------------------------------------------
    @property
    def _type(self) -> _Type:
        if self._type_cache is None:
            self._type_cache = _Type(self.font())
        return self._type_cache

    def _line(self) -> int:
        return self._type.line

    def _header_height(self) -> int:
        return self._line() + 10

    def _day_number_height(self) -> int:
        return self._line() + 6 if self._mode == MONTH else 4

    def _item_height(self) -> int:
        return self._line() + 4 if self._mode == MONTH else 5 * self._line() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, self.minimumHeight())

    def _minimum_height(self) -> int:
        gap = 3
        if self._mode == MONTH:  # room for the day number and two sessions a day
            return self._header_height() + 6 * (self._day_number_height() + 2 * (self._item_height() + gap) + 4)
        most = max((len(v) for k, v in self._by_day.items() if self._first <= k <= self.last), default=0)
        return self._header_height() + self._day_number_height() + max(1, most) * (self._item_height() + gap) + 24

    def _relayout(self) -> None:
        self.setMinimumHeight(self._minimum_height())
        self._layout_items()
        self.update()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._layout_items()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._type_cache = None
            self._relayout()
        super().changeEvent(event)

    def _layout_items(self) -> None:
        """Where each session is drawn; a day with more than fit ends with "+N more"."""
        self._items, self._more = [], []
        gap = 3
        for index in range(self.days):
            day = self._first + dt.timedelta(days=index)
            entries = self._by_day.get(day, [])
            if not entries:
                continue
            cell = self.day_rect(day)
            top = cell.top() + self._day_number_height()
            height = self._item_height()
            if self._mode == MONTH and len(entries) * (2 * self._line() + 4 + gap) <= cell.bottom() - 2 - top + gap:
                height = 2 * self._line() + 4  # room to spare: the programme gets a line of its own
            room = max(0, (cell.bottom() - 2 - top + gap) // (height + gap))
            shown = entries if len(entries) <= room else entries[:max(0, room - 1)]
            for n, entry in enumerate(shown):
                self._items.append(_Item(QRect(cell.left() + 3, top + n * (height + gap), cell.width() - 6, height),
                                         entry))
            if len(shown) < len(entries):
                rect = QRect(cell.left() + 3, top + len(shown) * (height + gap), cell.width() - 6, self._line() + 4)
                self._more.append((rect, day, len(entries) - len(shown)))

    def _visible_entries(self, day: dt.date) -> list[CalendarEntry]:
        return [item.entry for item in self._items if item.entry.date == day]

    # --- painting --------------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        today = clock.today()
        for index in range(self.days):
            self._paint_day(painter, palette, self._first + dt.timedelta(days=index), today)
        for item in self._items:
            self._paint_item(painter, palette, item)
        painter.setFont(self._type.italic)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        for rect, _day, count in self._more:
            painter.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{n} more").format(n=count))
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        locale = QLocale()
        header = self._header_height()
        painter.fillRect(0, 0, self.width(), header, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(self._type.font(bold=True)[0])
        for column in range(7):
            day = self._first + dt.timedelta(days=column)
            x0, x1 = round(column * self.width() / 7), round((column + 1) * self.width() / 7)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            if self._mode == WEEK:
                name = "{weekday}, {date}".format(weekday=name, date=locale.toString(to_qdate(day), "d MMMM"))
            painter.drawText(QRect(x0, 0, x1 - x0, header), Qt.AlignmentFlag.AlignCenter, name)

    def _paint_day(self, painter: QPainter, palette: QPalette, day: dt.date, today: dt.date) -> None:
        cell = self.day_rect(day)
        outside = self._mode == MONTH and day.month != self._month
        if outside:
            painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
        elif day.weekday() >= 5:
            weekend = QColor(palette.color(QPalette.ColorRole.AlternateBase))
            weekend.setAlpha(120)
            painter.fillRect(cell, weekend)
        if day == self._drop_day:
            target = QColor(palette.color(QPalette.ColorRole.Highlight))
            target.setAlpha(50)
            painter.fillRect(cell, target)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # an outline: the brush of the day before (today's mark) stays out
        painter.drawRect(cell.adjusted(0, 0, -1, -1) if cell.right() >= self.width() - 1 else cell)
        if self._mode == MONTH:
            number = str(day.day) if day.day != 1 else QLocale().toString(to_qdate(day), "d MMM")
            font, metrics = self._type.font()
            box = QRect(cell.left() + 4, cell.top() + 2, metrics.horizontalAdvance(number) + 10, self._line() + 2)
            if day == today:
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText if outside
                                             else QPalette.ColorRole.Text))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number)
        elif day == today:
            painter.fillRect(QRect(cell.left(), cell.top(), cell.width(), 3),
                             palette.color(QPalette.ColorRole.Highlight))
        if day == self._selected:
            colour = palette.color(QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Dark)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 2))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))

    def _paint_item(self, painter: QPainter, palette: QPalette, item: _Item) -> None:
        entry, rect = item.entry, item.rect
        colour = status_colour(entry.status)
        text_colour = palette.color(QPalette.ColorRole.Text)
        if entry.status == "held":
            background, text_colour = colour, QColor("white")
        else:
            background = QColor(colour)
            background.setAlpha(70 if entry.status in ("open", "confirmed") else 40)
        if entry.status in ("reported", "cancelled"):
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), colour)
        if entry.session_id == self._session and entry.date == self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        struck = entry.status == "cancelled"
        font, metrics = self._type.font(struck=struck)
        painter.setFont(font)
        inner = rect.adjusted(8, 2, -4, -2)
        fill_colour = WARNING_COLOUR if entry.is_short and entry.status != "held" else text_colour
        if self._mode == MONTH:
            # "09:00 Programme…   КИР 12/16": the factory's code and the fill always show, the programme is cut
            fill = f"{entry.enrolled}/{entry.max_group}"
            if entry.is_short:
                fill = "⚠ " + fill
            code = (entry.factory_code or entry.factory) if self._show_factory else ""
            code_width = metrics.horizontalAdvance(code + " ") if code else 0
            fill_width = metrics.horizontalAdvance(fill) + 4
            two_lines = rect.height() > self._item_height()  # a day with few sessions: the programme below
            first = QRect(inner.left(), inner.top(), inner.width(), self._line()) if two_lines else inner
            text = time_text(entry.starts_at) + ("" if two_lines else " " + entry.programme)
            room = inner.width() - fill_width - code_width - 4
            painter.setPen(text_colour)
            painter.drawText(first.adjusted(0, 0, -(fill_width + code_width), 0), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
            if two_lines:
                second = QRect(inner.left(), inner.top() + self._line(), inner.width(), self._line())
                painter.drawText(second, Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(entry.programme, Qt.TextElideMode.ElideRight, inner.width()))
            if code:
                painter.drawText(first.adjusted(0, 0, -fill_width, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, code)
            painter.setPen(fill_colour)
            painter.drawText(first, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, fill)
            return
        lines = [(hours(entry), True, text_colour), (entry.programme, False, text_colour),
                 (entry.factory, False, text_colour),
                 (entry.trainers or self.tr("No trainer yet"), False, text_colour),
                 (("⚠ " if entry.is_short else "") + fill_text(entry), entry.is_short, fill_colour)]
        for n, (text, bold, pen) in enumerate(lines):
            line_font, line_metrics = self._type.font(bold=bold, struck=struck)
            painter.setFont(line_font)
            painter.setPen(pen)
            line = QRect(inner.left(), inner.top() + n * self._line(), inner.width(), self._line())
            painter.drawText(line, Qt.AlignmentFlag.AlignVCenter,
                             line_metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
            if n == 0 and entry.days > 1:  # after the hours, in plain type: "day 2 of 3"
                rest = line.adjusted(line_metrics.horizontalAdvance(text) + 6, 0, 0, 0)
                painter.setFont(font)
                painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(
                    self.tr("day {n} of {days}").format(n=entry.day_no, days=entry.days),
                    Qt.TextElideMode.ElideRight, max(0, rest.width())))

    # --- mouse ------------------------------------------------------------------------------------------------
    def item_at(self, point: QPoint) -> CalendarEntry | None:
        return next((item.entry for item in self._items if item.rect.contains(point)), None)

    def _more_at(self, point: QPoint) -> dt.date | None:
        return next((day for rect, day, _count in self._more if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is None:
            return super().mousePressEvent(event)
        entry = self.item_at(point)
        self.select(day, entry.session_id if entry else None)
        if entry is None:
            self._session = None
        self.current_changed.emit(to_qdate(day), False)
        self._press = (point, entry) if entry is not None and event.button() == Qt.MouseButton.LeftButton else None
        if (more := self._more_at(point)) is not None and event.button() == Qt.MouseButton.LeftButton:
            self.more_requested.emit(to_qdate(more))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, entry = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self._start_drag(entry)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        if (entry := self.item_at(point)) is not None:
            self.select(entry.date, entry.session_id)
            self.session_activated.emit(entry.session_id)
        elif self._more_at(point) is None and (day := self.day_at(point)) is not None:
            self.select(day)
            self._session = None
            self.day_activated.emit(to_qdate(day))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = event.pos()
            if (entry := self.item_at(point)) is not None:
                QToolTip.showText(event.globalPos(), session_tooltip(entry), self)
            elif (day := self._more_at(point)) is not None:
                hidden = [e for e in self._by_day.get(day, []) if e not in self._visible_entries(day)]
                QToolTip.showText(event.globalPos(), "\n".join(
                    f"{time_text(e.starts_at)} {e.programme} · {e.factory}" for e in hidden), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- dragging a session to another day -------------------------------------------------------------------
    def drag_data(self, entry: CalendarEntry) -> QMimeData:
        """What a dragged session carries: its id, the day it was taken from and its first day."""
        first = self._first_days.get(entry.session_id, entry.date - dt.timedelta(days=entry.day_no - 1))
        data = QMimeData()
        data.setData(SESSION_MIME, QByteArray(f"{entry.session_id} {entry.date.isoformat()} {first.isoformat()}"
                                              .encode()))
        return data

    def _start_drag(self, entry: CalendarEntry) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.drag_data(entry))
        rect = self.item_rect(entry.session_id, entry.date)
        if rect is not None:
            pixmap: QPixmap = self.grab(rect)
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(8, pixmap.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)
        self._drop_day = None
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(SESSION_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        day = self.day_at(event.position().toPoint())
        if day is None or not event.mimeData().hasFormat(SESSION_MIME):
            event.ignore()
            return
        if day != self._drop_day:
            self._drop_day = day
            self.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self._drop_day = None
        self.update()
        day = self.day_at(event.position().toPoint())
        carried = bytes(event.mimeData().data(SESSION_MIME).data()).decode().split()
        if day is None or len(carried) != 3:
            event.ignore()
            return
        session_id, taken_from, first = int(carried[0]), dt.date.fromisoformat(carried[1]), \
            dt.date.fromisoformat(carried[2])
        event.acceptProposedAction()
        if day != taken_from:  # the whole session moves by as many days as the dragged day did
            self.dropped.emit(session_id, to_qdate(first + (day - taken_from)))

    # --- keyboard --------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_to(self._selected + dt.timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._session is not None:
                self.session_activated.emit(self._session)
            else:
                self.day_activated.emit(to_qdate(self._selected))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)

    def _move_to(self, day: dt.date, *, last: bool = False) -> None:
        self._selected = day
        visible = self._visible_entries(day)
        self._session = (visible[-1] if last else visible[0]).session_id if visible else None
        self.update()
        self.current_changed.emit(to_qdate(day), True)

    def _step(self, direction: int) -> None:
        """Up / Down: the previous or next session of the day, then the same day of the week before or after."""
        ids = [e.session_id for e in self._visible_entries(self._selected)]
        if self._session in ids:
            position = ids.index(self._session) + direction
            if 0 <= position < len(ids):
                self._session = ids[position]
                self.update()
                return
        if self._mode == MONTH:
            self._move_to(self._selected + dt.timedelta(days=7 * direction), last=direction < 0)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()


# --- the list -----------------------------------------------------------------------------------------------------

class CalendarListModel(RowsTableModel["CalendarEntry"]):
    DATE, TIME, PROGRAMME, FACTORY, TRAINERS, ENROLLED, WAITING, STATUS = range(8)
    COLUMN_COUNT = 8
    SESSION_ID_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Time"), self.tr("Programme"), self.tr("Factory"), self.tr("Trainers"),
                self.tr("Enrolled"), self.tr("Waiting"), self.tr("Status"))

    def session_id(self, row: int) -> int:
        return self._rows[row].session_id

    def cell(self, row: CalendarEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return QLocale().toString(to_qdate(row.date), "dd.MM.yyyy, ddd")
            return (None, hours(row), programme_text(row), row.factory, row.trainers,
                    f"{row.enrolled} / {row.max_group}",
                    str(row.waitlisted) if row.waitlisted else "", status_text(row.status))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return session_tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ENROLLED and row.is_short:
                return WARNING_COLOUR
            if row.status in ("cancelled", "reported"):
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ENROLLED, self.WAITING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SESSION_ID_ROLE:
            return row.session_id
        return None


# --- the view -----------------------------------------------------------------------------------------------------

class CalendarView(QWidget):
    session_activated = Signal(int)  # double-click or Enter on a session
    day_activated = Signal(QDate)  # double-click on the empty space of a day: a new session on that day
    session_dropped = Signal(int, QDate)  # a session dragged to another day: its new first day
    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarView()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._mode = MONTH
        self._date = clock.today()
        self._entries: list[CalendarEntry] = []
        self._shown = (self._date, self._date, self._date.month)  # the period on screen: first, last, month
        self._loaded = False  # whether the period on screen was read from the database
        self.grid = DayGrid(self)
        self.ui.grid_scroll.setWidget(self.grid)
        self.ui.grid_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = CalendarListModel(self)
        view = self.ui.list_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (CalendarListModel.PROGRAMME, CalendarListModel.FACTORY, CalendarListModel.TRAINERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # they share what is left
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.activated.connect(self._list_activated)  # Enter, and double-click
        self.ui.period_label.setFont(scaled(self.ui.period_label.font(), 1.25, bold=True))
        self.ui.previous_button.clicked.connect(lambda: self.turn(-1))
        self.ui.next_button.clicked.connect(lambda: self.turn(1))
        self.ui.today_button.clicked.connect(self.go_today)
        self.ui.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.ui.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.ui.list_button.clicked.connect(lambda: self.set_mode(LIST))
        self.ui.factory_combo.activated.connect(lambda _index: self.refresh())
        self.grid.session_activated.connect(self.session_activated)
        self.grid.day_activated.connect(self.day_activated)
        self.grid.dropped.connect(self.session_dropped)
        self.grid.more_requested.connect(self._show_week_of)
        self.grid.current_changed.connect(self._current_changed)
        self.grid.page_requested.connect(self.turn)
        self.grid.today_requested.connect(self.go_today)
        QWidget.setTabOrder(self.ui.factory_combo, self.grid)
        QWidget.setTabOrder(self.grid, self.ui.list_view)
        self._fill_factories([])
        self._show()

    # --- what the page asks ---------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """A database opened (or closed): the factory filter lists its factories; nothing is read yet."""
        self._db = db
        self._entries = []
        self._loaded = False
        self.reload_factories()
        self._show()

    def reload_factories(self) -> None:
        """The factory filter lists the database's factories again (one was added, renamed or deactivated);
        the chosen factory stays chosen while it is listed."""
        factories: list[tuple[int, str]] = []
        if self._db is not None:
            from factory_desk.services.calendar import factory_choices

            try:
                factories = [(f.id, f.name) for f in factory_choices(self._db)]
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._fill_factories(factories)

    def refresh(self) -> None:
        """Read the visible period again."""
        self._entries = []
        self._loaded = self._db is not None
        if self._db is not None:
            from factory_desk.services.calendar import entries_between

            first, last = self.period()
            try:
                self._entries = entries_between(self._db, first, last, factory_id=self.factory_id())
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._show()

    def show_date(self, day: QDate) -> None:
        """Select `day`, turning to its month or week when it is not in view."""
        target = to_date(day)
        self._date = target
        if self._loaded and self._in_view(target):
            self.grid.select(target)
            self._select_in_list(target)
        else:
            self.refresh()

    def selected_session(self) -> int | None:
        if self._mode == LIST:
            rows = self.ui.list_view.selectionModel().selectedRows()
            return self.model.session_id(rows[0].row()) if rows else None
        return self.grid.selected_session()

    def selected_date(self) -> QDate:
        if self._mode == LIST and (rows := self.ui.list_view.selectionModel().selectedRows()):
            return to_qdate(self.model.row_at(rows[0].row()).date)
        return to_qdate(self.grid.selected_date())

    def factory_id(self) -> int | None:
        data = self.ui.factory_combo.currentData()
        return int(data) if data is not None else None

    def focus_first(self) -> None:
        (self.ui.list_view if self._mode == LIST else self.grid).setFocus()

    def mode(self) -> str:
        return self._mode

    def entries(self) -> list[CalendarEntry]:
        """The sessions' days in view, as read."""
        return list(self._entries)

    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day the current mode shows around the selected date."""
        if self._mode == WEEK:
            monday = self._date - dt.timedelta(days=self._date.weekday())
            return monday, monday + dt.timedelta(days=6)
        first = self._date.replace(day=1)
        if self._mode == LIST:
            following = (first + dt.timedelta(days=32)).replace(day=1)
            return first, following - dt.timedelta(days=1)
        start = first - dt.timedelta(days=first.weekday())
        return start, start + dt.timedelta(days=41)

    # --- moving around ----------------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self._mode = mode
        {MONTH: self.ui.month_button, WEEK: self.ui.week_button, LIST: self.ui.list_button}[mode].setChecked(True)
        self.refresh()

    def turn(self, direction: int) -> None:
        """◀ / ▶: the previous or next month (a week in the week view)."""
        if self._mode == WEEK:
            self._date += dt.timedelta(days=7 * direction)
        else:
            month = self._date.year * 12 + self._date.month - 1 + direction
            year, month = divmod(month, 12)
            following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
            self._date = self._date.replace(year=year, month=month + 1,
                                            day=min(self._date.day, (following - dt.timedelta(days=1)).day))
        self.refresh()

    def go_today(self) -> None:
        self._date = clock.today()
        self.refresh()

    def _show_week_of(self, day: QDate) -> None:
        self._date = to_date(day)
        self.set_mode(WEEK)

    def _current_changed(self, day: QDate, by_keyboard: bool) -> None:
        self._date = to_date(day)
        if by_keyboard and not self._in_view(self._date):
            self.refresh()  # the keyboard went past the month or week: turn to the day's

    def _in_view(self, day: dt.date) -> bool:
        """Whether `day` belongs to the period shown (a month's grid shows days of its neighbours too)."""
        first, last, month = self._shown
        return first <= day <= last and (self._mode == WEEK or day.month == month)

    def _list_activated(self, index: Any) -> None:
        if index.isValid():
            self.session_activated.emit(self.model.session_id(index.row()))

    # --- showing ---------------------------------------------------------------------------------------------
    def _show(self) -> None:
        first, last = self.period()
        self._shown = (first, last, self._date.month)
        keep = self.grid.selected_session()
        if self._mode == LIST:
            self.ui.views_stack.setCurrentWidget(self.ui.list_page)
            self.model.set_rows(self._entries)
            self._select_in_list(self._date)
        else:
            self.ui.views_stack.setCurrentWidget(self.ui.grid_page)
            self.grid.show_period(self._mode, first, self._date.month, self._entries,
                                  show_factory=self.factory_id() is None)
            self.grid.select(self._date, keep)
        self._show_label()

    def _select_in_list(self, day: dt.date) -> None:
        """In the list, the first session on or after `day`."""
        if self._mode != LIST:
            return
        row = next((n for n, e in enumerate(self._entries) if e.date >= day), None)
        if row is not None:
            self.ui.list_view.selectRow(row)
            self.ui.list_view.scrollTo(self.model.index(row, 0))

    def _show_label(self) -> None:
        locale = QLocale()
        if self._mode == WEEK:
            first, last = self.period()
            text = self.tr("{first} – {last}").format(first=locale.toString(to_qdate(first), "d MMMM"),
                                                       last=locale.toString(to_qdate(last), "d MMMM yyyy"))
        else:
            text = f"{locale.standaloneMonthName(self._date.month, QLocale.FormatType.LongFormat)} {self._date.year}"
        self.ui.period_label.setText(text)

    def _fill_factories(self, factories: list[tuple[int, str]]) -> None:
        combo = self.ui.factory_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All factories"), None)
        for factory_id, name in factories:
            combo.addItem(name, factory_id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.factory_combo.setItemText(0, self.tr("All factories"))
            self.model.retranslate()
            self._show_label()
            self.grid.update()
        super().changeEvent(event)
