"""The session editor: a new session, an edit, a copy, or a series of sessions on chosen weekdays.

The conflicts of what is on the form (a trainer or the site booked twice, a trainer away, a public holiday, a
group under its minimum close to its date) are checked as the fields change and shown above the buttons;
saving over them needs a reason, which goes to the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_session_editor import Ui_SessionEditor
from factory_desk.ui.sessions.conflicts import conflicts_html
from factory_desk.ui.widgets.dates import to_date, to_qdate
from factory_desk.ui.widgets.dialogs import grow_to_fit

if TYPE_CHECKING:
    from factory_desk.services.conflicts import Conflict
    from factory_desk.services.reference import ProgrammeChoice, ReferenceChoices
    from factory_desk.services.sessions import SeriesPlan, SessionDraft
    from factory_desk.store.database import Database

CHECK_PAUSE_MS = 250  # conflicts are checked once typing pauses


def to_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def working_days_from(first: dt.date, count: int) -> list[dt.date]:
    """`count` dates from `first` on, skipping Saturdays and Sundays (the days of a multi-day programme)."""
    dates = [first]
    day = first
    while len(dates) < count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            dates.append(day)
    return dates


def interface_language() -> str:
    """The language the interface is in ("ru", "lv" or "en"): holiday names are given in it."""
    code = QLocale().name()[:2]
    return code if code in ("ru", "lv", "en") else "en"


class SessionEditor(QDialog):
    """Plan (`session_id` None), edit, copy (`copy_of`) or plan a series (`series=True`) of sessions."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, session_id: int | None = None,
                 copy_of: int | None = None, day: dt.date | None = None, series: bool = False,
                 factory_id: int | None = None, user_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_SessionEditor()
        self.ui.setupUi(self)
        self._db = db
        self._session_id = session_id
        self._copy_of = copy_of
        self._series = series and session_id is None
        self._user_name = user_name
        # The days the session had, or those chosen with «Days…»; kept while the first date stays.
        self._chosen_dates: list[dt.date] = []
        self._status = "planned"
        self.saved_ids: list[int] = []
        self._conflicts: list[Conflict] = []
        self._plan: SeriesPlan | None = None
        self._choices: ReferenceChoices | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_PAUSE_MS)
        self._check_timer.timeout.connect(self.check)
        self._save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setDefault(True)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.days_button.clicked.connect(self.choose_days)
        self.days_dialog: QDialog | None = None  # «Days…», while it is open
        self.ui.series_group.setVisible(self._series)
        self.ui.conflicts_frame.hide()
        self.ui.message_label.hide()
        for edit in (self.ui.first_date_edit, self.ui.until_date_edit):
            edit.setMinimumDate(QDate(2000, 1, 1))
        self._weekday_checks: list[QCheckBox] = [getattr(self.ui, f"weekday_{i}_check") for i in range(7)]
        self._load(day or clock.today(), factory_id)
        self.ui.programme_combo.currentIndexChanged.connect(self._programme_changed)
        self.ui.factory_combo.currentIndexChanged.connect(self._factory_changed)
        self.ui.lead_combo.currentIndexChanged.connect(self._lead_changed)
        for signal in (self.ui.first_date_edit.dateChanged, self.ui.starts_time_edit.timeChanged,
                       self.ui.ends_time_edit.timeChanged, self.ui.assistants_list.itemChanged,
                       self.ui.min_spin.valueChanged, self.ui.max_spin.valueChanged,
                       self.ui.until_date_edit.dateChanged, self.ui.holidays_combo.currentIndexChanged):
            signal.connect(self._changed)
        for check in self._weekday_checks:
            check.toggled.connect(self._changed)
        self._retranslate()
        self._show_days()
        self._show_size_reason()
        self.check()
        grow_to_fit(self)
        self.resize(max(self.width(), 640), self.height())

    # Loading
    def _load(self, day: dt.date, factory_id: int | None) -> None:
        from factory_desk.services.reference import choices

        self._choices = choices(self._db)
        programmes = self.ui.programme_combo
        for programme in self._choices.programmes:
            programmes.addItem(programme.name, programme.id)
        for factory in self._choices.factories:
            self.ui.factory_combo.addItem(factory.name, factory.id)
        holidays = self.ui.holidays_combo
        holidays.addItem(self.tr("Russia"), "RU")
        holidays.addItem(self.tr("Latvia"), "LV")
        holidays.addItem(self.tr("No holidays"), None)
        self.ui.starts_time_edit.setTime(QTime(9, 0))
        self.ui.ends_time_edit.setTime(QTime(17, 0))
        source = self._session_id or self._copy_of
        if source is not None:
            from factory_desk.services.sessions import get_session

            details = get_session(self._db, source)
            self._status = details.status if self._session_id else "planned"
            self._select(programmes, details.programme_id)
            self._select(self.ui.factory_combo, details.factory_id)
            first = details.days[0][1]
            if self._copy_of is not None:  # a copy: a week later, on the same weekday, by default
                first = max(first, day - dt.timedelta(days=1)) + dt.timedelta(days=7)
            else:
                self._chosen_dates = [date for _number, date, _starts, _ends in details.days]
            self.ui.first_date_edit.setDate(to_qdate(first))
            self.ui.starts_time_edit.setTime(QTime(details.days[0][2].hour, details.days[0][2].minute))
            self.ui.ends_time_edit.setTime(QTime(details.days[0][3].hour, details.days[0][3].minute))
            self._fill_trainers(list(details.trainer_ids))
            self.ui.min_spin.setValue(details.min_group)
            self.ui.max_spin.setValue(details.max_group)
            self.ui.size_reason_edit.setText(details.group_size_reason or "")
            self.ui.notes_edit.setPlainText(details.notes)
        else:
            if factory_id is not None:
                self._select(self.ui.factory_combo, factory_id)
            self.ui.first_date_edit.setDate(to_qdate(day))
            self._fill_trainers([])
            self._apply_programme_sizes()
        self.ui.until_date_edit.setDate(self.ui.first_date_edit.date().addMonths(1))
        self._weekday_checks[self.ui.first_date_edit.date().dayOfWeek() - 1].setChecked(True)
        self._select(self.ui.holidays_combo, self._country())

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _programme(self) -> ProgrammeChoice | None:
        programme_id = self.ui.programme_combo.currentData()
        assert self._choices is not None
        return next((p for p in self._choices.programmes if p.id == programme_id), None)

    def _country(self) -> str | None:
        factory_id = self.ui.factory_combo.currentData()
        if factory_id is None:
            return "RU"
        from factory_desk.services.sessions import factory_country

        return factory_country(self._db, factory_id)

    def _fill_trainers(self, chosen: list[int]) -> None:
        """The lead combo and the assistants list: the factory's trainers first, then the others."""
        assert self._choices is not None
        factory_id = self.ui.factory_combo.currentData()
        trainers = sorted(self._choices.trainers, key=lambda t: (factory_id not in t.factory_ids, t.name))
        lead = self.ui.lead_combo
        lead.blockSignals(True)
        lead.clear()
        lead.addItem(self.tr("(not chosen yet)"), None)
        for trainer in trainers:
            lead.addItem(trainer.name, trainer.id)
        if chosen:
            self._select(lead, chosen[0])
        lead.blockSignals(False)
        assistants = self.ui.assistants_list
        assistants.blockSignals(True)
        assistants.clear()
        for trainer in trainers:
            item = QListWidgetItem(trainer.name, assistants)
            item.setData(Qt.ItemDataRole.UserRole, trainer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if trainer.id in chosen[1:] else Qt.CheckState.Unchecked)
            item.setHidden(trainer.id == lead.currentData())
        assistants.blockSignals(False)

    def _trainer_ids(self) -> list[int]:
        lead = self.ui.lead_combo.currentData()
        ids = [lead] if lead is not None else []
        for row in range(self.ui.assistants_list.count()):
            item = self.ui.assistants_list.item(row)
            trainer_id = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden() and trainer_id != lead:
                ids.append(trainer_id)
        return ids

    # Reactions
    def _programme_changed(self) -> None:
        self._apply_programme_sizes()
        self._show_days()
        self._changed()

    def _apply_programme_sizes(self) -> None:
        programme = self._programme()
        if programme is not None:
            self.ui.min_spin.setValue(programme.min_group)
            self.ui.max_spin.setValue(programme.max_group)
        self._show_size_reason()

    def _factory_changed(self) -> None:
        self._fill_trainers(self._trainer_ids())
        self._select(self.ui.holidays_combo, self._country())
        self._changed()

    def _lead_changed(self) -> None:
        lead = self.ui.lead_combo.currentData()
        for row in range(self.ui.assistants_list.count()):
            item = self.ui.assistants_list.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == lead)
        self._changed()

    def _changed(self) -> None:
        self._show_days()
        self._show_size_reason()
        self._check_timer.start()

    def _show_size_reason(self) -> None:
        programme = self._programme()
        differs = programme is not None and (self.ui.min_spin.value(), self.ui.max_spin.value()) != (
            programme.min_group, programme.max_group)
        self.ui.size_reason_label.setEnabled(differs)
        self.ui.size_reason_edit.setEnabled(differs)

    def dates(self) -> list[dt.date]:
        """The days of the session on the form: the first date and, for a longer programme, the working
        days after it, unless other days were chosen (or the session had them) for this first date."""
        programme = self._programme()
        count = programme.days if programme is not None else 1
        first = to_date(self.ui.first_date_edit.date())
        if self._chosen_dates and self._chosen_dates[0] == first and len(self._chosen_dates) == count:
            return list(self._chosen_dates)
        return working_days_from(first, count)

    def choose_days(self) -> None:
        """«Days…»: the date of each day of a programme that runs several days."""
        from factory_desk.ui.sessions.session_days_dialog import SessionDaysDialog

        dialog = SessionDaysDialog(self.dates(), self)
        dialog.accepted.connect(lambda: self._days_chosen(dialog.dates()))
        dialog.finished.connect(lambda _result: setattr(self, "days_dialog", None))
        self.days_dialog = dialog
        dialog.open()

    def _days_chosen(self, dates: list[dt.date]) -> None:
        self._chosen_dates = dates
        if self.ui.first_date_edit.date() != to_qdate(dates[0]):
            self.ui.first_date_edit.setDate(to_qdate(dates[0]))  # shows the days and checks again
        else:
            self._changed()

    def _show_days(self) -> None:
        dates = self.dates()
        programme = self._programme()
        self.ui.days_button.setVisible(not self._series and programme is not None and programme.days > 1)
        if len(dates) == 1:
            text = QLocale().dayName(to_qdate(dates[0]).dayOfWeek())
        else:
            text = self.tr("Days: {days}").format(days=", ".join(d.strftime("%d.%m") for d in dates))
        self.ui.days_label.setText(text)

    def draft(self, first: dt.date | None = None) -> SessionDraft:
        from factory_desk.services.sessions import SessionDraft

        dates = self.dates()
        if first is not None:
            dates = working_days_from(first, len(dates))
        return SessionDraft(
            programme_id=self.ui.programme_combo.currentData(), factory_id=self.ui.factory_combo.currentData(),
            dates=dates, starts_at=to_time(self.ui.starts_time_edit.time()),
            ends_at=to_time(self.ui.ends_time_edit.time()), trainer_ids=self._trainer_ids(),
            min_group=self.ui.min_spin.value(), max_group=self.ui.max_spin.value(),
            group_size_reason=self.ui.size_reason_edit.text().strip() if self.ui.size_reason_edit.isEnabled() else "",
            notes=self.ui.notes_edit.toPlainText().strip())

    def _weekdays(self) -> set[int]:
        return {number for number, check in enumerate(self._weekday_checks) if check.isChecked()}

    # Checking
    def check(self) -> None:
        """Read the conflicts of the form (and, for a series, plan its dates) and show them."""
        self._check_timer.stop()
        if self.ui.programme_combo.currentData() is None or self.ui.factory_combo.currentData() is None:
            self._show_conflicts([])
            return
        from factory_desk.services.sessions import plan_series, series_conflicts, session_conflicts

        language = interface_language()
        try:
            if self._series:
                draft = self.draft()
                self._plan = plan_series(
                    self._db, draft, first=draft.dates[0], last=to_date(self.ui.until_date_edit.date()),
                    weekdays=self._weekdays(), country=self.ui.holidays_combo.currentData(), language=language)
                self._show_plan(self._plan)
                conflicts: list[Conflict] = series_conflicts(self._db, draft, self._plan.sessions or self._plan.dates,
                                                             language=language)
            else:
                conflicts = session_conflicts(self._db, self.draft(), session_id=self._session_id, language=language)
        except FactoryDeskError as exc:
            self._plan = None
            if self._series:
                self.ui.series_label.setText(error_text(exc))
            conflicts = []
        self._show_conflicts(conflicts)

    def _show_plan(self, plan: SeriesPlan) -> None:
        lines = [self.tr("Sessions ({n}): {dates}").format(n=len(plan.dates),
            dates=", ".join(d.strftime("%d.%m") for d in plan.dates[:40]) + (" …" if len(plan.dates) > 40 else ""))]
        for skipped in plan.skipped:
            # The sentence names the day: "31.12.2026 is a public holiday: …".
            lines.append(self.tr("Skipped: {why}").format(why=error_text(skipped.as_error())))
        self.ui.series_label.setText("\n".join(lines))

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self._conflicts = conflicts
        self.ui.conflicts_frame.setVisible(bool(conflicts))
        if conflicts:
            self.ui.conflicts_label.setText(conflicts_html(conflicts))
        self._save_button.setText(self.tr("Save anyway") if conflicts else self.tr("Save"))

    # Saving
    def save(self) -> None:
        from factory_desk.services.conflicts import ConflictsFound
        from factory_desk.services.sessions import create_series, create_session, update_session

        self.check()
        reason = self.ui.override_edit.text().strip()
        try:
            if self._series:
                if self._plan is None or not self._plan.dates:
                    self._say(self.tr("No day of the series is left to plan: choose weekdays and a later end date."))
                    return
                self.saved_ids = create_series(self._db, self.draft(), list(self._plan.sessions or self._plan.dates),
                                               override_reason=reason, user_name=self._user_name,
                                               language=interface_language())
            elif self._session_id is not None:
                update_session(self._db, self._session_id, self.draft(), override_reason=reason,
                               user_name=self._user_name, language=interface_language())
                self.saved_ids = [self._session_id]
            else:
                self.saved_ids = [create_session(self._db, self.draft(), override_reason=reason,
                                                 user_name=self._user_name, language=interface_language())]
        except ConflictsFound as found:
            self._show_conflicts(list(found.conflicts))
            self._say(self.tr("Say why the session goes ahead despite the conflicts, or change it."))
            self.ui.override_edit.setFocus()
            return
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.accept()

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))
        grow_to_fit(self)

    def _retranslate(self) -> None:
        if self._series:
            title = self.tr("New series of sessions")
        elif self._session_id is not None:
            title = self.tr("Edit the session")
        elif self._copy_of is not None:
            title = self.tr("Copy of a session")
        else:
            title = self.tr("New session")
        self.setWindowTitle(title)
        for number, check in enumerate(self._weekday_checks):
            check.setText(QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat))
        self._save_button.setText(self.tr("Save anyway") if self._conflicts else self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
