"""A session's certificates in one go: who will get one, who will not and why, who already holds one; the design
and language; the font check over every text that will be printed (the coordinator decides: go back, or issue
anyway); issuing in the background with progress and cancel (a cancelled batch issues nobody and uses no
number); then the numbers, the merged PDF to look at, print, save or open, and a ZIP of one PDF per person.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.certificates.design_panel import WARNING_STYLE, character_name, fill_languages
from factory_desk.ui.documents.pdf_preview import PdfPreview
from factory_desk.ui.forms.ui_certificate_batch_dialog import Ui_CertificateBatchDialog
from factory_desk.ui.tasks import BackgroundTask, TaskControl, run_task
from factory_desk.ui.widgets.dialogs import grow_to_fit
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.certificates import IssueResult
    from factory_desk.store.database import Database
    from factory_desk.ui.documents.pdf_output import PdfDocument

__all__ = ["BatchPerson", "BatchPlan", "CertificateBatchDialog", "read_plan"]

CLOSED_STYLE = "background: #fff4e0; color: #5d4000; border: 1px solid #e0b060; border-radius: 4px; padding: 6px;"


@dataclasses.dataclass(frozen=True)
class BatchPerson:
    person_id: int
    full_name: str
    organisation: str
    position: str = ""
    note: str = ""  # why not eligible, or the number already held


@dataclasses.dataclass(frozen=True)
class BatchPlan:
    """What the dialog shows before issuing, read in one go."""

    session_id: int
    programme: str
    factory: str
    factory_address: str
    days: tuple[dt.date, ...]
    closed: bool
    cancelled: bool
    to_issue: tuple[BatchPerson, ...]  # eligible and holding no certificate yet
    not_eligible: tuple[BatchPerson, ...]
    holders: tuple[BatchPerson, ...]  # eligible, already issued one (reprints are made from the register)
    designs: tuple[tuple[int, str, bool, str, dict[str, Any]], ...]  # (id, name, default, language, definition)


def read_plan(db: Database, session_id: int, *, user_name: str = "") -> BatchPlan:
    """Who of the session would be issued a certificate now, who not and why, and the designs to choose from."""
    from factory_desk.services.attendance import day_sheet
    from factory_desk.services.certificate_templates import templates
    from factory_desk.services.certificates import issue_plan
    from factory_desk.services.enrolment import session_roster
    from factory_desk.services.reference import get_factory
    from factory_desk.services.sessions import get_session

    details = get_session(db, session_id)
    sheet = day_sheet(db, session_id, 1)
    planned = issue_plan(db, session_id)
    positions = {row.person_id: row.position for row in session_roster(db, session_id)}
    to_issue, holders, not_eligible = [], [], []
    for person in planned.people:
        row = BatchPerson(person.person_id, person.full_name, person.organisation,
                          positions.get(person.person_id, ""))
        if not person.eligible:
            not_eligible.append(dataclasses.replace(
                row, note=error_text(person.why_not) if person.why_not is not None else ""))
        elif person.number:
            holders.append(dataclasses.replace(row, note=person.number))
        elif person.erased:
            not_eligible.append(dataclasses.replace(
                row, note=translate("CertificateBatch", "Their data were erased on request: no name to print.")))
        else:
            to_issue.append(dataclasses.replace(row, note=row.position))
    designs = tuple((info.id, info.name, info.is_default, info.language, info.definition)
                    for info in templates(db, user_name=user_name))
    return BatchPlan(session_id, details.programme, details.factory, get_factory(db, details.factory_id).address,
                     tuple(details.dates), sheet.closed, sheet.cancelled, tuple(to_issue), tuple(not_eligible),
                     tuple(holders), designs)


class _PeopleModel(RowsTableModel[BatchPerson]):
    NAME, ORGANISATION, NOTE = range(3)
    COLUMN_COUNT = 3

    def __init__(self, note_header: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._note_header = note_header  # a source text of the context "CertificateBatch"

    def headers(self) -> list[str]:
        return [translate("CertificateBatch", "Full name"), translate("CertificateBatch", "Organisation"),
                translate("CertificateBatch", self._note_header)]

    def cell(self, row: BatchPerson, column: int, role: int) -> Any:
        from PySide6.QtCore import Qt

        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.full_name, row.organisation, row.note)[column]
        return None


class CertificateBatchDialog(QDialog):
    """Open with `open()`. `issued` carries the IssueResult once certificates were issued."""

    issued = Signal(object)

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *, user_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_CertificateBatchDialog()
        self.ui.setupUi(self)
        self._db = db
        self._session_id = session_id
        self._user_name = user_name
        self.plan: BatchPlan | None = None
        self.result: IssueResult | None = None
        self.task: BackgroundTask[Any] | None = None
        self.last_progress = (0, 0)
        self._others: list[int] | None = None  # who can be issued when the font cannot print the rest
        self.preview = PdfPreview(self)
        self.preview.setObjectName("batch_preview")
        self.preview.fit_page()
        self.ui.result_layout.insertWidget(1, self.preview, 1)
        self._models = (_PeopleModel(QT_TRANSLATE_NOOP("CertificateBatch", "Position"), self),
                        _PeopleModel(QT_TRANSLATE_NOOP("CertificateBatch", "Why not"), self),
                        _PeopleModel(QT_TRANSLATE_NOOP("CertificateBatch", "Certificate"), self))
        for view, model in zip((self.ui.eligible_view, self.ui.not_eligible_view, self.ui.holders_view),
                               self._models, strict=True):
            self._set_up_view(view, model)
        self.ui.issue_button.clicked.connect(self.check_and_issue)
        self.ui.issue_anyway_button.clicked.connect(self.issue_others)
        self.ui.back_button.clicked.connect(self._back)
        self.ui.stop_button.clicked.connect(self.cancel_issuing)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.ui.design_combo.currentIndexChanged.connect(self._design_chosen)
        self.ui.print_button.clicked.connect(self.print_pdf)
        self.ui.save_pdf_button.clicked.connect(self.save_pdf)
        self.ui.save_zip_button.clicked.connect(self.save_zip)
        self.ui.open_button.clicked.connect(self.open_pdf)
        self.ui.button_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.ui.plan_layout.setStretchFactor(self.ui.people_tabs, 1)  # the font check's box takes only its height
        self.ui.glyphs_frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui.closed_label.setStyleSheet(CLOSED_STYLE)
        self.ui.glyphs_title_label.setStyleSheet(WARNING_STYLE)
        self._show_progress(False)
        self.ui.glyphs_frame.hide()
        self._say("")
        self.resize(1000, 680)
        self.reload()

    @staticmethod
    def _set_up_view(view: QTableView, model: _PeopleModel) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    # --- the plan ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the session again (who is eligible, who holds a certificate) and show it."""
        try:
            self.plan = read_plan(self._db, self._session_id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.plan = None
            self._say(error_text(exc), problem=True)
            self.ui.issue_button.setEnabled(False)
            return
        plan = self.plan
        self.ui.session_label.setText(self.tr("«{programme}», {date}, {factory}").format(
            programme=plan.programme, date=self._dates_text(plan.days), factory=plan.factory))
        self.setWindowTitle(self.tr("Certificates: {programme}, {date}").format(
            programme=plan.programme, date=self._dates_text(plan.days)))
        for model, rows in zip(self._models, (plan.to_issue, plan.not_eligible, plan.holders), strict=True):
            model.set_rows(rows)
        for view in (self.ui.eligible_view, self.ui.not_eligible_view, self.ui.holders_view):
            view.resizeColumnsToContents()
        tabs = self.ui.people_tabs
        tabs.setTabText(0, self.tr("Will receive ({count})").format(count=len(plan.to_issue)))
        tabs.setTabText(1, self.tr("Will not receive ({count})").format(count=len(plan.not_eligible)))
        tabs.setTabText(2, self.tr("Already hold one ({count})").format(count=len(plan.holders)))
        self._fill_designs()
        self._show_closed()
        self.ui.stack.setCurrentWidget(self.ui.plan_page)
        self._enable()

    def _fill_designs(self) -> None:
        assert self.plan is not None
        combo = self.ui.design_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for template_id, name, default, _language, _definition in self.plan.designs:
            combo.addItem(self.tr("{name} (default)").format(name=name) if default else name, template_id)
        wanted = current if current is not None else next((d[0] for d in self.plan.designs if d[2]), None)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self._design_chosen()

    def _design_chosen(self) -> None:
        design = self._design()
        fill_languages(self.ui.language_combo, design[3] if design else "ru")

    def _design(self) -> tuple[int, str, bool, str, dict[str, Any]] | None:
        if self.plan is None:
            return None
        wanted = self.ui.design_combo.currentData()
        return next((d for d in self.plan.designs if d[0] == wanted), None)

    def _show_closed(self) -> None:
        plan = self.plan
        assert plan is not None
        if plan.cancelled:
            sentence = self.tr("This session was cancelled: it has no certificates.")
        elif not plan.closed:
            sentence = self.tr(
                "The attendance of this session is not closed yet. Certificates are issued once it is: open the "
                "training day (Training day… in the session window) and close the session there "
                "(Close the session…); then come back here.")
        else:
            sentence = ""
        self.ui.closed_label.setText(sentence)
        self.ui.closed_label.setVisible(bool(sentence))
        for widget in (self.ui.design_combo, self.ui.language_combo, self.ui.design_label, self.ui.language_label):
            widget.setEnabled(not sentence)

    def can_issue(self) -> bool:
        plan = self.plan
        return plan is not None and plan.closed and not plan.cancelled and bool(plan.to_issue) and self.task is None

    def _enable(self) -> None:
        count = len(self.plan.to_issue) if self.plan else 0
        self.ui.issue_button.setText(self.tr("&Issue {count} certificates").format(count=count) if count
                                     else self.tr("&Issue certificates"))
        on_plan = self.ui.stack.currentWidget() is self.ui.plan_page
        self.ui.issue_button.setVisible(on_plan and bool(self.plan and self.plan.closed and not self.plan.cancelled))
        self.ui.issue_button.setEnabled(self.can_issue() and not self.ui.glyphs_frame.isVisible())
        self.ui.issue_button.setDefault(True)

    @staticmethod
    def _dates_text(days: tuple[dt.date, ...]) -> str:
        if not days:
            return ""
        if len(days) == 1 or days[0] == days[-1]:
            return day_text(days[0])
        return translate("CertificateBatch", "{first} – {last}").format(first=day_text(days[0]),
                                                                        last=day_text(days[-1]))

    # --- the font check ------------------------------------------------------------------------------------------
    def font_problems(self) -> tuple[list[tuple[str, str]], set[int]]:
        """Each text the batch would print with characters the font cannot draw (see layout.missing_glyphs), and
        the people whose own texts (name, organisation, position) have them."""
        from factory_desk.documents.certificate import CertificateData, TemplateDefinition, texts_to_check
        from factory_desk.documents.layout import missing_glyphs

        plan, design = self.plan, self._design()
        if plan is None or design is None:
            return [], set()
        definition = TemplateDefinition.from_json({**design[4], "language": self.ui.language_combo.currentData()})
        first, last = (plan.days[0], plan.days[-1]) if plan.days else (clock.today(), clock.today())
        people = [CertificateData(number="", full_name=p.full_name, organisation=p.organisation, position=p.position,
                                  programme=plan.programme, hours=Decimal(0), first_day=first, last_day=last,
                                  factory=plan.factory, factory_address=plan.factory_address, qr_text="")
                  for p in plan.to_issue]
        found = missing_glyphs(texts_to_check(people, definition))
        texts = {text for text, _chars in found}
        affected = {p.person_id for p in plan.to_issue if texts & {p.full_name, p.organisation, p.position}}
        return found, affected

    def check_and_issue(self) -> None:
        """«Issue N certificates»: the font check first; anything the font cannot print waits for a decision."""
        if not self.can_issue():
            return
        problems, affected = self.font_problems()
        if not problems:
            self.issue()
            return
        assert self.plan is not None
        others = [p.person_id for p in self.plan.to_issue if p.person_id not in affected]
        people_only = {text for text, _chars in problems} <= {
            part for p in self.plan.to_issue if p.person_id in affected
            for part in (p.full_name, p.organisation, p.position)}
        # A certificate is never printed with empty boxes: the others can be issued now, the rest once corrected.
        self._others = others if people_only and others else None
        self.ui.issue_anyway_button.setVisible(self._others is not None)
        self.ui.issue_anyway_button.setText(self.tr("Issue &the other {count}, leave out {left}").format(
            count=len(others), left=len(affected)))
        if self._others is not None:
            sentence = self.tr(
                "The certificate font cannot print some characters of these texts: they would show as empty boxes. "
                "Go back and correct them in the People register, or issue the others now and these people "
                "later.")
        else:
            sentence = self.tr(
                "The certificate font cannot print some characters of these texts: they would show as empty boxes. "
                "Correct them (in the People register, the design, the programme or the factory) before issuing.")
        self.ui.glyphs_title_label.setText(sentence)
        self.ui.glyphs_text.setPlainText("\n".join(
            self.tr("{text} — {chars}").format(text=text, chars=", ".join(character_name(c) for c in chars))
            for text, chars in problems))
        self.ui.glyphs_frame.show()
        self._enable()
        self.ui.back_button.setFocus()

    def _back(self) -> None:
        self.ui.glyphs_frame.hide()
        self._enable()

    # --- issuing -------------------------------------------------------------------------------------------------
    def issue_others(self) -> None:
        """After the font check: issue everyone whose texts can be printed; the others stay to be issued."""
        if self._others:
            self.issue(self._others)

    def issue(self, person_ids: list[int] | None = None) -> None:
        """Issue the certificates now (to `person_ids`, else to everyone listed), in the background; a text the
        font cannot print refuses the batch (`check_and_issue` asks first)."""
        from factory_desk.services.certificates import issue_certificates

        if not self.can_issue():
            return
        self.ui.glyphs_frame.hide()
        db, session_id, user_name = self._db, self._session_id, self._user_name
        template_id, language = self.ui.design_combo.currentData(), self.ui.language_combo.currentData()
        def work(control: TaskControl) -> IssueResult:
            result = issue_certificates(db, session_id, person_ids=person_ids, template_id=template_id,
                                        language=language, user_name=user_name, progress=control.report,
                                        cancelled=lambda: control.cancelled)
            result.merged_pdf()  # made here, off the GUI thread
            return result

        count = len(person_ids) if person_ids is not None else len(self.plan.to_issue) if self.plan else 0
        self.last_progress = (0, count)
        self.ui.progress_bar.setRange(0, max(1, self.last_progress[1]))
        self.ui.progress_bar.setValue(0)
        self._show_progress(True)
        self._say(self.tr("Issuing the certificates…"))
        # The dialog shows the progress and a Stop button itself: no second progress window.
        self.task = run_task(self, work, self._issued, on_error=self._failed, cancellable=True, progress_dialog=False,
                             label=self.tr("Issuing {count} certificates…").format(count=self.last_progress[1]))
        self.task.progressed.connect(self._moved)
        self._enable()

    def cancel_issuing(self) -> None:
        if self.task is not None:
            self.task.control.cancel()
            self.ui.stop_button.setEnabled(False)

    def _moved(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self.ui.progress_bar.setRange(0, max(1, total))
        self.ui.progress_bar.setValue(done)
        self.ui.progress_bar.setFormat(self.tr("{done} of {total}").format(done=done, total=total))

    def _show_progress(self, shown: bool) -> None:
        self.ui.progress_bar.setVisible(shown)
        self.ui.stop_button.setVisible(shown)
        self.ui.stop_button.setEnabled(shown)
        self.ui.people_tabs.setEnabled(not shown)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._show_progress(False)
        if isinstance(exc, FactoryDeskError):
            self._say(error_text(exc), problem=True)
            self.reload()
            self._say(error_text(exc), problem=True)
        else:
            self._say("")
            self._enable()
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _issued(self, result: IssueResult) -> None:
        self.task = None
        self.result = result
        self._show_progress(False)
        numbers = result.numbers
        if numbers:
            sentence = self.tr("{count} certificates were issued: {first} – {last}.").format(
                count=len(numbers), first=numbers[0], last=numbers[-1]) if len(numbers) > 1 else self.tr(
                "1 certificate was issued: {number}.").format(number=numbers[0])
        else:
            sentence = self.tr("Nobody was issued a certificate: everyone eligible already holds one.")
        if result.skipped:
            sentence += " " + self.tr("Passed over: {names}.").format(
                names=", ".join(self.tr("{name} ({number})").format(name=s.full_name, number=s.number) if s.number
                                else s.full_name for s in result.skipped))
        self.ui.result_label.setText(sentence)
        self.ui.stack.setCurrentWidget(self.ui.result_page)
        for button in (self.ui.print_button, self.ui.save_pdf_button, self.ui.save_zip_button, self.ui.open_button):
            button.setEnabled(bool(numbers))
        if numbers:
            self.preview.set_pdf(result.merged_pdf())
        self._say("")
        self._enable()
        self.issued.emit(result)

    # --- the output ----------------------------------------------------------------------------------------------
    def document(self) -> PdfDocument | None:
        from factory_desk.ui.documents.pdf_output import PdfDocument

        if self.result is None or not self.result.issued or self.plan is None:
            return None
        date = self._dates_text(self.plan.days)
        title = self.tr("Certificates «{programme}» {date}").format(programme=self.plan.programme, date=date)
        return PdfDocument(self.result.merged_pdf(), name=title, title=title)

    def print_pdf(self) -> None:
        from factory_desk.ui.documents.pdf_output import print_pdf

        if (document := self.document()) is not None:
            print_pdf(self, document, say=self._say)

    def save_pdf(self) -> None:
        from factory_desk.ui.documents.pdf_output import save_pdf

        if (document := self.document()) is not None:
            save_pdf(self, document, say=self._say)

    def open_pdf(self) -> None:
        from factory_desk.ui.documents.pdf_output import open_pdf

        if (document := self.document()) is not None:
            open_pdf(self, document, say=self._say)

    def save_zip(self) -> None:
        """One PDF per person, named by number and name, in a ZIP file the coordinator chooses."""
        from factory_desk.ui.documents.pdf_output import file_name_of

        document, result = self.document(), self.result
        if document is None or result is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / (Path(file_name_of(document)).stem + ".zip")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the certificates as a ZIP file"),
                                                    str(suggested), self.tr("ZIP archive (*.zip)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
        files = list(result.files())

        def work(_control: TaskControl) -> Path:
            from factory_desk.exchange.export import write_file

            return write_file(path, files)

        def saved(path: Path) -> None:
            self._say(self.tr("{count} certificates were saved, one PDF each, in {file}.").format(
                count=len(files), file=path))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FactoryDeskError):
                self._say(error_text(exc), problem=True)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        run_task(self, work, saved, on_error=failed, label=self.tr("Saving the ZIP file…"))

    # --- sentences -----------------------------------------------------------------------------------------------
    def _say(self, sentence: str, *, problem: bool = False) -> None:
        self.ui.message_label.setStyleSheet(WARNING_STYLE if problem else "")
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))
        grow_to_fit(self)

    def reject(self) -> None:
        if self.task is not None:  # issuing: Close first asks the batch to stop (nothing is issued then)
            self.cancel_issuing()
            return
        super().reject()
