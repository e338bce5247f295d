"""`factory-desk attendance …` and `factory-desk users …`: mark, show with eligibility, scan, close and reopen,
and the roles of logins — sentences or JSON, one-line errors with non-zero exit codes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from factory_desk.cli import main
from factory_desk.domain import clock
from factory_desk.domain.badges import badge_code
from factory_desk.domain.models import AuditEntry, Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.services.enrolment import enrol
from factory_desk.ui.user import desk_user

TODAY = clock.today()


@pytest.fixture
def day(db):
    """A session today with three people enrolled, and a second session of two days."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, lean])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id)
                  for surname in ("Андреев", "Борисов", "Васильев", "Чужой")]
        one = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        one.days.append(SessionDay(day_no=1, date=TODAY))
        two = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        two.days.extend([SessionDay(day_no=1, date=TODAY), SessionDay(day_no=2, date=TODAY + dt.timedelta(days=1))])
        s.add_all([*people, one, two])
        s.flush()
        ids = [p.id for p in people]
        session_ids = one.id, two.id
    enrol(db, session_ids[0], ids[:3])
    enrol(db, session_ids[1], ids[3:])
    return {"session": session_ids[0], "two_days": session_ids[1], "people": ids}


def run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_mark_show_and_close_as_json(db_url, day, capsys):
    session, people = str(day["session"]), day["people"]
    code, out, err = run(capsys, db_url, "attendance", "mark", session, "--status", "present", str(people[0]),
                         str(people[1]), "--json")
    assert code == 0, err
    assert json.loads(out) == [{"person": people[0], "status": "present", "previous": None, "error": None},
                               {"person": people[1], "status": "present", "previous": None, "error": None}]
    # the status may be named in any case, by its name
    code, out, err = run(capsys, db_url, "attendance", "mark", session, "--status", "LEFT EARLY", str(people[2]))
    assert code == 0, err
    assert out.strip() == f"Person {people[2]}: Left early."
    code, out, _err = run(capsys, db_url, "attendance", "show", session, "--json")
    shown = json.loads(out)
    assert [(p["person"], p["status"], p["eligible"]) for p in shown] == [
        (people[0], "present", True), (people[1], "present", True), (people[2], "left_early", False)]
    assert shown[2]["why_not"] == "Marked “Left early”." and "days" not in shown[0]
    code, out, err = run(capsys, db_url, "attendance", "close", session, "--json")
    assert code == 0, err
    closed = json.loads(out)
    assert (closed["status"], closed["eligible"], closed["people"]) == ("held", 2, 3)
    assert [p["person"] for p in closed["not_eligible"]] == [people[2]]


def test_show_as_sentences_and_a_multi_day_session_lists_its_days(db_url, day, capsys):
    run(capsys, db_url, "attendance", "mark", str(day["two_days"]), "--status", "late", str(day["people"][3]))
    code, out, _err = run(capsys, db_url, "attendance", "show", str(day["two_days"]), "--json")
    [person] = json.loads(out)
    assert person["status"] == "late" and person["day"] == 1
    assert person["days"] == [{"day": 1, "status": "late"}, {"day": 2, "status": None}]
    assert person["eligible"] is False
    code, out, _err = run(capsys, db_url, "attendance", "show", str(day["two_days"]))
    lines = out.splitlines()
    assert lines[0] == f"Session {day['two_days']}: «Основы бережливого производства», Фабрика процессов Кириши"
    assert lines[1] == f"Day 1 of 2: {TODAY:%d.%m.%Y}"
    assert lines[2].startswith(f"1. Чужой Иван (id {day['people'][3]}) — Late; not eligible: Not marked on day 2")
    assert lines[-1] == "Eligible for a certificate: 0 of 1."


def test_errors_are_sentences_with_a_non_zero_exit(db_url, day, capsys):
    session, people = str(day["session"]), day["people"]
    code, _out, err = run(capsys, db_url, "attendance", "mark", session, "--status", "present", str(people[3]))
    assert code == 1
    assert err.strip() == ("factory-desk: Чужой Иван has no place in the session «Основы бережливого производства» "
                           f"of {TODAY:%d.%m.%Y}: nobody was marked.")
    code, _out, err = run(capsys, db_url, "attendance", "mark", session, "--status", "sleeping", str(people[0]))
    assert code == 1 and "There is no attendance status “sleeping”" in err
    code, _out, err = run(capsys, db_url, "attendance", "mark", session, "--status", "excused", str(people[0]))
    assert code == 1 and "needs a note" in err
    # several people: the others are marked, the refused one is reported, the exit says something failed
    code, out, _err = run(capsys, db_url, "attendance", "mark", session, "--status", "absent", str(people[0]),
                          str(people[3]), "--json")
    rows = json.loads(out)
    assert code == 1 and rows[0]["status"] == "absent" and "no place" in rows[1]["error"]
    code, _out, err = run(capsys, db_url, "attendance", "close", session)
    assert code == 1 and "Борисов Иван, Васильев Иван" in err


def test_scan_a_right_a_wrong_session_s_and_an_unknown_code(db_url, day, capsys):
    session, people = str(day["session"]), day["people"]
    code, out, err = run(capsys, db_url, "attendance", "scan", session, badge_code(people[1]), "--json")
    assert code == 0, err
    assert json.loads(out) == {"person": people[1], "name": "Борисов Иван", "status": "present", "changed": True,
                               "previous": None}
    code, out, _err = run(capsys, db_url, "attendance", "scan", session, badge_code(people[1]))
    assert out.strip() == f"Борисов Иван (id {people[1]}) was already marked: Present."
    code, _out, err = run(capsys, db_url, "attendance", "scan", session, badge_code(people[3]))
    assert code == 1 and "Чужой Иван is not in the session" in err
    code, _out, err = run(capsys, db_url, "attendance", "scan", session, "12345")
    assert code == 1
    assert err.strip() == "factory-desk: The code 12345 belongs to nobody in the register: nobody was marked."


def test_reopen_needs_a_coordinator_and_leaves_an_audit_record(db, db_url, day, capsys):
    session = str(day["session"])
    run(capsys, db_url, "attendance", "mark", session, "--status", "present", *map(str, day["people"][:3]))
    assert run(capsys, db_url, "attendance", "close", session)[0] == 0
    code, out, err = run(capsys, db_url, "users", "add", desk_user(), "--role", "trainer", "--name", "Анна")
    assert code == 0, err
    code, _out, err = run(capsys, db_url, "attendance", "reopen", session, "--reason", "Опечатка")
    assert code == 1 and "Only a coordinator can reopen a closed session" in err
    code, out, err = run(capsys, db_url, "users", "set-role", desk_user(), "coordinator", "--json")
    assert json.loads(out)["role"] == "coordinator"
    code, out, err = run(capsys, db_url, "attendance", "reopen", session, "--reason", "Опечатка")
    assert code == 0, err
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "session_reopened")).one()
        assert (entry.reason, entry.user_name) == ("Опечатка", "command line")
        assert s.get(TrainingSession, day["session"]).closed_at is None
    code, out, _err = run(capsys, db_url, "users", "list", "--json")
    assert json.loads(out) == {"default_role": "coordinator", "users": [
        {"login": desk_user(), "name": "Анна", "role": "coordinator", "active": True}]}
    code, out, _err = run(capsys, db_url, "users", "list")
    assert out.splitlines() == [f"{desk_user()} — Coordinator (Анна)", "Any other login: Coordinator."]
    code, _out, err = run(capsys, db_url, "users", "add", "x", "--role", "boss")
    assert code == 2 and "is not a choice" in err
