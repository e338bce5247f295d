"""Reading a spreadsheet or a text table into rows of cell texts: .xlsx through openpyxl, .csv and .txt
with their encoding and delimiter found. Whatever goes wrong becomes one sentence for the coordinator.

Merged cells: the value stays in the top-left cell and is repeated down the rows the range covers, never
across. A title or a section heading merged over the width of the sheet is then one cell, as it was typed,
while an organisation or department merged down a block of people reaches each person's row. A heading
merged over two heading rows repeats itself in the second row, which the import skips as a repeated heading.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.text import normalize_spaces
from factory_desk.exchange.export import FORMULA_STARTS

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
DELIMITERS = (";", "\t", ",")  # in order of preference when two fit equally well
_ZIP = b"PK\x03\x04"
# An old .xls workbook and a password-protected .xlsx are both OLE compound files.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SNIFF_RECORDS = 50


class TableFileError(FactoryDeskError):
    """A file that cannot be read as a table: missing, locked, broken, or of a kind we do not read."""


class EmptyFileError(TableFileError):
    """A file with nothing in it."""


@dataclass(frozen=True)
class Table:
    """The cells of one sheet as text, row by row. `rows[i]` is row i + 1 of the sheet or file; every row
    has the same length; rows and columns left empty at the end are dropped."""

    name: str  # the file's name, for messages
    rows: tuple[tuple[str, ...], ...]
    sheet: str | None = None  # the sheet read, for a workbook
    sheets: tuple[str, ...] = field(default=())  # every sheet of the workbook, to offer a choice
    encoding: str | None = None  # for a text file: "utf-8", "utf-8-sig", "utf-16", "cp1251" or "cp1257"
    delimiter: str | None = None  # for a text file

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The cells of `path` (.xlsx/.xlsm, or .csv/.txt/.tsv) as text; `sheet` names a workbook's sheet,
    else the active one is read (or the first with anything in it, if the active one is empty).

    Raises TableFileError (EmptyFileError for an empty file) with a sentence saying what to do.
    """
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is an old Excel file (.xls). Open it in Excel and save it as .xlsx."),
            name=path.name)
    if suffix not in WORKBOOK_SUFFIXES + TEXT_SUFFIXES:
        raise TableFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file."),
            name=path.name)
    data = _read_bytes(path)
    if not data.strip():
        raise EmptyFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=path.name)
    if data.startswith(_OLE):
        raise TableFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is an old Excel file or has a password. Save it as .xlsx without one."),
            name=path.name)
    if suffix in WORKBOOK_SUFFIXES or data.startswith(_ZIP):  # a workbook renamed to .csv is still read
        return _read_workbook(path.name, data, sheet)
    return _read_text(path.name, data)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise TableFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} was not found."), name=path.name) from exc
    except PermissionError as exc:  # on Windows, also a file Excel has open
        raise TableFileError(
            QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened; if Excel has it open, close it there."),
            name=path.name) from exc
    except OSError as exc:
        raise TableFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {reason}"),
                             name=path.name, reason=exc.strerror or str(exc)) from exc


def _broken_workbook(name: str) -> TableFileError:
    return TableFileError(
        QT_TRANSLATE_NOOP("Errors", "{name} is damaged or is not an Excel workbook. Save it from Excel as .xlsx."),
        name=name)


