"""Tests and feedback of a session: each participant's pre-test and post-test score (the knowledge gain) and
their feedback form (the 0–10 "would you recommend" answer and a comment), with the session's summary and its
Net Promoter Score.

`nps` and `summarise` are pure, for the reports to reuse. Every change is saved at once and written to the
audit log with the value before and after: a session has some 16 people and four answers each, so the log
keeps every correction without flooding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    EnrolmentStatus,
    Feedback,
    Organisation,
    Person,
    SessionStatus,
    TestKind,
    TestResult,
    TrainingSession,
)
from factory_desk.domain.models.base import utcnow
from factory_desk.domain.text import full_name, normalize_spaces
from factory_desk.services.organisations import organisation_name
from factory_desk.services.session_status import locked_session, require_day_open
from factory_desk.store.database import Database

__all__ = [
    "DEFAULT_MAX_SCORE", "EvaluationError", "MAX_COMMENT", "MAX_MAX_SCORE", "NpsCounts", "ScoreRow", "Scores",
    "ScoresSummary", "nps", "nps_counts", "scores", "set_feedback", "set_test", "summarise",
]

DEFAULT_MAX_SCORE = Decimal(100)
MAX_MAX_SCORE = Decimal(1000)
MAX_COMMENT = 2000
PROMOTERS = range(9, 11)  # 9–10
DETRACTORS = range(0, 7)  # 0–6; 7–8 are passives
_HUNDRED = Decimal(100)


class EvaluationError(FactoryDeskError):
    """A score or feedback answer that cannot be recorded as asked."""


@dataclass(frozen=True)
class NpsCounts:
    promoters: int
    passives: int
    detractors: int

    @property
    def answered(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> int | None:
        """% promoters − % detractors, rounded to a whole number (halves away from zero); None when nobody
        answered."""
        if not self.answered:
            return None
        exact = Decimal(self.promoters - self.detractors) * _HUNDRED / Decimal(self.answered)
        return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def nps_counts(values: Iterable[int | None]) -> NpsCounts:
    """Promoters (9–10), passives (7–8) and detractors (0–6) among the answers; None (no answer) is left out."""
    answers = [value for value in values if value is not None]
    for value in answers:
        if not 0 <= value <= 10:
            raise ValueError(f"a recommendation is 0 to 10, not {value}")
    promoters = sum(value in PROMOTERS for value in answers)
    detractors = sum(value in DETRACTORS for value in answers)
    return NpsCounts(promoters, len(answers) - promoters - detractors, detractors)


def nps(values: Iterable[int | None]) -> int | None:
    """The Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6) over those who answered,
    a whole number from −100 to +100; None when nobody answered."""
    return nps_counts(values).score


@dataclass(frozen=True)
class ScoreRow:
    """One participant's tests and feedback. Scores are out of their own maximum (100 unless said otherwise)."""

    person_id: int
    enrolment_id: int
    full_name: str
    organisation: str
    pre: Decimal | None
    pre_max: Decimal | None
    post: Decimal | None
    post_max: Decimal | None
    recommend: int | None
    comment: str

    @property
    def gain(self) -> Decimal | None:
        """Post − pre in points, when both tests were scored out of the same maximum."""
        if self.pre is None or self.post is None or self.pre_max != self.post_max:
            return None
        return self.post - self.pre

    @property
    def gain_points(self) -> Decimal | None:
        """The gain in percentage points of the maximum (comparable across maximums)."""
        pre, post = self.pre_percent, self.post_percent
        return None if pre is None or post is None else post - pre

    @property
    def pre_percent(self) -> Decimal | None:
        return _percent(self.pre, self.pre_max)

    @property
    def post_percent(self) -> Decimal | None:
        return _percent(self.post, self.post_max)


@dataclass(frozen=True)
class ScoresSummary:
    """The session's averages (in % of each test's maximum), and its NPS."""

    people: int
    pre_count: int
    post_count: int
    average_pre: Decimal | None
    average_post: Decimal | None
    gain_count: int  # people with both tests
    average_gain: Decimal | None  # percentage points
    nps: NpsCounts

    @property
    def answered(self) -> int:
        return self.nps.answered

    @property
    def nps_score(self) -> int | None:
        return self.nps.score


@dataclass(frozen=True)
class Scores:
    session_id: int
    rows: tuple[ScoreRow, ...]
    summary: ScoresSummary
    status: str
    closed: bool  # closed, or cancelled: nothing can be changed


def _percent(score: Decimal | None, maximum: Decimal | None) -> Decimal | None:
    return None if score is None or not maximum else score / maximum * _HUNDRED


