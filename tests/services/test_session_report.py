"""The session report's content gathered from a real session: enrolled, attended and completed by organisation and
by category (walk-ins counted, the waiting list not, an erased person counted without a name), each person's marks
and why they did not complete, the rounds with their derived figures and change, the knowledge gain, the NPS with
the comments, only the certificates still valid, the trainer's notes; a cancelled or unknown session refused with a
sentence; and the PDF made from it, read back as a machine would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from documents.pdf_reading import BASE_14, flat, fonts, pages_text
from sqlalchemy import insert, select, update

from factory_desk.domain.models import (
    Certificate,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    RoundMetric,
    SessionDay,
    Trainer,
    TrainingSession,
    session_trainer,
)
from factory_desk.i18n import error_text
from factory_desk.services.attendance import mark, walk_in_existing
from factory_desk.services.documents import set_document_language
from factory_desk.services.evaluation import set_feedback, set_test
from factory_desk.services.personal_data import erase_person
from factory_desk.services.rounds import set_value
from factory_desk.services.session_report import (
    Breakdown,
    SessionReportError,
    Shortfall,
    session_report,
    session_report_file,
)
from factory_desk.services.session_status import change_status

DAY = dt.date(2026, 3, 10)
MADE_ON = dt.date(2026, 3, 12)
METRICS = (  # code, name, unit, lower is better
    ("order_planned", "Заказ: план", "шт", False),
    ("order_fulfilled", "Заказ: выполнено", "шт", False),
    ("good_units", "Годные изделия", "шт", False),
    ("defects", "Брак", "шт", True),
    ("operators", "Операторы", "чел", True),
    ("round_duration", "Длительность раунда", "мин", False),
)
ROUNDS = {  # each metric's values in rounds 1–3; productivity = good units × 60 / (operators × minutes): 1.5, 4.5, 8.4
    "order_planned": (20, 20, 20), "order_fulfilled": (5, 10, 18), "good_units": (4, 9, 14), "defects": (6, 2, 0),
    "operators": (8, 6, 5), "round_duration": (20, 20, 20),
}
LONG_COMMENT = ("Очень понравилось: наглядно видно, как пять «S» и вытягивающая система меняют поток; хотелось бы "
                "больше времени на третий раунд и разбор карты потока создания ценности на примере нашего цеха.")


def make_session(db, *, days=1, rounds=3):
    """A confirmed session of `days` days at Kirishi with two trainers, eight people holding places (one of them
    a walk-in on the day) and one on the waiting list. Returns (session id, {surname: person id})."""
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР", address="г. Кириши, ул. Ленина, д. 1")
        programme = Programme(name="Основы бережливого производства", rounds=rounds, days=days, metrics=[
            RoundMetric(code=code, name=name, unit=unit, position=i, lower_is_better=lower)
            for i, (code, name, unit, lower) in enumerate(METRICS, 1)])
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        latvian = Organisation(full_name="SIA «Latvijas Finieris»")
        lead = Trainer(surname="Иванова", first_name="Мария", patronymic="Петровна")
        assistant = Trainer(surname="Bērziņa", first_name="Līga")
        s.add_all([factory, programme, plant, latvian, lead, assistant])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed", min_group=1,
                                   trainer_notes="Группа активная, в третьем раунде вышли на план.")
        training.days.extend(SessionDay(day_no=n, date=DAY + dt.timedelta(days=n - 1)) for n in range(1, days + 1))
        s.add(training)
        people = {
            "Андреев": Person(surname="Андреев", first_name="Иван", organisation=plant),
            "Борисова": Person(surname="Борисова", first_name="Анна", organisation=plant),
            "Васильев": Person(surname="Васильев", first_name="Пётр", organisation=plant, category="civil_servant"),
            "Bērziņš": Person(surname="Bērziņš", first_name="Jānis", organisation=latvian),
            "Ņikitina": Person(surname="Ņikitina", first_name="Ūna", organisation=latvian, category="student"),
            "Григорьев": Person(surname="Григорьев", first_name="Олег", category="student"),
            "Дмитриева": Person(surname="Дмитриева", first_name="Ольга", organisation=plant),
            "Пришедший": Person(surname="Пришедший", first_name="Кирилл", organisation=plant),
            "Ожидающий": Person(surname="Ожидающий", first_name="Лев", organisation=plant),
        }
        s.add_all(people.values())
        s.flush()
        s.execute(insert(session_trainer), [{"session_id": training.id, "trainer_id": lead.id, "role": "lead"},
                                            {"session_id": training.id, "trainer_id": assistant.id,
                                             "role": "assistant"}])
        for name, person in people.items():
            if name == "Ожидающий":
                s.add(Enrolment(session_id=training.id, person_id=person.id, status="waitlisted",
                                waitlist_position=1))
            elif name != "Пришедший":
                s.add(Enrolment(session_id=training.id, person_id=person.id))
        ids = {name: person.id for name, person in people.items()}
        return training.id, ids


@pytest.fixture
def held(db):
    """The one-day session after the day: marks, a walk-in, rounds, tests, feedback, certificates, an erasure."""
    session_id, ids = make_session(db)
    walk_in_existing(db, session_id, ids["Пришедший"])  # marked present as they come in
    for name in ("Андреев", "Борисова", "Bērziņš", "Дмитриева"):
        mark(db, session_id, ids[name], "present")
    mark(db, session_id, ids["Ņikitina"], "late")
    mark(db, session_id, ids["Васильев"], "absent")
    mark(db, session_id, ids["Григорьев"], "excused", note="Больничный лист")
    with db.read() as s:
        metric_ids = dict(s.execute(select(RoundMetric.code, RoundMetric.id)).all())
    for code, values in ROUNDS.items():
        for round_no, value in enumerate(values, start=1):
            set_value(db, session_id, round_no, metric_ids[code], Decimal(value))
    for name, pre, post in (("Андреев", 40, 80), ("Борисова", 50, 70), ("Bērziņš", 60, 90), ("Дмитриева", 55, None)):
        set_test(db, session_id, ids[name], "pre", Decimal(pre))
        if post is not None:
            set_test(db, session_id, ids[name], "post", Decimal(post))
    set_feedback(db, session_id, ids["Андреев"], 10, LONG_COMMENT)
    set_feedback(db, session_id, ids["Борисова"], 9, "Отличные тренеры, спасибо!")
    set_feedback(db, session_id, ids["Bērziņš"], 7, "Paldies, ļoti noderīgi!")
    set_feedback(db, session_id, ids["Ņikitina"], 3, "Мало практики.")
    with db.write() as s:
        enrolment = dict(s.execute(select(Enrolment.person_id, Enrolment.id)
                                   .where(Enrolment.session_id == session_id)).all())
        s.add_all([
            Certificate(number="КИР-2026-00002", enrolment_id=enrolment[ids["Борисова"]],
                        issued_at=dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)),
            Certificate(number="КИР-2026-00001", enrolment_id=enrolment[ids["Андреев"]],
                        issued_at=dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)),
            Certificate(number="КИР-2026-00003", enrolment_id=enrolment[ids["Дмитриева"]], status="voided",
                        void_reason="Опечатка в фамилии", issued_at=dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)),
        ])
    erase_person(db, ids["Дмитриева"], reason="Просьба участника")
    return session_id, ids


def test_enrolled_attended_and_completed_count_walk_ins_and_erased_people_but_not_the_waiting_list(db, held):
    # GIVEN a held session: 8 holding places (a walk-in among them), 1 waiting; 6 present or late, 1 absent,
    # 1 excused; one person's data erased afterwards
    session_id, _ids = held
    # WHEN its report is gathered
    report = session_report(db, session_id, today=MADE_ON)
    # THEN the counts are those of the people holding a place
    assert (report.enrolled, report.attended, report.completed) == (8, 6, 6)
    assert report.made_on == MADE_ON
    # AND the breakdowns add up, the largest organisation first and people without one last
    assert report.by_organisation() == (
        Breakdown("ООО «Ромашка»", 5, 4, 4),
        Breakdown("SIA «Latvijas Finieris»", 2, 2, 2),
        Breakdown("", 1, 0, 0),
    )
    assert report.by_category() == (
        Breakdown("enterprise_employee", 5, 5, 5),
        Breakdown("student", 2, 1, 1),
        Breakdown("civil_servant", 1, 0, 0),
    )
    # AND the erased person counts, without a name
    assert [p.full_name for p in report.participants].count("") == 1
    assert "Ожидающий Лев" not in [p.full_name for p in report.participants]


def test_each_person_has_their_mark_and_why_they_did_not_complete(db, held):
    session_id, _ids = held
    report = session_report(db, session_id, today=MADE_ON)
    by_name = {p.full_name: p for p in report.participants}
    assert by_name["Ņikitina Ūna"].marks == ("late",)
    assert by_name["Ņikitina Ūna"].completed and by_name["Ņikitina Ūna"].shortfall is None
    assert by_name["Васильев Пётр"].shortfall == Shortfall(day_no=1, status="absent", attended_days=0, needed_days=1)
    assert by_name["Григорьев Олег"].shortfall == Shortfall(1, "excused", 0, 1)
    assert by_name["Пришедший Кирилл"].marks == ("present",)
    assert report.rule_statuses == ("present", "late")
    assert {s.code for s in report.statuses if s.counts_as_present} == {"present", "late"}


def test_rounds_tests_feedback_certificates_and_notes_are_as_recorded(db, held):
    session_id, _ids = held
    report = session_report(db, session_id, today=MADE_ON)
    # the header
    assert (report.programme, report.factory, report.factory_address) == (
        "Основы бережливого производства", "Фабрика процессов Кириши", "г. Кириши, ул. Ленина, д. 1")
    assert report.trainers == ("Иванова Мария Петровна", "Bērziņa Līga")
    assert [d.date for d in report.days] == [DAY]
    # the rounds: each metric's values and change, then the derived figures
    good = next(f for f in report.figures if f.name == "Годные изделия")
    assert good.values == (4, 9, 14) and good.percent == 250 and good.better is True
    defects = next(f for f in report.figures if f.name == "Брак")
    assert defects.percent == -100 and defects.better is True
    productivity = next(f for f in report.figures if f.derived == "productivity")
    assert productivity.values == (Decimal("1.5"), Decimal("4.5"), Decimal("8.4"))
    assert productivity.percent == 460
    plan = next(f for f in report.figures if f.derived == "plan_fulfilment")
    assert plan.values == (25, 50, 90) and plan.percent == 260
    # the tests: 3 with both, the fourth (erased) only a pre-test
    assert (report.scores.pre_count, report.scores.post_count, report.scores.gain_count) == (4, 3, 3)
    assert report.scores.average_post == 80 and report.scores.average_gain == 30
    # the feedback: 2 promoters, 1 passive, 1 detractor → +25; the comments without names, best first
    feedback = report.feedback
    assert (feedback.promoters, feedback.passives, feedback.detractors, feedback.nps) == (2, 1, 1, 25)
    assert [score for score, _text in feedback.comments] == [10, 9, 7, 3]
    assert feedback.comments[0] == (10, LONG_COMMENT)
    # the certificates still valid, by number; the voided one left out
    assert [(c.number, c.full_name) for c in report.certificates] == [
        ("КИР-2026-00001", "Андреев Иван"), ("КИР-2026-00002", "Борисова Анна")]
    assert report.trainer_notes == "Группа активная, в третьем раунде вышли на план."


def test_the_pdf_of_a_real_session_prints_its_figures_exactly(db, held):
    # GIVEN the centre prints documents in Russian
    session_id, _ids = held
    # WHEN the report is made into a PDF in the centre's language
    made = session_report_file(db, session_id, today=MADE_ON)
    text = flat(" ".join(pages_text(made.data))).replace("\u00a0", " ")
    # THEN it is Russian, named after the date and programme
    assert made.language == "ru"
    assert made.name == "Отчёт о проведении 10.03.2026 Основы бережливого производства"
    # AND the counts, the organisations, the rounds and their change, the gain and the NPS read exactly
    for expected in ("Записаны 8", "Присутствовали 6", "Завершили программу 6", "Выдано сертификатов 2",
                     "ООО «Ромашка» 5 4 4", "SIA «Latvijas Finieris» 2 2 2", "Без организации 1 0 0",
                     "Итого 8 6 6", "Работники предприятий 5 5 5", "Студенты 2 1 1",
                     "Годные изделия шт 4 9 14 +250 %", "Брак шт 6 2 0 −100 %",
                     "Производительность на оператора в час 1,50 4,50 8,40 +460 %",
                     "Выполнение плана % 25,0 50,0 90,0 +260 %",
                     "Входной тест 51,3 % 4", "Итоговый тест 80,0 % 3", "Прирост знаний +30,0 п. п. 3",
                     "Индекс NPS +25", "Промоутеры (9–10) 2 (50 %)", "Критики (0–6) 1 (25 %)",
                     "Ответили на вопрос 4 из 8",
                     "КИР-2026-00001 Андреев Иван", "КИР-2026-00002 Борисова Анна",
                     "Группа активная, в третьем раунде вышли на план.",
                     "Ņikitina Ūna SIA «Latvijas Finieris» Опоздание Завершено",
                     "Отметка «Отсутствие»", "Отметка «Уважительная причина»",
                     "(данные удалены по запросу)", "Тренеры Иванова Мария Петровна, Bērziņa Līga"):
        assert expected in text, expected
    # AND the long comment is there whole, the voided certificate and the waiting list are not
    assert LONG_COMMENT in text
    assert "КИР-2026-00003" not in text and "Ожидающий" not in text and "Дмитриева" not in text
    # AND only embedded DejaVu fonts are used
    used = fonts(made.data)
    assert {f.name.split("+")[-1] for f in used} <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f.embedded for f in used) and not {f.name.split("+")[-1] for f in used} & BASE_14


def test_the_centres_document_language_words_the_report_unless_another_is_asked(db, held):
    session_id, _ids = held
    set_document_language(db, "lv")
    latvian = session_report_file(db, session_id, today=MADE_ON)
    assert latvian.language == "lv"
    assert "Pārskats par apmācības norisi" in pages_text(latvian.data)[0]
    english = session_report_file(db, session_id, "en", today=MADE_ON)
    assert "Training session report" in pages_text(english.data)[0]


def test_a_session_with_nothing_recorded_yet_makes_a_report_that_says_so(db):
    # GIVEN a planned session with people enrolled and nothing recorded
    session_id, _ids = make_session(db)
    # WHEN its report is gathered and printed
    report = session_report(db, session_id, today=MADE_ON)
    made = session_report_file(db, session_id, "en", today=MADE_ON)
    # THEN nobody attended, nothing was recorded, and each section says so
    assert (report.enrolled, report.attended, report.completed) == (7, 0, 0)
    assert not report.rounds_recorded and report.feedback.nps is None and report.certificates == ()
    text = flat(" ".join(pages_text(made.data)))
    assert text.count("Not recorded.") == 3  # rounds, knowledge gain, feedback
    assert "No certificates were issued." in text
    assert "Not marked" in text


def test_a_programme_without_rounds_says_it_has_none(db):
    session_id, _ids = make_session(db, rounds=0)
    with db.write() as s:
        s.execute(update(TrainingSession).where(TrainingSession.id == session_id).values(trainer_notes=""))
    made = session_report_file(db, session_id, "ru", today=MADE_ON)
    text = flat(" ".join(pages_text(made.data)))
    assert "Программа не предусматривает раундов симуляции." in text
    assert "7. Замечания тренера Данные не внесены." in text


def test_a_multi_day_session_counts_attendance_on_any_day_and_completion_by_the_rule(db):
    # GIVEN a two-day session: Андреев comes both days, Борисова only on day 2, the rest are absent both days
    session_id, ids = make_session(db, days=2)
    for day in (1, 2):
        for name in ("Андреев", "Борисова", "Васильев", "Bērziņš", "Ņikitina", "Григорьев", "Дмитриева"):
            came = name == "Андреев" or (name == "Борисова" and day == 2)
            mark(db, session_id, ids[name], "present" if came else "absent", day_no=day)
    # WHEN the report is gathered
    report = session_report(db, session_id, today=MADE_ON)
    # THEN both attended, only Андреев completed; Борисова is short of day 1
    assert (report.enrolled, report.attended, report.completed) == (7, 2, 1)
    borisova = next(p for p in report.participants if p.full_name == "Борисова Анна")
    assert borisova.marks == ("absent", "present")
    assert borisova.shortfall == Shortfall(1, "absent", 1, 2)
    text = flat(" ".join(pages_text(session_report_file(db, session_id, "ru", today=MADE_ON).data)))
    assert "10.03.2026–11.03.2026 (учебных дней: 2)" in text
    assert "Отметка «Отсутствие» за день 1" in text


def test_a_cancelled_session_and_an_unknown_one_are_refused_with_sentences(db):
    session_id, _ids = make_session(db)
    change_status(db, session_id, "cancelled", reason="Мало участников")
    with pytest.raises(SessionReportError) as cancelled:
        session_report(db, session_id)
    assert error_text(cancelled.value) == (
        "The session «Основы бережливого производства» of 10.03.2026 was cancelled: there is nothing to report.")
    with pytest.raises(SessionReportError) as unknown:
        session_report_file(db, 4242)
    assert error_text(unknown.value) == "There is no session with the number 4242."
