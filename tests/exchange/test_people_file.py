"""Reading the people lists organisations send: real .xlsx and .csv files written into a temporary folder,
read, their heading and columns found, and every row previewed as it will be imported."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest

from factory_desk.domain.inn import with_check_digits
from factory_desk.domain.models.registry import PersonCategory
from factory_desk.exchange.export import write_table
from factory_desk.exchange.people_columns import (
    Field,
    Layout,
    NoHeadingRowError,
    detect_layout,
    guess_mapping,
    heading_field,
)
from factory_desk.exchange.people_file import PreviewRow, mapping_problem, normalize_inn, parse_category, preview
from factory_desk.exchange.tables import EmptyFileError, Table, TableFileError, read_table

ROMASHKA_INN = "7707083893"


def previewed(path: Path, **defaults: str) -> tuple[Table, Layout, list[PreviewRow]]:
    table = read_table(path)
    layout = detect_layout(table)
    rows = preview(table, layout.mapping, heading_row=layout.heading_row, default_inn=layout.title_inn, **defaults)
    return table, layout, rows


def templates(problems) -> list[str]:
    return [p.template for p in problems]


def write_lines(path: Path, lines: list[str], encoding: str) -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


@pytest.fixture
def romashka_xlsx(tmp_path: Path) -> Path:
    """The list a company sends: a title block with its ИНН, merged cells, a heading on row 4."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Участники"
    sheet["A1"] = "Список работников ООО «Ромашка»"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = f"ИНН {ROMASHKA_INN}"
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["№", "Ф.И.О.", "Должность", "Подразделение", "E-mail", "Телефон"])  # row 4
    sheet.append([1, "Иванов Иван Иванович", "Инженер", "Цех № 1", "ivanov@romashka.ru", 89161234567])
    sheet.append([2, "ПЕТРОВА-ВОДКИНА  АННА СЕРГЕЕВНА", "Технолог", None, "petrova@romashka", None])
    sheet.merge_cells("D5:D6")  # both work in Цех № 1
    sheet.append([])  # row 7
    sheet.append([3, "Алиев Рашид Ахмед оглы", "Мастер", "Цех № 2", "aliev@romashka.ru; r.aliev@mail.ru",
                  "+7 (916) 765-43-21"])
    sheet.append([4, "иванов иван иванович", "Инженер", "Цех № 1", None, None])  # row 9: row 5 again
    sheet["A10"] = "Итого: 3 человека"
    sheet.merge_cells("A10:F10")
    path = tmp_path / "Ромашка.xlsx"
    workbook.save(path)
    return path


def test_an_xlsx_with_a_title_block_and_merged_cells(romashka_xlsx):
    # GIVEN the Ромашка list WHEN it is read and previewed
    table, layout, rows = previewed(romashka_xlsx)

    # THEN the sheet is read with the title kept in one cell and the heading found on row 4
    assert table.sheet == "Участники" and table.sheets == ("Участники",)
    assert table.rows[0][:2] == ("Список работников ООО «Ромашка»", "")
    assert layout.heading_row == 3
    assert layout.mapping == {1: Field.FULL_NAME, 2: Field.POSITION, 3: Field.DEPARTMENT, 4: Field.EMAIL,
                              5: Field.PHONE}
    # AND the organisation's ИНН is read from the title block
    assert layout.title_inn == ROMASHKA_INN
    # AND every row below the heading is there, numbered as in Excel
    assert [r.source_row for r in rows] == [5, 6, 7, 8, 9, 10]
    ivanov, petrova, blank, aliev, again, total = rows

    assert (ivanov.surname, ivanov.first_name, ivanov.patronymic) == ("Иванов", "Иван", "Иванович")
    assert ivanov.position == "Инженер" and ivanov.department == "Цех № 1"
    assert ivanov.phone == "+7 916 123-45-67"  # a number cell, an 8 in front
    assert ivanov.inn == ROMASHKA_INN
    assert ivanov.can_import and not ivanov.warnings

    # the row in capitals, in proper case, in the department merged down from the row above
    assert petrova.full_name == "Петрова-Водкина Анна Сергеевна"
    assert petrova.department == "Цех № 1"
    assert not petrova.errors
    assert templates(petrova.warnings) == ["This e-mail address is not valid."]
    assert petrova.warnings[0].details == {"email": "petrova@romashka"}

    assert blank.skip_reason is not None and blank.skip_reason.format() == "A blank row."
    assert not blank.can_import

    assert (aliev.surname, aliev.first_name, aliev.patronymic) == ("Алиев", "Рашид", "Ахмед оглы")
    assert aliev.email == "aliev@romashka.ru"
    assert [w.format() for w in aliev.warnings] == [
        "Several e-mail addresses: only the first, aliev@romashka.ru, is kept."]

    assert again.full_name == "Иванов Иван Иванович"
    assert [w.format() for w in again.warnings] == ["The same person is already on row 5 of this file."]
    assert again.can_import  # a warning: the coordinator decides

    assert total.skip_reason is not None
    assert total.skip_reason.format() == "A total, not a person: “Итого: 3 человека”."


