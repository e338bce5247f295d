"""The Certificates page's register: real certificates issued from closed sessions, filtered by factory, year and
status and searched as you type; voiding with a reason; a duplicate printed through the print dialog, saved as a
PDF; the register to Excel; the centre's public key to a file; the Verify dialog opened from the page; the list
read a page at a time; Enter showing the details and nothing more."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from documents.pdf_reading import barcodes, flat, page_count, pages_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from sqlalchemy import select

from factory_desk.domain.models import (
    AuditEntry,
    Certificate,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services import attendance, certificates, signing
from factory_desk.services.enrolment import enrol
from factory_desk.ui.certificates import page as page_module
from factory_desk.ui.certificates.page import CertificatesPage
from factory_desk.ui.certificates.register_model import RegisterModel
from factory_desk.ui.certificates.verify_dialog import VerifyDialog
from factory_desk.ui.widgets import rows_model


def _closed_session(db, factory_id, programme_id, organisation_id, day, *surnames):
    """A one-day session of these people, all present, closed; its certificates issued."""
    with db.write() as s:
        training = TrainingSession(programme_id=programme_id, factory_id=factory_id, status="confirmed", min_group=1)
        training.days.append(SessionDay(day_no=1, date=day))
        people = [Person(surname=surname, first_name="Иван", patronymic="Петрович", organisation_id=organisation_id)
                  for surname in surnames]
        s.add_all([training, *people])
        s.flush()
        session_id, ids = training.id, [p.id for p in people]
    enrol(db, session_id, ids)
    attendance.mark_rest(db, session_id)
    attendance.close(db, session_id, user_name="Анна", today=day)
    return certificates.issue_certificates(db, session_id, user_name="Анна")


@pytest.fixture
def register(db):
    """Certificates of two factories in two years: КИР 2025 (1), КИР 2026 (2), ТИХ 2026 (2)."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        tikhvin = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, kirishi, tikhvin, lean])
        s.flush()
        ids = {"plant": plant.id, "kirishi": kirishi.id, "tikhvin": tikhvin.id, "programme": lean.id}
    _closed_session(db, ids["kirishi"], ids["programme"], ids["plant"], dt.date(2025, 11, 20), "Ёлкин")
    _closed_session(db, ids["kirishi"], ids["programme"], ids["plant"], dt.date(2026, 3, 10), "Андреев", "Борисов")
    _closed_session(db, ids["tikhvin"], ids["programme"], ids["plant"], dt.date(2026, 4, 2), "Васильев", "Григорьев")
    return ids


