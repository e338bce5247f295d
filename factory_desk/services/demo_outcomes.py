"""What held sessions left behind: attendance per day, round results, tests, feedback and certificates.

Attendance is marked for every day already past (also of a cycle still running); the rest only for
held and reported sessions. Certificates go to those who completed a *reported* session, numbered per
site and year in order of issue, as the register would show them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from factory_desk.domain.models import (
    AttendanceMark,
    Certificate,
    CertificateStatus,
    DocumentLanguage,
    EnrolmentSource,
    Feedback,
    NumberSequence,
    RoundResult,
    SessionStatus,
    TestKind,
    TestResult,
)
from factory_desk.services import demo_corpus as corpus
from factory_desk.services.demo_people import PersonDetail
from factory_desk.services.demo_registry import FactoryInfo, ProgrammeInfo, Registry
from factory_desk.services.demo_sessions import PlannedEnrolment, PlannedSession, start_of

_PRESENT = ("present", "late")  # the built-in statuses that count as present (migration 0002)
_ONE_DAY = (("present", 87), ("late", 4), ("left_early", 2), ("absent", 5), ("excused", 2))
_CYCLE_DAY = (("present", 90), ("late", 3), ("left_early", 1), ("absent", 3), ("excused", 3))
# How strongly a group would recommend the training: most groups love it, some are cooler.
_RECOMMEND = {
    "warm": ((10, 60), (9, 22), (8, 9), (7, 4), (6, 3), (5, 1), (3, 1)),
    "cool": ((10, 40), (9, 25), (8, 15), (7, 8), (6, 7), (5, 3), (4, 2)),
}
PATTERN = "{code}-{year}-{seq:05d}"


@dataclass
class Completion:
    """Someone who completed a reported session: they get a certificate."""

    enrolment: PlannedEnrolment
    planned: PlannedSession


def write_outcomes(
    session: Session, sessions: list[PlannedSession], registry: Registry, today: dt.date, rng: random.Random
) -> list[Completion]:
    """Marks, rounds, tests and feedback; returns who completed a reported session (for certificates)."""
    marks, rounds, tests, feedback = [], [], [], []
    completions: list[Completion] = []
    for planned in sessions:
        if planned.status == SessionStatus.CANCELLED.value or planned.first_day >= today:
            continue
        programme = registry.programmes[planned.programme]
        site = registry.factories[planned.factory]
        past_days = [d for d in planned.days if d < today]
        mood = "cool" if rng.random() < 0.1 else "warm"
        for enrolment in planned.enrolled():
            statuses = _attendance(rng, enrolment, len(past_days), programme.days > 1)
            for day_no, (day, status) in enumerate(zip(past_days, statuses, strict=True), start=1):
                notes = corpus.LV_ATTENDANCE_NOTES if site.latvian else corpus.ATTENDANCE_NOTES
                marks.append({
                    "enrolment_id": enrolment.id, "day_no": day_no, "status_code": status,
                    "note": rng.choice(notes[status]) if status != "present" else "",
                    "marked_at": _local(day, dt.time(9, rng.randint(2, 40)), site),
                    "marked_by_id": registry.coordinator_id,
                })
            if not planned.is_done:
                continue
            began, finished = statuses[0] in _PRESENT, statuses[-1] in _PRESENT
            if began:
                pre = rng.randint(30, 65)
                tests.append(_test(enrolment, TestKind.PRE, pre))
                if finished:
                    tests.append(_test(enrolment, TestKind.POST, min(100, pre + rng.randint(12, 40))))
            if finished and rng.random() < 0.85:
                feedback.append(_feedback(rng, enrolment, planned, site, mood))
            completed = sum(status in _PRESENT for status in statuses) >= programme.min_days
            if completed and planned.status == SessionStatus.REPORTED.value:
                completions.append(Completion(enrolment, planned))
        if planned.is_done:
            rounds.extend(_round_results(rng, planned, programme))
    for model, rows in ((AttendanceMark, marks), (RoundResult, rounds), (TestResult, tests), (Feedback, feedback)):
        if rows:
            session.execute(insert(model), rows)
    return completions


def _attendance(rng: random.Random, enrolment: PlannedEnrolment, days: int, cycle: bool) -> list[str]:
    if enrolment.source == EnrolmentSource.WALK_IN.value:
        return ["present"] * days
    weights = _CYCLE_DAY if cycle else _ONE_DAY
    codes, chances = [c for c, _ in weights], [w for _, w in weights]
    return rng.choices(codes, weights=chances, k=days)


def _test(enrolment: PlannedEnrolment, kind: TestKind, score: int) -> dict[str, object]:
    return {"enrolment_id": enrolment.id, "kind": kind.value, "score": Decimal(score), "max_score": Decimal(100)}


def _feedback(
    rng: random.Random, enrolment: PlannedEnrolment, planned: PlannedSession, site: FactoryInfo, mood: str
) -> dict[str, object]:
    answers = _RECOMMEND[mood]
    recommend = rng.choices([a for a, _ in answers], weights=[w for _, w in answers])[0]
    comments = corpus.LV_FEEDBACK_COMMENTS if site.latvian else corpus.FEEDBACK_COMMENTS
    return {
        "enrolment_id": enrolment.id, "recommend": recommend,
        "comment": rng.choice(comments) if rng.random() < 0.3 else "",
        "submitted_at": _local(planned.last_day, dt.time(16, rng.randint(20, 59)), site),
    }


def _round_results(rng: random.Random, planned: PlannedSession, programme: ProgrammeInfo) -> list[dict[str, object]]:
    """Round 1 shows the wasteful process; each later round closes most of the gap to the good one."""
    if not programme.rounds or not programme.metrics:
        return []
    share = [0.0] + sorted(rng.uniform(0.4, 0.75) for _ in range(programme.rounds - 2)) + [rng.uniform(0.9, 1.0)]
    share = share[: programme.rounds]
    rows: list[dict[str, object]] = []
    by_round: list[dict[str, float]] = [{} for _ in share]
    for metric in programme.metrics:
        start, end = rng.uniform(*metric.start), rng.uniform(*metric.end)
        for round_no, progress in enumerate(share):
            value = round(start + (end - start) * progress, metric.decimals)
            by_round[round_no][metric.code] = value
    for round_no, values in enumerate(by_round, start=1):
        if "order_fulfilled" in values:  # what is shipped can be neither more than ordered nor than made good
            values["order_fulfilled"] = min(values["order_fulfilled"], values.get("order_planned", 1e9),
                                            values.get("good_units", 1e9))
        for metric in programme.metrics:
            rows.append({"session_id": planned.id, "round_no": round_no, "metric_id": metric.id,
                         "value": Decimal(str(values[metric.code]))})
    return rows


def write_certificates(
    session: Session, completions: list[Completion], registry: Registry, details: dict[int, PersonDetail],
    today: dt.date, rng: random.Random,
) -> int:
    """Issue certificates in order, numbered per site and year; one is voided and issued again."""
    events = []
    for order, completion in enumerate(completions):
        assert completion.planned.closed_at is not None
        issued = completion.planned.closed_at + dt.timedelta(minutes=rng.randint(5, 90))
        events.append((issued, order, completion, False))
    if not events:
        return 0
    settled = [e for e in events if e[0] < start_of(today) - dt.timedelta(days=3)]
    voided = rng.choice(settled or events)
    events.append((voided[0] + dt.timedelta(days=2, hours=1), voided[1], voided[2], True))
    events.sort(key=lambda event: (event[0], event[1], event[3]))
    last_values: dict[tuple[int, int], int] = {}
    rows = []
    for issued, _order, completion, reissue in events:
        site = registry.factories[completion.planned.factory]
        year = issued.astimezone(site.utc_offset).year
        sequence = last_values.get((site.index, year), 0) + 1
        last_values[(site.index, year)] = sequence
        number = PATTERN.format(code=site.code, year=year, seq=sequence)
        row = _certificate(completion, registry, details, number, issued, rng)
        if completion is voided[2] and not reissue:
            row.update(status=CertificateStatus.VOIDED.value, void_reason=corpus.VOID_REASON,
                       voided_at=issued + dt.timedelta(days=2), voided_by_id=registry.coordinator_id)
        rows.append(row)
    session.execute(insert(Certificate), rows)
    session.execute(insert(NumberSequence), [
        {"factory_id": registry.factories[index].id, "year": year, "pattern": PATTERN, "last_value": value}
        for (index, year), value in sorted(last_values.items())
    ])
    return len(rows)


def _certificate(
    completion: Completion, registry: Registry, details: dict[int, PersonDetail], number: str,
    issued: dt.datetime, rng: random.Random,
) -> dict[str, object]:
    planned = completion.planned
    site = registry.factories[planned.factory]
    programme = registry.programmes[planned.programme]
    person = details[completion.enrolment.person]
    language = DocumentLanguage.LV if programme.latvian else DocumentLanguage.RU
    snapshot = {
        "number": number, "language": language.value, "full_name": person.full_name,
        "surname": person.surname, "first_name": person.first_name, "patronymic": person.patronymic,
        "organisation": registry.organisations[person.organisation].short_name, "position": person.position,
        "programme": programme.name, "wording": programme.certificate_wording, "hours": programme.hours,
        "dates": [day.isoformat() for day in planned.days],
        "date_text": _date_text(planned.days, programme.latvian),
        "place": f"{site.name}, {site.address}",
        "signatory": {"position": site.signatory[0], "name": site.signatory[1]},
    }
    return {
        "number": number, "enrolment_id": completion.enrolment.id, "template_id": None, "signing_key_id": None,
        "language": language.value, "status": CertificateStatus.ISSUED.value, "snapshot": snapshot,
        "pdf_sha256": None, "issued_at": issued, "issued_by_id": registry.coordinator_id,
        "print_count": 2 if rng.random() < 0.04 else 1, "void_reason": None, "voided_at": None,
        "voided_by_id": None,
    }


def _date_text(days: list[dt.date], latvian: bool) -> str:
    first, last = days[0], days[-1]
    if latvian:
        text = f"{first.year}. gada {first.day}. {corpus.LV_MONTHS[first.month - 1]}"
        return text if first == last else f"{text} – {last.year}. gada {last.day}. {corpus.LV_MONTHS[last.month - 1]}"
    text = f"{last.day} {corpus.RU_MONTHS[last.month - 1]} {last.year} г."
    if first == last:
        return text
    return f"{first.day} {corpus.RU_MONTHS[first.month - 1]} {first.year} г. – {text}"


def _local(day: dt.date, time: dt.time, site: FactoryInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=site.utc_offset).astimezone(dt.UTC)
