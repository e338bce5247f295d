"""The demo region: what a coordinator sees in a database filled by `fill_demo`, on both engines."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

import pytest
from documents.pdf_reading import barcodes, flat, pages_text
from sqlalchemy import func, select

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.inn import is_valid_inn
from factory_desk.domain.models import (
    AppUser,
    AttendanceMark,
    AttendanceStatus,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    Feedback,
    ImprovementProject,
    MetricMeasurement,
    NumberSequence,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    ProjectAttachment,
    ProjectFollowUp,
    ProjectMetric,
    ProjectStatus,
    ReviewState,
    RoundMetric,
    RoundResult,
    SessionDay,
    Target,
    Trainer,
    TrainerAbsence,
    TrainingSession,
    factory_municipality,
    project_session,
    session_trainer,
)
from factory_desk.domain.models import TestResult as Score  # pytest would collect a class named Test…
from factory_desk.services import certificates as register
from factory_desk.services import signing
from factory_desk.services.demo import DemoSummary, fill_demo
from factory_desk.services.people import search_people
from factory_desk.services.project_documents import a3_project
from factory_desk.store.database import Database
from factory_desk.store.schema import ensure_current
from factory_desk.store.search_keys import stale_search_keys

TODAY = dt.date(2026, 3, 18)  # a Wednesday, with a group today; the held sessions began in 2025
PEOPLE = 200


def count(db: Database, model) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def table_counts(db: Database) -> dict[str, int]:
    models = (Factory, Programme, Trainer, Organisation, Person, TrainingSession, SessionDay, Enrolment,
              AttendanceMark, RoundResult, Score, Feedback, Certificate, ImprovementProject, Target, AppUser,
              AuditEntry, PoolEntry)
    return {model.__tablename__: count(db, model) for model in models}


def enrolled_per_session(db: Database) -> dict[int, Counter[str]]:
    with db.read() as session:
        rows = session.execute(select(Enrolment.session_id, Enrolment.status))
        found: dict[int, Counter[str]] = defaultdict(Counter)
        for session_id, status in rows:
            found[session_id][status] += 1
        return found


def test_the_default_region_has_what_was_promised(db):
    # GIVEN an empty database at the current schema

    # WHEN the demo is created with its defaults
    summary = fill_demo(db, today=TODAY)

    # THEN the region has sites, programmes, trainers, organisations and people in the promised numbers
    counts = table_counts(db)
    assert 4 <= counts["factory"] <= 6
    assert 8 <= counts["trainer"] <= 12
    assert 25 <= counts["organisation"] <= 40
    assert counts["person"] == 400
    assert 10 <= counts["improvement_project"] <= 15
    assert counts["training_session"] >= 20 and counts["certificate"] > 0 and counts["pool_entry"] > 0
    # AND the summary the command line prints says the same
    assert summary == DemoSummary(
        factories=counts["factory"], programmes=counts["programme"], trainers=counts["trainer"],
        organisations=counts["organisation"], people=400, sessions=counts["training_session"],
        enrolments=counts["enrolment"], certificates=counts["certificate"], projects=counts["improvement_project"],
    )
    with db.read() as session:
        # AND the named programmes exist, the simulations with their round metrics, the cycle over ten days
        programmes = {p.name: p for p in session.scalars(select(Programme))}
        assert {"Фабрика процессов", "Фабрика офисных процессов", "Методы решения проблем",
                "LEAN apmācību cikls"} <= set(programmes)
        production = programmes["Фабрика процессов"]
        assert (production.kind, production.hours, production.days, production.min_group, production.max_group,
                production.rounds) == ("production", 8, 1, 12, 16, 3)
        assert programmes["LEAN apmācību cikls"].days == 10
        for programme in programmes.values():
            metrics = session.scalars(select(RoundMetric).where(RoundMetric.programme_id == programme.id)).all()
            assert bool(metrics) == (programme.rounds > 0), programme.name
        production_metrics = select(RoundMetric).where(RoundMetric.programme_id == production.id)
        codes = {m.code: m for m in session.scalars(production_metrics)}
        assert {"order_planned", "order_fulfilled", "good_units", "defects", "wip", "lead_time", "operators",
                "round_duration"} <= set(codes)
        assert codes["defects"].lower_is_better and not codes["good_units"].lower_is_better
        # AND every site has a code, an address, a specialisation and municipalities it serves; one is in Latgale
        factories = session.scalars(select(Factory)).all()
        assert all(f.code and f.address and f.specialisation and f.municipalities for f in factories)
        assert "КИР" in {f.code for f in factories}
        assert any(f.timezone == "Europe/Riga" for f in factories)
        assert session.scalar(select(func.count()).select_from(factory_municipality)) >= len(factories)
        # AND trainers work at sites and some are away on some days
        assert all(t.factories for t in session.scalars(select(Trainer)))
        assert session.scalar(select(func.count()).select_from(TrainerAbsence)) >= 2
        # AND the coordinator account and an audit entry record the demo, the last one, after the certificates'
        assert session.scalar(select(AppUser.role).where(AppUser.login == "coordinator")) == "coordinator"
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[-1] == "demo_data_created" and actions.count("demo_data_created") == 1
        assert actions.count("certificate_issued") == counts["certificate"]
        # AND this year's targets are set for the year and each quarter
        targets = session.execute(select(Target.measure, Target.quarter).where(Target.year == TODAY.year)).all()
        assert {(m, q) for m in ("people_trained", "sessions", "nps") for q in range(5)} <= set(targets)


def test_every_organisation_has_a_valid_unique_inn_except_latvian_ones(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)

    # WHEN the organisations are listed
    with db.read() as session:
        organisations = session.scalars(select(Organisation)).all()

    # THEN every Russian organisation has a valid ИНН, none twice; Latvian ones have none
    russian = [o for o in organisations if o.region != "Latgale"]
    latvian = [o for o in organisations if o.region == "Latgale"]
    assert russian and latvian
    assert all(o.inn and is_valid_inn(o.inn) for o in russian)
    assert len({o.inn for o in russian}) == len(russian)
    assert all(o.inn is None for o in latvian)
    # AND they have short and full names, a type and a sector; some joined the national project in 2020–2025
    assert all(o.full_name and o.short_name and o.org_type and o.sector for o in organisations)
    years = {o.national_project_since for o in organisations if o.national_project_since}
    assert years and min(years) >= 2020 and max(years) <= 2025
    assert {"enterprise", "municipal", "education", "healthcare", "social", "state_body"} <= {
        o.org_type for o in organisations}


def test_groups_stay_within_their_limits_except_the_waitlisted_and_the_under_filled(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)
    enrolled = enrolled_per_session(db)
    horizon = TODAY + dt.timedelta(days=14)

    with db.read() as session:
        sessions = session.execute(
            select(TrainingSession.id, TrainingSession.status, TrainingSession.min_group, TrainingSession.max_group,
                   TrainingSession.cancel_reason, func.min(SessionDay.date), func.max(SessionDay.date),
                   func.count(SessionDay.id))
            .join(SessionDay, SessionDay.session_id == TrainingSession.id)
            .group_by(TrainingSession.id)
        ).all()
        waitlists = session.execute(
            select(Enrolment.session_id, Enrolment.waitlist_position).where(Enrolment.status == "waitlisted")
        ).all()
        trainers = Counter(session.scalars(select(session_trainer.c.session_id)))
        multi_day = session.scalar(select(func.max(Programme.days)))

    # THEN held, reported and confirmed groups are between their minimum and maximum
    for sid, status, lo, hi, _reason, _first, _last, _days in sessions:
        if status in ("held", "reported", "confirmed"):
            assert lo <= enrolled[sid]["enrolled"] <= hi, (sid, status)
        assert enrolled[sid]["enrolled"] <= hi
        # AND every session has one or two trainers
        assert 1 <= trainers[sid] <= 2
    # AND there are held and reported sessions over the last months, and planned ones ahead
    statuses = Counter(row.status for row in sessions)
    assert statuses["reported"] > 0 and statuses["held"] > 0 and statuses["cancelled"] > 0
    assert all(row.cancel_reason for row in sessions if row.status == "cancelled")
    assert any(row[5] < TODAY - dt.timedelta(days=200) for row in sessions)
    assert any(row[5] > horizon for row in sessions)
    assert all(row[6] < TODAY for row in sessions if row.status in ("held", "reported"))
    # AND a full group has a waitlist numbered from 1
    by_session: dict[int, list[int]] = defaultdict(list)
    for sid, position in waitlists:
        by_session[sid].append(position)
    assert by_session
    for sid, positions in by_session.items():
        assert sorted(positions) == list(range(1, len(positions) + 1))
        assert enrolled[sid]["enrolled"] == next(row.max_group for row in sessions if row.id == sid)
    # AND a group in the coming fortnight is still under its minimum
    assert any(TODAY <= row[5] <= horizon and enrolled[row.id]["enrolled"] < row.min_group for row in sessions)
    # AND the multi-day cycle has one session day per programme day
    assert multi_day == 10
    assert max(row[7] for row in sessions) in (1, 10)


def test_held_sessions_have_attendance_rounds_tests_and_feedback(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)

    with db.read() as session:
        held = session.execute(
            select(TrainingSession.id, Programme.rounds, Programme.days)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .where(TrainingSession.status.in_(("held", "reported")))
        ).all()
        marks = Counter(session.execute(
            select(Enrolment.session_id).join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
        ).scalars())
        enrolled = Counter(session.scalars(select(Enrolment.session_id).where(Enrolment.status == "enrolled")))
        statuses = Counter(session.scalars(select(AttendanceMark.status_code)))
        builtin = set(session.scalars(select(AttendanceStatus.code)))
        unexplained = session.scalar(select(func.count()).select_from(AttendanceMark).where(
            AttendanceMark.status_code == "excused", AttendanceMark.note == ""))
        rounds = session.execute(
            select(RoundResult.session_id, RoundMetric.code, RoundResult.round_no, RoundResult.value)
            .join(RoundMetric, RoundMetric.id == RoundResult.metric_id)
        ).all()
        tests = session.execute(select(Score.enrolment_id, Score.kind, Score.score)).all()
        answers = list(session.scalars(select(Feedback.recommend)))
        comments = [c for c in session.scalars(select(Feedback.comment)) if c]

    # THEN everyone enrolled in a held session has a mark for each of its days
    for sid, _rounds, days in held:
        assert marks[sid] == enrolled[sid] * days
    # AND most were present, some late, absent, left early or excused with a note
    assert set(statuses) == builtin == {"present", "late", "left_early", "absent", "excused"}
    assert statuses["present"] > 0.8 * sum(statuses.values())
    assert unexplained == 0
    # AND each round of each metric was recorded, and the last round beats the first
    by_session = defaultdict(dict)
    for sid, code, round_no, value in rounds:
        by_session[sid][(code, round_no)] = value
    assert {sid for sid, n, _ in held if n} == set(by_session)
    for values in by_session.values():
        assert {n for _, n in values} == {1, 2, 3}
        assert values[("defects", 3)] < values[("defects", 1)]
        assert values[("order_fulfilled", 3)] > values[("order_fulfilled", 1)]
        assert values[("lead_time", 3)] < values[("lead_time", 1)]
    # AND the post-test shows knowledge gained over the pre-test
    scores = defaultdict(dict)
    for enrolment_id, kind, score in tests:
        scores[enrolment_id][kind] = score
    pairs = [s for s in scores.values() if len(s) == 2]
    assert pairs and all(s["post"] > s["pre"] for s in pairs)
    # AND the NPS is as high as centres report, with a few comments in Russian
    nps = 100 * (sum(a >= 9 for a in answers) - sum(a <= 6 for a in answers)) / len(answers)
    assert 60 <= nps <= 90
    assert any(re.search("[а-я]", c) for c in comments)


def test_certificates_are_numbered_per_site_and_year_and_one_is_voided(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)

    with db.read() as session:
        certificates = session.execute(
            select(Certificate, TrainingSession.status, TrainingSession.closed_at, Factory.code, Programme.name)
            .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
            .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .join(Programme, Programme.id == TrainingSession.programme_id)
        ).all()
        sequences = session.execute(
            select(Factory.code, NumberSequence.year, NumberSequence.last_value, NumberSequence.pattern)
            .join(Factory, Factory.id == NumberSequence.factory_id)
        ).all()
        audit = session.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.at)
                                .where(AuditEntry.entity == "certificate")).all()

    # THEN only reported sessions have certificates, numbered «CODE-YEAR-00042», never twice
    assert certificates
    assert {status for _, status, *_ in certificates} == {"reported"}
    numbers = [c.number for c, *_ in certificates]
    assert len(set(numbers)) == len(numbers)
    highest: dict[tuple[str, int], int] = defaultdict(int)
    for certificate, _status, closed_at, code, programme in certificates:
        match = re.fullmatch(r"(.+)-(\d{4})-(\d{5})", certificate.number)
        assert match and match[1] == code
        # AND the year is that of the training's last day, as the register numbers
        assert int(match[2]) == int(certificate.snapshot["last_day"][:4])
        highest[(code, int(match[2]))] = max(highest[(code, int(match[2]))], int(match[3]))
        # AND each was issued by the register: what was printed on it, its design, signature and the PDF's SHA-256
        assert certificate.snapshot["number"] == certificate.number
        assert certificate.snapshot["full_name"] and certificate.snapshot["programme"] == programme
        assert certificate.snapshot["signature"] and certificate.snapshot["template"]
        assert certificate.template_id and certificate.signing_key_id
        assert re.fullmatch("[0-9a-f]{64}", certificate.pdf_sha256 or "")
        # AND in Latvian for the Latvian programmes, in Russian for the others
        assert certificate.language == ("ru" if re.search("[а-яё]", programme.lower()) else "lv"), programme
        # AND dated when the coordinator issued it after closing the session, not when the demo was made
        assert closed_at < certificate.issued_at < closed_at + dt.timedelta(days=3)
        assert certificate.print_count in (1, 2)
    assert {c.language for c, *_ in certificates} == {"lv", "ru"}
    # AND the register's sequences continue after the last number issued
    assert {(code, year): last for code, year, last, _ in sequences} == dict(highest)
    assert {pattern for *_, pattern in sequences} == {"{code}-{year}-{seq:05d}"}
    assert {year for _, year, _, _ in sequences} <= {TODAY.year - 1, TODAY.year}
    # AND one certificate is voided with a reason, and its participant got a new one, later, with a later number
    voided = [c for c, *_ in certificates if c.status == "voided"]
    assert len(voided) == 1 and voided[0].void_reason and voided[0].voided_at
    reissued = [c for c, *_ in certificates if c.enrolment_id == voided[0].enrolment_id and c.status == "issued"]
    assert len(reissued) == 1 and reissued[0].number > voided[0].number
    assert voided[0].issued_at < voided[0].voided_at < reissued[0].issued_at
    # AND numbers grow with the date of issue at each site and year
    for (code, year) in highest:
        line = sorted((c for c, *_, site, _p in certificates if site == code and c.number.startswith(f"{code}-{year}")),
                      key=lambda c: c.number)
        assert [c.issued_at for c in line] == sorted(c.issued_at for c in line)
    # AND the audit log tells the same story at the same times
    by_id = {c.id: c for c, *_ in certificates}
    assert {(action, entity_id) for action, entity_id, _ in audit} == (
        {("certificate_issued", c.id) for c in by_id.values()} | {("certificate_voided", voided[0].id)})
    for action, entity_id, at in audit:
        assert at == (by_id[entity_id].voided_at if action == "certificate_voided" else by_id[entity_id].issued_at)


def test_a_demo_certificate_reprints_and_its_qr_code_verifies(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)
    with db.read() as session:
        rows = session.execute(select(Certificate.number, Certificate.language, Certificate.status)
                               .order_by(Certificate.number)).all()
    russian = next(number for number, language, status in rows if language == "ru" and status == "issued")
    latvian = next(number for number, language, status in rows if language == "lv" and status == "issued")
    voided = next(number for number, _language, status in rows if status == "voided")

    for number in (russian, latvian):
        # WHEN a coordinator reprints one of its certificates
        before = register.certificate(db, number)
        again = register.reprint(db, number, user_name="coordinator")

        # THEN it is the same certificate, from what was printed on it, marked as a duplicate
        assert again.number == number and again.print_count == before.print_count + 1
        text = flat(pages_text(again.pdf)[0])
        assert number in text and before.full_name in text
        # AND the QR code printed on it verifies against the centre's key and register
        codes = barcodes(again.pdf, 0)
        assert len(codes) == 1
        verdict = signing.verify(db, codes[0].text)
        assert verdict.valid and verdict.reason == signing.VALID
        assert (verdict.number, verdict.full_name, verdict.status) == (number, before.full_name, "issued")
        assert verdict.issued_at == before.issued_at
        # AND so does the text the register keeps for it
        assert signing.verify(db, register.qr_text(_snapshot(db, number))).valid

    # AND the voided one verifies as voided and is not printed again
    verdict = signing.verify(db, register.qr_text(_snapshot(db, voided)))
    assert not verdict.valid and verdict.reason == signing.VOIDED and verdict.void_reason
    with pytest.raises(register.CertificateError):
        register.reprint(db, voided)


def _snapshot(db: Database, number: str) -> dict[str, object]:
    with db.read() as session:
        return dict(session.scalar(select(Certificate.snapshot).where(Certificate.number == number)))


def test_projects_cover_every_status_with_metrics_and_follow_ups(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)

    with db.read() as session:
        projects = session.scalars(select(ImprovementProject)).all()
        linked = set(session.scalars(select(project_session.c.project_id)))
        metrics = session.scalars(select(ProjectMetric)).all()
        measured = Counter(session.scalars(select(MetricMeasurement.metric_id)))
        follow_ups = session.scalars(select(ProjectFollowUp)).all()
        photos = session.execute(select(ProjectAttachment.project_id, ProjectAttachment.kind)).all()

    # THEN every status and review state of the register appears, and some projects are overdue
    assert {p.status for p in projects} == {s.value for s in ProjectStatus}
    assert {p.review_state for p in projects} == {s.value for s in ReviewState}
    overdue = [p for p in projects if p.status != "completed" and p.planned_finish < TODAY]
    assert 1 <= len(overdue) < len(projects)
    # AND each belongs to an organisation, most came from a session, completed ones show their effect
    assert all(p.organisation_id and p.title and p.background and p.countermeasures for p in projects)
    assert len(linked) >= len(projects) // 2
    assert all(p.leader_id for p in projects if p.id in linked)
    completed = [p for p in projects if p.status == "completed"]
    assert all(p.actual_finish and p.freed_hours_per_year and p.economic_effect for p in completed)
    # AND each completed project has a photo before and after, which the A3 report draws
    assert sorted(tuple(row) for row in photos) == sorted(
        (p.id, kind) for p in completed for kind in ("photo_after", "photo_before"))
    a3 = a3_project(db, completed[0].id)
    assert (len(a3.photos_before), len(a3.photos_after)) == (1, 1)
    # AND every metric has measurements, from the baseline on
    assert metrics and all(measured[m.id] >= 1 for m in metrics)
    assert any(m.name == "Время ожидания в очереди" and (m.baseline, m.target) == (60, 15) for m in metrics)
    assert any(m.name == "Время обработки заявления" and (m.baseline, m.target) == (40, 20) for m in metrics)
    # AND follow-ups fall 30 and 90 days after, some done with a note, some still due
    by_project = defaultdict(list)
    for follow_up in follow_ups:
        by_project[follow_up.project_id].append(follow_up)
    assert all((b.due_date - a.due_date).days == 60 for a, b in
               (sorted(f, key=lambda f: f.due_date) for f in by_project.values()))
    assert any(f.done_on and f.note for f in follow_ups) and any(f.done_on is None for f in follow_ups)


def test_names_agree_in_gender_and_are_found_by_search(db):
    # GIVEN a demo region
    fill_demo(db, people=PEOPLE, today=TODAY)

    with db.read() as session:
        people = session.execute(
            select(Person.surname, Person.first_name, Person.patronymic, Organisation.region, Person.badge_code,
                   Person.consent_date, Person.consent_form)
            .join(Organisation, Organisation.id == Person.organisation_id)
        ).all()

    # THEN Latvian participants have no patronymic; Russian ones have one that agrees with the surname
    for surname, first_name, patronymic, region, *_ in people:
        assert surname and first_name
        if region == "Latgale":
            assert patronymic == ""
            continue
        female = patronymic.endswith(("вна", "чна", "кызы"))
        assert female or patronymic.endswith(("вич", "ич", "оглы")), patronymic
        last = surname.split("-")[-1]
        if female:
            assert not last.endswith(("ов", "ев", "ёв", "ин", "ский", "цкий")), (surname, patronymic)
        else:
            assert not last.endswith(("ова", "ева", "ёва", "ина", "ская", "цкая")), (surname, patronymic)
    # AND ё, hyphenated surnames, «оглы»/«кызы» and Latvian letters are all there
    surnames = {p.surname for p in people}
    assert any("ё" in s for s in surnames) and any("-" in s for s in surnames)
    assert any(p.patronymic.endswith("оглы") for p in people) and any(p.patronymic.endswith("кызы") for p in people)
    assert {"Bērziņš", "Kalniņa", "Ķiploks", "Šmite", "Žagars"} <= surnames
    # AND badge codes are unique digits; nearly everyone gave consent
    assert len({p.badge_code for p in people}) == len(people) and all(p.badge_code.isdigit() for p in people)
    assert sum(p.consent_date is not None for p in people) > 0.8 * len(people)
    # AND the registry search finds them without diacritics or ё
    assert "Bērziņš Jānis" in [row.full_name for row in search_people(db, "berzins").rows]
    assert any(row.surname == "Семёнов" for row in search_people(db, "семенов").rows)
    assert any(row.surname == "Ķiploks" for row in search_people(db, "kiploks").rows)
    # AND the stored search keys are what the ORM would have written
    with db.engine.connect() as connection:
        assert set(stale_search_keys(connection).values()) == {0}


def test_a_second_run_refuses_and_changes_nothing(db):
    # GIVEN a database that already holds the demo
    fill_demo(db, people=50, today=TODAY)
    before = table_counts(db)

    # WHEN the demo is asked for again
    with pytest.raises(FactoryDeskError) as raised:
        fill_demo(db, people=50, today=TODAY)

    # THEN it says the demo only fills an empty database, and nothing changed
    assert "empty database" in str(raised.value)
    assert table_counts(db) == before


def test_a_cancelled_run_leaves_the_database_empty(db):
    # GIVEN a run whose caller cancels after the first people were written
    reported: list[tuple[int, int]] = []

    # WHEN it is cancelled
    with pytest.raises(FactoryDeskError) as raised:
        fill_demo(db, people=PEOPLE, today=TODAY, progress=lambda done, total: reported.append((done, total)),
                  cancelled=lambda: len(reported) >= 2)

    # THEN it says so, and nothing at all was saved
    assert str(raised.value) == "The demo data was not created: cancelled."
    assert reported[0][0] == 0
    assert set(table_counts(db).values()) == {0}
    # AND the emptied database still takes the demo afterwards
    assert fill_demo(db, people=PEOPLE, today=TODAY).people == PEOPLE


def test_once_saved_a_cancel_no_longer_stops_the_certificates(db):
    # GIVEN a caller that cancels once the demo's data are saved, while its certificates are being issued
    reported: list[tuple[int, int]] = []

    def cancelled() -> bool:
        done, total = reported[-1]
        return done >= total - 5  # the last five steps: issuing the certificates, then the audit entry

    # WHEN the demo runs
    summary = fill_demo(db, people=PEOPLE, today=TODAY, progress=lambda done, total: reported.append((done, total)),
                        cancelled=cancelled)

    # THEN it finishes: every reported session's certificates are issued and the demo is in the audit log
    assert reported[-1][0] == reported[-1][1] and cancelled()
    assert summary.certificates == count(db, Certificate) > 0
    with db.read() as session:
        assert session.scalar(select(AuditEntry.details).where(AuditEntry.action == "demo_data_created"))[
            "certificates"] == summary.certificates


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """What a user sees, without database ids."""
    with db.read() as session:
        return {
            "people": session.execute(select(Person.badge_code, Person.surname, Person.first_name, Person.patronymic,
                                             Person.position, Person.email, Person.consent_date)
                                      .order_by(Person.badge_code)).all(),
            "sessions": session.execute(
                select(Factory.code, Programme.name, TrainingSession.status, SessionDay.date)
                .join(Factory, Factory.id == TrainingSession.factory_id)
                .join(Programme, Programme.id == TrainingSession.programme_id)
                .join(SessionDay, SessionDay.session_id == TrainingSession.id)
                .order_by(SessionDay.date, Factory.code, Programme.name)).all(),
            # (not their signatures, PDFs' SHA-256 or keys: a new key signs each new database)
            "certificates": session.execute(select(Certificate.number, Certificate.status, Certificate.issued_at,
                                                   Certificate.voided_at, Certificate.language,
                                                   Certificate.print_count, Person.badge_code)
                                            .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
                                            .join(Person, Person.id == Enrolment.person_id)
                                            .order_by(Certificate.number)).all(),
            "projects": session.execute(select(ImprovementProject.title, ImprovementProject.status,
                                               ImprovementProject.planned_finish)
                                        .order_by(ImprovementProject.title, ImprovementProject.planned_finish)).all(),
            "inns": session.execute(select(Organisation.inn).order_by(Organisation.full_name)).all(),
        }


def test_the_same_seed_gives_the_same_region(db, tmp_path):
    # GIVEN the demo made with one seed on the engine under test
    fill_demo(db, people=120, seed=7, today=TODAY)

    # WHEN it is made again with the same seed in another database (and with another seed in a third)
    same = Database(f"sqlite:///{tmp_path / 'same.sqlite'}")
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        for database, seed in ((same, 7), (other, 8)):
            ensure_current(database.engine)
            fill_demo(database, people=120, seed=seed, today=TODAY)

        # THEN the same seed gives the same people, calendar, certificates and projects
        assert snapshot(same) == snapshot(db)
        # AND another seed gives other people
        assert snapshot(other)["people"] != snapshot(db)["people"]
    finally:
        same.dispose()
        other.dispose()


def test_a_larger_region_reports_progress_and_keeps_the_calendar_at_the_sites_cadence(db):
    # GIVEN a caller that watches progress
    reported: list[tuple[int, int]] = []

    # WHEN the demo is made with thousands of people
    summary = fill_demo(db, people=3_000, today=TODAY, progress=lambda done, total: reported.append((done, total)))

    # THEN all of them are there, and no site runs more groups a week than its cadence allows
    assert count(db, Person) == 3_000
    with db.read() as session:
        weeks = Counter(session.execute(
            select(TrainingSession.factory_id, SessionDay.date)
            .join(SessionDay, SessionDay.session_id == TrainingSession.id)
            .where(SessionDay.day_no == 1)
        ).all())
    per_week = Counter((factory_id, day.isocalendar()[:2]) for factory_id, day in weeks)
    assert max(per_week.values()) <= 4
    assert summary.sessions == sum(weeks.values())
    # AND progress went from 0 to the total, step by step
    assert reported[0][0] == 0 and reported[-1][0] == reported[-1][1]
    assert [done for done, _ in reported] == sorted(done for done, _ in reported)
    assert len(reported) >= 5