@pytest.fixture
def page(qtbot, db, register):
    widget = CertificatesPage()
    qtbot.addWidget(widget)
    widget.resize(1060, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_database(db)
    widget.page_shown()
    return widget


def shown_numbers(page: CertificatesPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, RegisterModel.NUMBER)) for row in range(model.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def cell(page: CertificatesPage, number: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = shown_numbers(page).index(number)
    return page.model.data(page.model.index(row, column), role)


# --- the list and its filters ----------------------------------------------------------------------------------

def test_the_register_lists_every_certificate_newest_first_with_what_it_was_issued_as(page, qtmodeltester):
    # THEN every certificate is listed, the newest issue first, and counted
    assert shown_numbers(page) == ["ТИХ-2026-00002", "ТИХ-2026-00001", "КИР-2026-00002", "КИР-2026-00001",
                                   "КИР-2025-00001"]
    assert page.ui.count_label.text() == "Certificates: 5"
    # each line says who, from where, which programme, when, issued by whom, its status and prints
    today = dt.datetime.now().strftime("%d.%m.%Y")
    row = [cell(page, "КИР-2026-00001", column) for column in range(RegisterModel.COLUMN_COUNT)]
    assert row == ["КИР-2026-00001", "Андреев Иван Петрович", "ООО «Ромашка»", "Основы бережливого производства",
                   "10.03.2026", f"{today}, Анна", "Issued", 1]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    # the years that have certificates are offered, newest first, and the factories
    years = page.ui.year_combo
    assert [years.itemText(i) for i in range(years.count())] == ["All years", "2026", "2025"]
    factories = page.ui.factory_combo
    assert [factories.itemText(i) for i in range(factories.count())] == [
        "All factories", "Фабрика процессов Кириши", "Фабрика процессов Тихвин"]
    qtmodeltester.check(page.model)


def test_filters_by_factory_year_and_status_and_searches_as_you_type(page, qtbot, db, type_text):
    # WHEN one factory is chosen
    choose(page.ui.factory_combo, "Фабрика процессов Кириши")
    # THEN only its certificates are listed
    assert sorted(shown_numbers(page)) == ["КИР-2025-00001", "КИР-2026-00001", "КИР-2026-00002"]
    assert page.ui.count_label.text() == "Found: 3"
    # AND with the year 2025, only that year's
    choose(page.ui.year_combo, "2025")
    assert shown_numbers(page) == ["КИР-2025-00001"]
    # all factories of 2026
    choose(page.ui.factory_combo, "All factories")
    choose(page.ui.year_combo, "2026")
    assert sorted(shown_numbers(page)) == ["КИР-2026-00001", "КИР-2026-00002", "ТИХ-2026-00001", "ТИХ-2026-00002"]
    choose(page.ui.year_combo, "All years")

    # WHEN the beginning of a surname is typed (lower case, е for ё)
    page.ui.search_edit.setFocus()
    type_text(page.ui.search_edit, "елк")
    # THEN the list narrows as soon as typing pauses
    qtbot.waitUntil(lambda: shown_numbers(page) == ["КИР-2025-00001"])
    assert page.ui.count_label.text() == "Found: 1"
    # a piece of a number finds it too, in any case
    page.ui.search_edit.clear()
    type_text(page.ui.search_edit, "тих-2026-0000")
    qtbot.waitUntil(lambda: sorted(shown_numbers(page)) == ["ТИХ-2026-00001", "ТИХ-2026-00002"])
    # a search that finds nothing says so
    page.ui.search_edit.setText("Нетакого")
    qtbot.waitUntil(lambda: page.ui.empty_label.isVisible())
    assert page.ui.empty_label.text() == "No certificate matches these filters."
    assert page.ui.count_label.text() == "Found: 0"
    page.ui.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_numbers(page)) == 5)

    # WHEN one is voided, the status filter tells them apart
    certificates.void(db, "КИР-2026-00002", reason="Ошибка в фамилии")
    choose(page.ui.status_combo, "Voided")
    assert shown_numbers(page) == ["КИР-2026-00002"]
    choose(page.ui.status_combo, "Issued")
    assert sorted(shown_numbers(page)) == ["КИР-2025-00001", "КИР-2026-00001", "ТИХ-2026-00001", "ТИХ-2026-00002"]
    choose(page.ui.status_combo, "Issued and voided")
    assert len(shown_numbers(page)) == 5


def test_an_empty_register_says_where_certificates_come_from(qtbot, db):
    widget = CertificatesPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(db)
    widget.page_shown()
    assert widget.ui.empty_label.isVisible() and not widget.ui.register_view.isVisible()
    assert "issued from a session once its attendance is closed" in widget.ui.empty_label.text()
    assert widget.ui.count_label.text() == "Certificates: 0"
    assert not widget.ui.export_button.isEnabled() and not widget.ui.void_button.isEnabled()
    assert [widget.ui.year_combo.itemText(i) for i in range(widget.ui.year_combo.count())] == ["All years"]


def test_a_big_register_is_read_a_page_at_a_time(page, monkeypatch):
    # GIVEN pages of two lines
    monkeypatch.setattr(page_module, "PAGE_SIZE", 2)
    monkeypatch.setattr(rows_model, "PAGE_SIZE", 2)
    # WHEN the list is read
    page.search()
    # THEN only the first page is there, and the rest comes as the view scrolls to the end
    assert len(shown_numbers(page)) == 2 and page.model.canFetchMore()
    page.model.fetchMore()
    assert len(shown_numbers(page)) == 4
    page.model.fetchMore()
    assert len(shown_numbers(page)) == 5
    assert not page.model.canFetchMore()
    assert len(set(shown_numbers(page))) == 5
    assert page.ui.count_label.text() == "Certificates: 5"


