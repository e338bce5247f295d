"""Certificates read as a machine would: the text extracts exactly in Russian, Latvian, English and two languages,
long names, organisations and programmes fit inside the frame (smaller, then wrapped, never cut), every font is
embedded and none is a base-14 font, each page's QR code decodes to its text, the same input gives the same bytes,
the duplicate mark, the fields and what an empty field leaves, the dates and hours in each language, designs saved
as JSON by older versions, images of the design, and the check for characters the font cannot draw."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from documents.pdf_reading import BASE_14, barcodes, flat, fonts, metadata, page_count, pages_text
from PIL import Image

from factory_desk.documents.certificate import (
    DEFAULT_DEFINITION,
    CertificateData,
    Colours,
    Signatory,
    TemplateDefinition,
    certificate_pdf,
    date_text,
    default_definition,
    hours_text,
    render_fields,
    texts_to_check,
)
from factory_desk.documents.layout import BOLD_FONT, FONT, fit_text, missing_glyphs, mm

LONG_NAME = "Константинопольский-Преображенский Максимилиан Вячеславович"
LONG_ORGANISATION = ("Общество с ограниченной ответственностью «Научно-производственное объединение "
                     "Северо-Западный кластер» филиал")[:120]
LONG_PROGRAMME = ("Бережливое производство: картирование потока создания ценности, стандартизированная работа, "
                  "быстрая переналадка (SMED), всеобщее обслуживание оборудования и вытягивающие системы на "
                  "производстве и в офисе")
SIGNED = "FD1.eyJuIjoi0JrQmNCgLTIwMjYtMDAwNDIiLCJwIjoiSXZhbm92YSJ9.3q2-7wAAAAAsignature_of_64_bytes_in_base64url_xx"


def certificate(**changes: object) -> CertificateData:
    base = CertificateData(
        number="КИР-2026-00042", full_name="Иванова Мария Петровна", organisation="ООО «Ромашка»",
        position="Мастер участка", programme="Основы бережливого производства", hours=Decimal(8),
        first_day=dt.date(2026, 3, 10), last_day=dt.date(2026, 3, 10), factory="Фабрика процессов Кириши",
        factory_address="г. Кириши, ул. Ленина, д. 1", qr_text=SIGNED)
    return replace(base, **changes)  # type: ignore[arg-type]


LATVIAN = certificate(number="RIG-2026-00007", full_name="Ģērmane-Ķirste Ļūdmila Žanete", position="Operatore",
                      organisation="SIA «Čakste un Bērziņš»", programme="Biroja procesu fabrika",
                      factory="Procesu fabrika Rīga", factory_address="Rīga, Brīvības iela 1",
                      qr_text="FD1.ā-č-ē-ģ-ī-ķ-ļ-ņ-š-ū-ž")

SIGNATORIES = (Signatory("Петрова Анна Сергеевна", "Руководитель учебного центра"),
               Signatory("Bērziņa Līga", "Тренер"))


@pytest.fixture(scope="module")
def russian() -> bytes:
    return certificate_pdf([certificate(), certificate(full_name=LONG_NAME, number="КИР-2026-00043",
                                                       qr_text=SIGNED + "-2")],
                           replace(DEFAULT_DEFINITION, signatories=SIGNATORIES))


def lines_of(data: bytes, page: int = 0) -> list[str]:
    return [line.strip() for line in pages_text(data)[page].splitlines() if line.strip()]


def sizes(data: bytes, page: int = 0) -> dict[str, float]:
    """Each text piece of the page with the size it is set in."""
    found: dict[str, float] = {}

    def visit(text, _cm, tm, _font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            found[text.strip()] = size * tm[0]

    pypdf.PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def page_image(data: bytes, page: int = 0, dpi: int = 100) -> Image.Image:
    return pdfium.PdfDocument(data)[page].render(scale=dpi / 72).to_pil().convert("RGB")


def ink_in_side_margins(data: bytes, page: int = 0) -> int:
    """Dark pixels between the inner frame line and the text's margin, left and right, away from the corner
    ornaments: where a line too long for the page would run."""
    image = page_image(data, page, dpi=100)
    width, height = image.size
    per_mm = 100 / 25.4
    page_mm = round(width / per_mm)
    found = 0
    for x_mm in [*range(14, 23), *range(page_mm - 22, page_mm - 13)]:
        for y in range(int(36 * per_mm), int(height - 36 * per_mm), 2):
            red, green, blue = image.getpixel((int(x_mm * per_mm), y))
            found += red + green + blue < 600
    return found


# --- text ----------------------------------------------------------------------------------------------------

def test_the_russian_certificate_reads_exactly_as_printed(russian):
    # GIVEN the default design in Russian with two signatories
    # WHEN the first page's text is extracted
    lines = lines_of(russian)
    # THEN the organiser, the title, the body with its fields filled and the signatories read as printed
    for line in ("ФАБРИКА ПРОЦЕССОВ", "СЕРТИФИКАТ", "Настоящий сертификат подтверждает, что",
                 "Иванова Мария Петровна", "ООО «Ромашка», Мастер участка", "прошёл(а) обучение по программе",
                 "«Основы бережливого производства»", "в объёме 8 академических часов",
                 "10 марта 2026 г., Фабрика процессов Кириши", "Петрова Анна Сергеевна",
                 "Руководитель учебного центра", "Bērziņa Līga", "Тренер", "№ КИР-2026-00042",
                 "Подлинность проверяется по QR-коду"):
        assert line in lines, line
    # AND there is no duplicate mark on a first print
    assert "ДУБЛИКАТ" not in lines
    assert page_count(russian) == 2


def test_the_long_name_wraps_at_its_hyphen_onto_two_lines_and_extracts_whole(russian):
    lines = lines_of(russian, 1)
    assert "Константинопольский-Преображенский" in lines
    assert "Максимилиан Вячеславович" in lines
    assert LONG_NAME in flat(pages_text(russian)[1])
    assert sizes(russian, 1)["Максимилиан Вячеславович"] >= 18  # still the largest text after the title
    assert ink_in_side_margins(russian, 1) == 0


def test_a_long_organisation_and_a_three_line_programme_fit_inside_the_frame():
    # GIVEN the long name, a 120-character organisation and a programme of three lines, in two languages
    data = certificate(full_name=LONG_NAME, organisation=LONG_ORGANISATION, programme=LONG_PROGRAMME,
                       position="Начальник отдела технического контроля качества продукции", duplicate=True)
    for template in (DEFAULT_DEFINITION, default_definition("ru+en"),
                     replace(DEFAULT_DEFINITION, orientation="portrait")):
        pdf = certificate_pdf([data], template)
        text = flat(pages_text(pdf)[0])
        # THEN every word is there, whole
        for part in (LONG_NAME, LONG_ORGANISATION, LONG_PROGRAMME, "Начальник отдела технического контроля"):
            assert part in text
        # AND nothing runs into the margins
        assert ink_in_side_margins(pdf) == 0


def test_the_latvian_certificate_reads_exactly_with_every_latvian_letter():
    pdf = certificate_pdf([LATVIAN], default_definition("lv"))
    lines = lines_of(pdf)
    for line in ("PROCESU FABRIKA", "SERTIFIKĀTS", "Ar šo tiek apliecināts, ka", "Ģērmane-Ķirste Ļūdmila Žanete",
                 "SIA «Čakste un Bērziņš», Operatore", "ir apguvis(-usi) mācību programmu",
                 "„Biroja procesu fabrika”", "8 akadēmisko stundu apjomā",
                 "2026. gada 10. martā, Procesu fabrika Rīga", "Nr. RIG-2026-00007", "Mācību centra vadītājs",
                 "Pasniedzējs"):
        assert line in lines, line
    assert metadata(pdf)[1] == "lv-LV"


def test_the_english_certificate_reads_exactly():
    pdf = certificate_pdf([certificate(first_day=dt.date(2026, 3, 30), last_day=dt.date(2026, 4, 2),
                                       hours=Decimal("7.5"))], default_definition("en"))
    lines = lines_of(pdf)
    for line in ("PROCESS FACTORY", "CERTIFICATE", "This is to certify that", "Иванова Мария Петровна",
                 "has completed the training programme", "«Основы бережливого производства»",
                 "totalling 7.5 academic hours", "30 March – 2 April 2026, Фабрика процессов Кириши",
                 "No. КИР-2026-00042", "Scan the QR code to verify"):
        assert line in lines, line


def test_a_bilingual_certificate_prints_both_texts_the_second_smaller_and_the_name_once():
    pdf = certificate_pdf([certificate()], default_definition("ru+en"))
    lines = lines_of(pdf)
    for line in ("СЕРТИФИКАТ", "CERTIFICATE", "Настоящий сертификат подтверждает, что", "This is to certify that",
                 "в объёме 8 академических часов", "totalling 8 academic hours",
                 "10 марта 2026 г., Фабрика процессов Кириши", "10 March 2026, Фабрика процессов Кириши",
                 "Подлинность проверяется по QR-коду", "Scan the QR code to verify"):
        assert line in lines, line
    assert lines.count("Иванова Мария Петровна") == 1
    assert lines.count("«Основы бережливого производства»") == 1
    size = sizes(pdf)
    assert size["This is to certify that"] < size["Настоящий сертификат подтверждает, что"]
    assert size["CERTIFICATE"] < size["СЕРТИФИКАТ"]
    latvian = lines_of(certificate_pdf([LATVIAN], default_definition("lv+en")))
    assert {"SERTIFIKĀTS", "CERTIFICATE", "8 akadēmisko stundu apjomā", "totalling 8 academic hours"} <= set(latvian)
    assert "„Biroja procesu fabrika”" in latvian and "«Biroja procesu fabrika»" not in latvian  # once, in Latvian


@pytest.mark.parametrize(("language", "marks"), [
    ("ru", ["ДУБЛИКАТ"]), ("lv", ["DUBLIKĀTS"]), ("en", ["DUPLICATE"]), ("ru+en", ["ДУБЛИКАТ", "DUPLICATE"]),
])
def test_a_reprint_is_marked_as_a_duplicate_in_the_document_language(language, marks):
    pdf = certificate_pdf([certificate(duplicate=True), certificate()], default_definition(language))
    assert all(mark in lines_of(pdf, 0) for mark in marks)
    assert not any(mark in lines_of(pdf, 1) for mark in marks)


def test_markup_and_quotes_in_names_print_as_they_are():
    pdf = certificate_pdf([certificate(full_name="O'Brien <Jr.> & Сын", organisation="ООО «Смит & сыновья»",
                                       position="")], DEFAULT_DEFINITION)
    lines = lines_of(pdf)
    assert "O'Brien <Jr.> & Сын" in lines
    assert "ООО «Смит & сыновья»" in lines


# --- the file ------------------------------------------------------------------------------------------------

def test_every_font_is_embedded_none_is_a_base_14_font_and_there_is_no_helvetica(russian):
    used = fonts(russian)
    assert {font.name.split("+")[-1] for font in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(font.embedded for font in used), used
    assert not {font.name.split("+")[-1] for font in used} & BASE_14
    assert b"Helvetica" not in russian


def test_each_page_qr_code_decodes_to_exactly_its_text():
    # GIVEN three certificates whose QR texts are ASCII, Cyrillic and Latvian
    texts = [SIGNED, "FD1:КИР-2026-00042|Иванова Мария Петровна|№ «x»", LATVIAN.qr_text]
    pdf = certificate_pdf([certificate(qr_text=text) for text in texts], DEFAULT_DEFINITION)
    # WHEN each page is drawn at 300 dpi and read
    for page, text in enumerate(texts):
        found = barcodes(pdf, page, dpi=300)
        # THEN it has one QR code, in the bottom left corner, that reads exactly
        assert [(code.text, code.format) for code in found] == [(text, zxingcpp.BarcodeFormat.QRCode)]
        assert found[0].y < 60 * mm


def test_the_same_input_gives_the_same_bytes():
    batch = [certificate(), certificate(full_name=LONG_NAME, duplicate=True), LATVIAN]
    template = replace(default_definition("ru+en"), signatories=SIGNATORIES)
    first = certificate_pdf(batch, template)
    assert certificate_pdf(batch, template) == first
    assert certificate_pdf(batch, TemplateDefinition.from_json(template.to_json())) == first
    assert certificate_pdf(batch[:1], template) != first


def test_the_pdf_says_its_title_author_and_language(russian):
    info, language = metadata(russian)
    assert info["/Title"] == "СЕРТИФИКАТ № КИР-2026-00042"
    assert info["/Author"] == "Фабрика процессов"
    assert info["/Subject"] == "Основы бережливого производства"
    assert language == "ru-RU"


def test_no_certificates_give_one_page_with_the_design_alone():
    pdf = certificate_pdf([], DEFAULT_DEFINITION)
    assert page_count(pdf) == 1
    assert {"ФАБРИКА ПРОЦЕССОВ", "СЕРТИФИКАТ", "Тренер"} <= set(lines_of(pdf))
    assert barcodes(pdf, 0) == []


def test_the_logo_and_a_signature_image_are_drawn_and_a_broken_image_is_left_out():
    def png(colour: tuple[int, int, int]) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (300, 120), colour).save(out, "PNG")
        return out.getvalue()

    template = replace(DEFAULT_DEFINITION, logo="logo", seal="seal", signatories=(
        Signatory("Петрова Анна Сергеевна", "Руководитель", signature="signature"),
        Signatory("Bērziņa Līga", "Тренер", signature="missing"), Signatory("Иванов И. И.", "Тренер", "broken")))
    pdf = certificate_pdf([certificate()], template,
                          {"logo": png((200, 20, 20)), "signature": png((20, 20, 200)), "seal": png((20, 180, 20)),
                           "broken": b"not an image"})
    image = page_image(pdf)
    width, height = image.size
    colours = {image.getpixel((x, y)) for x in range(0, width, 4) for y in range(0, height, 4)}
    assert any(r > 150 and g < 60 and b < 60 for r, g, b in colours)  # the red logo
    assert any(b > 150 and r < 60 and g < 60 for r, g, b in colours)  # the blue signature
    assert any(g > 150 and r < 60 and b < 60 for r, g, b in colours)  # the green seal
    assert {"Петрова Анна Сергеевна", "Bērziņa Līga", "Иванов И. И."} <= set(lines_of(pdf))
    top = [image.getpixel((width // 2, y)) for y in range(0, height // 5)]
    assert (200, 20, 20) in top  # the logo sits at the top, in the middle


def test_artwork_covers_the_page_under_the_text_and_the_drawn_frame_can_be_left_off():
    out = io.BytesIO()
    Image.new("RGB", (297, 210), (30, 160, 60)).save(out, "JPEG")
    template = replace(DEFAULT_DEFINITION, artwork="paper", frame=False)
    pdf = certificate_pdf([certificate()], template, {"paper": out.getvalue()})
    image = page_image(pdf)
    for corner in ((2, 2), (image.size[0] - 3, image.size[1] - 3)):
        red, green, blue = image.getpixel(corner)
        assert green > 130 and red < 60 and blue < 90  # the artwork reaches the page's edges
    assert "Иванова Мария Петровна" in lines_of(pdf)  # and the text is drawn over it
    framed = page_image(certificate_pdf([certificate()], DEFAULT_DEFINITION))
    assert framed.getpixel((int(10 * 100 / 25.4), framed.size[1] // 2)) != (255, 255, 255)  # the bold line
    assert image.getpixel((int(10 * 100 / 25.4), image.size[1] // 2))[1] > 130  # no frame over the artwork


# --- fields, dates and hours ---------------------------------------------------------------------------------

def test_every_field_is_filled_and_an_unknown_one_is_left_as_written():
    body = "{full_name}|{organization}|{organisation}|{position}|{programme}|{hours}|{date}|{factory}|" \
           "{factory_address}|{number}|{unknown}"
    assert render_fields(body, certificate(), "ru").split("|") == [
        "Иванова Мария Петровна", "ООО «Ромашка»", "ООО «Ромашка»", "Мастер участка",
        "Основы бережливого производства", "8 академических часов", "10 марта 2026 г.", "Фабрика процессов Кириши",
        "г. Кириши, ул. Ленина, д. 1", "КИР-2026-00042", "{unknown}"]


def test_an_empty_field_leaves_out_its_comma_and_a_line_left_empty_is_not_printed():
    body = DEFAULT_DEFINITION.body
    no_position = render_fields(body, certificate(position=""), "ru").splitlines()
    assert "ООО «Ромашка»" in no_position
    no_organisation = render_fields(body, certificate(organisation=""), "ru").splitlines()
    assert "Мастер участка" in no_organisation
    neither = render_fields(body, certificate(organisation="", position="", factory=""), "ru").splitlines()
    assert neither == ["Настоящий сертификат подтверждает, что", "Иванова Мария Петровна",
                       "прошёл(а) обучение по программе", "«Основы бережливого производства»",
                       "в объёме 8 академических часов", "10 марта 2026 г."]
    assert render_fields("Место: «{factory}» — {factory_address}", certificate(factory=""), "ru") == \
        "Место: г. Кириши, ул. Ленина, д. 1"
    # AND on the page, the empty organisation and position leave no line and no stray comma
    lines = lines_of(certificate_pdf([certificate(organisation="", position="")], DEFAULT_DEFINITION))
    assert not any(line.startswith(",") or line == "," for line in lines)


@pytest.mark.parametrize(("first", "last", "language", "expected"), [
    ((2026, 3, 10), (2026, 3, 10), "ru", "10 марта 2026 г."),
    ((2026, 3, 10), (2026, 3, 12), "ru", "10–12 марта 2026 г."),
    ((2026, 3, 30), (2026, 4, 2), "ru", "30 марта – 2 апреля 2026 г."),
    ((2025, 12, 30), (2026, 1, 2), "ru", "30 декабря 2025 г. – 2 января 2026 г."),
    ((2026, 3, 10), (2026, 3, 10), "lv", "2026. gada 10. martā"),
    ((2026, 3, 10), (2026, 3, 12), "lv", "2026. gada 10.–12. martā"),
    ((2026, 3, 30), (2026, 4, 2), "lv", "2026. gada 30. martā – 2. aprīlī"),
    ((2025, 12, 30), (2026, 1, 2), "lv", "2025. gada 30. decembrī – 2026. gada 2. janvārī"),
    ((2026, 3, 10), (2026, 3, 10), "en", "10 March 2026"),
    ((2026, 3, 10), (2026, 3, 12), "en", "10–12 March 2026"),
    ((2026, 3, 30), (2026, 4, 2), "en", "30 March – 2 April 2026"),
    ((2025, 12, 30), (2026, 1, 2), "en", "30 December 2025 – 2 January 2026"),
    ((2026, 3, 10), (2026, 3, 12), "lv+en", "2026. gada 10.–12. martā"),
])
def test_dates_are_written_in_the_document_language(first, last, language, expected):
    assert date_text(dt.date(*first), dt.date(*last), language) == expected


@pytest.mark.parametrize(("hours", "language", "expected"), [
    (Decimal(8), "ru", "8 академических часов"), (Decimal(21), "ru", "21 академического часа"),
    (Decimal(11), "ru", "11 академических часов"), (Decimal("7.5"), "ru", "7,5 академического часа"),
    (Decimal("16.00"), "ru", "16 академических часов"), (Decimal(8), "lv", "8 akadēmisko stundu"),
    (Decimal(1), "lv", "1 akadēmiskās stundas"), (Decimal("7.5"), "lv", "7,5 akadēmiskās stundas"),
    (Decimal(1), "en", "1 academic hour"), (Decimal(21), "en", "21 academic hours"),
    (Decimal("7.5"), "en", "7.5 academic hours"), (Decimal(60), "en", "60 academic hours"),
])
def test_hours_carry_their_unit_in_the_right_form(hours, language, expected):
    assert hours_text(hours, language) == expected


# --- the design as JSON --------------------------------------------------------------------------------------

def test_a_design_survives_json_and_unknown_or_missing_keys_take_defaults():
    design = replace(default_definition("lv+en"), signatories=(Signatory("Bērziņa Līga", "Vadītāja", "sig"),),
                     logo="logo", orientation="portrait", colours=Colours(accent="#123456"), frame=False)
    assert TemplateDefinition.from_json(design.to_json()) == design
    # an old design: only a few keys, one unknown, wrong types and a bad colour
    old = TemplateDefinition.from_json({"title": "Сертификат", "watermark": "x", "language": "de",
                                        "signatories": [{"name": "Петрова"}, "junk"], "orientation": 3,
                                        "colours": {"accent": "red", "ink": "#000000"}})
    assert old.title == "Сертификат"
    assert old.language == "ru" and old.orientation == "landscape"
    assert old.signatories == (Signatory("Петрова", "", None),)
    assert old.colours == Colours(ink="#000000")
    assert old.body == DEFAULT_DEFINITION.body
    assert TemplateDefinition.from_json({}) == TemplateDefinition.from_json(None) == TemplateDefinition()
    assert design.asset_names == ("logo", "sig")
    assert replace(design, seal="stamp").asset_names == ("logo", "stamp", "sig")
    assert certificate_pdf([certificate()], old)  # and it prints


# --- fonts ---------------------------------------------------------------------------------------------------

def test_missing_glyphs_finds_what_dejavu_cannot_draw_and_nothing_in_russian_or_latvian():
    assert missing_glyphs(["Иванов Иван", "Bērziņš Jānis ā č ē ģ ī ķ ļ ņ š ū ž", "№ «» „” – —", "a\nb"]) == []
    assert missing_glyphs(["王小明", "Ok 🚀🚀 fine", "Петров"]) == [("王小明", "王小明"), ("Ok 🚀🚀 fine", "🚀")]
    # a name typed with a combining mark is read as it is printed (composed), so it is not reported
    assert missing_glyphs(["Bērziņš"]) == []


def test_texts_to_check_lists_every_text_a_batch_prints():
    texts = texts_to_check([certificate(), LATVIAN], replace(default_definition("ru+en"), signatories=SIGNATORIES))
    assert {"Иванова Мария Петровна", LATVIAN.full_name, "SIA «Čakste un Bērziņš»", "Петрова Анна Сергеевна",
            "CERTIFICATE", "Фабрика процессов"} <= set(texts)
    assert missing_glyphs(texts) == []
    odd = texts_to_check([certificate(full_name="王小明")], DEFAULT_DEFINITION)
    assert missing_glyphs(odd) == [("王小明", "王小明")]


# --- fitting -------------------------------------------------------------------------------------------------

def test_fit_text_shrinks_then_wraps_balanced_and_never_loses_a_letter():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = 200 * mm
    short = fit_text("Иванова Мария Петровна", BOLD_FONT, width, size=30, min_size=20)
    assert short.size == 30 and short.lines == ("Иванова Мария Петровна",)
    long = fit_text(LONG_NAME, BOLD_FONT, width, size=30, min_size=20)
    assert long.lines == ("Константинопольский-Преображенский", "Максимилиан Вячеславович")
    assert long.size == 20
    middle = fit_text("Римских-Корсаков Николай Андреевич", BOLD_FONT, width, size=30, min_size=20)
    assert 20 <= middle.size < 30 and len(middle.lines) == 1
    programme = fit_text(LONG_PROGRAMME, BOLD_FONT, width, size=18, min_size=13, max_lines=3)
    assert len(programme.lines) == 3
    word = fit_text("А" * 80, BOLD_FONT, 50 * mm, size=18, min_size=13)
    for fitted in (short, long, middle, programme, word):
        assert all(stringWidth(line, BOLD_FONT, fitted.size) <= width + 0.01 for line in fitted.lines)
    assert " ".join(programme.lines) == LONG_PROGRAMME
    assert word.lines == ("А" * 80,) and word.size < 13
    assert fit_text("", FONT, width, size=10, min_size=8).lines == ()


# --- QR codes ------------------------------------------------------------------------------------------------

def test_qr_codes_of_every_size_and_alphabet_decode_to_their_text():
    import random

    from factory_desk.documents.qr import qr_rows

    generator = random.Random(6)
    alphabets = ["0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:", "abcdefXYZ|=_-.0123456789",
                 "Иванова Мария №«»āčēģīķļņšūž|-0123456789"]
    texts = ["".join(generator.choice(alphabet) for _ in range(length))
             for alphabet in alphabets for length in (1, 17, 60, 150, 284, 700)]
    for text in texts:
        rows = qr_rows(text)
        size = len(rows)
        assert size == len(rows[0]) and (size - 17) % 4 == 0
        image = Image.new("L", (size + 8, size + 8), 255)
        for y, row in enumerate(rows):
            for x, module in enumerate(row):
                if module == "1":
                    image.putpixel((x + 4, y + 4), 0)
        found = zxingcpp.read_barcodes(image.resize(((size + 8) * 4, (size + 8) * 4), Image.Resampling.NEAREST))
        assert [code.text for code in found] == [text]


def test_fit_text_never_starts_a_line_with_a_dash_or_slash_and_keeps_the_spaces_of_the_text():
    for text in ("Руководитель учебного центра / Head of the training centre",
                 "Фабрика процессов — Кириши — длинное название завода номер один",
                 "пред- и послеоперационный уход за больными людьми"):
        fitted = fit_text(text, FONT, 40 * mm, size=8.5, min_size=8, max_lines=4)
        assert len(fitted.lines) > 1
        assert not any(line[0] in "/—–-" for line in fitted.lines), fitted.lines
        assert " ".join(fitted.lines) == text