def test_a_heading_merged_over_two_rows_is_not_a_person(tmp_path):
    # GIVEN a heading whose cells are merged over rows 1 and 2 and a name heading with parts under it
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["№", "ФИО", None, None, "Должность", "Организация"])
    sheet.append([None, "Фамилия", "Имя", "Отчество", None, None])
    sheet.append([1, "Смирнова", "Ольга", "Петровна", "Бухгалтер", "МБУ «Центр»"])
    for cells in ("A1:A2", "B1:D1", "E1:E2", "F1:F2"):
        sheet.merge_cells(cells)
    path = tmp_path / "two rows.xlsx"
    workbook.save(path)

    # WHEN it is read
    table, layout, rows = previewed(path)

    # THEN the lower heading row, which names the parts, is the heading; the merged headings reach it
    assert table.rows[1] == ("№", "Фамилия", "Имя", "Отчество", "Должность", "Организация")
    assert layout.heading_row == 1
    assert layout.mapping == {1: Field.SURNAME, 2: Field.FIRST_NAME, 3: Field.PATRONYMIC, 4: Field.POSITION,
                              5: Field.ORGANISATION}
    assert [(r.full_name, r.organisation) for r in rows] == [("Смирнова Ольга Петровна", "МБУ «Центр»")]


def test_a_heading_merged_down_into_the_next_row_repeats_and_is_skipped(tmp_path):
    # GIVEN a heading merged over rows 1 and 2 (nothing under it)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ФИО", "Должность"])
    sheet.append([None, None])
    sheet.append(["Козлов Олег Ильич", "Водитель"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    path = tmp_path / "tall heading.xlsx"
    workbook.save(path)

    # WHEN it is previewed THEN row 2, the heading repeated by the merge, is skipped with the reason
    _table, layout, rows = previewed(path)
    assert layout.heading_row == 0
    assert [r.skip_reason.format() if r.skip_reason else r.full_name for r in rows] == [
        "The heading repeated.", "Козлов Олег Ильич"]


def test_a_windows_1251_csv_with_semicolons(tmp_path):
    # GIVEN a CSV saved by a Russian Excel: Windows-1251, «;», a title line, names in separate columns
    path = write_lines(tmp_path / "север.csv", [
        "Список участников обучения;;;;;",
        "Фамилия;Имя;Отчество;Должность;Организация;ИНН",
        "Сидоров;Пётр;Петрович;Слесарь;ООО «Север»;7830002293",
        "КУЗНЕЦОВА;МАРИЯ;;Бухгалтер;ООО «Север»;7830002294",
        ";;;;;",
        "Ёлкин;;;;ООО «Север»;",
    ], "cp1251")

    # WHEN it is read and previewed
    table, layout, rows = previewed(path)

    # THEN the encoding and the delimiter are found and the columns mapped
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert layout.heading_row == 1 and layout.title_inn is None
    assert layout.mapping == {0: Field.SURNAME, 1: Field.FIRST_NAME, 2: Field.PATRONYMIC, 3: Field.POSITION,
                              4: Field.ORGANISATION, 5: Field.INN}
    sidorov, kuznetsova, blank, yolkin = rows
    assert (sidorov.full_name, sidorov.organisation, sidorov.inn) == ("Сидоров Пётр Петрович", "ООО «Север»",
                                                                      "7830002293")
    assert sidorov.can_import
    # AND a wrong ИНН is an error that stops the row
    assert kuznetsova.full_name == "Кузнецова Мария"
    assert templates(kuznetsova.errors) == [
        "The check digit of this INN does not match; please check the number."]
    assert not kuznetsova.can_import
    assert blank.skip_reason is not None
    # AND a person with no first name can be imported, with a warning
    assert yolkin.full_name == "Ёлкин" and templates(yolkin.warnings) == ["There is no first name."]


def test_a_utf8_csv_with_a_bom_commas_and_quoted_fields(tmp_path):
    # GIVEN a UTF-8 CSV with a byte order mark, «,» between fields, and fields holding «;», «,» and «"»
    path = tmp_path / "восток.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=",", quoting=csv.QUOTE_ALL)
        writer.writerow(["ФИО", "Должность", "Организация", "Эл. почта"])
        writer.writerow(["Смирнов Алексей Викторович", "Инженер; старший", 'ООО "Восток", филиал', ""])
        writer.writerow(["Орлова Дарья", "Мастер\nучастка", 'ООО "Восток", филиал', "orlova@vostok.ru"])

    # WHEN it is read and previewed
    table, _layout, rows = previewed(path)

    # THEN the quoted fields keep their delimiters and quotes; a line break in a cell becomes a space
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.rows[0][0] == "ФИО"  # no byte order mark glued to the first heading
    assert [(r.full_name, r.position, r.organisation, r.email) for r in rows] == [
        ("Смирнов Алексей Викторович", "Инженер; старший", 'ООО "Восток", филиал', ""),
        ("Орлова Дарья", "Мастер участка", 'ООО "Восток", филиал', "orlova@vostok.ru"),
    ]
    assert [r.source_row for r in rows] == [2, 3]  # records, as Excel numbers them


def test_a_tab_separated_file(tmp_path):
    # GIVEN a tab-separated text file (copied out of a spreadsheet)
    path = write_lines(tmp_path / "list.txt", [
        "ФИО\tПодразделение\tИНН организации\tКатегория",
        "Николаев Николай Николаевич\tОтдел кадров\t500100732259\tгосслужащий",
        "Фёдорова Вера Ивановна\tОтдел кадров\t500100732259\tпенсионер",
    ], "utf-8")

    # WHEN it is read and previewed
    table, layout, rows = previewed(path)

    # THEN tabs are the delimiter, «ИНН организации» is the ИНН and categories are understood
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert layout.mapping == {0: Field.FULL_NAME, 1: Field.DEPARTMENT, 2: Field.INN, 3: Field.CATEGORY}
    assert rows[0].inn == "500100732259" and rows[0].category is PersonCategory.CIVIL_SERVANT
    assert rows[1].category is None
    assert [w.format() for w in rows[1].warnings] == [
        "The category “пенсионер” is not known; the default one applies."]


def test_a_latvian_file(tmp_path):
    # GIVEN a Latvian list saved by a Latvian Excel (Windows-1257), first name before surname
    path = write_lines(tmp_path / "saraksts.csv", [
        "Vārds;Uzvārds;Amats;Iestāde;E-pasts;Tālrunis",
        "JĀNIS;BĒRZIŅŠ;Inženieris;SIA «Ozols»;janis@ozols.lv;26123456",
        "Anna Marija;Ķirse-Kalniņa;Grāmatvede;SIA «Ozols»;anna@ozols.lv;",
    ], "cp1257")

    # WHEN it is read and previewed
    table, layout, rows = previewed(path)

    # THEN Latvian letters are read right and the columns mapped from Latvian headings
    assert table.encoding == "cp1257"
    assert layout.mapping == {0: Field.FIRST_NAME, 1: Field.SURNAME, 2: Field.POSITION, 3: Field.ORGANISATION,
                              4: Field.EMAIL, 5: Field.PHONE}
    assert [(r.surname, r.first_name, r.patronymic) for r in rows] == [
        ("Bērziņš", "Jānis", ""), ("Ķirse-Kalniņa", "Anna Marija", "")]
    assert rows[0].position == "Inženieris" and rows[0].organisation == "SIA «Ozols»"
    assert rows[0].phone == "+371 26123456"
    assert all(r.can_import and not r.warnings for r in rows)


def test_a_latvian_name_column_and_a_default_organisation(tmp_path):
    # GIVEN a UTF-8 list with the whole name in one «Vārds, uzvārds» column and no organisation column
    path = write_lines(tmp_path / "dalībnieki.csv", ["Vārds, uzvārds;Amats", "Jānis Kalniņš;Meistars"], "utf-8")

    # WHEN it is previewed with the organisation the coordinator chose
    _table, layout, rows = previewed(path, default_organisation="Rīgas dome")

    # THEN the name is split in the order the heading gives, and the chosen organisation applies
    assert layout.mapping == {0: Field.FULL_NAME_GIVEN_FIRST, 1: Field.POSITION}
    assert (rows[0].surname, rows[0].first_name, rows[0].organisation) == ("Kalniņš", "Jānis", "Rīgas dome")


def test_an_english_workbook(tmp_path):
    # GIVEN an English list with a second, empty sheet before it
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    sheet = workbook.create_sheet("People")
    sheet.append(["First name", "Last name", "Job title", "Company", "Email", "Phone", "Category"])
    sheet.append(["John", "SMITH", "Engineer", "Acme Ltd", "JOHN.SMITH@ACME.EXAMPLE", "+44 20 7946 0958",
                  "Enterprise employee"])
    path = tmp_path / "people.xlsx"
    workbook.save(path)

    # WHEN it is read and previewed
    table, layout, rows = previewed(path)

    # THEN the filled sheet is read and the English headings are understood
    assert table.sheet == "People" and table.sheets == ("Notes", "People")
    assert layout.mapping == {0: Field.FIRST_NAME, 1: Field.SURNAME, 2: Field.POSITION, 3: Field.ORGANISATION,
                              4: Field.EMAIL, 5: Field.PHONE, 6: Field.CATEGORY}
    (smith,) = rows
    assert (smith.surname, smith.first_name, smith.organisation) == ("Smith", "John", "Acme Ltd")
    assert smith.email == "JOHN.SMITH@acme.example" and smith.phone == "+44 20 7946 0958"
    assert smith.category is PersonCategory.ENTERPRISE_EMPLOYEE


def test_our_own_export_reads_back(tmp_path):
    # GIVEN people exported by Factory Desk to CSV, with a phone the export protected from Excel
    path = tmp_path / "export.csv"
    write_table(path, ["Фамилия", "Имя", "Отчество", "Должность", "Подразделение", "Организация",
                       "ИНН организации", "Категория", "Эл. почта", "Телефон", "Дата согласия"],
                [["Иванов", "Иван", "", "Инженер", "", "ООО «Ромашка»", ROMASHKA_INN, "Студент", "", "+7 921 000-00-00",
                  None]])

    # WHEN it is imported THEN every column comes back as it was
    _table, layout, rows = previewed(path)
    assert Field.INN in layout.mapping.values() and len(layout.mapping) == 10
    (ivanov,) = rows
    assert (ivanov.full_name, ivanov.inn, ivanov.category, ivanov.phone) == (
        "Иванов Иван", ROMASHKA_INN, PersonCategory.STUDENT, "+7 921 000-00-00")


def test_errors_without_a_name_and_names_with_digits(tmp_path):
    path = write_lines(tmp_path / "bad.csv", ["Фамилия;Имя;Должность", ";;Инженер", "Петр0в;Пётр;", ";Анна;"],
                       "utf-8")
    _table, _layout, rows = previewed(path)
    assert [templates(r.errors) for r in rows] == [
        ["There is no name."], ["A name cannot contain digits."], ["There is no surname."]]
    assert not any(r.can_import for r in rows)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("ФИО", Field.FULL_NAME),
        ("Ф.И.О. участника", Field.FULL_NAME),
        ("Фамилия, имя, отчество (полностью)", Field.FULL_NAME),
        ("Фамилия И.О.", Field.FULL_NAME),
        ("Участник", Field.FULL_NAME),
        ("Vārds Uzvārds", Field.FULL_NAME_GIVEN_FIRST),
        ("Name and surname", Field.FULL_NAME_GIVEN_FIRST),
        ("Uzvārds, vārds", Field.FULL_NAME),
        ("Фамилия", Field.SURNAME),
        ("Last name", Field.SURNAME),
        ("Tēvvārds", Field.PATRONYMIC),
        ("Должность (профессия)", Field.POSITION),
        ("Ieņemamais amats", Field.POSITION),
        ("Структурное подразделение", Field.DEPARTMENT),
        ("Struktūrvienība", Field.DEPARTMENT),
        ("Наименование организации", Field.ORGANISATION),
        ("Место работы", Field.ORGANISATION),
        ("Iestāde", Field.ORGANISATION),
        ("ИНН организации", Field.INN),
        ("Organisation's INN", Field.INN),
        ("Адрес электронной почты", Field.EMAIL),
        ("Эл. почта", Field.EMAIL),
        ("E-pasts", Field.EMAIL),
        ("E-mail", Field.EMAIL),
        ("Контактный телефон", Field.PHONE),
        ("Тел.", Field.PHONE),
        ("Телефон организации", Field.PHONE),
        ("Tālrunis", Field.PHONE),
        ("Категория слушателя", Field.CATEGORY),
        ("№ п/п", None),
        ("Список работников ООО «Ромашка»", None),
        ("Список участников", None),
        ("ИНН 7707083893", None),
        ("ivanov@mail.ru", None),
        ("Иванов Иван Иванович", None),
        ("Namejs Vardanjans", None),
        ("", None),
    ],
)
def test_headings(heading, field):
    assert heading_field(heading) == field


