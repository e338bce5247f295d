"""The PDF preview: pages drawn on white off the GUI thread, page navigation, fitting and zoom."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from factory_desk.documents.certificate import DEFAULT_DEFINITION, SAMPLE_CERTIFICATE, certificate_pdf
from factory_desk.ui.documents.pdf_preview import PdfPreview, render_page


def _three_pages() -> bytes:
    return certificate_pdf([dataclasses.replace(SAMPLE_CERTIFICATE, number=f"КИР-2026-0000{n}") for n in (1, 2, 3)],
                           DEFAULT_DEFINITION)


def test_a_page_is_drawn_on_white_at_the_width_asked():
    image, pages, (width, height) = render_page(_three_pages(), 0, 600)
    assert pages == 3 and width > height  # the default design is landscape
    assert image.width() == 600
    assert QColor(image.pixel(3, 3)) == QColor("white")  # a transparent page would read black here


def test_the_preview_shows_the_pages_one_by_one(qtbot):
    # GIVEN a preview showing a PDF of three certificates
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.set_pdf(_three_pages())
    assert preview.page_count() == 3 and preview.current_page() == 0
    assert preview.page_label.text() == "Page 1 of 3"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    assert not preview.page_view.pixmap().isNull()

    # WHEN the coordinator goes to the next page, and on past the last one
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == "Page 2 of 3"
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.next_page()
    preview.next_page()  # nothing past the last page

    # THEN the last page is shown and there is no next one
    assert preview.current_page() == 2 and not preview.next_button.isEnabled()


def test_fitting_the_width_and_zooming(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 500)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.set_pdf(_three_pages())
    fitted = preview.page_view.pixmap().width()
    assert preview.fit_button.isChecked() and fitted <= preview.scroll.viewport().width()

    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.zoom_in()
    assert preview.zoom() is not None and not preview.fit_button.isChecked()
    assert preview.page_view.pixmap().width() > fitted

    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.fit_page()
    assert preview.page_button.isChecked()
    assert preview.page_view.pixmap().height() <= preview.scroll.viewport().height()


def test_no_pdf_shows_a_message_and_no_page(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.clear("Making the preview…")
    assert preview.page_view.text() == "Making the preview…"
    assert preview.page_count() == 0 and preview.page_label.text() == ""
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.set_pdf(b"not a PDF at all")
    assert preview.page_view.text() == "This PDF cannot be shown."
