"""The layout every printed document shares (the sign-in sheet, the session report, certificates): DejaVu fonts
embedded in the file, the A4 page and its margins, a header block, tables that wrap their text and repeat their
heading row on each page, a footer with «page N of M», Code 128 barcodes and signature lines.

Only this package imports reportlab; callers import it when a document is made (it takes 0.2 s to load).
Every canvas starts in DejaVu Sans (`initialFontName`), so no unembedded Helvetica is left in a file, and no
reportlab widget draws text in its own font: the digits under a barcode are drawn here.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from factory_desk.paths import font_files

__all__ = [
    "A3_LANDSCAPE", "A4_LANDSCAPE", "A4_PORTRAIT", "BOLD_FONT", "FONT", "Barcode", "Cell", "Column", "DocumentInfo",
    "PageSetup", "Section", "Spacer", "TextStyles", "bar_chart", "build_pdf", "data_table", "field_lines",
    "header_block", "heading", "kept_with_heading", "mm", "new_canvas", "paragraph", "register_fonts",
    "room_left_on_last_page", "side_by_side", "signature_lines", "text_styles", "two_column_pdf",
]

FONT = "DejaVuSans"
BOLD_FONT = "DejaVuSans-Bold"
INK = colors.black
GRID = colors.Color(0.35, 0.35, 0.35)
QUIET = colors.Color(0.4, 0.4, 0.4)  # labels and the footer: readable on any office printer, clearly secondary
HEADING_FILL = colors.Color(0.9, 0.9, 0.9)

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans and its bold face with reportlab, once per process (from any thread), and set how
    every PDF of the process is written."""
    global _fonts_registered
    with _fonts_lock:
        if _fonts_registered:
            return
        # Streams are written compressed and binary: ASCII85 on top makes a file a quarter larger and costs
        # reportlab 3 ms a page in pure Python (a thousand certificates: 3 s).
        rl_config.useA85 = 0
        files = font_files()
        pdfmetrics.registerFont(TTFont(FONT, str(files["regular"])))
        pdfmetrics.registerFont(TTFont(BOLD_FONT, str(files["bold"])))
        # <b> in a paragraph picks the bold face; there is no italic face, so italics stay upright.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD_FONT, italic=FONT, boldItalic=BOLD_FONT)
        _fonts_registered = True


# --- pages and the document ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageSetup:
    """A page size with its margins (in points); the footer is drawn inside the bottom margin."""

    size: tuple[float, float] = A4
    left: float = 15 * mm
    right: float = 12 * mm
    top: float = 12 * mm
    bottom: float = 14 * mm

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        """The width text and tables can take."""
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


