"""The session report's PDF read as a machine would: Russian and Latvian text (the long name too) extracts exactly,
every font is embedded and none is a base-14 font (the charts included), the figures and their change read as
written in the document's language, a heading never ends a page, a long cycle's attendance runs over pages with its
heading row and a key, long comments wrap whole, sections without data say so, and the wording in Latvian and
English."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from documents.pdf_reading import BASE_14, flat, fonts, metadata, page_count, pages_text

from factory_desk.documents.session_report import (
    ReportCertificate,
    ReportDay,
    ReportFeedback,
    ReportFigure,
    ReportParticipant,
    ReportScores,
    ReportStatus,
    SessionReport,
    Shortfall,
    file_name,
    number_text,
    percent_text,
    session_report_pdf,
    signed_text,
)
from factory_desk.documents.words import SESSION_REPORT_WORDS

LONG_NAME = "Константинопольский-Преображенский Максимилиан Вячеславович"
STATUSES = (ReportStatus("present", "Present", True, True), ReportStatus("late", "Late", True, True),
            ReportStatus("left_early", "Left early", True, False), ReportStatus("absent", "Absent", True, False),
            ReportStatus("excused", "Excused", True, False), ReportStatus("sick", "Больничный", False, False))
PEOPLE = (
    ReportParticipant(LONG_NAME, "АО «Кировский завод»", "enterprise_employee", ("present",), True, True),
    ReportParticipant("Bērziņš Jānis", "SIA «Latvijas Finieris»", "enterprise_employee", ("late",), True, True),
    ReportParticipant("Ģērmane Ķirste Ļūdmila", "SIA «Latvijas Finieris»", "civil_servant", ("present",), True, True),
    ReportParticipant("Šķēle Žanis", "", "student", ("absent",), False, False, Shortfall(1, "absent", 0, 1)),
    ReportParticipant("Иванов Иван Иванович", "АО «Кировский завод»", "enterprise_employee", ("sick",), False, False,
                      Shortfall(1, "sick", 0, 1)),
    ReportParticipant("", "АО «Кировский завод»", "enterprise_employee", ("present",), True, True),
)
FIGURES = (
    ReportFigure("Годные изделия", "шт", (Decimal(4), Decimal(9), Decimal(14)), False, Decimal(4), Decimal(14),
                 Decimal(250), True),
    ReportFigure("Брак", "шт", (Decimal(6), Decimal(2), Decimal(0)), True, Decimal(6), Decimal(0), Decimal(-100), True),
    ReportFigure("Незавершённое производство", "шт", (Decimal(0), Decimal(3), Decimal(5)), True, Decimal(0),
                 Decimal(5), None, False),
    ReportFigure("Время выполнения заказа", "мин", (Decimal("35.5"), Decimal("19.25"), None), True,
                 Decimal("35.5"), Decimal("19.25"), Decimal("-45.77"), True),
    ReportFigure("", "", (Decimal("1.5"), Decimal("4.5"), Decimal("8.4")), False, Decimal("1.5"), Decimal("8.4"),
                 Decimal(460), True, derived="productivity"),
    ReportFigure("", "", (Decimal(25), Decimal(50), Decimal(90)), False, Decimal(25), Decimal(90), Decimal(260), True,
                 derived="plan_fulfilment"),
)
COMMENT = ("Очень понравилось: наглядно видно, как пять «S» и вытягивающая система меняют поток; хотелось бы больше "
           "времени на третий раунд и разбор карты потока создания ценности на примере нашего цеха. ") * 3


def report(**changes) -> SessionReport:
    values = dict(
        session_id=12, programme="Основы бережливого производства", hours=Decimal(8),
        factory="Фабрика процессов Кириши", factory_address="г. Кириши, ул. Ленина, д. 1",
        trainers=("Иванова Мария Петровна", "Bērziņa Līga"), days=(ReportDay(1, dt.date(2026, 3, 10)),),
        statuses=STATUSES, rule_statuses=("present", "late"), rule_all_days=True, rule_needed_days=1,
        participants=PEOPLE, programme_rounds=3, figures=FIGURES,
        scores=ReportScores(5, 4, Decimal("51.25"), Decimal("80"), 4, Decimal("29.5")),
        feedback=ReportFeedback(3, 1, 1, 40, ((10, COMMENT.strip()), (9, "Paldies, ļoti noderīgi!"),
                                              (3, "Мало практики."))),
        certificates=(ReportCertificate("КИР-2026-00041", LONG_NAME, dt.date(2026, 3, 11)),
                      ReportCertificate("КИР-2026-00042", "Bērziņš Jānis", dt.date(2026, 3, 11))),
        trainer_notes="Группа активная, в третьем раунде вышли на план.", made_on=dt.date(2026, 3, 12))
    values.update(changes)
    return SessionReport(**values)


def text_of(data: bytes) -> str:
    return flat(" ".join(pages_text(data))).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def russian() -> bytes:
    return session_report_pdf(report(), "ru")


def test_the_header_and_the_counts_read_exactly_in_russian(russian):
    lines = pages_text(russian)[0].splitlines()
    assert lines[0] == "Отчёт о проведении обучения"
    for label, value in [("Занятие", "№ 12"), ("Программа", "Основы бережливого производства"),
                         ("Дата проведения", "10.03.2026"), ("Объём программы", "8 ч"),
                         ("Место проведения", "Фабрика процессов Кириши, г. Кириши, ул. Ленина, д. 1"),
                         ("Тренеры", "Иванова Мария Петровна, Bērziņa Līga"), ("Дата составления", "12.03.2026"),
                         ("Записаны", "6"), ("Присутствовали", "4"), ("Завершили программу", "4"),
                         ("Выдано сертификатов", "2")]:
        assert lines[lines.index(label) + 1] == value, label
    text = text_of(russian)
    # the definitions are stated under the counts
    assert "«Присутствовали» — отмечены как «Присутствие» или «Опоздание» хотя бы в один из дней." in text
    assert "«Завершили программу» — отмечены как «Присутствие» или «Опоздание»." in text
    # by organisation (most people first, none last) and by category, with their totals
    assert "АО «Кировский завод» 3 2 2 SIA «Latvijas Finieris» 2 2 2 Без организации 1 0 0 Итого 6 4 4" in text
    assert "Работники предприятий 4 3 3 Студенты 1 0 0 Государственные служащие 1 1 1 Итого 6 4 4" in text


def test_names_in_cyrillic_and_latvian_extract_letter_for_letter_and_the_long_name_wraps_whole(russian):
    text = text_of(russian)
    for person in PEOPLE[1:5]:
        assert person.full_name in text
    assert LONG_NAME in text
    assert "Ģērmane Ķirste Ļūdmila SIA «Latvijas Finieris» Присутствие Завершено" in text
    assert "Šķēle Žanis Отсутствие Отметка «Отсутствие»" in text
    # a centre's own status is printed by its name
    assert "Иванов Иван Иванович АО «Кировский завод» Больничный Отметка «Больничный»" in text
    # an erased person keeps their line, without a name
    assert "(данные удалены по запросу) АО «Кировский завод» Присутствие Завершено" in text


def test_rounds_with_their_change_the_gain_the_nps_and_the_certificates_read_as_written(russian):
    text = text_of(russian)
    for expected in (
            "Раунд 1 Раунд 2 Раунд 3 Изменение",
            "Годные изделия шт 4 9 14 +250 %", "Брак шт 6 2 0 −100 %",
            "Незавершённое производство шт 0 3 5 0 → 5",  # from nothing, a percentage says nothing
            "Время выполнения заказа мин 35,5 19,25 −46 %",
            "Производительность на оператора в час 1,50 4,50 8,40 +460 %",
            "Выполнение плана % 25,0 50,0 90,0 +260 %",
            "Входной тест 51,3 % 5", "Итоговый тест 80,0 % 4", "Прирост знаний +29,5 п. п. 4",
            "Индекс NPS +40", "Промоутеры (9–10) 3 (60 %)", "Нейтралы (7–8) 1 (20 %)", "Критики (0–6) 1 (20 %)",
            "Ответили на вопрос 5 из 6",
            "1 КИР-2026-00041 " + LONG_NAME + " 11.03.2026", "2 КИР-2026-00042 Bērziņš Jānis 11.03.2026",
            "Итого: 2", "Группа активная, в третьем раунде вышли на план.",
            "Тренер Иванова Мария Петровна Тренер Bērziņa Līga Координатор"):
        assert expected in text, expected


def test_the_charts_show_productivity_and_plan_fulfilment_by_round_in_embedded_fonts(russian):
    text = text_of(russian)
    assert "Производительность по раундам на оператора в час" in text
    assert "Выполнение плана по раундам" in text
    assert "90 %" in text and "8,4" in text
    # the bars are drawn: the page with the charts has a good deal of the bars' blue
    index = next(i for i, page in enumerate(pages_text(russian)) if "Выполнение плана по раундам" in page)
    image = pdfium.PdfDocument(russian)[index].render(scale=1).to_pil().convert("RGB")
    blue = sum(count for count, (r, g, b) in image.getcolors(1 << 24)
               if abs(r - 66) < 12 and abs(g - 115) < 12 and abs(b - 168) < 12)
    assert blue > 3000


def test_every_font_is_embedded_and_none_is_a_base_14_font(russian):
    used = fonts(russian)
    assert {font.name.split("+")[-1] for font in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(font.embedded for font in used), used
    assert not {font.name.split("+")[-1] for font in used} & BASE_14


def test_the_pages_are_numbered_and_the_document_says_what_it_is(russian):
    texts = pages_text(russian)
    pages = len(texts)
    for number, text in enumerate(texts, start=1):
        assert text.splitlines()[-1].endswith(f"Страница {number} из {pages}")
    info, language = metadata(russian)
    assert info["/Title"] == "Отчёт о проведении обучения — Основы бережливого производства — 10.03.2026"
    assert language == "ru-RU"
    assert file_name(report(), "ru") == "Отчёт о проведении 10.03.2026 Основы бережливого производства"


def test_a_long_comment_wraps_whole_and_no_heading_ends_a_page():
    # GIVEN a report whose comments fill pages
    comments = tuple((10 - n % 4, f"{n}. " + COMMENT.strip()) for n in range(1, 9))
    data = session_report_pdf(report(feedback=ReportFeedback(5, 2, 1, 50, comments)), "ru")
    text = text_of(data)
    # THEN each comment is there whole, wrapped over lines
    for _score, comment in comments:
        assert comment in text
        assert comment not in [line.strip() for page in pages_text(data) for line in page.splitlines()]
    # AND no page ends with a section heading: each stays with what follows it
    assert_no_heading_ends_a_page(data, "ru")


def assert_no_heading_ends_a_page(data: bytes, language: str) -> None:
    words = SESSION_REPORT_WORDS[language]
    headings = {words.participants, words.attendance, words.rounds, words.knowledge, words.feedback,
                words.certificates, words.trainer_notes}
    subheadings = {words.by_organisation, words.by_category, words.comments}
    for text in pages_text(data):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        before_footer = lines[-2]
        assert re.sub(r"^\d+\. ", "", before_footer) not in headings, before_footer
        assert before_footer not in subheadings, before_footer


def test_a_ten_day_cycle_runs_over_pages_with_its_heading_row_short_marks_and_a_key():
    # GIVEN a ten-day cycle of 30 people, completed when present on at least 8 days
    days = tuple(ReportDay(n, dt.date(2026, 6, 1) + dt.timedelta(days=n - 1)) for n in range(1, 11))
    people = tuple(
        ReportParticipant(f"Dalībnieks Nr. {n} Ķēniņš", "Rēzeknes novada pašvaldība", "municipal_employee",
                          ("present",) * 7 + (("late", "absent", None) if n % 2 else ("present",) * 3), True,
                          n % 2 == 0, None if n % 2 == 0 else Shortfall(None, None, 8 - 1, 8))
        for n in range(1, 31))
    data = session_report_pdf(report(days=days, participants=people, rule_all_days=False, rule_needed_days=8), "lv")
    texts = pages_text(data)
    # THEN the dates are a range, and the completion rule is stated with its days
    text = text_of(data)
    assert "01.06.2026–10.06.2026 (mācību dienas: 10)" in text
    assert "„Pabeidza programmu” — atzīme „Piedalījās” vai „Nokavēja” vismaz 8 no 10 dienām." in text
    # AND every page the table runs over repeats its heading row with the day numbers
    table_pages = [t for t in texts if "Dalībnieks Nr." in t]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "Uzvārds, vārds" in page and "Rezultāts" in page
    # AND the marks are short signs explained under the table, with the days' dates
    assert "Dalībnieks Nr. 1 Ķēniņš Rēzeknes novada pašvaldība + + + + + + + nk n — Apmeklētas 7 no 10 dienām, " \
           "vajag 8" in text
    assert "Apzīmējumi: + — piedalījās; nk — nokavēja; n — nepiedalījās; — — nav atzīmes." in text
    assert "1 — 01.06.2026, 2 — 02.06.2026" in text and "10 — 10.06.2026" in text
    assert_no_heading_ends_a_page(data, "lv")


def test_a_report_with_nothing_recorded_says_so_in_each_section():
    empty = report(participants=(), figures=(), scores=ReportScores(0, 0, None, None, 0, None),
                   feedback=ReportFeedback(0, 0, 0, None, ()), certificates=(), trainer_notes="", trainers=())
    text = text_of(session_report_pdf(empty, "ru"))
    assert "1. Участники Записаны 0 Присутствовали 0 Завершили программу 0 Выдано сертификатов 0" in text
    assert "2. Посещаемость Данные не внесены." in text
    assert "3. Результаты раундов симуляции Данные не внесены." in text
    assert "4. Прирост знаний Данные не внесены." in text
    assert "5. Обратная связь и индекс NPS Данные не внесены." in text
    assert "6. Выданные сертификаты Сертификаты не выдавались." in text
    assert "7. Замечания тренера Данные не внесены." in text
    assert "Тренер Координатор" in text  # lines to sign on, without names
    no_rounds = text_of(session_report_pdf(report(programme_rounds=0, figures=()), "en"))
    assert "3. Simulation round results The programme has no simulation rounds." in no_rounds


def test_a_programme_without_derived_figures_charts_the_change_of_each_figure():
    data = session_report_pdf(report(figures=FIGURES[:4]), "en")
    text = text_of(data)
    assert "Change of each figure from the first round to the last, %" in text
    assert "+250%" in text and "−100%" in text
    assert {font.name.split("+")[-1] for font in fonts(data)} <= {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize(("language", "title", "words", "page"), [
    ("lv", "Pārskats par apmācības norisi",
     ("Nodarbība Nr. 12", "Norises datums 10.03.2026", "Programmas apjoms 8 st.", "1. Dalībnieki",
      "Pieteikti 6", "Piedalījās 4", "Pēc organizācijām", "Pēc dalībnieku kategorijām", "Uzņēmumu darbinieki 4 3 3",
      "2. Apmeklējums", "3. Simulācijas raundu rezultāti", "Produktivitāte uz operatoru stundā 1,50 4,50 8,40 +460 %",
      "4. Zināšanu pieaugums", "+29,5 p. p.", "5. Atsauksmes un NPS indekss", "Ieteicēji (9–10) 3 (60 %)",
      "6. Izsniegtie sertifikāti", "7. Pasniedzēja piezīmes", "Koordinators", "Bez organizācijas"),
     "1. lapa no"),
    ("en", "Training session report",
     ("Session No. 12", "Date 10.03.2026", "Duration 8 h", "1. Participants", "Enrolled 6", "Attended 4",
      "By organisation", "By participant category", "Enterprise employees 4 3 3", "2. Attendance",
      "3. Simulation round results", "Productivity per operator-hour 1.50 4.50 8.40 +460%", "4. Knowledge gain",
      "+29.5 pp", "5. Feedback and NPS", "Promoters (9–10) 3 (60%)", "6. Certificates issued", "7. Trainer's notes",
      "Coordinator", "No organisation", "Marked “Absent”"),
     "Page 1 of"),
])
def test_the_report_is_worded_in_latvian_and_in_english(language, title, words, page):
    data = session_report_pdf(report(), language)
    assert pages_text(data)[0].splitlines()[0] == title
    text = text_of(data)
    for word in words:
        assert word in text, word
    assert page in text
    assert page_count(data) >= 2


def test_numbers_are_written_as_each_language_writes_them():
    assert number_text(Decimal("1250.5"), "ru") == "1250,5"
    assert number_text(Decimal("12500.25"), "lv") == "12\u00a0500,25"
    assert number_text(Decimal("12500.25"), "en") == "12,500.25"
    assert number_text(Decimal("8.4000"), "ru", places=4) == "8,4"
    assert number_text(Decimal("2.005"), "ru") == "2,01"  # halves up
    assert number_text(Decimal("80"), "ru", places=1, fixed=True) == "80,0"
    assert number_text(Decimal("-3.5"), "en") == "\u22123.5"
    assert signed_text(Decimal("29.5"), "ru") == "+29,5"
    assert signed_text(Decimal("-45.77"), "ru", places=0) == "\u221246"
    assert signed_text(0, "ru", places=0) == "0"
    assert percent_text("75", "ru") == "75\u00a0%" and percent_text("75", "en") == "75%"
