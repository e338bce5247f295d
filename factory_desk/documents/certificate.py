"""Certificates: the PDF of one or many certificates from plain data and a design (`TemplateDefinition`), in
Russian, Latvian, English or two languages at once, one A4 page each, with a QR code to verify them.

The design (frame, organiser, title, signatories, images) is the same on every page, so it is drawn once per file
as a form the pages reuse; a page adds only its person's text, the number and the QR code. The same input always
gives the same bytes (reportlab's invariant mode): an issued certificate can be printed again byte for byte.
Names, organisations and programmes of any length fit: set smaller, then wrapped, never cut.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any

from factory_desk.documents.words import language_tag

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "CERTIFICATE_LANGUAGES", "DEFAULT_DEFINITION", "EMPTY_FIELDS_RULE", "FIELDS", "SAMPLE_CERTIFICATE",
    "CertificateData", "Colours", "Signatory", "TemplateDefinition", "certificate_languages", "certificate_pdf",
    "certificate_texts", "date_text", "default_definition", "hours_text", "render_fields", "texts_to_check",
]

CERTIFICATE_LANGUAGES = ("ru", "lv", "en", "ru+en", "lv+en")


@dataclass(frozen=True)
class CertificateData:
    """What one certificate says about its holder, as it was when it was issued."""

    number: str
    full_name: str
    organisation: str
    position: str
    programme: str
    hours: Decimal
    first_day: dt.date
    last_day: dt.date
    factory: str
    factory_address: str
    qr_text: str
    duplicate: bool = False  # a reprint: marked «ДУБЛИКАТ» in the document's language


@dataclass(frozen=True)
class Signatory:
    """Who signs: a name under the line, a position under the name, and optionally a signature image (the name of
    one of the template's assets) drawn on the line."""

    name: str
    position: str = ""
    signature: str | None = None


@dataclass(frozen=True)
class Colours:
    """The design's colours as #RRGGBB: `accent` the title, programme and frame, `ornament` the fine lines and
    corners, `ink` the name and text, `muted` the secondary text."""

    accent: str = "#1E3A5F"
    ornament: str = "#B08A4A"
    ink: str = "#1C2430"
    muted: str = "#5F6B78"


# Every {field} a body can hold, with what it prints (the designer lists these).
FIELDS: dict[str, str] = {
    "full_name": "The holder's full name.",
    "organization": "The holder's organisation (also {organisation}).",
    "position": "The holder's position.",
    "programme": "The programme's name.",
    "hours": "The hours with their unit in the document's language: «8 академических часов», "
             "«8 akadēmisko stundu», «8 academic hours».",
    "date": "The session's date, or its first and last days: «10–12 марта 2026 г.».",
    "factory": "The factory (venue) of the session.",
    "factory_address": "The factory's address.",
    "number": "The certificate's number.",
}
EMPTY_FIELDS_RULE = (
    "An empty field is left out together with the comma or dash that joins it to the rest of its line "
    "(«{organization}, {position}» with no position prints only the organisation); a line left with no words "
    "at all is not printed.")

# A body line that is only the name (or only the programme, perhaps in quotes) is set as the page's headline.
_NAME_LINE = re.compile(r"^\s*\{full_name\}\s*$")
_PROGRAMME_LINE = re.compile(r"^\s*[«\"„“]?\{programme\}[»\"”]?\s*$")
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class _Words:
    title: str
    body: str
    duplicate: str
    number: str  # «№ {number}»
    verify: str  # under the number, by the QR code
    hours_one: str  # the unit after 1, 21, 31… hours
    hours_many: str  # after other whole numbers
    hours_fraction: str  # after 7,5
    decimal_point: str


_WORDS = {
    "ru": _Words(
        title="СЕРТИФИКАТ",
        body="Настоящий сертификат подтверждает, что\n"
             "{full_name}\n"
             "{organization}, {position}\n"
             "прошёл(а) обучение по программе\n"
             "«{programme}»\n"
             "в объёме {hours}\n"
             "{date}, {factory}",
        duplicate="ДУБЛИКАТ",
        number="№ {number}",
        verify="Подлинность проверяется по QR-коду",
        hours_one="академического часа",
        hours_many="академических часов",
        hours_fraction="академического часа",
        decimal_point=",",
    ),
    "lv": _Words(
        title="SERTIFIKĀTS",
        body="Ar šo tiek apliecināts, ka\n"
             "{full_name}\n"
             "{organization}, {position}\n"
             "ir apguvis(-usi) mācību programmu\n"
             "„{programme}”\n"
             "{hours} apjomā\n"
             "{date}, {factory}",
        duplicate="DUBLIKĀTS",
        number="Nr. {number}",
        verify="Īstumu var pārbaudīt ar QR kodu",
        hours_one="akadēmiskās stundas",
        hours_many="akadēmisko stundu",
        hours_fraction="akadēmiskās stundas",
        decimal_point=",",
    ),
    "en": _Words(
        title="CERTIFICATE",
        body="This is to certify that\n"
             "{full_name}\n"
             "{organization}, {position}\n"
             "has completed the training programme\n"
             "«{programme}»\n"
             "totalling {hours}\n"
             "{date}, {factory}",
        duplicate="DUPLICATE",
        number="No. {number}",
        verify="Scan the QR code to verify",
        hours_one="academic hour",
        hours_many="academic hours",
        hours_fraction="academic hours",
        decimal_point=".",
    ),
}
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_LV_MONTHS = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
              "oktobrī", "novembrī", "decembrī")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _languages(language: str) -> tuple[str, str | None]:
    """The first language of a document and its second one (bilingual), each ru, lv or en."""
    first, _plus, second = language.partition("+")
    first = first if first in _WORDS else "ru"
    return first, (second if second in _WORDS and second != first else None)


