"""Tests and feedback of a session: one row per participant with the pre-test and post-test scores, the
knowledge gain, the 0–10 recommendation and a comment; the session's averages and NPS on top, computed again after
each change. Each cell is saved the moment it is committed; Enter moves down the column, as the trainer types a
pile of test sheets one after another. A refused value is told in a sentence under the table, not in a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.attendance.rounds_panel import (
    BANNER_STYLE,
    BETTER_COLOUR,
    PROBLEM_STYLE,
    ROW_HEIGHT,
    WORSE_COLOUR,
    EntryKeys,
    NumberDelegate,
)
from factory_desk.ui.forms.ui_scores_panel import Ui_ScoresPanel
from factory_desk.ui.look import scaled
from factory_desk.ui.widgets.numbers import number_text, signed_text
from factory_desk.ui.widgets.rows_model import AnyIndex, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.evaluation import ScoreRow, Scores, ScoresSummary
    from factory_desk.store.database import Database

PASSIVE_COLOUR = QColor("#7a4f00")


class ScoresModel(RowsTableModel["ScoreRow"]):
    NUMBER, NAME, PRE, POST, GAIN, RECOMMEND, COMMENT = range(7)
    COLUMN_COUNT = 7
    EDITABLE = (PRE, POST, RECOMMEND, COMMENT)

    def __init__(self, commit: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit  # (row, column, text) → whether the value was taken
        self.closed = True
        self.max_score = Decimal(100)  # scores out of another maximum show it

    def headers(self) -> Sequence[str]:
        return ["№", self.tr("Name"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Gain"),
                self.tr("Recommends, 0–10"), self.tr("Comment")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.GAIN:
                return self.tr("Post-test minus pre-test, in points (in percentage points when the two tests have "
                               "different maximums)")
            if section == self.RECOMMEND:
                return self.tr("“How likely are you to recommend this training to a colleague?” 9–10: promoter, "
                               "7–8: passive, 0–6: detractor")
        return super().headerData(section, orientation, role)

    def replace_row(self, row: ScoreRow) -> None:
        number = next(i for i, old in enumerate(self._rows) if old.person_id == row.person_id)
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.COLUMN_COUNT - 1))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.closed and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return bool(self._commit(self._rows[index.row()], index.column(), str(value or "")))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.NUMBER:
            return str(index.row() + 1)  # the row's place in the list
        return super().data(index, role)

    def _score_text(self, score: Decimal | None, maximum: Decimal | None, role: int) -> str:
        text = number_text(score)
        if score is not None and maximum != self.max_score and role == Qt.ItemDataRole.DisplayRole:
            text = self.tr("{score} of {maximum}").format(score=text, maximum=number_text(maximum))
        return text

    def cell(self, row: ScoreRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.full_name
            if column == self.PRE:
                return self._score_text(row.pre, row.pre_max, role)
            if column == self.POST:
                return self._score_text(row.post, row.post_max, role)
            if column == self.GAIN:
                if row.gain is not None:
                    return signed_text(row.gain, 0 if row.gain == row.gain.to_integral() else 1)
                if row.gain_points is not None:
                    return self.tr("{points} pp").format(points=signed_text(row.gain_points))
                return ""
            if column == self.RECOMMEND:
                return "" if row.recommend is None else str(row.recommend)
            if column == self.COMMENT:
                return row.comment
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PRE, self.POST, self.GAIN, self.RECOMMEND):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.GAIN and row.gain_points:
                return BETTER_COLOUR if row.gain_points > 0 else WORSE_COLOUR
            if column == self.RECOMMEND and row.recommend is not None:
                return BETTER_COLOUR if row.recommend >= 9 else WORSE_COLOUR if row.recommend <= 6 else PASSIVE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return row.full_name + ("\n" + row.organisation if row.organisation else "")
            if column == self.COMMENT and row.comment:
                return row.comment
            if column == self.GAIN and row.gain_points is not None:
                return self.tr("{before} % → {after} % of the maximum").format(
                    before=number_text(row.pre_percent, 0), after=number_text(row.post_percent, 0))
        return None


class ScoresPanel(QWidget):
    """Tests and feedback of one session, saved cell by cell; read-only when the session is closed."""

    saved = Signal()  # a score or an answer was saved

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *,
                 user_name: str | None = None) -> None:
        super().__init__(parent)
        from factory_desk.ui.user import desk_user

        self.ui = Ui_ScoresPanel()
        self.ui.setupUi(self)
        self._db, self._session_id = db, session_id
        self._user_name = desk_user() if user_name is None else user_name
        self._scores: Scores | None = None
        self._summary: ScoresSummary | None = None
        self._saved_at: QTime | None = None
        self._problem = ""
        self.model = ScoresModel(self._commit, self)
        view = self.ui.scores_view
        view.setModel(self.model)
        self.number_delegate = NumberDelegate(view)
        self.text_delegate = QStyledItemDelegate(view)
        view.setItemDelegate(self.number_delegate)
        view.setItemDelegateForColumn(ScoresModel.COMMENT, self.text_delegate)
        self.keys = EntryKeys(view, self.number_delegate, self.text_delegate)
        view.setFont(scaled(view.font(), 1.15))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, view.fontMetrics().height() + 16))
        view.horizontalHeader().setMinimumHeight(ROW_HEIGHT - 8)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ScoresModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScoresModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.ui.summary_label.setFont(scaled(self.ui.summary_label.font(), 1.1, bold=True))
        self.ui.empty_label.setFont(scaled(self.ui.empty_label.font(), 1.15))
        self.ui.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.ui.banner_label.setStyleSheet(BANNER_STYLE)
        self.ui.saved_label.setEnabled(False)  # quiet: the disabled text colour
        self.ui.max_spin.valueChanged.connect(self._max_changed)
        self.reload()

    # --- what the window asks ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the participants, their scores and answers again."""
        from factory_desk.services.evaluation import scores

        try:
            self._scores = scores(self._db, self._session_id)
        except FactoryDeskError as exc:
            self._scores = None
            self._problem = error_text(exc)
        rows = self._scores.rows if self._scores is not None else ()
        self.model.closed = self._scores is None or self._scores.closed
        self._summary = self._scores.summary if self._scores is not None else None
        self.ui.max_spin.blockSignals(True)
        self.ui.max_spin.setValue(int(self._usual_max(rows)))
        self.ui.max_spin.blockSignals(False)
        self.model.max_score = Decimal(self.ui.max_spin.value())
        self.model.set_rows(rows)
        self._lay_out_columns()
        self._show()

    def focus_entry(self) -> None:
        """Put the keyboard in the first empty pre-test score (else the first post-test score…)."""
        view, model = self.ui.scores_view, self.model
        view.setFocus()
        cells = [model.index(row, column) for column in (ScoresModel.PRE, ScoresModel.POST, ScoresModel.RECOMMEND)
                 for row in range(model.rowCount())]
        target = next((index for index in cells if not index.data()), cells[0] if cells else None)
        if target is not None:
            view.setCurrentIndex(target)
            view.scrollTo(target)

    def rows(self) -> Sequence[ScoreRow]:
        return self.model.rows()

    def summary(self) -> ScoresSummary | None:
        return self._summary

    def problem(self) -> str:
        """The sentence shown under the table when a value was refused ("" when none)."""
        return self._problem

    # --- saving -----------------------------------------------------------------------------------------------
    def _commit(self, row: ScoreRow, column: int, text: str) -> bool:
        from factory_desk.services.evaluation import set_feedback, set_test, summarise
        from factory_desk.services.rounds import number_from_text
        from factory_desk.services.session_status import StatusError

        try:
            if column == ScoresModel.COMMENT:
                if text.strip() == row.comment:
                    return True
                new = set_feedback(self._db, self._session_id, row.person_id, row.recommend, text,
                                   user_name=self._user_name)
            else:
                value = number_from_text(text)
                if column == ScoresModel.RECOMMEND:
                    if value == row.recommend:
                        return True
                    new = set_feedback(self._db, self._session_id, row.person_id, value, row.comment,
                                       user_name=self._user_name)
                else:
                    kind, before, maximum = (("pre", row.pre, row.pre_max) if column == ScoresModel.PRE
                                             else ("post", row.post, row.post_max))
                    if value == before and (value is None or maximum == self.model.max_score):
                        return True
                    new = set_test(self._db, self._session_id, row.person_id, kind, value,
                                   max_score=self.model.max_score, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.keys.refused = True
            self._problem = error_text(exc)
            self._show()
            if isinstance(exc, StatusError):  # closed or cancelled meanwhile: shown read-only once the editor is gone
                QTimer.singleShot(0, self.reload)
            return False
        self.model.replace_row(new)
        self._summary = summarise(self.model.rows())
        self._problem = ""
        self._saved_at = QTime.currentTime()
        self._show()
        self.saved.emit()
        return True

    def _max_changed(self, value: int) -> None:
        self.model.max_score = Decimal(value)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, ScoresModel.PRE),
                                        self.model.index(self.model.rowCount() - 1, ScoresModel.POST))

    @staticmethod
    def _usual_max(rows: Sequence[ScoreRow]) -> Decimal:
        """The maximum most scores already have (100 when there are none)."""
        maximums = [m for row in rows for m in (row.pre_max, row.post_max) if m is not None]
        return max(set(maximums), key=maximums.count) if maximums else Decimal(100)

    # --- showing ----------------------------------------------------------------------------------------------
    def _lay_out_columns(self) -> None:
        view, header = self.ui.scores_view, self.ui.scores_view.horizontalHeader()
        view.resizeColumnToContents(ScoresModel.NAME)
        header.resizeSection(ScoresModel.NAME, max(260, min(header.sectionSize(ScoresModel.NAME), 380)))
        digits = view.fontMetrics().horizontalAdvance("000,0 / 000") + 24
        for column in (ScoresModel.PRE, ScoresModel.POST, ScoresModel.GAIN, ScoresModel.RECOMMEND):
            header.resizeSection(column, max(digits, header.sectionSizeHint(column)))

    def summary_text(self) -> str:
        summary = self._summary
        if summary is None:
            return ""
        dash = "—"
        if summary.pre_count or summary.post_count:
            tests = self.tr("Average score: before {pre} %, after {post} %; gain {gain} percentage points").format(
                pre=number_text(summary.average_pre, 0) or dash, post=number_text(summary.average_post, 0) or dash,
                gain=signed_text(summary.average_gain, 0) if summary.average_gain is not None else dash)
        else:
            tests = self.tr("No test scores yet")
        counts = summary.nps
        if summary.nps_score is None:
            nps = self.tr("NPS: nobody has answered yet (0 of {people})").format(people=summary.people)
        else:
            nps = self.tr("NPS {score}: promoters {promoters}, passives {passives}, detractors {detractors}; "
                          "answered {answered} of {people}").format(
                score=signed_text(Decimal(summary.nps_score)), promoters=counts.promoters, passives=counts.passives,
                detractors=counts.detractors, answered=summary.answered, people=summary.people)
        return tests + "\n" + nps

    def _show(self) -> None:
        scores = self._scores
        has_people = scores is not None and bool(scores.rows)
        closed = scores is None or scores.closed
        self.ui.scores_view.setVisible(has_people)
        self.ui.summary_label.setVisible(has_people)
        self.ui.summary_label.setText(self.summary_text())
        self.ui.hint_label.setVisible(has_people and not closed)
        for widget in (self.ui.max_label, self.ui.max_spin):
            widget.setVisible(has_people and not closed)
        empty = self.tr("Nobody holds a place in this session yet: tests and feedback are recorded for its "
                        "participants.") if scores is not None and not scores.rows else ""
        cancelled = scores is not None and scores.status == "cancelled"
        self.ui.empty_label.setText("" if cancelled else empty)
        self.ui.empty_label.setVisible(not has_people)  # takes the room the table would
        banner = ""
        if scores is not None and closed and (has_people or cancelled):
            banner = (self.tr("This session was cancelled: no scores can be recorded for it.")
                      if scores is not None and scores.status == "cancelled" else
                      self.tr("This session is closed: its scores and feedback can be read but no longer changed. A "
                              "coordinator can reopen it, giving a reason."))
        self.ui.banner_label.setText(banner)
        self.ui.banner_label.setVisible(bool(banner))
        self.ui.problem_label.setText(self._problem)
        self.ui.problem_label.setVisible(bool(self._problem))
        saved = ""
        if self._saved_at is not None:
            saved = self.tr("Saved at {time}").format(time=QLocale().toString(self._saved_at, "HH:mm"))
        self.ui.saved_label.setText(saved)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show()
        super().changeEvent(event)
