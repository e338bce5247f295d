"""The layout every document shares, as the session report and certificates will use it: sections numbered on
their own, landscape pages, cells that wrap any word without losing a letter, a canvas drawn by hand with only
embedded fonts, and barcodes that keep inside the room they are given and still decode."""

from __future__ import annotations

import io

import zxingcpp
from documents.pdf_reading import BASE_14, barcodes, fonts, metadata, pages_text

from factory_desk.documents.layout import (
    A4_LANDSCAPE,
    Barcode,
    Column,
    DocumentInfo,
    Section,
    build_pdf,
    data_table,
    header_block,
    mm,
    new_canvas,
    paragraph,
    text_styles,
)

INFO = DocumentInfo(title="Отчёт о сессии", language="ru-RU", author="Фабрика процессов Кириши")


def test_sections_start_on_new_pages_and_count_their_own_pages_in_the_footer():
    rows = [[str(n), f"Участник {n}"] for n in range(1, 61)]
    columns = [Column("№", 12 * mm), Column("ФИО", 100 * mm)]
    data = build_pdf([Section([*header_block("Первый", [("Дата", "10.03.2026")], width=180 * mm),
                               data_table(columns, rows, min_row_height=10 * mm)], footer="Первый раздел"),
                      Section([paragraph("Второй", text_styles().title)], footer="Второй раздел")],
                     info=INFO, page_text="стр. {page}/{pages}")
    footers = [" ".join(text.splitlines()[-2:]) for text in pages_text(data)]
    first_pages = len(footers) - 1
    assert first_pages >= 2
    assert footers == [f"Первый раздел стр. {page}/{first_pages}" for page in range(1, first_pages + 1)] + [
        "Второй раздел стр. 1/1"]
    # the table's heading row is repeated on every page it runs over
    assert all("ФИО" in [line.strip() for line in text.splitlines()] for text in pages_text(data)[:first_pages])


def test_a_word_longer_than_its_cell_wraps_without_losing_a_letter_on_a_landscape_page():
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
    data = build_pdf([Section([data_table([Column("Слово", 25 * mm), Column("Пусто", 30 * mm)], [[word, None]])])],
                     info=INFO, page=A4_LANDSCAPE)
    [text] = pages_text(data)
    assert word in text.replace("\n", "")
    assert word not in text.splitlines()  # it was wrapped, not drawn past its cell
    assert {font.name.split("+")[-1] for font in fonts(data)} <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_canvas_drawn_by_hand_has_only_embedded_fonts_and_says_what_it_is():
    out = io.BytesIO()
    canvas = new_canvas(out, info=DocumentInfo(title="Сертификат", language="lv-LV", author="Procesu fabrika"))
    canvas.drawString(72, 720, "Sertifikāts: Ģērmane Ķirste Ļūdmila, № 42")
    canvas.showPage()
    canvas.save()
    data = out.getvalue()
    assert "Sertifikāts: Ģērmane Ķirste Ļūdmila, № 42" in pages_text(data)[0]
    used = fonts(data)
    assert used and all(font.embedded for font in used)
    assert not {font.name.split("+")[-1] for font in used} & BASE_14
    info, language = metadata(data)
    assert (info["/Title"], info["/Author"], language) == ("Сертификат", "Procesu fabrika", "lv-LV")


def test_a_long_code_is_drawn_narrower_to_keep_inside_its_cell_and_still_decodes():
    code = "PASS-2026-000123456"
    assert Barcode(code).width > 33 * mm  # too wide at the usual bar width
    data = build_pdf([Section([data_table([Column("Код", 35 * mm, align="CENTER")], [[Barcode(code)]])])], info=INFO)
    assert [(found.text, found.format) for found in barcodes(data, 0, dpi=400)] == [
        (code, zxingcpp.BarcodeFormat.Code128)]
    shrunk = Barcode(code)
    width, _height = shrunk.wrap(35 * mm - 3.2 * mm, 100)
    assert width <= 35 * mm - 3.2 * mm


def test_a_word_too_wide_for_its_cell_breaks_after_a_hyphen_or_is_set_smaller_but_stays_whole():
    small = Column("Должность", 31 * mm, style=lambda styles: styles.cell_small)
    data = build_pdf([Section([data_table([small], [["Заместитель директора по учебно-воспитательной работе"],
                                                    ["Делопроизводитель"]])])], info=INFO)
    lines = [line.strip() for line in pages_text(data)[0].splitlines()]
    assert {"учебно-", "воспитательной", "Делопроизводитель"} <= set(lines)
