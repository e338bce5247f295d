"""The sign-in sheet read as a machine would: its text extracts exactly (Russian, Latvian, the long name, the №
sign, the header), every font is embedded and none is a base-14 font, each barcode decodes to the code of the
person on its row, a sheet per day, 16 people on one page, and the wording in Latvian and English."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp
from documents.pdf_reading import (
    BASE_14,
    barcodes,
    barcodes_by_row,
    flat,
    fonts,
    metadata,
    page_count,
    pages_text,
)

from factory_desk.documents.layout import A4_PORTRAIT, mm
from factory_desk.documents.sign_in_sheet import SignInDay, SignInRow, file_name, sign_in_sheet_pdf
from factory_desk.domain.badges import badge_code

LONG_NAME = "Константинопольский-Преображенский Максимилиан Вячеславович"
NAMES = [
    LONG_NAME, "Bērziņš Jānis", "Ģērmane Ķirste Ļūdmila", "Šķēle Žanis", "Ņikitina Ūna", "Čakste Ēriks",
    "Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр Алексеевич", "Кузнецова Мария Павловна",
    "Смирнов Алексей Николаевич", "Попов Дмитрий Андреевич", "Васильева Ольга Игоревна", "Новиков Сергей Викторович",
    "Фёдорова Елена Михайловна", "Морозов Андрей Олегович",
]
ORGANISATIONS = ["ООО «Ромашка»", "SIA «Latvijas Finieris»", "АО «Кировский завод»"]
POSITIONS = ["Мастер участка", "Operators", "Начальник отдела технического контроля"]
NUMBER_COLUMN_RIGHT = A4_PORTRAIT.left + 9.5 * mm


def rows(count: int = 16, first_id: int = 4200) -> tuple[SignInRow, ...]:
    return tuple(
        SignInRow(number=index + 1, person_id=first_id + index, full_name=NAMES[index % len(NAMES)],
                  organisation=ORGANISATIONS[index % 3], position=POSITIONS[index % 3],
                  badge_code=badge_code(first_id + index))
        for index in range(count))


def day(day_no: int = 1, days: int = 1, people: tuple[SignInRow, ...] | None = None,
        trainers: tuple[str, ...] = ("Иванова Мария Петровна", "Bērziņa Līga")) -> SignInDay:
    return SignInDay(session_id=7, programme="Основы бережливого производства", day_no=day_no, days=days,
                     date=dt.date(2026, 3, 9 + day_no), starts_at=dt.time(9, 0), ends_at=dt.time(17, 0),
                     factory="Фабрика процессов Кириши", factory_address="г. Кириши, ул. Ленина, д. 1",
                     trainers=trainers, rows=rows() if people is None else people)


@pytest.fixture(scope="module")
def russian_sheet() -> bytes:
    return sign_in_sheet_pdf([day()], "ru")


def test_the_text_extracts_exactly_in_russian_and_latvian_with_the_header_and_the_long_name(russian_sheet):
    # GIVEN a one-day sheet of 16 people in Russian
    # WHEN its text is extracted
    [text] = pages_text(russian_sheet)
    lines = text.splitlines()
    # THEN the title, the header's fields and the column headings read as printed
    assert lines[0] == "Явочный лист"
    for label, value in [("Программа", "Основы бережливого производства"), ("Дата", "10.03.2026"),
                         ("Время", "09:00–17:00"),
                         ("Место проведения", "Фабрика процессов Кириши, г. Кириши, ул. Ленина, д. 1"),
                         ("Тренеры", "Иванова Мария Петровна, Bērziņa Līga"), ("Участников по списку", "16")]:
        assert lines[lines.index(label) + 1] == value
    for heading in ("№", "Фамилия, имя, отчество", "Организация", "Должность", "Подпись", "Код участника"):
        assert heading in [line.strip() for line in lines]
    # AND every name, organisation and code, in Cyrillic and with ā ē ģ ī ķ ļ ņ š ū ž č, extracts letter for letter
    plain = flat(text)
    for row in rows():
        assert row.full_name in plain
        assert row.badge_code in lines
    for organisation in ORGANISATIONS:
        assert organisation in plain
    assert "Начальник отдела технического контроля" in plain
    # AND the long name wraps at its hyphen and between words, never cut
    assert LONG_NAME in plain
    assert "Константинопольский-" in lines
    # AND the trainers' signature lines and the page number are there
    assert plain.count("Подпись тренера") == 2
    assert lines[-1].endswith("Страница 1 из 1")


def test_every_font_is_embedded_and_none_is_a_base_14_font(russian_sheet):
    used = fonts(russian_sheet)
    assert {font.name.split("+")[-1] for font in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(font.embedded for font in used), used
    assert not {font.name.split("+")[-1] for font in used} & BASE_14


def test_each_barcode_decodes_to_the_code_of_the_person_on_its_row(russian_sheet):
    # WHEN the page is drawn at 300 dpi and its barcodes are read
    by_row = barcodes_by_row(russian_sheet, 0, number_column_right=NUMBER_COLUMN_RIGHT)
    # THEN each of the 16 rows has one Code 128 barcode, the person's code
    assert by_row == {row.number: row.badge_code for row in rows()}
    assert {code.format for code in barcodes(russian_sheet, 0)} == {zxingcpp.BarcodeFormat.Code128}


def test_sixteen_people_fit_on_one_page_with_rows_for_walk_ins_and_the_trainers_signature(russian_sheet):
    assert page_count(russian_sheet) == 1
    lines = [line.strip() for line in pages_text(russian_sheet)[0].splitlines()]
    assert "17" in lines  # at least one empty, numbered row after the list
    assert "Подпись тренера" in flat(pages_text(russian_sheet)[0])


def test_a_two_day_session_has_a_sheet_per_day_each_on_its_own_page_and_numbered_on_its_own():
    data = sign_in_sheet_pdf([day(1, 2), day(2, 2)], "ru")
    first, second = pages_text(data)
    assert "10.03.2026, день 1 из 2" in first.splitlines()
    assert "11.03.2026, день 2 из 2" in second.splitlines()
    assert first.splitlines()[-1].endswith("Страница 1 из 1")
    assert second.splitlines()[-1].endswith("Страница 1 из 1")
    assert barcodes_by_row(data, 1, number_column_right=NUMBER_COLUMN_RIGHT) == {
        row.number: row.badge_code for row in rows()}


def test_a_list_longer_than_a_page_repeats_the_column_headings_and_counts_its_pages():
    data = sign_in_sheet_pdf([day(people=rows(30))], "ru")
    texts = pages_text(data)
    assert len(texts) == 2
    assert all("Фамилия, имя, отчество" in text for text in texts)
    assert texts[0].splitlines()[-1].endswith("Страница 1 из 2")
    assert texts[1].splitlines()[-1].endswith("Страница 2 из 2")
    seen = {}
    for index in range(2):
        seen.update(barcodes_by_row(data, index, number_column_right=NUMBER_COLUMN_RIGHT))
    assert seen == {row.number: row.badge_code for row in rows(30)}


@pytest.mark.parametrize(("language", "title", "headings", "fields", "page"), [
    ("lv", "Dalībnieku reģistrācijas lapa",
     ("Nr.", "Uzvārds, vārds", "Organizācija", "Amats", "Paraksts", "Dalībnieka kods"),
     ("Programma", "Datums", "Laiks", "Norises vieta", "Pasniedzēji", "Dalībnieku skaits"), "1. lapa no 1"),
    ("en", "Sign-in sheet",
     ("No.", "Full name", "Organisation", "Position", "Signature", "Participant code"),
     ("Programme", "Date", "Time", "Venue", "Trainers", "Participants on the list"), "Page 1 of 1"),
])
def test_the_sheet_is_worded_in_latvian_and_in_english(language, title, headings, fields, page):
    data = sign_in_sheet_pdf([day(2, 2)], language)
    [text] = pages_text(data)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == title
    for word in (*headings, *fields):
        assert word in lines
    assert lines[-1].endswith(page)
    assert "Явочный" not in text
    assert "Bērziņš Jānis" in flat(text)
    assert all(font.embedded for font in fonts(data))


def test_the_latvian_day_and_the_signature_are_latvian():
    [text] = pages_text(sign_in_sheet_pdf([day(2, 3, trainers=("Bērziņa Līga",))], "lv"))
    lines = text.splitlines()
    assert "11.03.2026, 2. diena no 3" in lines
    assert lines[lines.index("Pasniedzējs") + 1] == "Bērziņa Līga"
    assert "Pasniedzēja paraksts" in lines


def test_the_pdf_says_its_title_author_and_language():
    info, language = metadata(sign_in_sheet_pdf([day()], "lv"))
    assert info["/Title"] == "Dalībnieku reģistrācijas lapa — Основы бережливого производства — 10.03.2026"
    assert info["/Author"] == "Фабрика процессов Кириши"
    assert info["/Subject"] == "Основы бережливого производства"
    assert language == "lv-LV"
    assert file_name([day()], "ru") == "Явочный лист 10.03.2026 Основы бережливого производства"


def test_markup_characters_in_names_are_printed_as_they_are():
    person = SignInRow(1, 5, "O'Brien <Jr.> & Сын", "ООО «Смит & сыновья»", "Инженер <2>", badge_code(5))
    [text] = pages_text(sign_in_sheet_pdf([day(people=(person,))], "ru"))
    assert "O'Brien <Jr.> & Сын" in flat(text)
    assert "ООО «Смит & сыновья»" in flat(text)
    assert "Инженер <2>" in flat(text)


def test_a_sheet_for_nobody_yet_is_one_page_of_empty_numbered_rows_and_no_trainer_still_leaves_a_line():
    data = sign_in_sheet_pdf([day(people=(), trainers=())], "ru")
    [text] = pages_text(data)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[lines.index("Участников по списку") + 1] == "0"
    assert "Тренер" not in lines and "Тренеры" not in lines
    assert {"1", "15"} <= set(lines)
    assert "Подпись тренера" in lines
    assert barcodes(data, 0) == []
