"""Tests and feedback: scores and answers saved at once, cleared and refused; the knowledge gain; the NPS of
real groups; only participants holding a place; a closed or cancelled session refusing every change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Feedback,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.domain.models import (
    TestResult as ScoreRecord,
)
from factory_desk.services.evaluation import (
    EvaluationError,
    nps,
    nps_counts,
    scores,
    set_feedback,
    set_test,
    summarise,
)

DAY = dt.date(2026, 11, 12)
NAMES = ("Иванов", "Петрова", "Сидоров", "Абрамова")


def make_session(db, surnames=NAMES, waiting=()):
    """A session with these people holding places (and these waiting); (session id, {surname: person id})."""
    with db.write() as s:
        factory, programme = Factory(name="Фабрика процессов Кириши", code="КИР"), Programme(name="Фабрика процессов")
        employer = Organisation(full_name="АО «Кировский завод»", short_name="Кировский завод")
        s.add_all([factory, programme, employer])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed")
        training.days.append(SessionDay(day_no=1, date=DAY))
        s.add(training)
        people = {name: Person(surname=name, first_name="Анна" if name.endswith("а") else "Иван",
                               organisation=employer) for name in (*surnames, *waiting)}
        s.add_all(people.values())
        s.flush()
        for name in surnames:
            s.add(Enrolment(session_id=training.id, person_id=people[name].id))
        for position, name in enumerate(waiting, 1):
            s.add(Enrolment(session_id=training.id, person_id=people[name].id, status="waitlisted",
                            waitlist_position=position))
        return training.id, {name: person.id for name, person in people.items()}


def row_of(result, person_id):
    return next(row for row in result.rows if row.person_id == person_id)


# --- NPS ---------------------------------------------------------------------------------------------------------

def test_nps_of_all_promoters_is_100_and_of_all_detractors_minus_100():
    assert nps([9, 10, 10, 9]) == 100
    assert nps([0, 6, 3]) == -100
    assert nps([7, 8, 8]) == 0


def test_nps_is_none_when_nobody_answered():
    assert nps([]) is None
    assert nps([None, None]) is None


def test_nps_of_a_mixed_group_counts_only_those_who_answered():
    # 16 people, 13 answered: 8 promoters, 3 passives, 2 detractors → (8 − 2) / 13 = 46.15 % → 46
    answers = [10, 10, 10, 9, 9, 9, 10, 9, 8, 7, 8, 6, 4, None, None, None]
    counts = nps_counts(answers)
    assert (counts.promoters, counts.passives, counts.detractors, counts.answered) == (8, 3, 2, 13)
    assert nps(answers) == 46
    # halves are rounded away from zero: 1 promoter, 0 passives… of 8 answers → 12.5 → 13; the mirror → −13
    assert nps([10, 7, 7, 7, 7, 7, 7, 7]) == 13
    assert nps([0, 7, 7, 7, 7, 7, 7, 7]) == -13


def test_nps_refuses_an_answer_outside_0_to_10():
    with pytest.raises(ValueError, match="0 to 10"):
        nps([11])


# --- scores and feedback -----------------------------------------------------------------------------------------

def test_the_participants_are_listed_alphabetically_without_the_waiting_list(db):
    session_id, people = make_session(db, waiting=("Яковлев",))
    result = scores(db, session_id)
    assert [row.full_name for row in result.rows] == [
        "Абрамова Анна", "Иванов Иван", "Петрова Анна", "Сидоров Иван"]
    assert result.rows[0].organisation == "Кировский завод"
    summary = result.summary
    assert (summary.people, summary.answered, summary.nps_score, summary.average_pre) == (4, 0, None, None)


def test_scores_are_saved_at_once_with_the_knowledge_gain_and_can_be_cleared(db):
    session_id, people = make_session(db)
    row = set_test(db, session_id, people["Иванов"], "pre", Decimal(40), user_name="trainer")
    assert (row.pre, row.post, row.gain) == (40, None, None)
    row = set_test(db, session_id, people["Иванов"], "post", Decimal("72.5"))
    assert (row.gain, row.gain_points) == (Decimal("32.5"), Decimal("32.5"))
    set_test(db, session_id, people["Петрова"], "pre", Decimal(60))
    set_test(db, session_id, people["Петрова"], "post", Decimal(70))
    summary = scores(db, session_id).summary
    assert (summary.pre_count, summary.post_count, summary.gain_count) == (2, 2, 2)
    assert (summary.average_pre, summary.average_post) == (Decimal(50), Decimal("71.25"))
    assert summary.average_gain == Decimal("21.25")

    row = set_test(db, session_id, people["Иванов"], "post", None)
    assert (row.post, row.gain) == (None, None)
    with db.read() as s:
        assert len(s.scalars(select(ScoreRecord)).all()) == 3
        changes = [(e.details["kind"], e.details["from"], e.details["to"]) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "test_score_changed").order_by(AuditEntry.id))]
    assert changes[0] == ("pre", None, "40") and changes[-1] == ("post", "72.5", None)


def test_a_test_out_of_20_has_its_gain_in_points_of_the_maximum(db):
    session_id, people = make_session(db)
    set_test(db, session_id, people["Сидоров"], "pre", Decimal(8), max_score=Decimal(20))
    row = set_test(db, session_id, people["Сидоров"], "post", Decimal(15), max_score=Decimal(20))
    assert (row.gain, row.pre_percent, row.post_percent, row.gain_points) == (7, 40, 75, 35)
    # with the post-test out of 100 instead, points cannot be subtracted, percentages still can
    row = set_test(db, session_id, people["Сидоров"], "post", Decimal(80))
    assert (row.gain, row.gain_points) == (None, 40)


def test_a_score_above_the_maximum_or_negative_and_a_bad_maximum_are_refused_with_sentences(db):
    session_id, people = make_session(db)
    with pytest.raises(ValidationError) as refused:
        set_test(db, session_id, people["Иванов"], "pre", Decimal(101))
    assert str(refused.value) == "A test score is from 0 to 100, not 101."
    with pytest.raises(ValidationError, match="from 0 to 20, not -1"):
        set_test(db, session_id, people["Иванов"], "pre", Decimal(-1), max_score=Decimal(20))
    with pytest.raises(ValidationError, match="maximum score of a test is more than 0"):
        set_test(db, session_id, people["Иванов"], "pre", Decimal(1), max_score=Decimal(0))
    with db.read() as s:
        assert s.scalars(select(ScoreRecord)).all() == []


def test_feedback_is_saved_changed_and_removed_and_the_nps_follows(db):
    session_id, people = make_session(db)
    set_feedback(db, session_id, people["Иванов"], 10, "  Очень  полезно ", user_name="trainer")
    set_feedback(db, session_id, people["Петрова"], 9, "")
    row = set_feedback(db, session_id, people["Сидоров"], 5, "Долго")
    assert (row.recommend, row.comment) == (5, "Долго")
    result = scores(db, session_id)
    assert row_of(result, people["Иванов"]).comment == "Очень полезно"
    assert (result.summary.answered, result.summary.nps_score) == (3, 33)  # (2 − 1) / 3

    set_feedback(db, session_id, people["Сидоров"], 8, "Долго")
    assert scores(db, session_id).summary.nps_score == 67
    set_feedback(db, session_id, people["Абрамова"], None, "Не ответила на вопрос, но оставила комментарий")
    assert scores(db, session_id).summary.answered == 3
    set_feedback(db, session_id, people["Абрамова"], None, "")
    with db.read() as s:
        assert len(s.scalars(select(Feedback)).all()) == 3
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "feedback_changed")).all()) == 6


def test_a_recommendation_of_11_is_refused_with_a_sentence(db):
    session_id, people = make_session(db)
    with pytest.raises(ValidationError) as refused:
        set_feedback(db, session_id, people["Иванов"], 11, "")
    assert str(refused.value) == "The recommendation is a whole number from 0 to 10, not 11."
    with pytest.raises(ValidationError, match="not 8.5"):
        set_feedback(db, session_id, people["Иванов"], Decimal("8.5"), "")
    assert set_feedback(db, session_id, people["Иванов"], Decimal("8.0"), "").recommend == 8


def test_someone_on_the_waiting_list_gets_no_scores(db):
    session_id, people = make_session(db, waiting=("Яковлев",))
    with pytest.raises(EvaluationError) as refused:
        set_test(db, session_id, people["Яковлев"], "pre", Decimal(50))
    assert str(refused.value).startswith("Яковлев Иван does not hold a place in this session")
    with pytest.raises(EvaluationError):
        set_feedback(db, session_id, people["Яковлев"], 10, "")


def test_summarise_of_nobody_has_no_averages_and_no_nps():
    summary = summarise([])
    assert (summary.people, summary.average_pre, summary.average_gain, summary.nps_score) == (0, None, None, None)


@pytest.mark.parametrize("how", ["closed", "cancelled"])
def test_a_closed_or_cancelled_session_refuses_every_change(db, how):
    session_id, people = make_session(db)
    set_test(db, session_id, people["Иванов"], "pre", Decimal(40))
    set_feedback(db, session_id, people["Иванов"], 9, "")
    with db.write() as s:
        values = {"closed_at": dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC)} if how == "closed" else {
            "status": "cancelled", "cancel_reason": "Мало участников"}
        s.execute(update(TrainingSession).where(TrainingSession.id == session_id).values(**values))
    assert scores(db, session_id).closed
    writers = [
        lambda: set_test(db, session_id, people["Иванов"], "pre", Decimal(45)),
        lambda: set_test(db, session_id, people["Иванов"], "post", Decimal(80)),
        lambda: set_test(db, session_id, people["Иванов"], "pre", None),
        lambda: set_feedback(db, session_id, people["Иванов"], 3, ""),
        lambda: set_feedback(db, session_id, people["Иванов"], None, ""),
    ]
    for write in writers:
        with pytest.raises(FactoryDeskError, match="closed|cancelled"):
            write()
    row = row_of(scores(db, session_id), people["Иванов"])
    assert (row.pre, row.post, row.recommend) == (40, None, 9)