def _average(values: Sequence[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


def summarise(rows: Sequence[ScoreRow]) -> ScoresSummary:
    """Averages and NPS of the rows (the screen calls it again after each change)."""
    pre = [p for row in rows if (p := row.pre_percent) is not None]
    post = [p for row in rows if (p := row.post_percent) is not None]
    gains = [g for row in rows if (g := row.gain_points) is not None]
    return ScoresSummary(len(rows), len(pre), len(post), _average(pre), _average(post), len(gains), _average(gains),
                         nps_counts(row.recommend for row in rows))


def _rows(session: Session, session_id: int, enrolment_id: int | None = None) -> list[ScoreRow]:
    statement = (
        select(Enrolment.person_id, Enrolment.id, Person.surname, Person.first_name, Person.patronymic,
               organisation_name())
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value)
        .order_by(Person.sort_key, Person.id))
    if enrolment_id is not None:
        statement = statement.where(Enrolment.id == enrolment_id)
    people = session.execute(statement).all()
    ids = [row[1] for row in people]
    tests = {(eid, kind): (score, maximum) for eid, kind, score, maximum in session.execute(
        select(TestResult.enrolment_id, TestResult.kind, TestResult.score, TestResult.max_score)
        .where(TestResult.enrolment_id.in_(ids)))}
    answers = {eid: (recommend, comment) for eid, recommend, comment in session.execute(
        select(Feedback.enrolment_id, Feedback.recommend, Feedback.comment).where(Feedback.enrolment_id.in_(ids)))}
    rows = []
    for person_id, eid, surname, first, patronymic, organisation in people:
        pre, pre_max = tests.get((eid, TestKind.PRE.value), (None, None))
        post, post_max = tests.get((eid, TestKind.POST.value), (None, None))
        recommend, comment = answers.get(eid, (None, ""))
        rows.append(ScoreRow(person_id, eid, full_name(surname, first, patronymic), organisation or "",
                             pre, pre_max, post, post_max, recommend, comment))
    return rows


def scores(db: Database, session_id: int) -> Scores:
    """Everyone holding a place in the session, alphabetically, with their tests and feedback; the summary."""
    with db.read() as session:
        found = session.execute(select(TrainingSession.status, TrainingSession.closed_at)
                                .where(TrainingSession.id == session_id)).one_or_none()
        if found is None:
            raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                                  id=session_id)
        rows = _rows(session, session_id)
    status, closed_at = found
    return Scores(session_id, tuple(rows), summarise(rows), status,
                  closed_at is not None or status == SessionStatus.CANCELLED.value)


def _place(session: Session, session_id: int, person_id: int) -> Enrolment:
    """The person's enrolment holding a place in the (locked, open) session; a sentence when there is none."""
    enrolment = session.scalar(select(Enrolment).where(
        Enrolment.session_id == session_id, Enrolment.person_id == person_id,
        Enrolment.status == EnrolmentStatus.ENROLLED.value))
    if enrolment is None:
        person = session.get(Person, person_id)
        raise EvaluationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} does not hold a place in this session: scores and feedback are recorded only for "
                      "its participants."),
            name=person.full_name if person is not None else "№ " + str(person_id))
    return enrolment


def _audit(session: Session, session_id: int, user_name: str, action: str, details: dict[str, object]) -> None:
    session.add(AuditEntry(action=action, entity="training_session", entity_id=session_id, user_name=user_name,
                           details=details))


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def set_test(db: Database, session_id: int, person_id: int, kind: str, score: Decimal | None,
             max_score: Decimal = DEFAULT_MAX_SCORE, *, user_name: str = "") -> ScoreRow:
    """Save a pre-test or post-test score at once (None clears it); the participant's row as it now is."""
    if kind not in (TestKind.PRE.value, TestKind.POST.value):
        raise ValueError(f"a test is 'pre' or 'post', not {kind!r}")
    max_score = Decimal(max_score)
    if not 0 < max_score <= MAX_MAX_SCORE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The maximum score of a test is more than 0 and at most {limit}."), field="max_score",
            limit=MAX_MAX_SCORE)
    if score is not None:
        score = Decimal(score).quantize(Decimal("0.01"))  # as the column keeps it
        if score < 0 or score > max_score:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A test score is from 0 to {maximum}, not {score}."), field="score",
                maximum=_text(max_score), score=_text(score))
    with db.write() as session:
        require_day_open(session, locked_session(session, session_id))
        enrolment = _place(session, session_id, person_id)
        result = session.scalar(select(TestResult).where(TestResult.enrolment_id == enrolment.id,
                                                         TestResult.kind == kind))
        before = (result.score, result.max_score) if result is not None else (None, None)
        after = (score, max_score) if score is not None else (None, None)
        if before != after:
            if score is None:
                session.delete(result)
            elif result is None:
                session.add(TestResult(enrolment_id=enrolment.id, kind=kind, score=score, max_score=max_score))
            else:
                result.score, result.max_score = score, max_score
            _audit(session, session_id, user_name, "test_score_changed", {
                "person_id": person_id, "kind": kind, "from": _text(before[0]), "to": _text(after[0]),
                "max_from": _text(before[1]), "max_to": _text(after[1])})
            session.flush()
        return _rows(session, session_id, enrolment.id)[0]


def set_feedback(db: Database, session_id: int, person_id: int, recommend: int | Decimal | None, comment: str = "",
                 *, user_name: str = "") -> ScoreRow:
    """Save a participant's feedback at once: the 0–10 recommendation (None: not answered) and a comment; with
    neither, the form is removed. The participant's row as it now is."""
    if recommend is not None:
        if recommend != int(recommend) or not 0 <= recommend <= 10:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The recommendation is a whole number from 0 to 10, not {value}."), field="recommend",
                value=format(recommend, "f") if isinstance(recommend, Decimal) else recommend)
        recommend = int(recommend)
    comment = normalize_spaces(comment)
    if len(comment) > MAX_COMMENT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A comment is at most {limit} characters long."), field="comment", limit=MAX_COMMENT)
    with db.write() as session:
        require_day_open(session, locked_session(session, session_id))
        enrolment = _place(session, session_id, person_id)
        form = session.scalar(select(Feedback).where(Feedback.enrolment_id == enrolment.id))
        before = (form.recommend, form.comment) if form is not None else (None, "")
        if before != (recommend, comment):
            if recommend is None and not comment:
                session.delete(form)
            elif form is None:
                session.add(Feedback(enrolment_id=enrolment.id, recommend=recommend, comment=comment))
            else:
                form.recommend, form.comment, form.submitted_at = recommend, comment, utcnow()
            _audit(session, session_id, user_name, "feedback_changed", {
                "person_id": person_id, "recommend_from": before[0], "recommend_to": recommend,
                "comment_from": before[1], "comment_to": comment})
            session.flush()
        return _rows(session, session_id, enrolment.id)[0]
