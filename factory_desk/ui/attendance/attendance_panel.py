"""The trainer's attendance screen for one session: large rows, one key press or tap per person.

Made for a tablet at 1280×800 or a laptop with the keyboard alone:
- the scan field has the focus: a USB scanner types a badge code and Enter, and that person is marked present;
  a name typed there filters the list, Enter or ↓ goes to the list;
- in the list, a status's digit (shown on its button) marks the selected person and moves to the next one;
  Space or Enter opens the choice of statuses, Delete removes a mark, letters go back to the search;
- touch: a tap on a person's mark opens the choice of statuses; the big buttons under the list mark the
  selected person;
- every mark is saved at once (there is no Save button); Undo (Ctrl+Z) takes the last marks back one by one,
  a whole "Mark the rest present" at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import day_text, fold, time_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_attendance_panel import Ui_AttendancePanel
from factory_desk.ui.look import scaled
from factory_desk.ui.user import desk_user
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.attendance import DaySheet, MarkState, SheetRow
    from factory_desk.services.attendance_statuses import StatusRow
    from factory_desk.store.database import Database

ROW_HEIGHT = 52  # touch-sized rows (at least 44 px)
# The background of a mark: green for those who came, amber for late, red for absent…
STATUS_COLOURS = {"present": "#d7f0d2", "late": "#fbeec1", "left_early": "#fde0c5", "absent": "#f6d3d3",
                  "excused": "#d9e6f7"}
PRESENT_COLOUR, OTHER_COLOUR = "#d7f0d2", "#e6e6e6"


@dataclass(frozen=True)
class UndoStep:
    """What one action changed: each person's mark before it (None: there was none)."""

    day_no: int
    before: tuple[tuple[int, MarkState | None], ...]