def _read_workbook(name: str, data: bytes, sheet: str | None) -> Table:
    if not data.startswith(_ZIP):
        raise _broken_workbook(name)
    import openpyxl  # 0.1 s to import: only when a workbook is read
    from openpyxl.worksheet.worksheet import Worksheet

    try:
        with warnings.catch_warnings():  # "unsupported extension" and the like mean nothing to a coordinator
            warnings.simplefilter("ignore")
            # Not read_only: a read-only sheet does not know its merged cells, and a people list is small.
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises anything from BadZipFile to KeyError on a damaged file
        raise _broken_workbook(name) from exc
    worksheets = [ws for ws in workbook.worksheets if isinstance(ws, Worksheet)]
    if sheet is not None:
        chosen = next((ws for ws in worksheets if ws.title == sheet), None)
        if chosen is None:
            raise TableFileError(QT_TRANSLATE_NOOP("Errors", "The workbook {name} has no sheet “{sheet}”."),
                                 name=name, sheet=sheet)
    else:
        filled = [ws for ws in worksheets if ws.sheet_state == "visible" and _has_values(ws)]
        active = workbook.active
        chosen = active if isinstance(active, Worksheet) and active in filled else (filled or [None])[0]
        if chosen is None:
            raise EmptyFileError(QT_TRANSLATE_NOOP("Errors", "The workbook {name} has no filled cells."), name=name)
    rows = [[_cell_text(value) for value in row]
            for row in chosen.iter_rows(min_row=1, min_col=1, values_only=True)]
    for merged in chosen.merged_cells.ranges:
        top_left = _cell_text(chosen.cell(merged.min_row, merged.min_col).value)
        for row_number in range(merged.min_row + 1, min(merged.max_row, len(rows)) + 1):
            rows[row_number - 1][merged.min_col - 1] = top_left
    return Table(name=name, rows=_squared(rows), sheet=chosen.title, sheets=tuple(ws.title for ws in worksheets))


def _has_values(ws: Any) -> bool:
    return any(value is not None and str(value).strip() for row in ws.iter_rows(values_only=True) for value in row)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an ИНН or a phone number stored as a number
    elif isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    # NFC: a «й» typed as и plus a combining breve must fold and compare as «й».
    return normalize_spaces(unicodedata.normalize("NFC", str(value)))


def _squared(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """Rows without the empty ones at the end, all as wide as the widest filled row."""
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, cell in enumerate(row) if cell), default=0) for row in rows), default=0)
    return tuple(tuple(row[:width]) + ("",) * (width - len(row)) for row in rows)


def _read_text(name: str, data: bytes) -> Table:
    text, encoding = _decode(name, data)
    if not text.strip():
        raise EmptyFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=name)
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise TableFileError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as a CSV table: {reason}"),
                             name=name, reason=str(exc)) from exc
    rows = [[_cell_text(_unescaped(cell)) for cell in record] for record in records]
    return Table(name=name, rows=_squared(rows), encoding=encoding, delimiter=delimiter)


def _unescaped(cell: str) -> str:
    """A cell our own CSV export protected from Excel («'=…», «'+7 …») back as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def _decode(name: str, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise TableFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a text table. Save the list from Excel as .xlsx or as CSV."),
            name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Excel saves CSV in the Windows code page: 1251 on a Russian PC, 1257 on a Latvian one.
    russian = data.decode("cp1251", errors="replace")
    return (data.decode("cp1257", errors="replace"), "cp1257") if _looks_baltic(russian) else (russian, "cp1251")


_WORD = re.compile(r"[^\W\d_]+")


def _looks_baltic(cp1251_text: str) -> bool:
    """Latvian letters read as cp1251 become Cyrillic letters inside Latin words («Bзrziтр»); Russian text
    read as cp1251 has whole Cyrillic words."""
    mixed = cyrillic = 0
    for word in _WORD.findall(cp1251_text):
        has_cyrillic = any("\u0400" <= c <= "\u04ff" for c in word)
        if has_cyrillic and any(c.isascii() for c in word):
            mixed += 1
        elif has_cyrillic:
            cyrillic += 1
    return mixed > cyrillic


def _delimiter(text: str) -> str:
    """The delimiter that splits the most of the first records into the same number of fields (more than
    one): a title line or a stray comma in a name does not outvote the table."""
    best: tuple[int, int, int] | None = None
    chosen = DELIMITERS[0]
    for preference, delimiter in enumerate(DELIMITERS):
        try:
            records = list(islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), _SNIFF_RECORDS))
        except csv.Error:
            continue
        widths = Counter(len(r) for r in records if len(r) > 1 and any(cell.strip() for cell in r))
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = (count, width, -preference)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen
