"""Exported tables open in Excel as they were written: text stays text, whatever it starts with."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from factory_desk.exchange.export import ExportError, write_table

HEADERS = ["Фамилия", "Имя", "Телефон", "Дата"]
ROWS = [
    ["=HYPERLINK(\"http://evil.example\",\"нажмите\")", "Ķirsis", "+7 921 000-00-00", dt.date(2026, 3, 2)],
    ["@SUM(A1:A9)", "-2+3", "\tтаб", None],
    ["Bērziņš", "Jānis", "", dt.date(2026, 11, 22)],
]


def test_xlsx_keeps_risky_text_as_text(tmp_path):
    # GIVEN rows whose text starts with =, @, -, + and a tab WHEN they are written to .xlsx
    path = tmp_path / "люди.xlsx"
    assert write_table(path, HEADERS, ROWS, sheet_title="Люди") == 3
    # THEN every such cell is text with Excel's quote prefix, nothing is a formula, names are intact
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Люди"
    assert [c.value for c in sheet[1]] == HEADERS
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [c for c in cells if c.data_type == "f"]
    risky = {c.coordinate: c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t"}
    assert set(risky) == {"A2", "C2", "A3", "B3", "C3"}
    assert all(c.quotePrefix and c.data_type == "s" for c in risky.values())
    assert sheet["A2"].value == ROWS[0][0]  # written exactly, not altered
    assert sheet["B2"].value == "Ķirsis" and sheet["A4"].value == "Bērziņš"
    assert sheet["D2"].value == dt.datetime(2026, 3, 2) and sheet["D2"].number_format == "DD.MM.YYYY"


def test_csv_is_utf8_with_bom_semicolons_and_neutralised_formulas(tmp_path):
    path = tmp_path / "people.csv"
    write_table(path, HEADERS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel then reads UTF-8, not the ANSI code page
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1] == ["'=HYPERLINK(\"http://evil.example\",\"нажмите\")", "Ķirsis", "'+7 921 000-00-00", "02.03.2026"]
    assert rows[2] == ["'@SUM(A1:A9)", "'-2+3", "'\tтаб", ""]
    assert rows[3] == ["Bērziņš", "Jānis", "", "22.11.2026"]


def test_a_failed_export_leaves_no_file_behind(tmp_path):
    def rows():
        yield ["Иванов", "Иван", "", None]
        raise RuntimeError("the database went away")

    path = tmp_path / "half.xlsx"
    with pytest.raises(RuntimeError):
        write_table(path, HEADERS, rows())
    assert list(tmp_path.iterdir()) == []


def test_unknown_formats_and_unwritable_places_are_refused_in_a_sentence(tmp_path):
    with pytest.raises(ExportError, match="exports to .xlsx or .csv"):
        write_table(tmp_path / "people.docx", HEADERS, [])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="could not be written"):
        write_table(blocker / "inside" / "people.csv", HEADERS, [])
    assert Path(blocker).read_text() == "x"
