"""A PDF shown inside a window: a page at a time, on white, fitted to the width (or zoomed), with the page
number and buttons to go through the pages. Used by the certificate designer, the certificate batch and the
session report.

QtPdf is not part of our Qt, so pages are drawn by pypdfium2 (PDFium), off the GUI thread and one document at a
time (PDFium is not thread-safe: the same lock as printing). A page drawn for an older PDF or size is dropped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factory_desk.ui.documents.pdf_output import PDFIUM_LOCK
from factory_desk.ui.tasks import run_task

__all__ = ["PdfPreview", "render_page"]

MARGIN = 12  # grey around the page, in pixels
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)  # of the page's real size on screen
MAX_PIXELS = 6000  # the longest side a page is drawn at: enough for 400 % of A4 on a common screen
RESIZE_DELAY_MS = 120  # a page is drawn again once the window stops being resized


@dataclass(frozen=True)
class _Drawn:
    token: int
    image: QImage
    pages: int
    index: int
    page_size: tuple[float, float]  # points


def render_page(data: bytes, index: int, width: int | None = None, *, height: int | None = None,
                scale: float | None = None) -> tuple[QImage, int, tuple[float, float]]:
    """Page `index` of a PDF drawn on white, `width` pixels wide and at most `height` pixels high (or at `scale`
    pixels per point), with the document's page count and the page's size in points. An index past the end
    draws the last page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            pages = len(document)
            if not pages:
                return QImage(), 0, (0.0, 0.0)
            page = document[max(0, min(index, pages - 1))]
            try:
                size = page.get_size()
                factor = scale if scale is not None else (width or 800) / size[0]
                if scale is None and height:
                    factor = min(factor, height / size[1])
                factor = min(factor, MAX_PIXELS / max(size))
                w, h = max(1, math.ceil(size[0] * factor)), max(1, math.ceil(size[1] * factor))
                bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_BGRx)
                try:
                    bitmap.fill_rect((255, 255, 255, 255), 0, 0, w, h)  # a rendered page may be transparent
                    pdfium_c.FPDF_RenderPageBitmap(bitmap.raw, page.raw, 0, 0, w, h, 0, pdfium_c.FPDF_ANNOT)
                    # BGRx is Qt's RGB32 on little-endian machines; copy() detaches from PDFium's buffer.
                    image = QImage(bytes(bitmap.buffer), w, h, bitmap.stride, QImage.Format.Format_RGB32).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
            return image, pages, size
        finally:
            document.close()


def _draw_page(token: int, data: bytes, index: int, box: tuple[int | None, int | None],
               scale: float | None) -> _Drawn:
    """A page drawn off the GUI thread; a PDF PDFium cannot read shows as no page, never a crash."""
    width, height = box
    try:
        image, pages, size = render_page(data, index, width, height=height, scale=scale)
    except Exception:  # noqa: BLE001 - said on the preview
        image, pages, size = QImage(), 0, (0.0, 0.0)
    return _Drawn(token, image, pages, min(index, max(pages - 1, 0)), size)