def test_enter_on_a_row_shows_its_details_and_changes_nothing(page, qtbot, db, shown):
    # GIVEN the keyboard in the list, on КИР-2026-00001
    view = page.ui.register_view
    row = shown_numbers(page).index("КИР-2026-00001")
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, 0))
    # WHEN Enter is pressed
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # THEN the details under the list are the certificate's, and no dialog opened nor anything was printed
    details = page.ui.details_label.text()
    assert "КИР-2026-00001" in details and "Андреев Иван Петрович" in details and "Prints: 1." in details
    assert "Фабрика процессов Кириши" in details and "SHA-256 of the issued PDF" in details
    assert shown(QDialog) == []
    assert certificates.certificate(db, "КИР-2026-00001").print_count == 1


# --- voiding -----------------------------------------------------------------------------------------------------

def _answer_reason(monkeypatch, reason: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def get_text(_parent, title, label, *_args, **_kwargs):
        asked.append(label)
        return reason, ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return asked


def _select(page: CertificatesPage, number: str) -> None:
    page.ui.register_view.setCurrentIndex(page.model.index(shown_numbers(page).index(number), 0))
    assert page.selected_row() is not None and page.selected_row().number == number


def test_void_asks_the_reason_and_the_row_shows_voided_in_grey_with_the_reason(page, db, monkeypatch):
    # GIVEN КИР-2026-00001 selected
    _select(page, "КИР-2026-00001")
    asked = _answer_reason(monkeypatch, "  Ошибка в написании фамилии ")
    # WHEN it is voided with a reason
    page.ui.void_button.click()
    # THEN the question named the certificate and the person
    assert "КИР-2026-00001" in asked[0] and "Андреев Иван Петрович" in asked[0]
    # AND the register holds it voided with the reason, audited with the PC's user
    row = certificates.certificate(db, "КИР-2026-00001")
    assert (row.status, row.void_reason) == ("voided", "Ошибка в написании фамилии")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "certificate_voided")).one()
    assert entry.reason == "Ошибка в написании фамилии"
    # AND the line says so: the status word, grey, the reason in its tooltip
    assert cell(page, "КИР-2026-00001", RegisterModel.STATUS) == "Voided"
    assert "Ошибка в написании фамилии" in cell(page, "КИР-2026-00001", RegisterModel.NAME, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "КИР-2026-00001", RegisterModel.NAME, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(page, "КИР-2026-00001", RegisterModel.NAME, Qt.ItemDataRole.ForegroundRole) != cell(
        page, "КИР-2026-00002", RegisterModel.NAME, Qt.ItemDataRole.ForegroundRole)
    assert page.ui.message_label.text() == ("Certificate КИР-2026-00001 (Андреев Иван Петрович) is voided: "
                                            "Ошибка в написании фамилии")
    assert "Ошибка в написании фамилии" in page.ui.details_label.text()
    # AND a voided certificate can be neither voided again nor reprinted
    assert not page.ui.void_button.isEnabled() and not page.ui.reprint_button.isEnabled()


def test_void_without_a_reason_is_refused_and_says_why(page, db, monkeypatch):
    _select(page, "КИР-2026-00001")
    _answer_reason(monkeypatch, "   ")
    page.ui.void_button.click()
    assert certificates.certificate(db, "КИР-2026-00001").status == "issued"
    assert page.ui.message_label.isVisible()
    assert page.ui.message_label.text() == ("Nothing was voided. Say why the certificate is voided: the reason is "
                                            "kept in the register.")
    # cancelling the question does nothing and says nothing new
    page.say("")
    _answer_reason(monkeypatch, "Ошибка", ok=False)
    page.ui.void_button.click()
    assert certificates.certificate(db, "КИР-2026-00001").status == "issued"
    assert not page.ui.message_label.isVisible()


def test_voiding_a_certificate_voided_meanwhile_on_another_pc_says_so(page, db, monkeypatch):
    _select(page, "КИР-2026-00001")
    certificates.void(db, "КИР-2026-00001", reason="Дубликат записи")  # another PC, after the list was read
    _answer_reason(monkeypatch, "Ошибка")
    page.ui.void_button.click()
    assert page.ui.message_label.text() == ("Nothing was voided. The certificate КИР-2026-00001 was already voided "
                                            "(Дубликат записи).")


# --- reprints ----------------------------------------------------------------------------------------------------

@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    """A PC with a printer; its print dialog answered with OK, the job going to a PDF file at 300 dpi."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office printer"]))
    asked: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(300)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return asked, tmp_path / "printed.pdf"


def test_reprint_prints_a_duplicate_with_the_same_number_and_counts_it(page, qtbot, db, register, print_dialog):
    asked, printed = print_dialog
    issued_text = _qr_text(db, "КИР-2026-00001")
    # GIVEN КИР-2026-00001 selected, and its person renamed since it was issued
    with db.write() as s:
        person = s.get(Person, certificates.certificate(db, "КИР-2026-00001").person_id)
        person.surname = "Андреев-Новиков"
    _select(page, "КИР-2026-00001")
    # WHEN «Reprint → Print…» is chosen and the print dialog answered
    page.ui.action_reprint_print.trigger()
    qtbot.waitUntil(lambda: "was sent to" in page.ui.message_label.text(), timeout=60_000)
    # THEN the dialog was for the duplicate, and one page went to the printer
    assert asked == ["Print “Certificate КИР-2026-00001 (duplicate)”"]
    data = printed.read_bytes()
    assert page_count(data) == 1
    # AND the printed page carries the same number in its QR code, signed as when it was issued (the old name)
    assert [code.text for code in barcodes(data, 0)] == [issued_text]
    assert "|КИР-2026-00001|Андреев Иван Петрович|" in issued_text
    assert signing.verify(db, issued_text).valid
    # AND the register counts the print, on the line too, and the page says both
    assert page.ui.message_label.text() == (f"“Certificate КИР-2026-00001 (duplicate)” was sent to {printed}. "
                                            "A duplicate of certificate КИР-2026-00001 was made (print 2).")
    assert certificates.certificate(db, "КИР-2026-00001").print_count == 2
    assert cell(page, "КИР-2026-00001", RegisterModel.PRINTS) == 2
    assert "Prints: 2." in page.ui.details_label.text()


def test_reprint_saved_as_pdf_reads_as_issued_plus_the_duplicate_mark(page, qtbot, db, monkeypatch, tmp_path):
    # GIVEN the save dialog answered with a file
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter, *_args, **_kwargs):
        offered.append(Path(suggested).name)
        return str(tmp_path / "dup"), "PDF document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    _select(page, "ТИХ-2026-00002")
    holder = certificates.certificate(db, "ТИХ-2026-00002").full_name
    # WHEN «Reprint → Save as PDF…» is chosen
    page.ui.action_reprint_save.trigger()
    qtbot.waitUntil(lambda: "Saved" in page.ui.message_label.text(), timeout=60_000)
    # THEN the file offered is named by number and name, and the PDF says the same as issued, marked duplicate
    assert offered == [f"ТИХ-2026-00002 {holder} (duplicate).pdf"]
    text = flat(pages_text((tmp_path / "dup.pdf").read_bytes())[0])
    assert "ТИХ-2026-00002" in text and holder in text and "ДУБЛИКАТ" in text
    assert certificates.certificate(db, "ТИХ-2026-00002").print_count == 2


def test_a_reprint_whose_print_dialog_is_cancelled_counts_nothing(page, qtbot, db, monkeypatch):
    # GIVEN a PC with a printer, whose print dialog the coordinator closes with Cancel
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office printer"]))
    asked: list[str] = []

    def cancel(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    _select(page, "КИР-2026-00001")
    # WHEN «Reprint → Print…» is chosen and the dialog cancelled
    page.ui.action_reprint_print.trigger()
    qtbot.waitUntil(lambda: asked != [], timeout=60_000)
    # THEN the print is not counted, on the line nor in the register, and nothing is audited
    assert certificates.certificate(db, "КИР-2026-00001").print_count == 1
    assert cell(page, "КИР-2026-00001", RegisterModel.PRINTS) == 1
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "certificate_reprinted")).all() == []
    assert page.ui.message_label.text() == ""


def test_a_reprint_opened_in_the_viewer_is_counted_and_said(page, qtbot, db, monkeypatch):
    # GIVEN a PC whose PDF viewer opens what it is given
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    _select(page, "КИР-2026-00001")
    # WHEN «Reprint → Open» is chosen
    page.ui.action_reprint_open.trigger()
    qtbot.waitUntil(lambda: opened != [], timeout=60_000)
    # THEN the duplicate was opened, counted and audited, and the page says so
    assert Path(opened[0]).name.endswith("(duplicate).pdf")
    assert certificates.certificate(db, "КИР-2026-00001").print_count == 2
    assert page.ui.message_label.text() == "A duplicate of certificate КИР-2026-00001 was made (print 2)."
    with db.read() as s:
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "certificate_reprinted")).all()
    assert entry.details["print_count"] == 2


def test_a_reprint_refused_by_the_register_is_a_sentence_on_the_page(page, qtbot, db, print_dialog):
    # GIVEN the line read before another PC voided the certificate
    _select(page, "КИР-2025-00001")
    certificates.void(db, "КИР-2025-00001", reason="Выдан по ошибке")
    # WHEN a duplicate is asked for
    page.ui.action_reprint_print.trigger()
    qtbot.waitUntil(lambda: page.ui.message_label.isVisible(), timeout=60_000)
    # THEN the page says why, and nothing was printed nor counted
    assert page.ui.message_label.text() == ("The certificate КИР-2025-00001 was voided (Выдан по ошибке): it cannot "
                                            "be printed again.")
    assert print_dialog[0] == []
    assert certificates.certificate(db, "КИР-2025-00001").print_count == 1


def _qr_text(db, number: str) -> str:
    with db.read() as s:
        snapshot = s.scalars(select(Certificate.snapshot).where(Certificate.number == number)).one()
    return certificates.qr_text(snapshot)


# --- export --------------------------------------------------------------------------------------------------------

def test_export_writes_the_filtered_register_to_excel_in_the_background(page, qtbot, db, monkeypatch, tmp_path):
    # GIVEN the list narrowed to Кириши, and one of its certificates voided
    certificates.void(db, "КИР-2026-00002", reason="Ошибка в фамилии")
    choose(page.ui.factory_combo, "Фабрика процессов Кириши")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(tmp_path / "register"), "")))
    # WHEN the register is exported
    page.ui.export_button.click()
    qtbot.waitUntil(lambda: "saved to" in page.ui.message_label.text(), timeout=60_000)
    # THEN the workbook (the suffix added) holds the filtered certificates, in number order, with their status
    path = tmp_path / "register.xlsx"
    assert page.ui.message_label.text() == f"The register was saved to {path}. Certificates in it: 3."
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Number", "Status", "Full name", "Organisation")
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("КИР-2025-00001", "Issued", "Ёлкин Иван Петрович"),
        ("КИР-2026-00001", "Issued", "Андреев Иван Петрович"),
        ("КИР-2026-00002", "Voided", "Борисов Иван Петрович")]
    assert "Ошибка в фамилии" in rows[3]


def test_the_public_key_is_saved_with_a_sentence_on_whom_to_give_it_to(page, qtbot, db, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(tmp_path / "centre"), "")))
    page.ui.key_button.click()
    qtbot.waitUntil(lambda: "public key was saved" in page.ui.message_label.text(), timeout=30_000)
    path = tmp_path / "centre.pem"
    sentence = page.ui.message_label.text()
    assert str(path) in sentence and "Give it to employers" in sentence and "cannot sign" in sentence
    # the file verifies the centre's certificates without the database
    assert path.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    assert signing.verify_with_keys(_qr_text(db, "ТИХ-2026-00001"), path.read_bytes()).valid


def test_verify_opens_the_dialog_over_the_page_once(page, qtbot, shown):
    page.ui.verify_button.click()
    dialogs = shown(VerifyDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    page.ui.verify_button.click()  # a second click brings the same dialog forward
    assert shown(VerifyDialog) == dialogs
    dialogs[0].close()
    qtbot.waitUntil(lambda: page.verify_dialog is None)


def test_the_keyboard_reaches_every_control_of_the_register(page):
    # Every control takes the keyboard focus with Tab, and the filters and buttons have their Alt letters.
    ui = page.ui
    for widget in (ui.factory_combo, ui.year_combo, ui.status_combo, ui.search_edit, ui.register_view,
                   ui.reprint_button, ui.void_button, ui.export_button, ui.verify_button, ui.key_button):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    for label in (ui.factory_label, ui.year_label, ui.status_label, ui.search_label):
        assert "&" in label.text() and label.buddy() is not None
    for button in (ui.reprint_button, ui.void_button, ui.export_button, ui.verify_button, ui.key_button):
        assert "&" in button.text()
    page.focus_first()
    assert ui.tabs.currentWidget() is ui.register_tab


def test_the_design_tab_opens_the_certificate_designer_on_the_database(page, qtbot):
    from factory_desk.ui.certificates.design_panel import DesignPanel

    # WHEN the Design tab is opened (the designer is built only then)
    assert page.design_panel is None
    page.ui.tabs.setCurrentWidget(page.ui.design_tab)
    panel = page.design_panel
    assert isinstance(panel, DesignPanel)
    # THEN it shows the centre's designs (the default one made on first use) and previews it
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        qtbot.waitUntil(panel.isVisible)
    assert panel.ui.design_combo.count() >= 1
    assert "(default)" in panel.ui.design_combo.currentText()
    # AND F5 there reads the designs again, and the register tab is one Ctrl+Tab away
    page.refresh()
    assert page.design_panel is panel
    page.focus_first()
    assert page.ui.tabs.currentWidget() is page.ui.register_tab


def test_the_numbering_of_a_factory_and_year_is_shown_and_changed(qtbot, db, page, register):
    # GIVEN Kirishi has issued two certificates in 2026 (КИР-2026-00001, -00002)
    from PySide6.QtWidgets import QDialogButtonBox

    from factory_desk.services.certificates import number_pattern
    from factory_desk.ui.certificates.numbering_dialog import NumberingDialog

    # WHEN the coordinator opens «Numbering…» and picks Kirishi, 2026
    page.ui.numbering_button.click()
    dialog = page.numbering_dialog
    assert isinstance(dialog, NumberingDialog) and dialog.isVisible()
    dialog.ui.factory_combo.setCurrentIndex(dialog.ui.factory_combo.findData(register["kirishi"]))
    dialog.ui.year_spin.setValue(2026)
    # THEN the pattern and the next number are shown; nothing to save yet
    assert dialog.ui.pattern_edit.text() == "{code}-{year}-{seq:05d}"
    assert dialog.ui.next_label.text() == "КИР-2026-00003"
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    # WHEN a pattern without the running number is typed THEN it is refused with a sentence
    dialog.ui.pattern_edit.setText("{code}/{yy}")
    assert not save.isEnabled() and "{seq}" in dialog.ui.message_label.text()
    # WHEN a shorter pattern is typed and saved
    dialog.ui.pattern_edit.setText("{code}/{yy}/{seq:04d}")
    assert dialog.ui.next_label.text() == "КИР/26/0003"
    save.click()
    # THEN the running number goes on under the new pattern
    assert number_pattern(db, register["kirishi"], 2026).next_number == "КИР/26/0003"
    assert "КИР/26/0003" in dialog.ui.message_label.text()