A4_PORTRAIT = PageSetup()
A4_LANDSCAPE = PageSetup(size=landscape(A4), left=12 * mm, right=12 * mm)
A3_LANDSCAPE = PageSetup(size=landscape(A3), left=14 * mm, right=14 * mm, top=12 * mm, bottom=14 * mm)


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself (File → Properties in a viewer); `language` is a tag such as "ru-RU"."""

    title: str
    language: str
    author: str = ""
    subject: str = ""
    creator: str = "Factory Desk"


@dataclass(frozen=True)
class Section:
    """A part of a document that starts on a new page and counts its own pages (one day's sign-in sheet).
    `footer` is printed at the bottom left of each of its pages, the page number at the bottom right."""

    flowables: Sequence[Flowable]
    footer: str = ""


class _SectionStart(Flowable):
    """Draws nothing; tells the canvas which section the page it lands on belongs to."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._section_number = self.number  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, so each footer can say «page N of M» of its section."""

    def __init__(self, *args: Any, footers: Sequence[str], page_text: str, page: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footers, self._page_text, self._page = footers, page_text, page
        self._section_number = 0
        self._kept_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages_of: dict[int, int] = {}
        for state in self._kept_pages:
            pages_of[state["_section_number"]] = pages_of.get(state["_section_number"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._kept_pages:
            self.__dict__.update(state)
            section = state["_section_number"]
            seen[section] = seen.get(section, 0) + 1
            self._draw_footer(self._footers[section] if section < len(self._footers) else "",
                              self._page_text.format(page=seen[section], pages=pages_of[section]))
            super().showPage()
        super().save()

    def _draw_footer(self, left: str, right: str) -> None:
        page = self._page
        y = page.bottom - 7 * mm
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(QUIET)
        right_width = pdfmetrics.stringWidth(right, FONT, 7.5)
        room = page.frame_width - right_width - 6 * mm
        while left and pdfmetrics.stringWidth(left, FONT, 7.5) > room:  # never run into the page number
            left = left[:-2] + "…"
        self.drawString(page.left, y, left)
        self.drawRightString(page.width - page.right, y, right)
        self.restoreState()


def _apply_info(canvas: Canvas, info: DocumentInfo) -> None:
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.creator)


def new_canvas(target: Any, *, info: DocumentInfo, page: PageSetup = A4_PORTRAIT, invariant: bool = False) -> Canvas:
    """A canvas for a document drawn by hand (a certificate): DejaVu from the first page, the metadata set.
    `invariant` leaves out the creation time and the file's random id, so the same drawing gives the same bytes."""
    register_fonts()
    canvas = Canvas(target, pagesize=page.size, initialFontName=FONT, initialFontSize=10, lang=info.language,
                    invariant=1 if invariant else None)
    _apply_info(canvas, info)
    return canvas


def build_pdf(sections: Sequence[Section], *, info: DocumentInfo, page: PageSetup = A4_PORTRAIT,
              page_text: str = "{page} / {pages}") -> bytes:
    """The PDF of `sections`, each starting on a new page; `page_text` names {page} and {pages} of a section."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=page.size, leftMargin=page.left, rightMargin=page.right,
                          topMargin=page.top, bottomMargin=page.bottom, title=info.title, author=info.author,
                          subject=info.subject, creator=info.creator, producer=info.creator, lang=info.language,
                          initialFontName=FONT, initialFontSize=10)
    frame = Frame(page.left, page.bottom, page.frame_width, page.frame_height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=page.size)])
    story: list[Flowable] = []
    for number, section in enumerate(sections):
        if number:
            story.append(PageBreak())
        story.append(_SectionStart(number))
        story.extend(section.flowables)
    if not story:
        story.append(Spacer(0, 0))

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footers=[s.footer for s in sections], page_text=page_text, page=page,
                               **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
    return out.getvalue()


def two_column_pdf(header: Sequence[Flowable], left: Sequence[Flowable], right: Sequence[Flowable], *,
                   info: DocumentInfo, page: PageSetup = A4_LANDSCAPE, footer: str = "",
                   page_text: str = "{page} / {pages}", gap: float = 8 * mm) -> bytes:
    """A PDF in two halves under a `header` as wide as the page (an A3 report): `left` fills the left half, then
    `right` starts at the top of the right half. What does not fit flows on, as newspaper columns do (the left
    half into the right one, the right half onto the next page), so a long text is never cut."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=page.size, leftMargin=page.left, rightMargin=page.right,
                          topMargin=page.top, bottomMargin=page.bottom, title=info.title, author=info.author,
                          subject=info.subject, creator=info.creator, producer=info.creator, lang=info.language,
                          initialFontName=FONT, initialFontSize=10)
    header_height = min(_stacked_height(header, page.frame_width) + 1, page.frame_height / 2)
    column = (page.frame_width - gap) / 2

    def columns(top: float) -> list[Frame]:
        return [Frame(page.left + index * (column + gap), page.bottom, column, top - page.bottom, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id=f"column{index}") for index in (0, 1)]

    top = page.height - page.top
    first = PageTemplate(id="first", pagesize=page.size, autoNextPageTemplate="next", frames=[
        Frame(page.left, top - header_height, page.frame_width, header_height, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0, id="header"), *columns(top - header_height)])
    doc.addPageTemplates([first, PageTemplate(id="next", pagesize=page.size, frames=columns(top))])
    story: list[Flowable] = [_SectionStart(0), *header, FrameBreak(), *left, FrameBreak(), *right]

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footers=[footer], page_text=page_text, page=page, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
    return out.getvalue()


def _stacked_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height `flowables` take one under the other in a frame `width` wide."""
    height = 0.0
    for index, flowable in enumerate(flowables):
        height += flowable.wrap(width, 0xFFFFFF)[1] + flowable.getSpaceAfter()
        height += flowable.getSpaceBefore() if index else 0
    return float(height)


def room_left_on_last_page(flowables: Sequence[Flowable], page: PageSetup = A4_PORTRAIT) -> float:
    """The height left on the last page once `flowables` are laid out from the top of a page, as the document
    will lay them out (a table split over pages repeats its heading): whether a signature line still fits."""
    width, room, at_top = page.frame_width, page.frame_height, True
    pending = list(flowables)
    while pending:
        flowable = pending.pop(0)
        before = 0.0 if at_top else float(flowable.getSpaceBefore())
        _width, height = flowable.wrap(width, room - before)
        needed = before + height + float(flowable.getSpaceAfter())
        if needed <= room + _FUZZ:
            room, at_top = room - needed, False
            continue
        parts = flowable.split(width, room - before) if room - before > 0 else []
        if len(parts) > 1:
            _width, height = parts[0].wrap(width, room - before)
            pending[:0] = parts[1:]
        elif not at_top:  # on to the next page (one taller than a page and unsplittable is left out)
            pending.insert(0, flowable)
        room, at_top = page.frame_height, True
    return max(room, 0.0)


_FUZZ = 1e-6


# --- text ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TextStyles:
    title: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_number: ParagraphStyle
    heading_cell: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle  # a section's heading within a document («2. Посещаемость»)


@cache
def text_styles() -> TextStyles:
    """The paragraph styles of every document, in DejaVu."""
    register_fonts()
    # A name is broken at its hyphens before anywhere else, and a word longer than its cell is split rather
    # than cut off: nothing a person is called is ever lost at a cell's edge.
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11, textColor=INK, alignment=TA_LEFT,
                          embeddedHyphenation=1, splitLongWords=1, hyphenationLang="")
    return TextStyles(
        title=ParagraphStyle("title", base, fontName=BOLD_FONT, fontSize=15, leading=18, spaceAfter=2 * mm),
        label=ParagraphStyle("label", base, textColor=QUIET),
        value=ParagraphStyle("value", base),
        cell=ParagraphStyle("cell", base, fontSize=9.5, leading=11.5),
        cell_small=ParagraphStyle("cell_small", base, fontSize=7.5, leading=9),
        cell_number=ParagraphStyle("cell_number", base, alignment=TA_RIGHT),
        heading_cell=ParagraphStyle("heading_cell", base, fontName=BOLD_FONT, fontSize=8.5, leading=10,
                                    alignment=TA_CENTER),
        small=ParagraphStyle("small", base, fontSize=7.5, leading=9, textColor=QUIET),
        heading=ParagraphStyle("heading", base, fontName=BOLD_FONT, fontSize=11, leading=13.5, spaceBefore=5 * mm,
                               spaceAfter=2 * mm, keepWithNext=1),
    )


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: «<», «&» and quotes in a name are printed as they are, not read as markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells (even empty ones) are set in DejaVu, never in Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def field_lines(fields: Sequence[tuple[str, str]], *, width: float, label_width: float = 32 * mm) -> Table:
    """Label / value lines («Программа: Основы…») without rules; a long value wraps under itself."""
    styles = text_styles()
    rows = [[paragraph(label, styles.label), paragraph(value, styles.value)] for label, value in fields]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3 * mm),
    ]))
    return table


def header_block(title: str, fields: Sequence[tuple[str, str]], *, width: float,
                 label_width: float = 32 * mm, aside: Flowable | None = None,
                 aside_width: float = 0) -> list[Flowable]:
    """A document's title and its label / value lines; `aside` (a logo, a count) sits at the right."""
    styles = text_styles()
    lines = field_lines(fields, width=width - aside_width, label_width=label_width)
    if aside is None:
        body: Flowable = lines
    else:
        body = Table([[lines, aside]], colWidths=[width - aside_width, aside_width], hAlign="LEFT")
        body.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [paragraph(title, styles.title), body, Spacer(0, 3 * mm)]


def heading(text: str) -> Paragraph:
    """A section's heading within a document; it never ends a page (it moves on with what follows)."""
    return paragraph(text, text_styles().heading)


def kept_with_heading(title: Flowable, flowables: Sequence[Flowable], *, room: float = 45 * mm) -> Flowable:
    """A section that begins with its heading: all on this page when it fits; else, when less than `room` is
    left, from the top of the next page; else begun here and continued over the page (a long table repeats its
    heading row), so a heading is never left alone at the foot of a page."""
    return _KeptWithHeading([title, *flowables], room)


class _KeptWithHeading(Flowable):
    """reportlab's KeepTogether moves anything taller than the room left to the next page, however much room there
    is; a section with a long table would leave most of a page empty."""

    def __init__(self, flowables: Sequence[Flowable], room: float) -> None:
        super().__init__()
        self._content, self._room = list(flowables), room

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0xFFFFFF  # never drawn itself: the frame asks `split`, which hands over the content

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        height = 0.0
        for index, flowable in enumerate(self._content):
            height += flowable.wrapOn(self.canv, available_width, 0xFFFFFF)[1]
            height += (flowable.getSpaceBefore() if index else 0) + flowable.getSpaceAfter()
        if height <= available_height or available_height >= self._room:
            return list(self._content)
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)
        return [FrameBreak(), *self._content]


# --- fitting a line of text -----------------------------------------------------------------------------------

def missing_glyphs(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each text with a character DejaVu Sans or DejaVu Sans Bold cannot draw, with those characters (each once,
    in the order met): a PDF would show an empty box in their place, so a batch stops before it is made.
    Spaces and line breaks are not drawn and never missing; texts are read as they are printed (NFC)."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, BOLD_FONT)]
    found = []
    for text in texts:
        missing = dict.fromkeys(
            char for char in unicodedata.normalize("NFC", text)
            if not char.isspace() and unicodedata.category(char) != "Cc"
            and not all(ord(char) in glyphs for glyphs in faces))
        if missing:
            found.append((text, "".join(missing)))
    return found


@dataclass(frozen=True)
class FittedText:
    """A text set to fit a width: the size it is set in and its lines (one, or more when it had to wrap)."""

    size: float
    lines: tuple[str, ...]


_SPACE_RUNS = re.compile(r"\s+")
_BREAKS = re.compile(r"[^ -]+-+|[^ ]+")  # a line breaks at a space, or after a hyphen keeping the hyphen
_GLUED_TO_PREVIOUS = re.compile(r"[–—/|-]+")


def fit_text(text: str, font: str, width: float, *, size: float, min_size: float, max_lines: int = 2,
             step: float = 0.5) -> FittedText:
    """`text` on one line at `size`, or as large as fits down to `min_size`; longer, it wraps at `min_size` onto
    up to `max_lines` balanced lines (at spaces, or after a hyphen: «Константинопольский-|Преображенский»);
    still too wide, it is set smaller than `min_size` until it fits. Nothing is ever cut off."""
    register_fonts()
    text = _SPACE_RUNS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    one = float(pdfmetrics.stringWidth(text, font, 1))
    if one * size <= width or not text:
        return FittedText(size, (text,) if text else ())
    largest = int(width / one / step) * step
    if largest >= min_size:
        return FittedText(largest, (text,))
    lines: tuple[str, ...] = (text,)
    for count in range(2, max_lines + 1):
        lines = _balanced_lines(text, font, count)
        widest = max(float(pdfmetrics.stringWidth(line, font, 1)) for line in lines)
        if widest * min_size <= width:
            return FittedText(min_size, lines)
    widest = max(float(pdfmetrics.stringWidth(line, font, 1)) for line in lines)
    return FittedText(min(min_size, width / widest), lines)


def _balanced_lines(text: str, font: str, count: int) -> tuple[str, ...]:
    """`text` broken into at most `count` lines as even in width as it allows (the least sum of squared widths):
    a name of three words on two lines is not one long line and one short word."""
    atoms: list[str] = []
    spaced: list[bool] = []  # whether a space follows the atom in the text (not after «Римских-»)
    for match in _BREAKS.finditer(text):
        if atoms and _GLUED_TO_PREVIOUS.fullmatch(match.group()) and spaced[-1]:
            atoms[-1] += " " + match.group()  # a line never starts with a dash or a slash
        else:
            atoms.append(match.group())
            spaced.append(False)
        spaced[-1] = text[match.end():match.end() + 1] == " "
    if len(atoms) <= 1:
        return (text,)
    space = float(pdfmetrics.stringWidth(" ", font, 1))
    widths = [float(pdfmetrics.stringWidth(atom, font, 1)) for atom in atoms]
    gaps = [space if followed else 0.0 for followed in spaced]
    starts = [0.0]
    for width, gap in zip(widths, gaps, strict=True):
        starts.append(starts[-1] + width + gap)

    def line_width(first: int, last: int) -> float:  # atoms first..last-1, without the gap after the last
        return starts[last] - starts[first] - gaps[last - 1]

    total = len(atoms)
    count = min(count, total)
    best: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {(0, 0): (0.0, ())}
    for lines in range(1, count + 1):
        for end in range(lines, total + 1):
            options = [(cost + line_width(start, end) ** 2, (*breaks, end))
                       for start in range(lines - 1, end) if (key := (lines - 1, start)) in best
                       for cost, breaks in (best[key],)]
            if options:
                best[(lines, end)] = min(options)
    _cost, breaks = best[(count, total)]
    out, start = [], 0
    for end in breaks:
        out.append("".join(atom + (" " if gap and index < end - 1 else "")
                           for index, (atom, gap) in enumerate(zip(atoms, gaps, strict=True)) if start <= index < end))
        start = end
    return tuple(out)


# --- tables --------------------------------------------------------------------------------------------------

Cell: TypeAlias = "str | Flowable | None"  # a table cell: text, a barcode, or nothing


@dataclass(frozen=True)
class Column:
    """A table column: its heading, width in points, and the style its text is set in."""

    title: str
    width: float
    style: Callable[[TextStyles], ParagraphStyle] = field(default=lambda styles: styles.cell)
    align: str = "LEFT"  # where flowables (barcodes) sit in the cell: LEFT, CENTER, RIGHT


_PADDING_X = 1.6 * mm
_PADDING_Y = 0.8 * mm


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, min_row_height: float = 0) -> Table:
    """A ruled table with a heading row repeated on each page. A text cell wraps within its column and its row
    grows to fit; `min_row_height` keeps rows tall enough to write or sign in."""
    styles = text_styles()
    heading = [paragraph(column.title, styles.heading_cell) for column in columns]
    body = [[_cell(value, column, styles) for value, column in zip(row, columns, strict=True)] for row in rows]
    heights: list[float | None] = [None]
    for row in body:
        needed = max((_cell_height(value, column.width) for value, column in zip(row, columns, strict=True)),
                     default=0)
        heights.append(max(min_row_height, needed))
    table = Table([heading, *body], colWidths=[c.width for c in columns], rowHeights=heights, repeatRows=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PADDING_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING_Y),
    ]
    commands += [("ALIGN", (index, 1), (index, -1), column.align) for index, column in enumerate(columns)
                 if column.align != "LEFT"]
    table.setStyle(_table_style(commands))
    return table