def _words(language: str) -> _Words:
    return _WORDS[_languages(language)[0]]


@dataclass(frozen=True)
class TemplateDefinition:
    """A certificate design, kept as JSON in the database (`from_json` / `to_json`); a key it does not know or
    one missing takes its default, so a design saved by an older or newer version still prints.

    `body` is the text under the title, a line per line, with {fields} (see FIELDS and EMPTY_FIELDS_RULE); a line
    that is only {full_name} is the name, large, and a line that is only {programme} (quotes allowed) is set out.
    In two languages (ru+en, lv+en) `second_title` is printed under the title and each line of `second_body` under
    the same line of `body`, smaller; the name, the programme and a line that reads the same in both are printed
    once.
    """

    organiser: str = "Фабрика процессов"
    title: str = _WORDS["ru"].title
    body: str = _WORDS["ru"].body
    second_title: str = _WORDS["en"].title
    second_body: str = _WORDS["en"].body
    signatories: tuple[Signatory, ...] = (Signatory("", "Руководитель учебного центра"), Signatory("", "Тренер"))
    language: str = "ru"
    logo: str | None = None  # an asset drawn above the organiser
    artwork: str | None = None  # an asset drawn under everything, over the whole page
    seal: str | None = None  # an asset (a round stamp) drawn over the left end of the first signature line
    frame: bool = True  # the drawn frame; off when the artwork has its own
    orientation: str = "landscape"
    colours: Colours = field(default_factory=Colours)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> TemplateDefinition:
        data = data or {}
        defaults = cls()
        values: dict[str, Any] = {}
        for name in ("organiser", "title", "body", "second_title", "second_body"):
            if isinstance(data.get(name), str):
                values[name] = data[name]
        if data.get("language") in CERTIFICATE_LANGUAGES:
            values["language"] = data["language"]
        if data.get("orientation") in ("landscape", "portrait"):
            values["orientation"] = data["orientation"]
        for name in ("logo", "artwork", "seal"):
            if name in data:
                values[name] = data[name] if isinstance(data[name], str) and data[name] else None
        if isinstance(data.get("frame"), bool):
            values["frame"] = data["frame"]
        if isinstance(data.get("signatories"), list):
            values["signatories"] = tuple(
                Signatory(str(item.get("name") or ""), str(item.get("position") or ""),
                          str(item["signature"]) if item.get("signature") else None)
                for item in data["signatories"] if isinstance(item, Mapping))
        if isinstance(data.get("colours"), Mapping):
            values["colours"] = Colours(**{
                colour.name: value for colour in fields(Colours)
                if isinstance(value := data["colours"].get(colour.name), str) and _is_colour(value)})
        return replace(defaults, **values)

    def to_json(self) -> dict[str, Any]:
        return {
            "organiser": self.organiser, "title": self.title, "body": self.body,
            "second_title": self.second_title, "second_body": self.second_body,
            "signatories": [{"name": s.name, "position": s.position, "signature": s.signature}
                            for s in self.signatories],
            "language": self.language, "logo": self.logo, "artwork": self.artwork, "seal": self.seal,
            "frame": self.frame,
            "orientation": self.orientation,
            "colours": {colour.name: getattr(self.colours, colour.name) for colour in fields(Colours)},
        }

    @property
    def asset_names(self) -> tuple[str, ...]:
        """The images the design draws (logo, artwork, seal, signatures), each once."""
        names = [self.logo, self.artwork, self.seal, *(s.signature for s in self.signatories)]
        return tuple(dict.fromkeys(name for name in names if name))


