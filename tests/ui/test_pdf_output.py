"""Printing, saving and opening the sign-in sheet from the app: the PDF made in the background, then the print
dialog (here answered as a coordinator would, printing to a PDF file through QPrinter), a page range, the offer
to save or open the file when no printer is installed, the save-as and open-in-viewer actions, and a refusal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from documents.pdf_reading import barcodes, page_count, pages_text
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from factory_desk.domain.badges import badge_code
from factory_desk.domain.models import Enrolment, Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.ui.documents import pdf_output
from factory_desk.ui.documents.pdf_output import (
    open_sign_in_sheet,
    print_sign_in_sheet,
    save_sign_in_sheet,
)

NAMES = [("Bērziņš", "Jānis"), ("Ёлкин", "Пётр"), ("Šķēle", "Žanis"), ("Иванов", "Иван")]


@pytest.fixture
def session_id(db):
    """A two-day session of four people."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства", days=2)
        s.add_all([plant, factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed")
        training.days += [SessionDay(day_no=1, date=dt.date(2026, 3, 10)),
                          SessionDay(day_no=2, date=dt.date(2026, 3, 11))]
        people = [Person(surname=surname, first_name=first, organisation_id=plant.id) for surname, first in NAMES]
        s.add_all([training, *people])
        s.flush()
        s.add_all(Enrolment(session_id=training.id, person_id=person.id) for person in people)
        return training.id


@pytest.fixture
def parent(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def printers(monkeypatch):
    """The printers the machine has (none on a test machine; a coordinator's PC has one)."""
    def install(*names: str) -> None:
        monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: list(names)))

    return install


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    """The print dialog, answered with OK: the job goes to a PDF file at 300 dpi (what the printer gets)."""
    asked: list[dict] = []
    answer = {"from": 0, "to": 0}

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        asked.append({"title": dialog.windowTitle(), "pages": (dialog.minPage(), dialog.maxPage()),
                      "document": printer.docName(), "full page": printer.fullPage()})
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(300)
        if answer["from"]:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(answer["from"], answer["to"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return asked, answer, tmp_path / "printed.pdf"


def test_print_makes_the_sheet_then_prints_every_page_through_the_print_dialog(qtbot, db, session_id, parent,
                                                                               printers, print_dialog):
    # GIVEN a PC with a printer
    printers("Office printer")
    asked, _answer, printed = print_dialog
    said: list[str] = []
    # WHEN the coordinator prints the sign-in sheet and says OK in the print dialog
    print_sign_in_sheet(parent, db, session_id, say=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    # THEN the dialog offered the sheet's two pages, and both were printed, as the sheets show them
    assert asked == [{"title": "Print “Явочный лист — Основы бережливого производства — 10.03.2026”",
                      "pages": (1, 2), "document": "Явочный лист — Основы бережливого производства — 10.03.2026",
                      "full page": True}]
    assert said == ["“Явочный лист — Основы бережливого производства — 10.03.2026” was sent to "
                    + str(printed) + "."]
    data = printed.read_bytes()
    assert page_count(data) == 2
    # AND the printed barcodes still read as each person's code, in the sheet's order, on both pages
    with db.read() as s:
        codes = [badge_code(pid) for pid in s.scalars(select(Person.id).order_by(Person.sort_key))]
    for page in range(2):
        assert [code.text for code in barcodes(data, page)] == codes


def test_a_page_range_prints_only_those_pages(qtbot, db, session_id, parent, printers, print_dialog):
    printers("Office printer")
    _asked, answer, printed = print_dialog
    answer.update({"from": 2, "to": 2})
    said: list[str] = []
    print_sign_in_sheet(parent, db, session_id, say=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert said[0].endswith("was sent to " + str(printed) + ".")
    assert page_count(printed.read_bytes()) == 1


def test_cancelling_the_print_dialog_prints_nothing(qtbot, db, session_id, parent, printers, monkeypatch, tmp_path):
    printers("Office printer")
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    task = print_sign_in_sheet(parent, db, session_id, say=pytest.fail)
    qtbot.waitSignal(task.finished, timeout=60_000).wait()
    assert list(tmp_path.glob("*.pdf")) == []


def test_with_no_printer_the_sheet_can_be_saved_instead(qtbot, db, session_id, parent, printers, shown, monkeypatch,
                                                        tmp_path):
    # GIVEN a PC with no printer installed
    printers()
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: pytest.fail("no print dialog without a printer"))
    target = tmp_path / "sheet.pdf"
    suggested: list[str] = []

    def choose(_parent, _title, proposed, _filter):
        suggested.append(proposed)
        return str(target), "PDF document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    said: list[str] = []
    # WHEN the coordinator prints the sign-in sheet
    print_sign_in_sheet(parent, db, session_id, say=said.append)
    qtbot.waitUntil(lambda: bool(shown(QMessageBox)), timeout=60_000)
    # THEN a sentence says there is no printer and offers to save or open the file instead
    [box] = shown(QMessageBox)
    assert box.text() == "No printer is installed on this computer."
    assert "Save “Явочный лист — Основы бережливого производства — 10.03.2026” as a PDF file" in box.informativeText()
    buttons = {button.text(): button for button in box.buttons()}
    assert set(buttons) == {"Save as PDF…", "Open in the PDF viewer", "Cancel"}
    assert box.defaultButton() is buttons["Save as PDF…"]
    # WHEN they choose to save it
    buttons["Save as PDF…"].click()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    # THEN the file is saved where they chose, under the sheet's name proposed in Documents or home
    assert Path(suggested[0]).name == "Явочный лист 10.03.2026 Основы бережливого производства.pdf"
    assert said == ["Saved “Явочный лист — Основы бережливого производства — 10.03.2026” to " + str(target) + "."]
    assert page_count(target.read_bytes()) == 2
    assert "Bērziņš Jānis" in pages_text(target.read_bytes())[0]


def test_save_as_adds_the_extension_and_open_shows_the_file_in_the_viewer(qtbot, db, session_id, parent,
                                                                          monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "явочный"), ""))
    said: list[str] = []
    save_sign_in_sheet(parent, db, session_id, day_no=2, say=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    saved = tmp_path / "явочный.pdf"
    assert page_count(saved.read_bytes()) == 1
    assert "11.03.2026, день 2 из 2" in pages_text(saved.read_bytes())[0]

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    open_sign_in_sheet(parent, db, session_id, say=pytest.fail)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    viewed = Path(opened[0].toLocalFile())
    assert viewed.name == "Явочный лист 10.03.2026 Основы бережливого производства.pdf"
    assert page_count(viewed.read_bytes()) == 2


def test_with_no_pdf_viewer_the_sentence_says_where_the_file_is(qtbot, db, session_id, parent, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    said: list[str] = []
    open_sign_in_sheet(parent, db, session_id, say=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith("No program to open PDF files was found on this computer. The file is ")
    assert said[0].endswith("Явочный лист 10.03.2026 Основы бережливого производства.pdf.")


def test_a_sheet_that_cannot_be_made_says_why_and_opens_no_dialog(qtbot, db, session_id, parent, printers,
                                                                  monkeypatch):
    printers("Office printer")
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: pytest.fail("nothing to print"))
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        training.status, training.cancel_reason = "cancelled", "Тренер заболел"
    said: list[str] = []
    print_sign_in_sheet(parent, db, session_id, say=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said == ["The session «Основы бережливого производства» of 10.03.2026 was cancelled: "
                    "it has no sign-in sheet."]


def test_file_names_are_safe_on_every_system():
    document = pdf_output.PdfDocument(b"", name='Явочный лист 10.03.2026 Lean: "A/B" <1>?', title="")
    assert pdf_output.file_name_of(document) == "Явочный лист 10.03.2026 Lean A B 1.pdf"
