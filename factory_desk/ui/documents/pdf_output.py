"""How a document made as a PDF leaves the app: printed through the system's print dialog, saved as a file, or
opened in the PDF viewer. Making the PDF and printing it run in the background (`run_task`).

Printing draws each PDF page with pypdfium2 at the printer's resolution (at most 600 dpi: finer gains nothing
on paper and costs memory) onto the QPrinter, in bands, on white. With no printer installed the coordinator is
told so and offered to save the file or open it in the viewer instead.
"""

from __future__ import annotations

import math
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.exchange.export import write_file
from factory_desk.i18n import error_text, translate
from factory_desk.ui.tasks import BackgroundTask, TaskControl, run_task

if TYPE_CHECKING:
    from factory_desk.store.database import Database

__all__ = ["PdfDocument", "open_pdf", "open_sign_in_sheet", "print_pdf", "print_sign_in_sheet", "project_a3",
           "save_pdf", "save_sign_in_sheet", "session_report"]

Say = Callable[[str], None]
MAX_DPI = 600
BAND_PIXELS = 1024  # rows of a page drawn at a time: 20 MB at 600 dpi instead of 140 MB for a whole A4 page
PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe: every use of pypdfium2 (printing, the preview) holds it
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class PdfDocument:
    """A PDF ready to print, save or open: its bytes, a file name (no extension) and a title for the job."""

    data: bytes
    name: str
    title: str


class PrintError(FactoryDeskError):
    """A print job that could not be started."""


# --- printing ------------------------------------------------------------------------------------------------