def _is_colour(value: str) -> bool:
    return re.fullmatch(r"#[0-9A-Fa-f]{6}", value) is not None


def certificate_texts(language: str) -> tuple[str, str]:
    """The standard title and body in `language` (ru, lv, en): what a design starts from in that language."""
    words = _words(language)
    return words.title, words.body


_STANDARD = {  # the organiser and the signatories' positions of the standard design, per language
    "ru": ("Фабрика процессов", ("Руководитель учебного центра", "Тренер")),
    "lv": ("Procesu fabrika", ("Mācību centra vadītājs", "Pasniedzējs")),
    "en": ("Process Factory", ("Head of the training centre", "Trainer")),
}


def default_definition(language: str = "ru") -> TemplateDefinition:
    """The standard design in `language` (one of CERTIFICATE_LANGUAGES) for «Фабрика процессов»; in two
    languages the signatories' positions are given in both («Тренер / Trainer»)."""
    first, second = _languages(language)
    organiser, standard = _STANDARD[first]
    positions: tuple[str, ...] = standard
    if second:
        positions = tuple(f"{one} / {other}" for one, other in zip(positions, _STANDARD[second][1], strict=True))
    return TemplateDefinition(
        organiser=organiser, title=_WORDS[first].title, body=_WORDS[first].body,
        second_title=_WORDS[second or "en"].title, second_body=_WORDS[second or "en"].body,
        signatories=tuple(Signatory("", position) for position in positions),
        language=language if language in CERTIFICATE_LANGUAGES else "ru")


DEFAULT_DEFINITION = default_definition("ru")

SAMPLE_CERTIFICATE = CertificateData(
    number="КИР-2026-00042", full_name="Иванова Мария Петровна", organisation="ООО «Ромашка»",
    position="Мастер участка", programme="Основы бережливого производства", hours=Decimal(8),
    first_day=dt.date(2026, 3, 10), last_day=dt.date(2026, 3, 10), factory="Фабрика процессов Кириши",
    factory_address="г. Кириши, ул. Ленина, д. 1", qr_text="FD1.sample")  # for a design's preview


# --- the words of a certificate ------------------------------------------------------------------------------

def date_text(first_day: dt.date, last_day: dt.date, language: str) -> str:
    """A session's days as a certificate says them: «10 марта 2026 г.», «2026. gada 10. martā», «10 March 2026»,
    or a range for a session of several days: «10–12 марта 2026 г.», «30 марта – 2 апреля 2026 г.»."""
    first, last = min(first_day, last_day), max(first_day, last_day)
    lang = _languages(language)[0]
    if lang == "lv":
        def lv(day: dt.date, year: bool = True) -> str:
            return (f"{day.year}. gada " if year else "") + f"{day.day}. {_LV_MONTHS[day.month - 1]}"
        if first == last:
            return lv(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year}. gada {first.day}.–{last.day}. {_LV_MONTHS[first.month - 1]}"
        return f"{lv(first)} – {lv(last, year=first.year != last.year)}"
    months = _EN_MONTHS if lang == "en" else _RU_MONTHS
    year_mark = "" if lang == "en" else " г."

    def day_month(day: dt.date) -> str:
        return f"{day.day} {months[day.month - 1]}"

    if first == last:
        return f"{day_month(first)} {first.year}{year_mark}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_month(last)} {last.year}{year_mark}"
    if first.year == last.year:
        return f"{day_month(first)} – {day_month(last)} {last.year}{year_mark}"
    return f"{day_month(first)} {first.year}{year_mark} – {day_month(last)} {last.year}{year_mark}"


def hours_text(hours: Decimal, language: str) -> str:
    """The hours with their unit, in the form that follows «в объёме» / precedes «apjomā»: «8 академических
    часов», «21 академического часа», «7,5 академического часа», «8 akadēmisko stundu», «1 academic hour»."""
    words = _words(language)
    try:
        value = Decimal(hours).normalize()
    except (InvalidOperation, TypeError, ValueError):
        return str(hours)
    number = format(value, "f").replace(".", words.decimal_point)
    if value != value.to_integral_value():
        unit = words.hours_fraction
    else:
        whole = int(value)
        unit = words.hours_one if whole % 10 == 1 and whole % 100 != 11 else words.hours_many
        if _languages(language)[0] == "en":
            unit = words.hours_one if whole == 1 else words.hours_many
    return f"{number} {unit}"


def _field_values(data: CertificateData, language: str) -> dict[str, str]:
    return {
        "full_name": data.full_name, "organization": data.organisation, "organisation": data.organisation,
        "position": data.position, "programme": data.programme, "hours": hours_text(data.hours, language),
        "date": date_text(data.first_day, data.last_day, language), "factory": data.factory,
        "factory_address": data.factory_address, "number": data.number,
    }