def test_a_lone_first_name_column_holds_the_whole_name():
    assert guess_mapping(["Vārds", "Amats"]) == {0: Field.FULL_NAME, 1: Field.POSITION}
    assert guess_mapping(["Vārds", "Uzvārds"]) == {0: Field.FIRST_NAME, 1: Field.SURNAME}


def test_the_title_inn_may_sit_beside_its_label_and_with_a_kpp(tmp_path):
    path = write_lines(tmp_path / "kpp.csv", ["Организация;ООО «Ромашка»", "ИНН/КПП:;7707083893/770701001",
                                              "ФИО;Должность", "Иванов Иван;Инженер"], "utf-8")
    _table, layout, rows = previewed(path)
    assert layout.title_inn == ROMASHKA_INN and rows[0].inn == ROMASHKA_INN


def test_a_lost_leading_zero_of_an_inn_comes_back():
    # GIVEN ИНН beginning with 0 (Adygea) that Excel stored as a number and so lost its first digit
    company, person = with_check_digits("010501234"), with_check_digits("0105012345")
    # WHEN it is normalised THEN the zero is back; a number that is not an ИНН even then is left alone
    assert normalize_inn(company[1:]) == company and normalize_inn(person[1:]) == person
    assert normalize_inn("123456789") == "123456789"
    assert normalize_inn(" 7707 083-893 ") == ROMASHKA_INN


