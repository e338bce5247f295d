"""The life of a session, enforced in the service: which status may follow which, reasons, the held date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from factory_desk.domain.models import AuditEntry, Factory, Programme, SessionDay, TrainingSession
from factory_desk.i18n import error_text, install_translators
from factory_desk.services.session_status import StatusError, allowed_next, change_status

DAY = dt.date(2026, 12, 8)


@pytest.fixture
def session_id(db):
    with db.write() as s:
        factory, programme = Factory(name="Фабрика процессов Кириши", code="КИР"), Programme(name="Бережливый офис")
        s.add_all([factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id)
        training.days.append(SessionDay(day_no=1, date=DAY))
        s.add(training)
        s.flush()
        return training.id


def status(db, session_id):
    with db.read() as s:
        return s.get(TrainingSession, session_id).status


def test_a_session_goes_through_its_whole_life_with_an_audit_entry_per_step(db, session_id):
    for new in ("open", "confirmed", "held", "reported"):
        change_status(db, session_id, new, user_name="Координатор", today=DAY)
        assert status(db, session_id) == new
    assert allowed_next("reported") == ()
    with db.read() as s:
        steps = [(e.details["from"], e.details["to"]) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "session_status_changed").order_by(AuditEntry.id))]
    assert steps == [("planned", "open"), ("open", "confirmed"), ("confirmed", "held"), ("held", "reported")]


def test_a_step_the_status_does_not_allow_is_refused_with_a_sentence_in_the_users_language(db, session_id, qapp):
    with pytest.raises(StatusError) as refused:
        change_status(db, session_id, "reported")
    assert str(refused.value) == "The session «Бережливый офис» of 08.12.2026 cannot go from “Planned” to “Reported”."
    install_translators("ru")
    try:
        assert error_text(refused.value) == (
            "Занятие «Бережливый офис» 08.12.2026 нельзя перевести из статуса «Запланировано» в статус «Отчёт сдан».")
    finally:
        install_translators("en")
    assert status(db, session_id) == "planned"


def test_a_cancellation_needs_a_reason_which_the_session_keeps(db, session_id):
    with pytest.raises(StatusError, match="Say why"):
        change_status(db, session_id, "cancelled", reason="  ")
    change_status(db, session_id, "cancelled", reason="Мало участников")
    with db.read() as s:
        training = s.get(TrainingSession, session_id)
        assert (training.status, training.cancel_reason) == ("cancelled", "Мало участников")
    # restored to planned, with a reason; the cancellation reason goes
    change_status(db, session_id, "planned", reason="Организация нашла ещё людей")
    with db.read() as s:
        assert s.get(TrainingSession, session_id).cancel_reason is None


def test_a_session_is_held_only_from_its_first_day(db, session_id):
    change_status(db, session_id, "open")
    change_status(db, session_id, "confirmed")
    with pytest.raises(StatusError, match="before its first day"):
        change_status(db, session_id, "held", today=DAY - dt.timedelta(days=1))
    change_status(db, session_id, "held", today=DAY)
    assert status(db, session_id) == "held"


def test_an_unknown_session_is_a_sentence(db):
    with pytest.raises(StatusError, match="no session with the number 999"):
        change_status(db, 999, "open")