def print_pdf(parent: QWidget, document: PdfDocument, *, say: Say | None = None,
              delivered: Callable[[], None] | None = None) -> None:
    """Ask where to print (the system's print dialog), then print every page or the chosen range. `delivered` is
    called once pages went to the printer (or the PDF was saved or opened instead), never when it was
    cancelled."""
    if not QPrinterInfo.availablePrinterNames():
        _offer_instead_of_printing(parent, document, say, delivered)
        return
    pages, (width, height) = _pages_and_size(document.data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    printer.setCreator("Factory Desk")
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(paper_of(width, height), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF has its own margins: draw it on the whole sheet, as the viewer would
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PdfOutput", "Print “{title}”").format(title=document.title))
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = _chosen_pages(printer, pages)
    where = printer.printerName() or printer.outputFileName()

    def work(control: TaskControl) -> int:
        return _print_pages(document.data, printer, chosen, control)

    def done(printed: int) -> None:
        if printed and delivered is not None:
            delivered()
        if printed and say is not None:
            say(translate("PdfOutput", "“{title}” was sent to {printer}.").format(title=document.title,
                                                                                printer=where))

    run_task(parent, work, done, label=translate("PdfOutput", "Printing “{title}”…").format(title=document.title),
             on_error=_errors(say), cancellable=True)


def _offer_instead_of_printing(parent: QWidget, document: PdfDocument, say: Say | None,
                               delivered: Callable[[], None] | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, translate("PdfOutput", "No printer"),
                      translate("PdfOutput", "No printer is installed on this computer."),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate(
        "PdfOutput", "Save “{title}” as a PDF file to print it on another computer or to send it, or open it "
                     "in your PDF viewer.").format(title=document.title))
    save = box.addButton(translate("PdfOutput", "Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
    view = box.addButton(translate("PdfOutput", "Open in the PDF viewer"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(save)

    def chosen() -> None:
        clicked = box.clickedButton()
        if clicked is save:
            save_pdf(parent, document, say=say, delivered=delivered)
        elif clicked is view:
            open_pdf(parent, document, say=say, delivered=delivered)

    box.finished.connect(chosen)
    box.open()


def _chosen_pages(printer: QPrinter, pages: int) -> range:
    """The page indexes (from 0) the print dialog asked for."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or pages
        return range(max(first, 1) - 1, min(last, pages))
    return range(pages)


def _print_pages(data: bytes, printer: QPrinter, pages: range, control: TaskControl) -> int:
    """Draw `pages` of the PDF onto the printer; the number of pages printed (0 when cancelled)."""
    import pypdfium2 as pdfium

    printer.setFullPage(True)  # again: a paper chosen in the dialog comes with the printer's margins
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    total = len(pages) * copies
    dpi = min(printer.resolution(), MAX_DPI)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    painter = QPainter()
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            if not painter.begin(printer):
                raise PrintError(QT_TRANSLATE_NOOP("Errors", "The printer {printer} could not start the job."),
                                 printer=printer.printerName() or printer.outputFileName())
            done = 0
            try:
                for _copy in range(copies):
                    for index in pages:
                        if control.cancelled:
                            printer.abort()
                            return 0
                        if done:
                            printer.newPage()
                        page = document[index]
                        try:
                            _draw_page(painter, page, dpi, target)
                        finally:
                            page.close()
                        done += 1
                        control.report(done, total)
            finally:
                painter.end()
        finally:
            document.close()
    return done


def _draw_page(painter: QPainter, page: Any, dpi: int, target: QRectF) -> None:
    """One PDF page, on white, fitted into `target` (the sheet, in device pixels), drawn band by band."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    scale = dpi / 72
    width, height = math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale)
    fit = min(target.width() / width, target.height() / height)
    left = target.left() + (target.width() - width * fit) / 2
    top = target.top() + (target.height() - height * fit) / 2
    painter.fillRect(target, 0xFFFFFF)  # a PDF page may be transparent: paper is white
    flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING
    for band_top in range(0, height, BAND_PIXELS):
        rows = min(BAND_PIXELS, height - band_top)
        bitmap = pdfium.PdfBitmap.new_native(width, rows, pdfium_c.FPDFBitmap_BGRx)
        try:
            bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
            pdfium_c.FPDF_RenderPageBitmap(bitmap.raw, page.raw, 0, -band_top, width, height, 0, flags)
            # BGRx bytes are Qt's RGB32 on every little-endian machine the app runs on.
            image = QImage(bytes(bitmap.buffer), width, rows, bitmap.stride, QImage.Format.Format_RGB32)
            painter.drawImage(QRectF(left, top + band_top * fit, width * fit, rows * fit), image)
        finally:
            bitmap.close()


def paper_of(width: float, height: float) -> QPageSize:
    """The paper a page of `width` × `height` points is made for (A3 for an A3 report), A4 when it is no standard
    size; the print dialog may still choose another, and the page is scaled to it."""
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return size if size.id() != QPageSize.PageSizeId.Custom else QPageSize(QPageSize.PageSizeId.A4)


def _pages_and_size(data: bytes) -> tuple[int, tuple[float, float]]:
    """How many pages the PDF has, and the size of its first (in points)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            if not len(document):
                return 0, (595.0, 842.0)
            width, height = document[0].get_size()
            return len(document), (width, height)
        finally:
            document.close()


# --- saving and opening --------------------------------------------------------------------------------------

def file_name_of(document: PdfDocument) -> str:
    """The document's name as a file name on any system («Явочный лист 12.03.2026 Основы….pdf»)."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", document.name).split()).strip(" .") or "document"
    return name[:120].rstrip(" .") + ".pdf"


def save_pdf(parent: QWidget, document: PdfDocument, *, say: Say | None = None,
             delivered: Callable[[], None] | None = None) -> None:
    """Ask where to save the PDF (in Documents by default), then write it in the background; `delivered` is
    called once it was written."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("PdfOutput", "Save as PDF"), str(Path(folder) / file_name_of(document)),
        translate("PdfOutput", "PDF document (*.pdf)"))
    if not name:
        return
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def work(_control: TaskControl) -> Path:
        write_file(path, document.data)
        return path

    def saved(path: Path) -> None:
        if delivered is not None:
            delivered()
        if say is not None:
            say(translate("PdfOutput", "Saved “{title}” to {file}.").format(title=document.title, file=path))

    run_task(parent, work, saved, label=translate("PdfOutput", "Saving “{title}”…").format(title=document.title),
             on_error=_errors(say))


def open_pdf(parent: QWidget, document: PdfDocument, *, say: Say | None = None,
             delivered: Callable[[], None] | None = None) -> None:
    """Open the PDF in the system's PDF viewer, from a file in the temporary folder; `delivered` is called once
    the viewer was asked to show it."""

    def work(_control: TaskControl) -> Path:
        folder = Path(tempfile.gettempdir()) / "Factory Desk"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name_of(document)
        for number in range(2, 100):  # the viewer may still hold an earlier copy open (Windows locks it)
            try:
                write_file(path, document.data)
                return path
            except FactoryDeskError:
                path = folder / f"{Path(file_name_of(document)).stem} ({number}).pdf"
        write_file(path, document.data)
        return path

    def opened(path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            if delivered is not None:
                delivered()
        else:
            _tell(parent, say, translate(
                "PdfOutput", "No program to open PDF files was found on this computer. The file is {file}.").format(
                file=path))

    run_task(parent, work, opened, label=translate("PdfOutput", "Opening “{title}”…").format(title=document.title),
             on_error=_errors(say))


def _tell(parent: QWidget, say: Say | None, sentence: str) -> None:
    """A warning in the window's own message line, or in a message box when the caller has none."""
    if say is not None:
        say(sentence)
    else:
        QMessageBox.warning(parent, translate("PdfOutput", "Factory Desk"), sentence)


def _errors(say: Say | None) -> Callable[[BaseException], None] | None:
    """How a background step's failure is shown: a domain error's sentence in the caller's message line; without
    one, and for anything unexpected, as `run_task` shows them (a message box, the crash reporter)."""
    if say is None:
        return None

    def failed(exc: BaseException) -> None:
        if isinstance(exc, FactoryDeskError):
            say(error_text(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    return failed


# --- the sign-in sheet ---------------------------------------------------------------------------------------

def _sign_in_sheet(db: Database, session_id: int, day_no: int | None) -> PdfDocument:
    from factory_desk.documents.sign_in_sheet import file_name, sheet_title, sign_in_sheet_pdf
    from factory_desk.services.documents import document_language
    from factory_desk.services.sign_in import sign_in_data

    days = sign_in_data(db, session_id, day_no)
    language = document_language(db)
    return PdfDocument(sign_in_sheet_pdf(days, language), name=file_name(days, language),
                       title=sheet_title(days[0], language))


def _with_sign_in_sheet(parent: QWidget, db: Database, session_id: int, day_no: int | None, say: Say | None,
                        then: Callable[[QWidget, PdfDocument], None]) -> BackgroundTask[PdfDocument]:
    return run_task(parent, lambda _control: _sign_in_sheet(db, session_id, day_no), lambda pdf: then(parent, pdf),
                    label=translate("PdfOutput", "Making the sign-in sheet…"), on_error=_errors(say))


def print_sign_in_sheet(parent: QWidget, db: Database, session_id: int, *, day_no: int | None = None,
                        say: Say | None = None) -> BackgroundTask[PdfDocument]:
    """The session window's «Print the sign-in sheet»: a sheet per day (or day `day_no`) made in the background,
    then the print dialog; with no printer installed, the offer to save the file or open it instead."""
    return _with_sign_in_sheet(parent, db, session_id, day_no, say,
                               lambda window, pdf: print_pdf(window, pdf, say=say))


def save_sign_in_sheet(parent: QWidget, db: Database, session_id: int, *, day_no: int | None = None,
                       say: Say | None = None) -> BackgroundTask[PdfDocument]:
    """The sign-in sheet saved as a PDF file where the coordinator chooses (to send it, or print it elsewhere)."""
    return _with_sign_in_sheet(parent, db, session_id, day_no, say,
                               lambda window, pdf: save_pdf(window, pdf, say=say))


def open_sign_in_sheet(parent: QWidget, db: Database, session_id: int, *, day_no: int | None = None,
                       say: Say | None = None) -> BackgroundTask[PdfDocument]:
    """The sign-in sheet opened in the system's PDF viewer (to look at it, or print from there)."""
    return _with_sign_in_sheet(parent, db, session_id, day_no, say,
                               lambda window, pdf: open_pdf(window, pdf, say=say))


# --- the session report --------------------------------------------------------------------------------------

def _session_report(db: Database, session_id: int) -> PdfDocument:
    from factory_desk.services.session_report import session_report_file

    made = session_report_file(db, session_id)
    return PdfDocument(made.data, name=made.name, title=made.name)


def session_report(parent: QWidget, db: Database, session_id: int, action: str, *,
                   say: Say | None = None) -> BackgroundTask[PdfDocument]:
    """The session report made in the background in the centre's document language, then printed
    (`action` "print"), saved as a PDF ("save") or opened in the system's PDF viewer ("open")."""
    then = {"print": print_pdf, "save": save_pdf, "open": open_pdf}[action]
    return run_task(parent, lambda _control: _session_report(db, session_id),
                    lambda pdf: then(parent, pdf, say=say),
                    label=translate("PdfOutput", "Making the session report…"), on_error=_errors(say))


# --- a project's A3 report -----------------------------------------------------------------------------------

def _project_a3(db: Database, project_id: int) -> PdfDocument:
    from factory_desk.services.project_documents import a3_report_file

    made = a3_report_file(db, project_id)
    return PdfDocument(made.data, name=made.name, title=made.name)


def project_a3(parent: QWidget, db: Database, project_id: int, action: str, *,
               say: Say | None = None) -> BackgroundTask[PdfDocument]:
    """The project's A3 report made in the background in the centre's document language, then printed (`action`
    "print"), saved as a PDF ("save") or opened in the system's PDF viewer ("open")."""
    then = {"print": print_pdf, "save": save_pdf, "open": open_pdf}[action]
    return run_task(parent, lambda _control: _project_a3(db, project_id),
                    lambda pdf: then(parent, pdf, say=say),
                    label=translate("PdfOutput", "Making the A3 report…"), on_error=_errors(say))