def test_a_mapping_without_a_name_column_is_refused():
    assert mapping_problem({0: Field.POSITION}) is not None
    assert mapping_problem({0: Field.FULL_NAME}) is None


@pytest.mark.parametrize(
    ("written", "category"),
    [("Студент", PersonCategory.STUDENT), ("Pašvaldības darbinieks", PersonCategory.MUNICIPAL_EMPLOYEE),
     ("Работник социальной сферы", PersonCategory.SOCIAL_SECTOR), ("civil_servant", PersonCategory.CIVIL_SERVANT),
     ("Skolēns", PersonCategory.SCHOOL_PUPIL), ("Другое", PersonCategory.OTHER), ("?", None)],
)
def test_categories(written, category):
    assert parse_category(written) is category


# --- files that cannot be read: one sentence each, never a traceback ---


def test_a_broken_xlsx_is_refused_in_a_sentence(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(os.urandom(2048))
    with pytest.raises(TableFileError, match="is damaged or is not an Excel workbook") as raised:
        read_table(path)
    assert raised.value.details == {"name": "broken.xlsx"}


def test_a_damaged_zip_named_xlsx_is_refused_in_a_sentence(tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(500))
    with pytest.raises(TableFileError, match="is damaged or is not an Excel workbook"):
        read_table(path)


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx", "empty.txt"])
def test_an_empty_file_is_refused_in_a_sentence(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError, match=f"The file {name} is empty."):
        read_table(path)


def test_a_workbook_with_nothing_in_it(tmp_path):
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(EmptyFileError, match="has no filled cells"):
        read_table(path)


def test_a_csv_with_only_a_byte_order_mark_is_empty(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(EmptyFileError):
        read_table(path)


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(TableFileError, match=r"save it as .xlsx"):
        read_table(path)
    renamed = tmp_path / "old.xlsx"  # an .xls renamed, or a workbook with a password
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(TableFileError, match="has a password"):
        read_table(renamed)


def test_other_kinds_of_files_are_refused(tmp_path):
    (tmp_path / "list.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(TableFileError, match=r"choose an Excel workbook \(.xlsx\) or a CSV file"):
        read_table(tmp_path / "list.docx")
    with pytest.raises(TableFileError, match="was not found"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02abc")
    with pytest.raises(TableFileError, match="is not a text table"):
        read_table(tmp_path / "binary.csv")


def test_a_workbook_renamed_to_csv_is_still_read(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["ФИО"])
    workbook.active.append(["Иванов Иван"])
    path = tmp_path / "actually a workbook.csv"
    workbook.save(path)
    assert read_table(path).rows == (("ФИО",), ("Иванов Иван",))


def test_a_file_without_a_recognisable_heading_is_refused_in_a_sentence(tmp_path):
    path = write_lines(tmp_path / "numbers.csv", ["a;b;c", "1;2;3"], "utf-8")
    with pytest.raises(NoHeadingRowError) as raised:
        detect_layout(read_table(path))
    assert str(raised.value) == "No heading such as ФИО, Vārds or Name in the first 30 rows of numbers.csv."


def test_a_missing_sheet_is_named(tmp_path):
    path = tmp_path / "book.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(TableFileError, match="has no sheet “People”"):
        read_table(path, sheet="People")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (["Список работников", "ООО «Ромашка», ИНН 7707083893"], "ООО «Ромашка»"),
        (["Список работников ГБУЗ ЛО «Гатчинская КМБ»", "направляемых на обучение"], "ГБУЗ ЛО «Гатчинская КМБ»"),
        (["Администрация Кировского района; ИНН: 4706001234"], "Администрация Кировского района"),
        (["Darbinieku saraksts, SIA \"Koks\""], "SIA \"Koks\""),
        (["Список участников обучения"], None),
    ],
)
def test_the_organisation_named_in_the_title_block(title, expected):
    from factory_desk.exchange.people_columns import title_organisation
    from factory_desk.exchange.tables import Table

    table = Table(name="list.xlsx", rows=tuple((line, "") for line in title) + (("ФИО", "Должность"),))
    assert title_organisation(table, len(title)) == expected
