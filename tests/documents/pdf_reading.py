"""Reading our PDFs as a machine would: the text of each page (pypdf), the fonts each page uses and whether they
are embedded, and the barcodes on a page drawn at print resolution (pypdfium2 + zxing-cpp), by table row."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pypdf
import pypdfium2 as pdfium
import zxingcpp

BASE_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
           "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
           "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with its line breaks undone: a name wrapped in its cell reads as one line again (a break after a
    hyphen joins without a space: «Константинопольский-\nПреображенский»)."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "-", text)).strip()


@dataclass(frozen=True)
class FontUse:
    page: int
    name: str
    subtype: str
    embedded: bool


def fonts(data: bytes) -> list[FontUse]:
    """Every font in every page's /Resources /Font, with whether its program is in the file."""
    found = []
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages, start=1):
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            font = font.get_object()
            described = [font]
            if font.get("/Subtype") == "/Type0":
                described = [d.get_object() for d in font["/DescendantFonts"]]
            embedded = all(
                (descriptor := d.get("/FontDescriptor")) is not None
                and any(key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in described)
            found.append(FontUse(number, str(font["/BaseFont"]).lstrip("/"), str(font["/Subtype"]), embedded))
    return found


@dataclass(frozen=True)
class Fragment:
    text: str
    x: float
    y: float


def fragments(data: bytes, page_index: int) -> list[Fragment]:
    """The page's text pieces with where they start, in points from the bottom left corner."""
    page = pypdf.PdfReader(io.BytesIO(data)).pages[page_index]
    found: list[Fragment] = []

    def visit(text, cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Fragment(text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


@dataclass(frozen=True)
class Decoded:
    text: str
    format: zxingcpp.BarcodeFormat
    y: float  # the middle of the barcode, in points from the bottom of the page


def barcodes(data: bytes, page_index: int, dpi: int = 300) -> list[Decoded]:
    """The barcodes zxing-cpp finds on the page drawn at `dpi`, top to bottom."""
    document = pdfium.PdfDocument(data)
    page = document[page_index]
    scale = dpi / 72
    height = page.get_height()
    image = page.render(scale=scale).to_pil()
    found = [Decoded(result.text, result.format,
                     height - (result.position.top_left.y + result.position.bottom_left.y) / 2 / scale)
             for result in zxingcpp.read_barcodes(image)]
    return sorted(found, key=lambda code: -code.y)


def barcodes_by_row(data: bytes, page_index: int, *, number_column_right: float, dpi: int = 300) -> dict[int, str]:
    """Each decoded barcode by the row number printed on its row (the number nearest to it, in the first column)."""
    numbers = [f for f in fragments(data, page_index) if f.x < number_column_right and f.text.isdigit()]
    by_row: dict[int, str] = {}
    for code in barcodes(data, page_index, dpi):
        nearest = min(numbers, key=lambda number: abs(number.y - code.y))
        assert abs(nearest.y - code.y) < 14, f"barcode {code.text} is on no numbered row"
        assert int(nearest.text) not in by_row, f"two barcodes on row {nearest.text}"
        by_row[int(nearest.text)] = code.text
    return by_row


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def metadata(data: bytes) -> tuple[dict[str, str], str]:
    """The document information (title, author…) and the catalogue's /Lang."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    info = {key: str(value) for key, value in (reader.metadata or {}).items()}
    return info, str(reader.trailer["/Root"].get("/Lang", ""))
