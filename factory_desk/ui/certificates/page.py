"""The Certificates area: the register of issued certificates and, on a second tab, the certificate's design.

The register is filtered by factory, year and status and searched as you type (a piece of a number, or the
beginnings of the words of a name); it is read a page at a time, so tens of thousands of certificates open at
once. From it: a duplicate of the selected certificate (drawn in the background from what it was issued with,
then printed, saved or opened), voiding with a reason, the filtered register to Excel, the Verify dialog for a
scanned QR code, and the centre's public key for others to verify with. Enter on a row only shows the
certificate's details; nothing destructive hangs on a key.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.certificates.register_model import VOIDED, RegisterModel, session_dates, status_word
from factory_desk.ui.forms.ui_certificates_page import Ui_CertificatesPage
from factory_desk.ui.look import make_title
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.rows_model import PAGE_SIZE
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.certificates import Duplicate, RegisterRow
    from factory_desk.services.registry_export import ExportResult
    from factory_desk.store.database import Database
    from factory_desk.ui.certificates.design_panel import DesignPanel
    from factory_desk.ui.certificates.verify_dialog import VerifyDialog

ISSUED = "issued"  # CertificateStatus values: the page does not load the data model before the first paint


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home()))


class CertificatesPage(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self._count: int | None = None
        self._total: int | None = None  # the whole register, to tell "none yet" from "none found"
        self._loaded = False  # read when first shown, then on F5 and as the filters change
        self.verify_dialog: VerifyDialog | None = None
        self.design_panel: DesignPanel | None = None
        self.model = RegisterModel(self)
        view = self.ui.register_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (RegisterModel.NUMBER, RegisterModel.DATE, RegisterModel.ISSUED, RegisterModel.STATUS,
                       RegisterModel.PRINTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (RegisterModel.NAME, RegisterModel.ORGANISATION, RegisterModel.PROGRAMME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.activated.connect(self._activated)  # Enter and double-click: the details, nothing else
        view.selectionModel().currentRowChanged.connect(lambda *_args: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        # A factory's long official name must not push the other filters off a 1280-pixel screen.
        self.ui.factory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.factory_combo.setMinimumContentsLength(22)
        for combo in (self.ui.factory_combo, self.ui.year_combo, self.ui.status_combo):
            combo.activated.connect(lambda _index: self.search())
        reprint_menu = QMenu(self)
        reprint_menu.addActions([self.ui.action_reprint_print, self.ui.action_reprint_save,
                                 self.ui.action_reprint_open])
        self.ui.reprint_button.setMenu(reprint_menu)
        self.ui.reprint_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ui.reprint_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.ui.action_reprint_print.triggered.connect(lambda: self.reprint_selected("print"))
        self.ui.action_reprint_save.triggered.connect(lambda: self.reprint_selected("save"))
        self.ui.action_reprint_open.triggered.connect(lambda: self.reprint_selected("open"))
        self.ui.void_button.clicked.connect(self.void_selected)
        self.ui.export_button.clicked.connect(self.export_register)
        self.ui.verify_button.clicked.connect(self.open_verify)
        self.ui.key_button.clicked.connect(self.export_public_key)
        self.ui.numbering_button.clicked.connect(self.open_numbering)
        self.numbering_dialog: QDialog | None = None  # "Numbering…", while it is open
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.message_label.hide()
        self._fill_fixed_filters()
        self._retranslate()
        self._enable()

    # --- what the main window asks -----------------------------------------------------------------------------
    def confirm_leaving(self) -> bool:
        """Before the window closes or another database opens: the design's unsaved changes are saved, discarded
        or the leaving cancelled, as the coordinator answers."""
        return self.design_panel is None or self.design_panel.confirm_leaving()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._loaded = False
        self._count = self._total = None
        self.model.clear()
        self.say("")
        if self.design_panel is not None:
            self.design_panel.set_database(db)
        if self.isVisible():
            self.refresh()
        else:
            self._retranslate()
            self._enable()

    def refresh(self) -> None:
        """Read the filters' choices and the register again (when first shown, on F5, after a database switch);
        on the Design tab, F5 reads the designs again too."""
        if self.design_panel is not None and self.ui.tabs.currentWidget() is self.ui.design_tab:
            self.design_panel.refresh()
        self._loaded = self._db is not None
        self._fill_factories()
        self._fill_years()
        self.search()

    def page_shown(self) -> None:
        if not self._loaded:
            self.refresh()

    def focus_first(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.register_tab)
        self.ui.search_edit.setFocus()

    # --- filters -----------------------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The filters chosen, as `register_rows`, `register_count` and `export_register` take them."""
        return {"factory_id": self.ui.factory_combo.currentData(), "year": self.ui.year_combo.currentData(),
                "status": self.ui.status_combo.currentData(), "search": self.ui.search_edit.text()}

    def _filtered(self) -> bool:
        found = self.filters()
        return any(value for name, value in found.items() if name != "search") or bool(found["search"].strip())

    def _fill_fixed_filters(self) -> None:
        combo = self.ui.status_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Issued and voided"), None)
        combo.addItem(status_word(ISSUED), ISSUED)
        combo.addItem(status_word(VOIDED), VOIDED)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_factories(self) -> None:
        combo = self.ui.factory_combo
        current = combo.currentData()
        choices = []
        if self._db is not None:
            from factory_desk.services.calendar import factory_choices

            try:
                choices = factory_choices(self._db, active_only=False)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        combo.clear()
        combo.addItem(self.tr("All factories"), None)
        for choice in choices:
            combo.addItem(choice.name, choice.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_years(self) -> None:
        combo = self.ui.year_combo
        current = combo.currentData()
        years: list[int] = []
        if self._db is not None:
            try:
                from factory_desk.services.certificates import register_years

                years = register_years(self._db)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- the list ----------------------------------------------------------------------------------------------
    def search(self) -> None:
        """Show the first page of the certificates the filters and the search box choose, and how many."""
        self._search_pause.stop()
        keep = self.selected_row()
        self._count = None
        db = self._db
        if db is None:
            self.model.clear()
        else:
            from factory_desk.services.certificates import register_count, register_rows

            filters = self.filters()
            try:
                self._count, self._total = self.model.load(
                    lambda: register_rows(db, limit=PAGE_SIZE, **filters), lambda: register_count(db, **filters),
                    (lambda: register_count(db)) if self._filtered() else None, partial(self._next_page, db, filters))
            except FactoryDeskError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
        if keep is not None:
            self.select(keep.id)
        if self.selected_row() is None and self.model.rowCount():
            self.ui.register_view.selectRow(0)
        self._retranslate()
        self._selection_changed()

    @staticmethod
    def _next_page(db: Database, filters: dict[str, Any], offset: int) -> list[RegisterRow]:
        from factory_desk.services.certificates import register_rows

        return register_rows(db, limit=PAGE_SIZE, offset=offset, **filters)

    def selected_row(self) -> RegisterRow | None:
        index = self.ui.register_view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select(self, certificate_id: int) -> None:
        row = self.model.row_of(certificate_id)
        if row is not None:
            self.ui.register_view.selectRow(row)
            self.ui.register_view.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ui.register_view.selectRow(index.row())
            self.show_details(self.model.row_at(index.row()))

    def _selection_changed(self) -> None:
        self.show_details(self.selected_row())
        self._enable()

    def _enable(self) -> None:
        row = self.selected_row()
        usable = self._db is not None
        in_force = usable and row is not None and row.status != VOIDED
        self.ui.reprint_button.setEnabled(in_force)
        for action in (self.ui.action_reprint_print, self.ui.action_reprint_save, self.ui.action_reprint_open):
            action.setEnabled(in_force)
        self.ui.void_button.setEnabled(in_force)
        self.ui.export_button.setEnabled(usable and bool(self._count))
        self.ui.key_button.setEnabled(usable)
        self.ui.numbering_button.setEnabled(usable)

    def show_details(self, row: RegisterRow | None) -> None:
        """The selected certificate in full, under the list (Enter on a row shows it, too)."""
        label = self.ui.details_label
        if row is None:
            label.clear()
            label.hide()
            return
        label.setText(self.details_html(row))
        label.show()

    def details_html(self, row: RegisterRow) -> str:
        e = html.escape
        who = ", ".join(part for part in (row.full_name, row.organisation) if part)
        course = [f"«{row.programme}»"]
        if row.hours is not None:
            course.append(self.tr("{hours} h").format(hours=format(row.hours.normalize(), "f")))
        course += [session_dates(row), row.factory]
        issued = row.issued_at.astimezone()
        facts = self.tr("Issued {date} at {time}").format(date=day_text(issued.date()), time=issued.strftime("%H:%M"))
        if row.issued_by:
            facts += " " + self.tr("by {user}").format(user=row.issued_by)
        facts += ". " + self.tr("Prints: {count}.").format(count=row.print_count)
        lines = [f"<b>{e(row.number)}</b> — {e(who)}", e(", ".join(part for part in course if part)), e(facts)]
        if row.status == VOIDED:
            lines.append(f'<span style="color:#b3261e">{e(self.model.void_text(row))}</span>')
        if row.pdf_sha256:
            lines.append(e(self.tr("SHA-256 of the issued PDF: {digest}").format(digest=row.pdf_sha256)))
        return "<br>".join(lines)

    # --- reprint -------------------------------------------------------------------------------------------------
    def reprint_selected(self, then: str = "print") -> None:
        """A duplicate of the selected certificate, drawn in the background from what it was issued with, then
        `then`: "print" (the print dialog), "save" (save as PDF) or "open" (in the PDF viewer). It counts as a
        print only once it was printed, saved or opened: a cancelled print dialog counts nothing."""
        row, db = self.selected_row(), self._db
        if row is None or db is None:
            return
        if row.status == VOIDED:
            self.say(self.tr("The certificate {number} was voided: it cannot be printed again.").format(
                number=row.number))
            return
        self.say("")

        def work(_control: TaskControl) -> Duplicate:
            from factory_desk.services.certificates import duplicate

            return duplicate(db, row.id)

        run_task(self, work, partial(self._show_duplicate, then, row.full_name),
                 label=self.tr("Making a duplicate of certificate {number}…").format(number=row.number),
                 on_error=self._failed)

    def _show_duplicate(self, then: str, holder: str, made: Duplicate) -> None:
        from factory_desk.services.certificates import pdf_file_name
        from factory_desk.ui.documents.pdf_output import PdfDocument, open_pdf, print_pdf, save_pdf

        counted: list[str] = []  # the sentence about the count, once the duplicate was put to use

        def delivered() -> None:
            counted.append(self._count_reprint(made))
            self.say(counted[-1])  # opening in the viewer says nothing more

        def say(sentence: str) -> None:  # what printing or saving says, followed by the count
            self.say(" ".join(part for part in (sentence, *counted[-1:]) if part))

        name = Path(pdf_file_name(made.number, holder)).stem
        document = PdfDocument(made.pdf, name=self.tr("{name} (duplicate)").format(name=name),
                               title=self.tr("Certificate {number} (duplicate)").format(number=made.number))
        show: Callable[..., None] = {"print": print_pdf, "save": save_pdf, "open": open_pdf}.get(then, print_pdf)
        show(self, document, say=say, delivered=delivered)

    def _count_reprint(self, made: Duplicate) -> str:
        """Count the duplicate's print in the register and show the line again; the sentence that says so."""
        from factory_desk.services.certificates import certificate, count_reprint
        from factory_desk.ui.user import desk_user

        db = self._db
        if db is None:
            return ""
        try:
            count = count_reprint(db, made.id, user_name=desk_user(), changed_images=made.changed_images)
            self.model.replace_row(certificate(db, made.id))
        except FactoryDeskError as exc:
            return error_text(exc)
        self._selection_changed()
        sentence = self.tr("A duplicate of certificate {number} was made (print {count}).").format(
            number=made.number, count=count)
        if made.changed_images:
            sentence += " " + self.tr("The design's pictures {names} changed since it was issued: today's were "
                                      "used.").format(names=", ".join(made.changed_images))
        return sentence

    # --- void ----------------------------------------------------------------------------------------------------
    def void_selected(self) -> None:
        """Void the selected certificate after asking why (kept in the register and the audit log)."""
        row, db = self.selected_row(), self._db
        if row is None or db is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void a certificate"),
            self.tr("Void certificate {number} of {name}?\n\nIt keeps its number, which is never given again, and "
                    "its QR code will verify as voided. The person can then be issued a new certificate for the "
                    "session.\n\nWhy is it voided (kept in the register)?").format(number=row.number,
                                                                                   name=row.full_name),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        from factory_desk.services.certificates import void
        from factory_desk.ui.user import desk_user

        try:
            voided = void(db, row.id, reason=reason, user_name=desk_user())
        except FactoryDeskError as exc:
            self.say(self.tr("Nothing was voided. {reason}").format(reason=error_text(exc)))
            return
        self.model.replace_row(voided)
        self._selection_changed()
        self.say(self.tr("Certificate {number} ({name}) is voided: {reason}").format(
            number=voided.number, name=voided.full_name, reason=voided.void_reason))

    # --- export --------------------------------------------------------------------------------------------------
    def export_register(self) -> None:
        """The certificates the filters choose (all of them, not only those in view) to .xlsx or .csv."""
        db = self._db
        if db is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the register of certificates"),
            str(_documents_folder() / self.tr("certificates.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        filters, total = self.filters(), self._count or 0
        self.say("")

        def work(control: TaskControl) -> ExportResult:
            from factory_desk.services.certificates import export_register

            return export_register(db, path, translate=translate, progress=lambda done: control.report(done, total),
                                   **filters)

        def saved(result: ExportResult) -> None:
            self.say(self.tr("The register was saved to {file}. Certificates in it: {count}.").format(
                file=result.file, count=result.rows))

        run_task(self, work, saved, label=self.tr("Saving the register of certificates…"), on_error=self._failed)

    def export_public_key(self) -> None:
        """The centre's public key(s) to a .pem file, for employers and anyone else who checks certificates."""
        db = self._db
        if db is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the centre's public key"),
            str(_documents_folder() / self.tr("certificate-key.pem")), self.tr("Public key (*.pem)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pem") else Path(name + ".pem")
        from factory_desk.ui.user import desk_user

        user = desk_user()
        self.say("")

        def work(_control: TaskControl) -> Path:
            from factory_desk.exchange.export import write_file
            from factory_desk.services.signing import export_public_key

            return write_file(path, export_public_key(db, user_name=user))

        def saved(written: Path) -> None:
            self.say(self.tr(
                "The centre's public key was saved to {file}. Give it to employers and anyone who checks your "
                "certificates: with it, the Verify dialog of Factory Desk (or any Ed25519 tool) tells a genuine "
                "certificate from an altered one without your database. It cannot sign certificates, so it can be "
                "shared freely; keep the database and its backups to yourself.").format(file=written))

        run_task(self, work, saved, label=self.tr("Saving the public key…"), on_error=self._failed)

    # --- verify ------------------------------------------------------------------------------------------------------
    def open_numbering(self) -> None:
        """How each factory numbers its certificates, by year."""
        if self._db is None:
            return
        from factory_desk.ui.certificates.numbering_dialog import NumberingDialog
        from factory_desk.ui.user import desk_user

        dialog = NumberingDialog(self._db, self, user_name=desk_user())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "numbering_dialog", None))
        self.numbering_dialog = dialog
        dialog.open()

    def open_verify(self) -> None:
        """The Verify dialog, for scanned QR codes (one at a time, as many as needed)."""
        if self.verify_dialog is not None:
            self.verify_dialog.raise_()
            self.verify_dialog.activateWindow()
            return
        from factory_desk.ui.certificates.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._verify_closed)
        self.verify_dialog = dialog
        dialog.open()

    def _verify_closed(self) -> None:
        self.verify_dialog = None

    # --- the design tab ------------------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.design_tab:
            self._ensure_design_panel()

    def _ensure_design_panel(self) -> DesignPanel:
        """The certificate designer, built when its tab is first opened (it brings the PDF preview)."""
        if self.design_panel is None:
            from factory_desk.ui.certificates.design_panel import DesignPanel

            panel = DesignPanel(self)
            panel.problem.connect(self.say)
            panel.set_database(self._db)
            self.ui.design_layout.addWidget(panel)
            self.design_panel = panel
        return self.design_panel

    # --- messages ------------------------------------------------------------------------------------------------
    def say(self, sentence: str) -> None:
        """A sentence in the page's message line (an empty one hides it)."""
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FactoryDeskError):
            self.say(error_text(exc))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _retranslate(self) -> None:
        count = self._count
        empty = self._db is not None and count == 0
        if count is None:
            self.ui.count_label.setText("")
        elif self._filtered():
            self.ui.count_label.setText(self.tr("Found: %Ln", "certificates", count))
        else:
            self.ui.count_label.setText(self.tr("Certificates: %Ln", "", count))
        if empty and self._total:
            self.ui.empty_label.setText(self.tr("No certificate matches these filters."))
        else:
            self.ui.empty_label.setText(self.tr("No certificates were issued yet. They are issued from a session "
                                                "once its attendance is closed."))
        self.ui.empty_label.setVisible(empty)
        self.ui.register_view.setVisible(not empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._fill_fixed_filters()
            if self.ui.factory_combo.count():
                self.ui.factory_combo.setItemText(0, self.tr("All factories"))
                self.ui.year_combo.setItemText(0, self.tr("All years"))
            self._retranslate()
            self.show_details(self.selected_row())
        super().changeEvent(event)