_EMPTY = "\x00"
_AROUND_EMPTY = re.compile("[«\"„“(]\x00[»\"”)]")
_SEPARATOR_AFTER = re.compile("\x00\\s*[,;:–—/]\\s*|\x00\\s+-\\s+")
_SEPARATOR_BEFORE = re.compile("\\s*[,;:–—/]\\s*$|\\s+-\\s*$")
_WORD = re.compile(r"\w")


def _render_line(line: str, values: Mapping[str, str]) -> str | None:
    """A body line with its fields filled; None when nothing is left to print (see EMPTY_FIELDS_RULE)."""
    if not _FIELD.search(line):
        return _clean(line) or None
    text = _FIELD.sub(lambda m: _clean(values[m.group(1)]) or _EMPTY if m.group(1) in values else m.group(0),
                      line)
    if _EMPTY in text:
        text = _AROUND_EMPTY.sub(_EMPTY, text)
        while _EMPTY in text:  # the separator after an empty field goes with it, else the one before it
            at = text.index(_EMPTY)
            after = _SEPARATOR_AFTER.match(text, at)
            if after and text[after.end():].strip():
                text = text[:at] + text[after.end():]
            else:
                before = _SEPARATOR_BEFORE.search(text, 0, at)
                text = text[:before.start() if before else at] + " " + text[at + 1:]
        if not _WORD.search(text):
            return None
    return _clean(text)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _body_lines(body: str, data: CertificateData, language: str) -> list[str | None]:
    values = _field_values(data, language)
    return [_render_line(line, values) for line in body.splitlines()]


def render_fields(body: str, data: CertificateData, language: str) -> str:
    """`body` with its {fields} filled from `data`, dates and hours worded in `language` (ru, lv, en; the first of
    a pair), lines left empty by empty fields left out (EMPTY_FIELDS_RULE); an unknown {field} stays as it is."""
    return "\n".join(line for line in _body_lines(body, data, language) if line is not None)


# --- the page ------------------------------------------------------------------------------------------------

MM = 72 / 25.4


@dataclass(frozen=True)
class _Page:
    """Where things go on a page of this design (points from the bottom left)."""

    width: float
    height: float
    left: float  # the content box
    right: float
    top: float
    bottom: float
    head_top: float  # the top of the logo or organiser
    body_top: float  # the body is centred between these two
    body_bottom: float
    sign_line_y: float  # the signature lines
    signatory_rows: tuple[tuple[float, float, float], ...]  # (x centre, width, line y) per signatory
    qr_x: float
    qr_y: float
    qr_size: float


_TITLE_SIZE = 40.0
_NAME = (30.0, 20.0)  # size, the smallest before wrapping
_PROGRAMME = (18.0, 13.0)
_TEXT = (13.0, 12.0)
_TEXT_MEASURE = 190 * MM  # a plain line longer than this wraps: the eye finds the next line
_SECOND_SIZE = 9.5
_QR_SIZE = 23 * MM
_SIGN_WIDTH = 62 * MM


