"""Tables written to .xlsx or .csv for Excel, safe against formula injection.

A name or a note typed by anyone can start with "=", "+", "-" or "@" (`=HYPERLINK(…)`); opened in Excel
it must stay text. In .xlsx such a cell is written as text with Excel's "quote prefix" flag, so it stays
text even when someone edits it later. In .csv, which has no types, it gets a leading apostrophe (the
OWASP advice). CSV is written for the Excel of a Russian or Latvian office: UTF-8 with a byte order mark,
";" between fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

Value = str | int | float | Decimal | dt.date | dt.datetime | None
# Characters that make a spreadsheet read a cell as a formula (or run DDE) when they come first.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SUFFIXES = (".xlsx", ".csv")
# How an export names its columns and words: (context, English text) → the user's language.
Translate = Callable[[str, str], str]


def untranslated(_context: str, text: str) -> str:
    """The English source text: the words of an export made where no translator is installed (tests, scripts)."""
    return text


class ExportError(FactoryDeskError):
    pass


def is_risky(value: Value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    text = str(value)
    return "'" + text if is_risky(value) else text


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *, sheet_title: str = "",
                progress: Callable[[int], None] | None = None) -> int:
    """Write `headers` and `rows` to `path` (.xlsx or .csv by its suffix); returns the number of rows.

    The file appears complete or not at all: it is written under a temporary name and renamed at the end.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Factory Desk exports to .xlsx or .csv files, not “{suffix}”."),
                          suffix=path.suffix or path.name)
    if suffix == ".xlsx":
        return _complete(path, lambda partial: _write_xlsx(partial, [(sheet_title, headers, rows)], progress))
    return _complete(path, lambda partial: _write_csv(partial, headers, rows, progress))


Sheet = tuple[str, Sequence[str], Iterable[Sequence[Value]]]  # (title, headers, rows)


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> int:
    """Several sheets in one .xlsx, by the same rules as `write_table` (text never a formula, complete or not at
    all); returns the number of rows written."""
    return _complete(path, lambda partial: _write_xlsx(partial, sheets, None))


def write_file(path: Path, content: bytes | Iterable[tuple[str, bytes]]) -> Path:
    """A PDF, a key or any file the app hands over, complete or not at all; (name, bytes) pairs make a ZIP of
    them; a missing folder is made. A full disk, or a folder that cannot be made or written, is an
    `ExportError` with the reason."""

    def write(partial: Path) -> int:
        if isinstance(content, bytes):
            partial.write_bytes(content)
            return 1
        import zipfile

        count = 0
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in content:
                archive.writestr(name, data)
                count += 1
        return count

    _complete(path, write)
    return path


def _complete(path: Path, write: Callable[[Path], int]) -> int:
    """Run `write` on a temporary name beside `path`, then rename it: the file is complete or not there."""
    partial = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        count = write(partial)
        os.replace(partial, path)
    except OSError as exc:
        _remove(partial)
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The file {file} could not be written: {reason}"),
                          file=str(path), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        _remove(partial)
        raise
    return count


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # its folder may not exist: then there is nothing to remove
        pass


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]],
               progress: Callable[[int], None] | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
    return count


def _write_xlsx(path: Path, sheets: Sequence[Sheet], progress: Callable[[int], None] | None) -> int:
    from openpyxl import Workbook  # 0.1 s to import: only when an export runs
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    count = 0
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=_sheet_title(title))
        sheet.freeze_panes = "A2"

        def cell(value: Value, header: bool = False, sheet: Any = sheet) -> WriteOnlyCell:
            if isinstance(value, Decimal):
                value = float(value)
            item = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                item.data_type = "s"  # never a formula, whatever the text starts with
                if is_risky(value):
                    item.quotePrefix = True  # stays text when edited in Excel too
            elif isinstance(value, dt.datetime):
                item.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(value, dt.date):
                item.number_format = "DD.MM.YYYY"
            if header:
                item.font = bold
            return item

        widths = [max(10, min(40, len(h) + 2)) for h in headers]
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.append([cell(h, header=True) for h in headers])
        try:
            for row in rows:
                sheet.append([cell(value) for value in row])
                count += 1
                if progress and count % 1000 == 0:
                    progress(count)
        except BaseException:
            sheet.close()  # finish openpyxl's temporary sheet file; the caller removes the partial workbook
            raise
    workbook.save(path)
    return count


def _sheet_title(title: str) -> str:
    """Excel's rules for a sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title).strip("'") or "Sheet1"
    return cleaned[:31]