class PdfPreview(QWidget):
    """`set_pdf(data)` shows the PDF's first page (or keeps the page shown when the same document is updated,
    as the designer does while typing); `rendered` is emitted each time a page is on screen."""

    rendered = Signal(int)  # the index (from 0) of the page now shown
    page_changed = Signal(int, int)  # (index from 0, page count)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._pages = 0
        self._index = 0
        self._zoom: float | None = None  # None: fitted (`_fit`)
        self._fit = "width"  # "width" or "page" (the whole page in view) while `_zoom` is None
        self._token = 0
        self._page_size = (0.0, 0.0)
        self._resize_timer = QTimer(self, singleShot=True, interval=RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._draw)
        self._build()
        self._retranslate()
        self.clear()

    # --- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.previous_button = QToolButton(self, objectName="previous_page_button", autoRaise=True)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton(self, objectName="next_page_button", autoRaise=True)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.page_label = QLabel(self, objectName="page_label")
        self.zoom_out_button = QToolButton(self, objectName="zoom_out_button", text="\u2212", autoRaise=True)
        self.zoom_label = QLabel(self, objectName="zoom_label")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QToolButton(self, objectName="zoom_in_button", text="+", autoRaise=True)
        self.fit_button = QToolButton(self, objectName="fit_width_button", checkable=True, autoRaise=True)
        self.page_button = QToolButton(self, objectName="whole_page_button", checkable=True, autoRaise=True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
                       self.page_button):
            bar.addWidget(widget)

        self.page_view = QLabel(objectName="page_view")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setWordWrap(True)
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_view.setStyleSheet("color: #f0f0f0;")
        self.scroll = QScrollArea(self, objectName="page_scroll")
        self.scroll.setWidget(self.page_view)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea { background: #7d8590; } QScrollArea > QWidget > QWidget "
                                  "{ background: #7d8590; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.page_button.clicked.connect(self.fit_page)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
                           (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(QKeySequence(keys), self, slot, context=context)

    def _retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("Show the page as wide as the preview"))
        self.page_button.setText(self.tr("Whole page"))
        self.page_button.setToolTip(self.tr("Show the whole page"))
        self._update_bar()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- what is shown -------------------------------------------------------------------------------------------
    def pdf(self) -> bytes:
        """The PDF shown (empty bytes when none)."""
        return self._data

    def page_count(self) -> int:
        return self._pages

    def current_page(self) -> int:
        """The index (from 0) of the page shown."""
        return self._index

    def set_pdf(self, data: bytes, *, keep_page: bool = False) -> None:
        """Show `data`: its first page, or the page shown before when `keep_page` (a document being edited)."""
        self._data = bytes(data or b"")
        if not keep_page:
            self._index = 0
        if not self._data:
            self.clear()
            return
        self._draw()

    def clear(self, message: str = "") -> None:
        """No PDF: an empty grey area, with `message` on it when given («Making the preview…»)."""
        self._data, self._pages, self._index = b"", 0, 0
        self._token += 1  # a page still being drawn is not shown
        self.page_view.setPixmap(QPixmap())
        self.page_view.setText(message)
        self.page_view.resize(self.scroll.viewport().size())
        self._update_bar()

    def set_page(self, index: int) -> None:
        if not self._data:
            return
        index = max(0, min(index, self._pages - 1)) if self._pages else 0
        if index != self._index:
            self._index = index
            self._draw()

    def next_page(self) -> None:
        self.set_page(self._index + 1)

    def previous_page(self) -> None:
        self.set_page(self._index - 1)

    # --- zoom --------------------------------------------------------------------------------------------------
    def zoom(self) -> float | None:
        """The zoom as a share of the page's real size, or None while the page is fitted to the width."""
        return self._zoom

    def _current_zoom(self) -> float:
        if self._zoom is not None:
            return self._zoom
        if self._page_size[0] <= 0:
            return 1.0
        return self._fit_pixels() / (self._page_size[0] * self._screen_pixels_per_point())

    def zoom_in(self) -> None:
        current = self._current_zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self._current_zoom()
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._fit = "width"
        self._set_zoom(None)

    def fit_page(self) -> None:
        """The whole page in view (a landscape certificate), rather than as wide as the view."""
        self._fit = "page"
        self._set_zoom(None)

    def _set_zoom(self, zoom: float | None) -> None:
        self._zoom = zoom
        self._update_bar()
        if self._data:
            self._draw()

    def _screen_pixels_per_point(self) -> float:
        return self.logicalDpiX() / 72

    def _fit_box(self) -> tuple[int, int | None]:
        """The pixels a fitted page may take: the view's width (leaving room for a vertical scroll bar), and
        for the whole page its height too."""
        area = self.scroll.maximumViewportSize()
        if self._fit == "page":
            return max(50, area.width() - 2 * MARGIN), max(50, area.height() - 2 * MARGIN)
        return max(50, area.width() - 2 * MARGIN - self.scroll.verticalScrollBar().sizeHint().width()), None

    def _fit_pixels(self) -> int:
        width, height = self._fit_box()
        if height is not None and self._page_size[1] > 0:
            return min(width, int(height * self._page_size[0] / self._page_size[1]))
        return width

    # --- drawing -----------------------------------------------------------------------------------------------
    def _draw(self) -> None:
        if not self._data:
            return
        self._token += 1
        ratio = self.devicePixelRatioF()
        if self._zoom is None:
            width, height = self._fit_box()
            box, scale = (round(width * ratio), round(height * ratio) if height else None), None
        else:
            box, scale = (None, None), self._zoom * self._screen_pixels_per_point() * ratio
        token, data, index = self._token, self._data, self._index
        # run_task keeps the work's signals alive even if the preview closes before the page comes back.
        run_task(self, lambda _control: _draw_page(token, data, index, box, scale), self._drawn, label="",
                 progress_dialog=False)

    def _drawn(self, drawn: _Drawn) -> None:
        if drawn.token != self._token:
            return  # an older PDF, page or size
        self._pages, self._index, self._page_size = drawn.pages, drawn.index, drawn.page_size
        if drawn.image.isNull():
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(self.tr("This PDF cannot be shown."))
        else:
            pixmap = QPixmap.fromImage(drawn.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.page_view.setText("")
            self.page_view.setPixmap(pixmap)
            size = pixmap.deviceIndependentSize().toSize()
            viewport = self.scroll.viewport().size()
            self.page_view.resize(max(size.width() + 2 * MARGIN, viewport.width()),
                                  max(size.height() + 2 * MARGIN, viewport.height()))
        self._update_bar()
        self.page_changed.emit(self._index, self._pages)
        self.rendered.emit(self._index)

    def _update_bar(self) -> None:
        has_pages = bool(self._data) and self._pages > 0
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=self._index + 1, pages=self._pages)
                                if has_pages else "")
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(self.page_label.text()) + 8)
        self.previous_button.setEnabled(has_pages and self._index > 0)
        self.next_button.setEnabled(has_pages and self._index < self._pages - 1)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.page_button):
            widget.setEnabled(has_pages)
        self.fit_button.setChecked(self._zoom is None and self._fit == "width")
        self.page_button.setChecked(self._zoom is None and self._fit == "page")
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self._current_zoom() * 100))
                                if has_pages else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self._data:
            self.page_view.resize(self.scroll.viewport().size())
        elif self._zoom is None:
            self._resize_timer.start()
