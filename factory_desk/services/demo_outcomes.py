"""What held sessions left behind: attendance per day, round results, tests, feedback and certificates.

Attendance is marked for every day already past (also of a cycle still running); the rest only for
held and reported sessions. Certificates go to those who completed a *reported* session (closed: its
attendance is locked): they are issued by the certificate register itself, signed, with their PDF's
SHA-256 and their design, so that they reprint and their QR codes verify like any other; then they are
dated back to when the coordinator would have issued them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    CertificateTemplate,
    DocumentLanguage,
    EnrolmentSource,
    Feedback,
    RoundResult,
    SessionStatus,
    SigningKey,
    TestKind,
    TestResult,
)
from factory_desk.services import demo_corpus as corpus
from factory_desk.services.demo_registry import FactoryInfo, ProgrammeInfo, Registry
from factory_desk.services.demo_sessions import PlannedEnrolment, PlannedSession, start_of
from factory_desk.store.database import Database

DEMO_LOGIN = "coordinator"  # the demo's account (demo_registry): who issued its certificates
_ISSUE, _VOID, _AGAIN = 0, 1, 2  # what happens to a session's certificates, in this order on the same moment
_PRESENT = ("present", "late")  # the built-in statuses that count as present (migration 0002)
_ONE_DAY = (("present", 87), ("late", 4), ("left_early", 2), ("absent", 5), ("excused", 2))
_CYCLE_DAY = (("present", 90), ("late", 3), ("left_early", 1), ("absent", 3), ("excused", 3))
# How strongly a group would recommend the training: most groups love it, some are cooler.
_RECOMMEND = {
    "warm": ((10, 60), (9, 22), (8, 9), (7, 4), (6, 3), (5, 1), (3, 1)),
    "cool": ((10, 40), (9, 25), (8, 15), (7, 8), (6, 7), (5, 3), (4, 2)),
}


def write_outcomes(
    session: Session, sessions: list[PlannedSession], registry: Registry, today: dt.date, rng: random.Random
) -> None:
    """Marks, rounds, tests and feedback (certificates follow, once these are saved: `issue_certificates_of`)."""
    marks, rounds, tests, feedback = [], [], [], []
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
        if planned.is_done:
            rounds.extend(_round_results(rng, planned, programme))
    for model, rows in ((AttendanceMark, marks), (RoundResult, rounds), (TestResult, tests), (Feedback, feedback)):
        if rows:
            session.execute(insert(model), rows)


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


def issue_certificates_of(
    db: Database, sessions: list[PlannedSession], registry: Registry, today: dt.date, rng: random.Random,
    step: Callable[[], None], steps: int,
) -> int:
    """Issue the certificates of every reported session through the register (services.certificates), as the
    coordinator would have, session after session in the order they were issued; one is voided and issued again
    two days later. Then the times are set back to when that happened (the service stamps "now"): the
    certificates, the audit entries of their issue, the signing key and the design made on first use. The
    numbers are the service's, per factory and year of the training's last day. `step` is called `steps` times.

    Runs after the demo's main unit of work: each session is one unit of work of the service's."""
    from factory_desk.services.certificates import issue_certificates, void

    reported = [s for s in sessions if s.status == SessionStatus.REPORTED.value and s.closed_at is not None]
    batches = []
    for planned in reported:
        assert planned.closed_at is not None
        batches.append((planned.closed_at + dt.timedelta(minutes=rng.randint(5, 90)), planned.id, planned))
    batches.sort(key=lambda batch: batch[:2])
    # (when, session id, what): _ISSUE a session's certificates, _VOID one of them, _AGAIN issue its holder a new one
    events = [(moment, session_id, _ISSUE) for moment, session_id, _planned in batches]
    if batches:
        settled = [b for b in batches if b[0] < start_of(today) - dt.timedelta(days=3)]
        moment, session_id, _planned = rng.choice(settled or batches)
        events += [(moment + dt.timedelta(days=2), session_id, _VOID),
                   (moment + dt.timedelta(days=2, hours=1), session_id, _AGAIN)]
        events.sort()
    languages = {p.id: (DocumentLanguage.LV if registry.programmes[p.programme].latvian else DocumentLanguage.RU).value
                 for p in reported}
    with db.read() as session:
        audited_before = session.scalar(select(func.max(AuditEntry.id))) or 0
    issued_at: dict[int, dt.datetime] = {}
    voided_at: dict[int, dt.datetime] = {}
    issued_in: dict[int, list[int]] = {}  # session id → its certificates, in number order
    voided_holder: list[int] = []  # the person whose certificate was voided
    done = 0
    for position, (moment, session_id, what) in enumerate(events, start=1):
        if what == _ISSUE:
            result = issue_certificates(db, session_id, language=languages[session_id], user_name=DEMO_LOGIN)
            issued_in[session_id] = [c.id for c in result.issued]
            for order, certificate in enumerate(result.issued):  # a batch takes a few seconds to print
                issued_at[certificate.id] = moment + dt.timedelta(seconds=3 * order)
        elif what == _VOID and issued_in[session_id]:
            victim = rng.choice(issued_in[session_id])
            voided_holder.append(void(db, victim, reason=corpus.VOID_REASON, user_name=DEMO_LOGIN).person_id)
            voided_at[victim] = moment
        elif what == _AGAIN and voided_holder:
            again = issue_certificates(db, session_id, person_ids=voided_holder, language=languages[session_id],
                                       user_name=DEMO_LOGIN)
            for certificate in again.issued:
                issued_at[certificate.id] = moment
        while done < position * steps // len(events):
            step()
            done += 1
    if issued_at:
        _back_to_their_time(db, issued_at, voided_at, audited_before, rng)
    for _ in range(done, steps):
        step()
    return len(issued_at)


def _back_to_their_time(db: Database, issued_at: dict[int, dt.datetime], voided_at: dict[int, dt.datetime],
                        audited_before: int, rng: random.Random) -> None:
    """Set the certificates (and what their issue wrote) back to when the demo says they were issued; a few
    were printed twice."""
    first = min(issued_at.values())
    with db.write() as session:
        session.execute(update(Certificate), [
            {"id": cid, "issued_at": issued_at[cid], "voided_at": voided_at.get(cid),
             "print_count": 2 if rng.random() < 0.04 else 1}
            for cid in sorted(issued_at)
        ])
        numbers = {number: cid for number, cid in session.execute(select(Certificate.number, Certificate.id))}
        moments = []
        for entry_id, action, entity, entity_id, details in session.execute(
                select(AuditEntry.id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.details)
                .where(AuditEntry.id > audited_before)):
            if entity == "certificate" and action == "certificate_voided" and entity_id in voided_at:
                moment = voided_at[entity_id]
            elif entity == "certificate" and entity_id in issued_at:
                moment = issued_at[entity_id]
            else:  # a session's batch: when its last certificate was issued; the key and design: before the first
                ids = [numbers[n] for n in (details or {}).get("numbers", ()) if n in numbers]
                moment = max((issued_at[i] for i in ids if i in issued_at), default=first)
                if entity == "signing_key":
                    session.execute(update(SigningKey).where(SigningKey.id == entity_id).values(created_at=first))
                elif entity == "certificate_template":
                    session.execute(update(CertificateTemplate).where(CertificateTemplate.id == entity_id)
                                    .values(created_at=first, updated_at=first))
            moments.append({"id": entry_id, "at": moment})
        if moments:
            session.execute(update(AuditEntry), moments)


def _local(day: dt.date, time: dt.time, site: FactoryInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=site.utc_offset).astimezone(dt.UTC)