def _cell(value: Cell, column: Column, styles: TextStyles) -> Flowable | str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _cell_paragraph(value, column.style(styles), column.width - 2 * _PADDING_X)
    return value


_AFTER_HYPHENS = re.compile(r"[^-]*-+|[^-]+$")
_SMALLER = (1.0, 0.93, 0.86)  # a cell's text is set this much smaller before a word of it is split


def _cell_paragraph(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """`text` set to wrap within `width` without splitting a word: a word too wide breaks after one of its
    hyphens («учебно-|воспитательной»), and a cell whose word still does not fit is set a little smaller
    («Делопроизводитель» in a narrow column). Only a word too wide even then is split by reportlab (letter by
    letter where the line ends), so nothing is ever cut off."""
    words = [line.split(" ") for line in text.split("\n")]
    for factor in _SMALLER:
        size = style.fontSize * factor
        lines = [[_word_lines(word, style.fontName, size, width) for word in line] for line in words]
        if all(_fits(part, style.fontName, size, width) for line in lines for word in line for part in word):
            break
    if factor != 1.0:
        style = ParagraphStyle(f"{style.name}-{factor}", style, fontSize=size, leading=style.leading * factor)
    markup = "<br/>".join(" ".join("<br/>".join(escape(part) for part in word) for word in line) for line in lines)
    return Paragraph(markup, style)


def _fits(text: str, font: str, size: float, width: float) -> bool:
    return float(pdfmetrics.stringWidth(text, font, size)) <= width


def _word_lines(word: str, font: str, size: float, width: float) -> list[str]:
    """A word as the lines it needs: itself, or its parts broken after hyphens, as many on a line as fit."""
    if _fits(word, font, size, width) or "-" not in word.rstrip("-"):
        return [word]
    lines = [""]
    for piece in _AFTER_HYPHENS.findall(word):
        if lines[-1] and not _fits(lines[-1] + piece, font, size, width):
            lines.append(piece)
        else:
            lines[-1] += piece
    return lines


def _cell_height(value: Flowable | str, width: float) -> float:
    if isinstance(value, str):
        return 0.0
    _width, height = value.wrap(width - 2 * _PADDING_X, 10_000)
    return float(height) + 2 * _PADDING_Y


# --- barcodes and signatures ---------------------------------------------------------------------------------

class Barcode(Flowable):
    """A Code 128 barcode with its digits under it (in DejaVu, not in reportlab's Courier).

    The bars are `module` wide (0.25 mm reads on any office laser printer and any USB scanner) with quiet
    zones of ten modules each side, which a scanner needs to find the code's start and end. A code too long
    for the room it is given (a person's own pass number) is drawn with narrower bars rather than over its edge.
    """

    def __init__(self, value: str, *, module: float = 0.25 * mm, bar_height: float = 5.5 * mm,
                 digits: bool = True, digits_size: float = 6.0) -> None:
        super().__init__()
        self.value = value
        self._module, self._bar_height = module, bar_height
        self._digits_size = digits_size if digits else 0
        self._code = self._bars(module)
        self.width = float(self._code.width)
        self.height = bar_height + self._digits_size * 1.2

    def _bars(self, module: float) -> Code128:
        return Code128(self.value, barWidth=module, barHeight=self._bar_height, humanReadable=0, quiet=1,
                       lquiet=10 * module, rquiet=10 * module)

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        natural = self._bars(self._module)
        if natural.width > available_width > 0:
            self._code = self._bars(self._module * available_width / natural.width)
        else:
            self._code = natural
        self.width = float(self._code.width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        digits_height = self.height - self._bar_height
        self._code.drawOn(canvas, 0, digits_height)
        if self._digits_size:  # digits have no descenders: the baseline sits at the bottom, a gap above
            canvas.saveState()
            canvas.setFillColor(INK)
            canvas.setFont(FONT, self._digits_size)
            canvas.drawCentredString(self.width / 2, 0.4, self.value)
            canvas.restoreState()


def signature_lines(signers: Sequence[tuple[str, str]], *, width: float, label_width: float = 45 * mm,
                    line_width: float = 50 * mm) -> Table:
    """Lines to sign on, one per (label, name): «Тренер ____________ Иванов Иван Иванович»."""
    styles = text_styles()
    rows = [[paragraph(label, styles.value), "", paragraph(name, styles.value)] for label, name in signers]
    table = Table(rows, colWidths=[label_width, line_width, width - label_width - line_width],
                  rowHeights=[9 * mm] * len(rows), hAlign="LEFT")
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("LEFTPADDING", (2, 0), (2, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
    ]))
    return table


def side_by_side(flowables: Sequence[Flowable], *, width: float, gap: float = 10 * mm) -> Table:
    """Flowables (charts) next to each other in equal columns across `width`, `gap` apart, top-aligned."""
    count = max(len(flowables), 1)
    column = (width - gap * (count - 1)) / count
    cells: list[Flowable | str] = []
    for index, flowable in enumerate(flowables):
        cells += [flowable] if index == 0 else ["", flowable]
    widths = [column] + [gap, column] * (count - 1)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 *((side, (0, 0), (-1, -1), 0) for side in
                                   ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"))]))
    return table


# --- charts --------------------------------------------------------------------------------------------------

BAR = colors.Color(0.26, 0.45, 0.66)  # a blue that prints as a mid grey on a black-and-white printer
AXIS = colors.Color(0.45, 0.45, 0.45)
GRID_LIGHT = colors.Color(0.85, 0.85, 0.85)
_CHART_TEXT = 7.5
_TITLE_TEXT = 8.5


def bar_chart(labels: Sequence[str], values: Sequence[float | None], *, width: float, height: float,
              title: str = "", subtitle: str = "", value_text: Callable[[float], str] = str,
              horizontal: bool = False, bar_colours: Sequence[colors.Color | None] = ()) -> Drawing:
    """A bar chart as a flowable: a bar per label with its value written at its end, in `value_text` (the
    document's number format), also on the value axis; `title` over it in bold, `subtitle` (a unit) under that.
    A None value has no bar. Vertical bars suit a few short
    labels (rounds); horizontal ones long labels (names of figures), which wrap rather than being cut. Every text
    is in DejaVu (the drawing starts in it), so no unembedded Helvetica enters the file."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # the renderer's first font: reportlab would set Helvetica otherwise
    drawing.initialFontSize = _CHART_TEXT
    top = height
    for line in _lines(title, BOLD_FONT, _TITLE_TEXT, width):
        top -= _TITLE_TEXT * 1.25
        drawing.add(String(0, top + 2, line, fontName=BOLD_FONT, fontSize=_TITLE_TEXT, fillColor=INK))
    for line in _lines(subtitle, FONT, _CHART_TEXT, width):
        top -= _CHART_TEXT * 1.25
        drawing.add(String(0, top + 2, line, fontName=FONT, fontSize=_CHART_TEXT, fillColor=QUIET))
    top -= 2 * mm if title or subtitle else 0
    numbers = [float(v) for v in values if v is not None]
    low, high = min([0.0, *numbers]), max([0.0, *numbers])
    if high == low:
        high = low + 1
    figure_width = max(pdfmetrics.stringWidth(value_text(v), FONT, _CHART_TEXT) for v in (low, high))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    if horizontal:
        label_width = min(0.42 * width, max((pdfmetrics.stringWidth(label, FONT, _CHART_TEXT) for label in labels),
                                            default=0) + 2)
        chart.x, chart.y = label_width + 3 * mm, _CHART_TEXT * 2.2
        chart.width = width - chart.x - figure_width - 3 * mm
        chart.height = top - chart.y
        chart.categoryAxis.labels.maxWidth = label_width
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.textAnchor = "end"
        chart.categoryAxis.labels.dx = -2
        chart.categoryAxis.joinAxisMode = "left"  # the labels at the chart's left edge, not on the zero line
        chart.categoryAxis.reverseDirection = 1  # the first label on top, as a table reads
        # the figure beyond the end of its bar: reportlab turns the anchor round for a bar left of zero
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.nudge = 3
        # room beyond the longest bars for their figures, within the chart
        room = (figure_width + 5) / max(chart.width, 1) * (high - low) * 1.15
        low, high = (low - room if low < 0 else low), (high + room if high > 0 else high)
    else:
        chart.x, chart.y = figure_width + 3 * mm, _CHART_TEXT * 2.4
        chart.width = width - chart.x - 1 * mm
        chart.height = top - chart.y - _CHART_TEXT * 1.6  # room for the figure over the tallest bar
        chart.categoryAxis.labels.maxWidth = chart.width / max(len(labels), 1) - 2
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
        chart.barLabels.nudge = 5
    chart.data = [tuple(None if v is None else float(v) for v in values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.strokeColor = AXIS
    if horizontal:
        chart.categoryAxis.tickLeft = chart.categoryAxis.tickRight = 0
    else:
        chart.categoryAxis.tickDown = chart.categoryAxis.tickUp = 0
    for axis_labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        axis_labels.fontName, axis_labels.fontSize, axis_labels.fillColor = FONT, _CHART_TEXT, INK
    chart.valueAxis.valueMin = low if low < 0 else 0
    chart.valueAxis.valueMax = (high if horizontal else high * 1.08) if high > 0 else 0
    chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID_LIGHT
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barLabelFormat = lambda value: "" if value is None else value_text(value)
    chart.barWidth = 10
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    for index, colour in enumerate(bar_colours):
        if colour is not None:
            chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    return drawing


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` (between words; a word wider than that keeps its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and pdfmetrics.stringWidth(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