def _page(template: TemplateDefinition) -> _Page:
    portrait = template.orientation == "portrait"
    width, height = (595.2755905511812, 841.8897637795277) if portrait else (841.8897637795277, 595.2755905511812)
    inset = 24 * MM
    left, right, top, bottom = inset, width - inset, height - inset, inset
    # the head: logo, organiser, title, second title, the divider
    y = head_top = top - (14 * MM if portrait else 0)  # a portrait page keeps its head lower, in its top third
    if template.logo:
        y -= 18 * MM + 3 * MM
    y -= 5 * MM  # the organiser
    y -= 7 * MM + _TITLE_SIZE * 0.75  # the title
    if _languages(template.language)[1] and template.second_title.strip():
        y -= 6 * MM
    y -= 11 * MM  # the divider and room under it
    body_top = y
    # the foot: QR in the bottom left corner, the signatures along the bottom
    qr_x, qr_y = left, bottom
    count = len(template.signatories)
    room = right - (left + _QR_SIZE + 58 * MM)
    sign_line_y = bottom + 13 * MM
    rows: list[tuple[float, float, float]] = []
    if count:
        beside = room / count >= 48 * MM and not portrait
        per_row = count if beside else max(1, min(count, int((right - left) // (58 * MM))))
        row_count = -(-count // per_row)
        for index in range(count):
            row, column = divmod(index, per_row)
            in_row = min(per_row, count - row * per_row)
            if beside:  # beside the QR code
                span_left, span = right - room, room
            else:  # rows of their own above the QR code, the last row nearest to it
                span_left, span = left, right - left
            slot = span / in_row
            line_y = sign_line_y + (row_count - 1 - row) * 22 * MM
            if not beside:
                line_y += _QR_SIZE + 6 * MM
            rows.append((span_left + slot * (column + 0.5), min(_SIGN_WIDTH, slot - 6 * MM), line_y))
    foot_top = max([line_y + 18 * MM for _x, _w, line_y in rows] + [qr_y + _QR_SIZE])
    return _Page(width, height, left, right, top, bottom, head_top, body_top, foot_top + 6 * MM, sign_line_y,
                 tuple(rows), qr_x, qr_y, _QR_SIZE)


def _colour(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value if _is_colour(value) else "#000000")


def certificate_pdf(certificates: Sequence[CertificateData], template: TemplateDefinition,
                    assets: Mapping[str, bytes] | None = None) -> bytes:
    """The PDF of `certificates`, one page each, in `template`'s design; `assets` are the images the design names
    (logo, artwork, signatures: PNG or JPEG bytes by name; a name with no image is left out). No certificates:
    one page with the design alone. The same input gives the same bytes."""
    from factory_desk.documents.layout import DocumentInfo, PageSetup, new_canvas

    assets = assets or {}
    page = _page(template)
    first = certificates[0] if certificates else None
    title = template.title
    if first is not None:
        title += " " + _words(template.language).number.format(number=first.number)
    info = DocumentInfo(title=_clean(title), language=language_tag(_languages(template.language)[0]),
                        author=_clean(template.organiser), subject=first.programme if first else "")
    out = io.BytesIO()
    canvas = new_canvas(out, info=info, page=PageSetup(size=(page.width, page.height)), invariant=True)
    canvas.beginForm("design")
    _draw_design(canvas, template, assets, page)
    canvas.endForm()
    pages: Sequence[CertificateData | None] = certificates or [None]
    for data in pages:
        canvas.doForm("design")
        if data is not None:
            _draw_certificate(canvas, data, template, page)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _centred(canvas: Canvas, text: str, x: float, y: float, font: str, size: float, colour: Any,
             spacing: float = 0.0) -> float:
    """Draw `text` centred on x with `spacing` between letters; returns its width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    width = float(stringWidth(text, font, size)) + spacing * max(len(text) - 1, 0)
    if spacing:
        canvas.drawString(x - width / 2, y, text, charSpace=spacing)
    else:
        canvas.drawCentredString(x, y, text)
    return width


def _draw_design(canvas: Canvas, template: TemplateDefinition, assets: Mapping[str, bytes], page: _Page) -> None:
    """What every page of the design shows: artwork, frame, logo, organiser, title, signatories."""
    from factory_desk.documents.layout import BOLD_FONT, FONT, fit_text

    colours = template.colours
    accent, ornament, ink, muted = (_colour(colours.accent), _colour(colours.ornament), _colour(colours.ink),
                                    _colour(colours.muted))
    if template.artwork and template.artwork in assets:
        _draw_image(canvas, assets[template.artwork], 0, 0, page.width, page.height, keep_ratio=False)
    if template.frame:
        _draw_frame(canvas, page, accent, ornament)
        _draw_rosette(canvas, page.width / 2, (page.body_top + page.body_bottom) / 2,
                      min(52 * MM, (page.body_top - page.body_bottom) / 2), _tint(colours.accent, 0.07))
    centre = page.width / 2
    y = page.head_top
    if template.logo and template.logo in assets:
        _draw_image(canvas, assets[template.logo], centre - 40 * MM, y - 18 * MM, 80 * MM, 18 * MM)
    if template.logo:
        y -= 18 * MM + 3 * MM
    y -= 5 * MM
    organiser = _clean(template.organiser).upper()
    if organiser:
        fitted = fit_text(organiser, BOLD_FONT, page.right - page.left - 70 * MM, size=10.5, min_size=8,
                          max_lines=1)
        width = _centred(canvas, fitted.lines[0], centre, y, BOLD_FONT, fitted.size, accent, spacing=2.2)
        canvas.setStrokeColor(ornament)
        canvas.setLineWidth(0.7)
        rule_y = y + fitted.size * 0.35
        canvas.line(centre - width / 2 - 6 * MM - 16 * MM, rule_y, centre - width / 2 - 6 * MM, rule_y)
        canvas.line(centre + width / 2 + 6 * MM, rule_y, centre + width / 2 + 6 * MM + 16 * MM, rule_y)
    y -= 7 * MM + _TITLE_SIZE * 0.75
    title = _clean(template.title)
    if title:
        fitted = fit_text(title, BOLD_FONT, page.right - page.left, size=_TITLE_SIZE, min_size=20, max_lines=1)
        _centred(canvas, title, centre, y, BOLD_FONT, fitted.size, accent, spacing=fitted.size * 0.12)
    second = _languages(template.language)[1]
    if second and _clean(template.second_title):
        y -= 6 * MM
        _centred(canvas, _clean(template.second_title), centre, y, FONT, 11, muted, spacing=3)
    _draw_divider(canvas, centre, y - 5 * MM, ornament)
    if template.seal and template.seal in assets and page.signatory_rows:
        x, width, line_y = page.signatory_rows[0]
        _draw_image(canvas, assets[template.seal], x - width / 2 - 8 * MM, line_y - 14 * MM, 30 * MM, 30 * MM)
    for signatory, (x, width, line_y) in zip(template.signatories, page.signatory_rows, strict=True):
        _draw_signatory(canvas, signatory, assets, x, width, line_y, ink, muted)


def _draw_frame(canvas: Canvas, page: _Page, accent: Any, ornament: Any) -> None:
    """Three lines round the page (fine, bold, fine) with a diamond at each corner and brackets inside them."""
    canvas.saveState()
    width, height = page.width, page.height
    for inset, line_width, colour in ((8 * MM, 0.7, ornament), (10 * MM, 2.4, accent), (12 * MM, 0.7, ornament)):
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(line_width)
        canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
    arm, inset = 18 * MM, 15 * MM
    canvas.setStrokeColor(ornament)
    canvas.setLineWidth(1.1)
    canvas.setFillColor(ornament)
    for x, y, dx, dy in ((inset, inset, 1, 1), (width - inset, inset, -1, 1), (inset, height - inset, 1, -1),
                         (width - inset, height - inset, -1, -1)):
        path = canvas.beginPath()
        path.moveTo(x + dx * arm, y)
        path.lineTo(x, y)
        path.lineTo(x, y + dy * arm)
        canvas.drawPath(path, stroke=1, fill=0)
        corner_x, corner_y = x - dx * 5 * MM, y - dy * 5 * MM  # on the bold line
        diamond = canvas.beginPath()
        size = 2.2 * MM
        diamond.moveTo(corner_x, corner_y + size)
        diamond.lineTo(corner_x + size, corner_y)
        diamond.lineTo(corner_x, corner_y - size)
        diamond.lineTo(corner_x - size, corner_y)
        diamond.close()
        canvas.drawPath(diamond, stroke=0, fill=1)
    canvas.restoreState()


def _tint(value: str, strength: float) -> Any:
    """`value` mixed with white: `strength` 0 is white, 1 the colour itself."""
    from reportlab.lib.colors import Color

    colour = _colour(value)
    return Color(*(1 - strength * (1 - part) for part in (colour.red, colour.green, colour.blue)))


def _draw_rosette(canvas: Canvas, x: float, y: float, radius: float, colour: Any) -> None:
    """A faint guilloche rosette behind the body, as on security paper: circles whose centres run round a circle."""
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.45)
    canvas.addLiteral(_rosette_path(round(x, 2), round(y, 2), round(radius, 2)))
    canvas.restoreState()


@cache
def _rosette_path(x: float, y: float, radius: float) -> str:
    """The rosette's 85 circles as PDF path operators, stroked; written once per size (reportlab's circle
    formats its 24 numbers in pure Python: 10 ms a file, which a ZIP of a thousand files pays a thousand times)."""
    import math

    circles = [(x, y, radius)]
    for ring, (count, share) in enumerate(((48, 0.5), (36, 0.32))):
        small = radius * share
        orbit = radius - small if ring == 0 else radius * 0.5 - small
        circles += [(x + orbit * math.cos(2 * math.pi * index / count),
                     y + orbit * math.sin(2 * math.pi * index / count), small) for index in range(count)]
    kappa = 0.5523  # a quarter circle as one cubic Bézier curve
    operators = []
    for cx, cy, r in circles:
        k = r * kappa
        operators.append(
            f"{cx + r:.2f} {cy:.2f} m "
            f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h")
    return "\n".join(operators) + "\nS"


def _draw_divider(canvas: Canvas, x: float, y: float, ornament: Any) -> None:
    """A fine line with a small diamond in its middle, under the title."""
    canvas.saveState()
    canvas.setStrokeColor(ornament)
    canvas.setFillColor(ornament)
    canvas.setLineWidth(0.7)
    canvas.line(x - 32 * MM, y, x - 3 * MM, y)
    canvas.line(x + 3 * MM, y, x + 32 * MM, y)
    size = 1.5 * MM
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _draw_image(canvas: Canvas, data: bytes, x: float, y: float, width: float, height: float, *,
                keep_ratio: bool = True) -> None:
    """An image within the box, centred in it (PNG transparency kept); an image that cannot be read is left out."""
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(io.BytesIO(data))
        image_width, image_height = image.getSize()
    except Exception:  # noqa: BLE001 - a broken image must not stop a batch: the design shows without it
        return
    if keep_ratio:
        scale = min(width / image_width, height / image_height)
        drawn_width, drawn_height = image_width * scale, image_height * scale
        x, y, width, height = x + (width - drawn_width) / 2, y + (height - drawn_height) / 2, drawn_width, drawn_height
    canvas.drawImage(image, x, y, width, height, mask="auto")


def _draw_signatory(canvas: Canvas, signatory: Signatory, assets: Mapping[str, bytes], x: float, width: float,
                    line_y: float, ink: Any, muted: Any) -> None:
    from factory_desk.documents.layout import BOLD_FONT, FONT, fit_text

    if signatory.signature and signatory.signature in assets:
        _draw_image(canvas, assets[signatory.signature], x - width / 2, line_y - 3 * MM, width, 15 * MM)
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(0.6)
    canvas.line(x - width / 2, line_y, x + width / 2, line_y)
    y = line_y - 4.2 * MM
    name = _clean(signatory.name)
    if name:
        fitted = fit_text(name, BOLD_FONT, width, size=10, min_size=8, max_lines=2)
        for line in fitted.lines:
            _centred(canvas, line, x, y, BOLD_FONT, fitted.size, ink)
            y -= fitted.size * 1.2
    position = _clean(signatory.position)
    if position:
        fitted = fit_text(position, FONT, width, size=8.5, min_size=8, max_lines=3)
        for line in fitted.lines:
            _centred(canvas, line, x, y, FONT, fitted.size, muted)
            y -= fitted.size * 1.2


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    colour: Any
    leading: float
    space_before: float = 0.0
    rule: float = 0.0  # a fine line this wide across the middle of an empty line (under the name)


def _body_block(data: CertificateData, template: TemplateDefinition, width: float, scale: float,
                colours: tuple[Any, Any, Any, Any]) -> list[_Line]:
    """The body's lines as they will be drawn, each fitted to `width`, with sizes times `scale`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from factory_desk.documents.layout import BOLD_FONT, FONT, fit_text

    accent, ink, muted, ornament = colours
    first, second = _languages(template.language)
    template_lines, second_lines = template.body.splitlines(), template.second_body.splitlines()
    primary = _body_lines(template.body, data, first)
    secondary = _body_lines(template.second_body, data, second) if second else []
    out: list[_Line] = []
    for index in range(max(len(primary), len(secondary))):
        source = template_lines[index] if index < len(template_lines) else ""
        text = primary[index] if index < len(primary) else None
        if text:
            if _NAME_LINE.match(source):
                font, (size, smallest), colour, lines, gap, leading = BOLD_FONT, _NAME, ink, 2, 5 * MM, 1.12
                measure = width
            elif _PROGRAMME_LINE.match(source):
                font, (size, smallest), colour, lines, gap, leading = BOLD_FONT, _PROGRAMME, accent, 3, 2 * MM, 1.2
                measure = width
            else:
                font, (size, smallest), colour, lines, gap, leading = FONT, _TEXT, ink, 4, 1.6 * MM, 1.3
                measure = min(width, _TEXT_MEASURE)
            fitted = fit_text(text, font, measure, size=size * scale, min_size=smallest * scale, max_lines=lines)
            for number, line in enumerate(fitted.lines):
                out.append(_Line(line, font, fitted.size, colour, fitted.size * leading,
                                 gap * scale if number == 0 and out else 0.0))
            if _NAME_LINE.match(source):
                widest = max(stringWidth(line, font, fitted.size) for line in fitted.lines)
                out.append(_Line("", font, 0, ornament, 5 * MM * scale, rule=min(widest + 24 * MM, width)))
        other = secondary[index] if index < len(secondary) else None
        other_source = second_lines[index] if index < len(second_lines) else ""
        if _NAME_LINE.match(other_source) or _PROGRAMME_LINE.match(other_source):
            other = None  # the name and the programme are the same words in both languages: printed once
        if other and other != text:
            fitted = fit_text(other, FONT, min(width, _TEXT_MEASURE), size=_SECOND_SIZE * scale, min_size=8 * scale,
                              max_lines=3)
            for line in fitted.lines:
                out.append(_Line(line, FONT, fitted.size, muted, fitted.size * 1.3, 0.0 if text else 1.6 * MM))
    return out


def _block_height(lines: Sequence[_Line]) -> float:
    return sum(line.space_before + line.leading for line in lines)


def _draw_certificate(canvas: Canvas, data: CertificateData, template: TemplateDefinition, page: _Page) -> None:
    from factory_desk.documents.layout import BOLD_FONT, FONT, fit_text
    from factory_desk.documents.qr import draw_qr

    colours = template.colours
    ink, muted = _colour(colours.ink), _colour(colours.muted)
    palette = (_colour(colours.accent), ink, muted, _colour(colours.ornament))
    width = page.right - page.left - 20 * MM
    room = page.body_top - page.body_bottom
    scale = 1.0
    lines = _body_block(data, template, width, scale, palette)
    while _block_height(lines) > room and scale > 0.5:
        scale *= 0.93
        lines = _body_block(data, template, width, scale, palette)
    height = _block_height(lines)
    y = page.body_top - max(0.0, (room - height) / 2)
    centre = page.width / 2
    for line in lines:
        y -= line.space_before
        if line.text:
            # the baseline sits at 80 % of the line's leading: ascenders fit above it, descenders below
            _centred(canvas, line.text, centre, y - line.leading * 0.78, line.font, line.size, line.colour)
        elif line.rule:
            canvas.setStrokeColor(line.colour)
            canvas.setLineWidth(0.6)
            canvas.line(centre - line.rule / 2, y - line.leading * 0.35, centre + line.rule / 2,
                        y - line.leading * 0.35)
        y -= line.leading

    # the QR code in the bottom left corner, the number and how to verify beside it
    canvas.setFillColor(ink)
    if data.qr_text:
        draw_qr(canvas, data.qr_text, page.qr_x, page.qr_y, page.qr_size)
    words = _words(template.language)
    first, second = _languages(template.language)
    text_x = page.qr_x + page.qr_size + 4 * MM
    number = words.number.format(number=_clean(data.number))
    fitted = fit_text(number, BOLD_FONT, 54 * MM, size=10, min_size=7, max_lines=2)
    y = page.qr_y + page.qr_size - fitted.size
    canvas.setFont(BOLD_FONT, fitted.size)
    for text in fitted.lines:
        canvas.drawString(text_x, y, text)
        y -= fitted.size * 1.2
    canvas.setFillColor(muted)
    notes = [words.verify] + ([_WORDS[second].verify] if second else [])
    for note in notes:
        for text in fit_text(note, FONT, 54 * MM, size=7.5, min_size=7.5, max_lines=3).lines:
            y -= 1
            canvas.setFont(FONT, 7.5)
            canvas.drawString(text_x, y, text)
            y -= 9

    if data.duplicate:
        _draw_duplicate_mark(canvas, [words.duplicate] + ([_WORDS[second].duplicate] if second else []), page)


def _draw_duplicate_mark(canvas: Canvas, marks: Sequence[str], page: _Page) -> None:
    """A red framed «ДУБЛИКАТ» (and its second language under it) in the top right corner, inside the frame."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from factory_desk.documents.layout import BOLD_FONT

    red = HexColor("#B3261E")
    size, spacing, leading = 12.0, 1.5, 15.0
    width = max(float(stringWidth(mark, BOLD_FONT, size)) + spacing * (len(mark) - 1) for mark in marks)
    box_width, box_height = width + 8 * MM, size + 4 * MM + leading * (len(marks) - 1)
    x, y = page.right - box_width, page.top - box_height + 4 * MM
    canvas.saveState()
    canvas.setStrokeColor(red)
    canvas.setLineWidth(1.6)
    canvas.roundRect(x, y, box_width, box_height, 1.5 * MM, stroke=1, fill=0)
    canvas.setFillColor(red)
    canvas.setFont(BOLD_FONT, size)
    baseline = y + box_height - 2 * MM - size * 0.8
    for mark in marks:
        mark_width = float(stringWidth(mark, BOLD_FONT, size)) + spacing * (len(mark) - 1)
        canvas.drawString(x + (box_width - mark_width) / 2, baseline, mark, charSpace=spacing)
        baseline -= leading
    canvas.restoreState()


def certificate_languages(template: TemplateDefinition) -> tuple[str, ...]:
    """The languages a design prints in: one, or two for a bilingual one."""
    first, second = _languages(template.language)
    return (first, second) if second else (first,)


def texts_to_check(certificates: Iterable[CertificateData], template: TemplateDefinition) -> list[str]:
    """Every text the PDF will print (names, organisations, the design's words), for `missing_glyphs` before a
    batch is made."""
    texts = [template.organiser, template.title, template.body]
    if _languages(template.language)[1]:
        texts += [template.second_title, template.second_body]
    texts += [part for signatory in template.signatories for part in (signatory.name, signatory.position)]
    for data in certificates:
        texts += [data.number, data.full_name, data.organisation, data.position, data.programme, data.factory,
                  data.factory_address]
    return [text for text in dict.fromkeys(texts) if text]