class SheetModel(RowsTableModel["SheetRow"]):
    NUMBER, NAME, DETAILS, MARK = range(4)
    COLUMN_COUNT = 4
    PERSON_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[str, StatusRow] = {}
        self._numbers: dict[int, int] = {}  # person id → their number in the whole list (a filter keeps it)
        self.name_font = QFont()

    def headers(self) -> Sequence[str]:
        return ["№", self.tr("Name"), self.tr("Organisation, position"), self.tr("Mark")]

    def set_sheet(self, rows: Sequence[SheetRow], every: Sequence[SheetRow], statuses: dict[str, StatusRow]) -> None:
        self._statuses = statuses
        self._numbers = {row.person_id: number for number, row in enumerate(every, start=1)}
        self.set_rows(rows)

    def status_text(self, code: str | None) -> str:
        if code is None:
            return "—"
        status = self._statuses.get(code)
        return status.shown_name(translate) if status is not None else code

    def cell(self, row: SheetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(self._numbers.get(row.person_id, ""))
            if column == self.NAME:
                return row.full_name
            if column == self.DETAILS:
                return ", ".join(filter(None, (row.organisation, row.position)))
            if column == self.MARK:
                text = self.status_text(row.status)
                return f"{text} — {row.note}" if row.note else text
        if role == Qt.ItemDataRole.FontRole and column in (self.NAME, self.MARK):
            return self.name_font
        if role == Qt.ItemDataRole.BackgroundRole and column == self.MARK and row.status is not None:
            status = self._statuses.get(row.status)
            colour = STATUS_COLOURS.get(row.status) or (
                PRESENT_COLOUR if status is not None and status.counts_as_present else OTHER_COLOUR)
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MARK and row.status is not None:
            return QBrush(QColor("#1a1a1a"))  # readable on the light mark colours in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MARK and row.marked_at is not None:
                return self.tr("Marked at {time} by {user}").format(
                    time=time_text(row.marked_at.astimezone().time()), user=row.marked_by or "?")
            if column in (self.NAME, self.DETAILS):
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.PERSON_ID_ROLE:
            return row.person_id
        return None


class AttendancePanel(QWidget):
    changed = Signal()  # a mark, a walk-in, a replacement, closing or reopening was saved

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *, user_name: str | None = None,
                 day_no: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttendancePanel()
        self.ui.setupUi(self)
        self._db = db
        self.session_id = session_id
        self._user_name = desk_user() if user_name is None else user_name
        self.sheet: DaySheet | None = None
        self.statuses: list[StatusRow] = []
        self.day_no = day_no or 0  # 0: chosen when the sheet is first read (today's day, else the first)
        self.undo_steps: list[UndoStep] = []
        self.status_buttons: list[QPushButton] = []
        self.model = SheetModel(self)
        view = self.ui.sheet_view
        view.setModel(self.model)
        self._style()
        view.installEventFilter(self)
        view.clicked.connect(self._clicked)
        self.ui.scan_edit.installEventFilter(self)
        self.ui.scan_edit.textChanged.connect(self._filter)
        self.ui.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        self.ui.day_combo.activated.connect(self._day_chosen)
        self.ui.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.ui.scan_edit.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ui.rest_button.clicked.connect(self.mark_rest)
        self.ui.walk_in_button.clicked.connect(self.walk_in)
        self.replace_menu = QMenu(self)
        self.replace_registered = self.replace_menu.addAction("")
        self.replace_registered.triggered.connect(self.replace_by_registered)
        self.replace_new = self.replace_menu.addAction("")
        self.replace_new.triggered.connect(self.replace_by_new)
        self.ui.replace_button.setMenu(self.replace_menu)
        self.ui.close_button.clicked.connect(self.close_session)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self._retranslate()
        self.reload()
        self.ui.scan_edit.setFocus()

    # --- looks ----------------------------------------------------------------------------------------------
    def _style(self) -> None:
        ui = self.ui
        base = self.font()
        ui.heading_label.setFont(scaled(base, 1.35, bold=True))
        big = scaled(base, 1.25)
        for widget in (ui.scan_edit, ui.day_combo, ui.counts_label):
            widget.setFont(big)
        self.model.name_font = scaled(base, 1.25)
        view = ui.sheet_view
        view.setFont(scaled(base, 1.1))
        view.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, view.fontMetrics().height() * 2))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = view.horizontalHeader()
        header.setSectionResizeMode(SheetModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SheetModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SheetModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SheetModel.MARK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SheetModel.MARK, 22 * view.fontMetrics().horizontalAdvance("M"))
        header.setStretchLastSection(False)
        for button in (ui.undo_button, ui.rest_button, ui.walk_in_button, ui.replace_button, ui.close_button,
                       ui.reopen_button):
            button.setMinimumHeight(44)
            button.setAutoDefault(False)
        ui.banner_label.setFont(scaled(base, 1.1, bold=True))
        ui.banner_label.setStyleSheet("background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a;"
                                      " border-radius: 4px;")
        ui.saved_label.setStyleSheet("color: palette(placeholder-text);")

    # --- reading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the statuses and the day's sheet again; the selected person stays selected."""
        from factory_desk.services.attendance import day_sheet
        from factory_desk.services.attendance_statuses import statuses

        keep = self.current_person()
        try:
            self.statuses = statuses(self._db)
            if not self.day_no:
                self.day_no = self._first_day()
            self.sheet = day_sheet(self._db, self.session_id, self.day_no)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        self._make_status_buttons()
        self._show_sheet(keep)

    def _first_day(self) -> int:
        from factory_desk.services.attendance import day_sheet

        days = day_sheet(self._db, self.session_id, 1).days
        today = clock.today()
        return next((d.day_no for d in days if d.date == today), days[0].day_no if days else 1)

    def _show_sheet(self, keep: int | None = None) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        ui = self.ui
        day = next((d for d in sheet.days if d.day_no == sheet.day_no), None)
        when = f"{day_text(day.date)}, {time_text(day.starts_at)}–{time_text(day.ends_at)}" if day else ""
        ui.heading_label.setText(f"«{sheet.programme}» · {sheet.factory} · {when}")
        ui.day_combo.blockSignals(True)
        ui.day_combo.clear()
        for d in sheet.days:
            ui.day_combo.addItem(self.tr("Day {n} — {date}").format(n=d.day_no, date=day_text(d.date)), d.day_no)
        ui.day_combo.setCurrentIndex(max(0, ui.day_combo.findData(sheet.day_no)))
        ui.day_combo.blockSignals(False)
        ui.day_combo.setVisible(len(sheet.days) > 1)
        ui.day_label.setVisible(len(sheet.days) > 1)
        self._filter(keep=keep)
        self._show_counts()
        self._show_state()

    def _filter(self, _text: str = "", keep: int | None = None) -> None:
        """Show the people whose name (or organisation) has the typed words; a code being scanned does not
        filter."""
        if self.sheet is None:
            return
        keep = keep if keep is not None else self.current_person()
        text = self.ui.scan_edit.text().strip()
        rows = list(self.sheet.rows)
        if text and not _looks_like_code(text):
            terms = fold(text).split()
            rows = [r for r in rows if all(term in fold(f"{r.full_name} {r.organisation}") for term in terms)]
        self.model.set_sheet(rows, self.sheet.rows, {s.code: s for s in self.statuses})
        if keep is not None and (row := self.row_of_person(keep)) is not None:
            self.ui.sheet_view.selectRow(row)

    def _show_counts(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        counts = sheet.counts()
        parts = [f"{s.shown_name(translate).lower()} {counts[s.code]}" for s in self.statuses if counts.get(s.code)]
        parts += [f"{code} {n}" for code, n in counts.items()
                  if code is not None and code not in {s.code for s in self.statuses}]
        parts.append(self.tr("not marked {n}").format(n=counts.get(None, 0)))
        self.ui.counts_label.setText(" · ".join(parts))

    def _show_state(self) -> None:
        """The banner of a closed or cancelled session, and what can be done now."""
        sheet = self.sheet
        ui = self.ui
        locked = sheet is None or sheet.closed or sheet.cancelled
        if sheet is not None and sheet.cancelled:
            ui.banner_label.setText(self.tr("This session was cancelled: nothing can be recorded for it."))
        elif sheet is not None and sheet.closed_at is not None:
            closed_at = sheet.closed_at.astimezone()
            if sheet.closed_by:
                text = self.tr("This session was closed on {date} at {time} by {user}: its marks can no longer be "
                               "changed. A coordinator can reopen it, giving a reason.")
            else:
                text = self.tr("This session was closed on {date} at {time}: its marks can no longer be changed. "
                               "A coordinator can reopen it, giving a reason.")
            ui.banner_label.setText(text.format(date=day_text(closed_at.date()), time=time_text(closed_at.time()),
                                                user=sheet.closed_by))
        ui.banner_label.setVisible(sheet is not None and (sheet.closed or sheet.cancelled))
        for button in self.status_buttons:
            button.setEnabled(not locked)
        row = self.current_row()
        ui.undo_button.setEnabled(not locked and bool(self.undo_steps))
        ui.rest_button.setEnabled(not locked and sheet is not None and any(r.status is None for r in sheet.rows))
        ui.walk_in_button.setEnabled(not locked)
        absent = row is not None and not self._counts_as_present(row.status)
        ui.replace_button.setEnabled(not locked and absent)
        ui.close_button.setVisible(sheet is None or not sheet.closed)
        ui.close_button.setEnabled(not locked)
        ui.reopen_button.setVisible(sheet is not None and sheet.closed)

    def _counts_as_present(self, code: str | None) -> bool:
        return any(s.code == code and s.counts_as_present for s in self.statuses)

    def _make_status_buttons(self) -> None:
        """One big button per status, its key in front: «1 Присутствует»."""
        layout = self.ui.status_buttons_layout
        wanted = [(s.code, s.shortcut, s.shown_name(translate)) for s in self.statuses]
        if [b.property("status_code") for b in self.status_buttons] == [code for code, _k, _n in wanted]:
            for button, (_code, key, name) in zip(self.status_buttons, wanted, strict=True):
                button.setText(f"{key}  {name}" if key else name)
            return
        for button in self.status_buttons:
            layout.removeWidget(button)
            button.deleteLater()
        self.status_buttons = []
        previous: QWidget = self.ui.sheet_view
        for code, key, name in wanted:
            button = QPushButton(f"{key}  {name}" if key else name, self)
            button.setProperty("status_code", code)
            button.setMinimumHeight(56)
            button.setFont(scaled(self.font(), 1.15))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            button.clicked.connect(partial(self.mark_selected, code))
            layout.addWidget(button)
            QWidget.setTabOrder(previous, button)
            previous = button
            self.status_buttons.append(button)
        QWidget.setTabOrder(previous, self.ui.undo_button)

    # --- the selection ------------------------------------------------------------------------------------------
    def current_row(self) -> SheetRow | None:
        index = self.ui.sheet_view.currentIndex()
        selected = self.ui.sheet_view.selectionModel().selectedRows()
        if not selected or not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def current_person(self) -> int | None:
        row = self.current_row()
        return row.person_id if row is not None else None

    def row_of_person(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self.model.rows()) if r.person_id == person_id), None)

    def select_person(self, person_id: int) -> None:
        if (row := self.row_of_person(person_id)) is not None:
            self.ui.sheet_view.selectRow(row)
            self.ui.sheet_view.scrollTo(self.model.index(row, 0))

    def _next_row(self) -> None:
        view = self.ui.sheet_view
        row = view.currentIndex().row()
        if 0 <= row < self.model.rowCount() - 1:
            view.selectRow(row + 1)

    # --- marking ---------------------------------------------------------------------------------------------
    def mark_selected(self, code: str, *, move_on: bool = True) -> None:
        """Mark the selected person (a status's key or button); then the next person is selected."""
        row = self.current_row()
        if row is None:
            self.say(self.tr("Choose a person in the list first."))
            return
        if self.mark_person(row.person_id, code) and move_on:
            self._next_row()
        self._show_state()

    def mark_person(self, person_id: int, code: str) -> bool:
        from factory_desk.services.attendance import mark

        if self.sheet is None or self.sheet.closed or self.sheet.cancelled:
            return False
        status = next((s for s in self.statuses if s.code == code), None)
        row = next((r for r in self.sheet.rows if r.person_id == person_id), None)
        if status is None or row is None:
            return False
        note = ""
        if status.needs_note:
            note, ok = QInputDialog.getText(
                self, status.shown_name(translate),
                self.tr("{status}: a note for {name} (for example, which document was shown):").format(
                    status=status.shown_name(translate), name=row.full_name), QLineEdit.EchoMode.Normal, row.note)
            if not ok:
                return False
            if not note.strip():
                self.say(self.tr("Not marked: “{status}” needs a note.").format(status=status.shown_name(translate)))
                return False
        try:
            previous = mark(self._db, self.session_id, person_id, code, day_no=self.day_no, note=note,
                            user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            self.reload()
            return False
        self.undo_steps.append(UndoStep(self.day_no, ((person_id, previous),)))
        self._saved(self.tr("{name}: {status}.").format(name=row.full_name, status=status.shown_name(translate)))
        return True

    def unmark_selected(self) -> None:
        from factory_desk.services.attendance import MarkState, unmark

        row = self.current_row()
        if row is None or row.status is None or self.sheet is None or self.sheet.closed:
            return
        try:
            unmark(self._db, self.session_id, row.person_id, day_no=self.day_no, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        self.undo_steps.append(UndoStep(self.day_no, ((row.person_id, MarkState(row.person_id, self.day_no,
                                                                                 row.status, row.note)),)))
        self._saved(self.tr("{name}: the mark was removed.").format(name=row.full_name))

    def mark_rest(self) -> None:
        from factory_desk.services.attendance import mark_rest

        try:
            marked = mark_rest(self._db, self.session_id, day_no=self.day_no, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        if not marked:
            self.say(self.tr("Everyone already has a mark: nothing was changed."))
            return
        self.undo_steps.append(UndoStep(self.day_no, tuple((person_id, None) for person_id in marked)))
        self._saved(self.tr("{n} people without a mark were marked present.").format(n=len(marked)))

    def undo(self) -> None:
        """Take back the last action that made marks (a whole "mark the rest" at once)."""
        from factory_desk.services.attendance import mark, unmark

        if not self.undo_steps or self.sheet is None or self.sheet.closed:
            return
        step = self.undo_steps.pop()
        try:
            first = [pid for pid, before in step.before if before is None]
            if first:
                unmark(self._db, self.session_id, first, day_no=step.day_no, user_name=self._user_name)
            for person_id, before in step.before:
                if before is not None:
                    mark(self._db, self.session_id, person_id, before.status, day_no=step.day_no, note=before.note,
                         user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            self.reload()
            return
        if step.day_no != self.day_no:
            self.day_no = step.day_no
        self._saved(self.tr("Undone: {n} marks as they were before.").format(n=len(step.before))
                    if len(step.before) > 1 else self.tr("Undone."))
        if len(step.before) == 1:
            self.select_person(step.before[0][0])
            self._show_state()

    def _saved(self, sentence: str) -> None:
        self.reload()
        self.say(sentence)
        self.ui.saved_label.setText(self.tr("Saved {time}").format(time=time_text(dt.datetime.now().time())))
        self.changed.emit()

    def say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)

    # --- scanning and searching ------------------------------------------------------------------------------
    def enter_in_scan_field(self) -> None:
        """Enter in the scan field: a code is scanned; a name goes to the first person found."""
        text = self.ui.scan_edit.text().strip()
        if not text:
            self.focus_list()
            return
        if not _looks_like_code(text) and self.model.rowCount():
            self.focus_list()
            return
        self.scan(text)

    def scan(self, text: str) -> None:
        from factory_desk.services.attendance import scan

        self.ui.scan_edit.clear()
        try:
            result = scan(self._db, self.session_id, text, day_no=self.day_no, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        if result.changed:
            self.undo_steps.append(UndoStep(self.day_no, ((result.person_id, result.previous),)))
            self._saved(self.tr("{name}: {status}.").format(name=result.full_name,
                                                            status=self.model.status_text(result.status)))
        else:
            self.say(self.tr("{name} is already marked: {status}.").format(
                name=result.full_name, status=self.model.status_text(result.status)))
        self.select_person(result.person_id)
        self._show_state()
        self.ui.scan_edit.setFocus()

    def focus_list(self) -> None:
        view = self.ui.sheet_view
        view.setFocus()
        if self.model.rowCount() and self.current_row() is None:
            view.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.sheet_view:
                return self._list_key(event)
            if watched is self.ui.scan_edit and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.focus_list()
                return True
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and text and (status := next((s for s in self.statuses if s.shortcut == text), None)):
            self.mark_selected(status.code)
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_status()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.unmark_selected()
            return True
        if key == Qt.Key.Key_Escape and self.ui.scan_edit.text():
            self.ui.scan_edit.clear()
            self.ui.scan_edit.setFocus()
            return True
        if key == Qt.Key.Key_Up and self.ui.sheet_view.currentIndex().row() <= 0:
            self.ui.scan_edit.setFocus()
            return True
        if plain and text and text.isprintable() and not text.isspace():  # typing a name: back to the search
            self.ui.scan_edit.setFocus()
            self.ui.scan_edit.insert(text)
            return True
        return False

    # --- touch: a tap on a mark --------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        self._show_state()
        if index.column() == SheetModel.MARK:
            self.choose_status()

    def status_menu(self) -> QMenu:
        """The statuses as a menu of large items, for the selected person."""
        menu = QMenu(self)
        menu.setFont(scaled(self.font(), 1.25))
        menu.setStyleSheet("QMenu::item { padding: 12px 28px; }")
        for status in self.statuses:
            name = status.shown_name(translate)
            action = menu.addAction(f"&{status.shortcut}  {name}" if status.shortcut else name)
            action.triggered.connect(partial(self.mark_selected, status.code, move_on=False))
        row = self.current_row()
        if row is not None and row.status is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Remove the mark")).triggered.connect(self.unmark_selected)
        return menu

    def choose_status(self) -> None:
        if self.current_row() is None or self.sheet is None or self.sheet.closed or self.sheet.cancelled:
            return
        view = self.ui.sheet_view
        rect = view.visualRect(self.model.index(view.currentIndex().row(), SheetModel.MARK))
        self._menu = self.status_menu()
        self._menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))

    # --- the day ----------------------------------------------------------------------------------------------------
    def _day_chosen(self, index: int) -> None:
        self.day_no = int(self.ui.day_combo.itemData(index))
        self.reload()
        self.say("")

    def show_day(self, day_no: int) -> None:
        self.day_no = day_no
        self.reload()

    # --- walk-ins and replacements ---------------------------------------------------------------------------------
    def walk_in(self) -> None:
        from factory_desk.ui.attendance.walk_in_dialog import WalkInDialog

        self.walk_in_dialog = WalkInDialog(self._db, self.session_id, self.day_no, self, user_name=self._user_name)
        self.walk_in_dialog.added.connect(self._added)
        self.walk_in_dialog.open()

    def _added(self, sentence: str) -> None:
        dialog = self.sender()
        self._saved(sentence)
        person_id = getattr(dialog, "person_id", None)
        if person_id is not None:
            self.select_person(person_id)
        self._show_state()

    def replace_by_new(self) -> None:
        from factory_desk.ui.attendance.walk_in_dialog import WalkInDialog

        row = self.current_row()
        if row is None or not self.ui.replace_button.isEnabled():
            return
        self.walk_in_dialog = WalkInDialog(self._db, self.session_id, self.day_no, self, user_name=self._user_name,
                                           replacing=row)
        self.walk_in_dialog.added.connect(self._added)
        self.walk_in_dialog.open()

    def replace_by_registered(self) -> None:
        from factory_desk.ui.sessions.add_people_dialog import AddPeopleDialog

        row = self.current_row()
        if row is None or not self.ui.replace_button.isEnabled():
            return
        dialog = AddPeopleDialog(self._db, None, self, single=True, organisation=row.organisation,
                                 prompt=self.tr("Who came instead of {name}?").format(name=row.full_name))
        if row.organisation:
            dialog.ui.source_tabs.setCurrentWidget(dialog.ui.organisation_tab)
        dialog.accepted.connect(lambda: self._replace_by_chosen(row, dialog.chosen))
        self.person_dialog = dialog
        dialog.open()

    def _replace_by_chosen(self, row: SheetRow, chosen: dict[int, str]) -> None:
        from factory_desk.services.attendance import replace_on_the_day
        from factory_desk.ui.sessions.conflicts import with_override

        if not chosen:
            return
        person_id, name = next(iter(chosen.items()))
        reason = self.tr("Replaced {name} on the day of the training").format(name=row.full_name)
        try:
            done, _result = with_override(self, lambda override: replace_on_the_day(
                self._db, self.session_id, row.person_id, person_id, day_no=self.day_no, reason=reason,
                override_reason=override, user_name=self._user_name))
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        if done:
            self._saved(self.tr("{new} takes the place of {old} and is marked present.").format(
                new=name, old=row.full_name))
            self.select_person(person_id)
            self._show_state()

    # --- closing and reopening ----------------------------------------------------------------------------------
    def close_session(self) -> None:
        from factory_desk.services.attendance import eligibility

        try:
            report = eligibility(self._db, self.session_id)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        if missing := report.unmarked:
            names = sorted({person.full_name for person, _day in missing})
            self.say(self.tr("The session cannot be closed yet: {n} people have no mark ({names}). Mark them, or "
                             "use “Mark the rest present”.").format(n=len(names), names=", ".join(names[:10])))
            first, day_no = missing[0]
            if day_no != self.day_no:
                self.show_day(day_no)
            self.select_person(first.person_id)
            self.ui.sheet_view.setFocus()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the session"), self.tr(
            "Close the session? Its marks can no longer be changed afterwards (a coordinator can reopen it).\n\n"
            "Eligible for a certificate: {eligible} of {count}.").format(
            eligible=len(report.eligible), count=len(report.people)), QMessageBox.StandardButton.NoButton, self)
        lines = [self.tr("Not eligible:")] if report.not_eligible else []
        lines += ["• " + self.tr("{name} — {why}").format(name=p.full_name, why=error_text(p.why_not))
                  for p in report.not_eligible if p.why_not is not None]
        if report.eligible:
            lines.append(self.tr("Eligible: {names}.").format(names=", ".join(p.full_name for p in report.eligible)))
        box.setInformativeText("\n".join(lines))
        self.close_confirm = box.addButton(self.tr("&Close the session"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.close_confirm)
        box.buttonClicked.connect(lambda button: self._close_answered(button is self.close_confirm))
        self.close_box = box
        box.open()

    def _close_answered(self, confirmed: bool) -> None:
        from factory_desk.services.attendance import close

        if not confirmed:
            return
        try:
            result = close(self._db, self.session_id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        self.undo_steps.clear()
        self._saved(self.tr("The session is closed: {eligible} of {count} people are eligible for a certificate.")
                    .format(eligible=len(result.report.eligible), count=len(result.report.people)))
        self.ui.sheet_view.setFocus()  # the button pressed is gone: the keyboard stays in the panel

    def reopen(self) -> None:
        from factory_desk.services.attendance import reopen

        reason, ok = QInputDialog.getText(self, self.tr("Reopen the session"), self.tr(
            "Why is the closed session reopened? The reason is kept in the audit log with your name:"),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return
        if not reason.strip():
            self.say(self.tr("The session stays closed: a reason is needed to reopen it."))
            return
        try:
            reopen(self._db, self.session_id, reason=reason, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.say(error_text(exc))
            return
        self._saved(self.tr("The session is open for changes again; every change is kept in the audit log."))
        self.ui.scan_edit.setFocus()

    # --- language ---------------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.replace_registered.setText(self.tr("By a &registered person…"))
        self.replace_new.setText(self.tr("By a &new person…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
            self._make_status_buttons()
            self._show_sheet()
        super().changeEvent(event)


def _looks_like_code(text: str) -> bool:
    """A scanner's code (digits, perhaps with a few separators) rather than a name."""
    return any(c.isdigit() for c in text) and not any(c.isalpha() and not c.isascii() for c in text)
