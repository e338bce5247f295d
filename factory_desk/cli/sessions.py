"""Training sessions on the command line: list, create, show, enrol, withdraw and cancel."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from factory_desk.cli.common import (
    COMMAND_LINE_USER,
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    _factory_id,
    _named,
    _opened,
    _Parser,
    _print_json,
    _say,
    _status_word,
)
from factory_desk.domain import clock
from factory_desk.domain.text import day_text, time_text
from factory_desk.i18n import error_text, translate


def _date(value: str) -> dt.date:
    """A date written as YYYY-MM-DD or DD.MM.YYYY; one sentence otherwise."""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise UsageError(translate("CommandLine", "“{value}” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.")
                     .format(value=value))


def _clock(value: str) -> dt.time:
    try:
        return dt.datetime.strptime(value.strip(), "%H:%M").time()
    except ValueError:
        raise UsageError(translate("CommandLine", "“{value}” is not a time of day: write it as HH:MM.")
                         .format(value=value)) from None


def _hours_text(starts: dt.time, ends: dt.time) -> str:
    return f"{time_text(starts)}–{time_text(ends)}"


def _programme_id(choices: Any, name: str) -> int:
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

    return _named(name, [(p.id, p.name, (p.name,)) for p in choices.programmes],
                  QT_TRANSLATE_NOOP("Errors", "No programme named “{name}” is in the database."),
                  QT_TRANSLATE_NOOP("Errors", "Several programmes are named “{name}”: {candidates}."),
                  QT_TRANSLATE_NOOP("Errors", "No programme is named “{name}”; similar names: {candidates}."))


def _trainer_id(choices: Any, name: str) -> int:
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

    # A trainer is named in full, or by the surname alone when no other trainer has it.
    return _named(name, [(t.id, t.name, (t.name, t.name.split()[0] if t.name else "")) for t in choices.trainers],
                  QT_TRANSLATE_NOOP("Errors", "No trainer named “{name}” is in the database."),
                  QT_TRANSLATE_NOOP("Errors", "Several trainers are named “{name}”: {candidates}. Give the full "
                                              "name."),
                  QT_TRANSLATE_NOOP("Errors", "No trainer is named “{name}”; similar names: {candidates}."))


def cmd_sessions_list(args: argparse.Namespace) -> int:
    from factory_desk.services.calendar import entries_between
    from factory_desk.services.reference import choices

    first = _date(args.date_from) if args.date_from else clock.today()
    last = _date(args.date_to) if args.date_to else first + dt.timedelta(days=30)
    if last < first:
        raise UsageError(translate("CommandLine", "--to ({last}) comes before --from ({first}).").format(
            first=day_text(first), last=day_text(last)))
    with _opened(args) as db:
        factory_id = _factory_id(choices(db, include_inactive=True), args.factory) if args.factory else None
        entries = entries_between(db, first, last, factory_id=factory_id)
    sessions: dict[int, dict[str, Any]] = {}
    for entry in entries:  # one entry per day: a session of several days is listed once, with its days
        found = sessions.setdefault(entry.session_id, {
            "id": entry.session_id, "programme": entry.programme, "factory": entry.factory, "status": entry.status,
            "dates": [], "days": entry.days, "starts_at": time_text(entry.starts_at),
            "ends_at": time_text(entry.ends_at), "enrolled": entry.enrolled, "waitlisted": entry.waitlisted,
            "min": entry.min_group, "max": entry.max_group,
            "trainers": entry.trainers.split(", ") if entry.trainers else []})
        found["dates"].append(entry.date.isoformat())
    if args.json:
        _print_json(list(sessions.values()))
        return EXIT_OK
    if not sessions:
        _say(translate("CommandLine", "No sessions from {first} to {last}."), first=day_text(first),
             last=day_text(last))
        return EXIT_OK
    for found in sessions.values():
        _say(translate("CommandLine", "{dates} {hours}  «{programme}», {factory} — {status}; enrolled {enrolled} "
                                      "of {max}, waiting {waitlisted} (session {id})"),
             dates=", ".join(day_text(dt.date.fromisoformat(d)) for d in found["dates"]),
             hours=f"{found['starts_at']}–{found['ends_at']}", programme=found["programme"],
             factory=found["factory"], status=_status_word(found["status"]), enrolled=found["enrolled"],
             max=found["max"], waitlisted=found["waitlisted"], id=found["id"])
    _say(translate("CommandLine", "Sessions: {count}."), count=len(sessions))
    return EXIT_OK


def cmd_sessions_create(args: argparse.Namespace) -> int:
    from factory_desk.services.reference import choices
    from factory_desk.services.sessions import SessionDraft, create_session

    dates = [_date(value) for value in args.date]
    starts, ends = _clock(args.starts), _clock(args.ends)
    reason = args.reason or ""
    with _opened(args) as db:
        known = choices(db, include_inactive=True)
        draft = SessionDraft(programme_id=_programme_id(known, args.programme),
                             factory_id=_factory_id(known, args.factory), dates=dates, starts_at=starts,
                             ends_at=ends, trainer_ids=[_trainer_id(known, name) for name in args.trainer or ()],
                             min_group=args.min, max_group=args.max, group_size_reason=reason)
        session_id = create_session(db, draft, override_reason=reason, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"id": session_id})
    else:
        _say(translate("CommandLine", "Session {id} was created."), id=session_id)
    return EXIT_OK


def cmd_sessions_show(args: argparse.Namespace) -> int:
    from factory_desk.services.enrolment import session_roster
    from factory_desk.services.sessions import get_session

    with _opened(args) as db:
        details = get_session(db, args.id)
        roster = session_roster(db, args.id)
    enrolled = [row for row in roster if row.status == "enrolled"]
    waiting = [row for row in roster if row.status == "waitlisted"]
    if args.json:
        _print_json({
            "id": details.id, "programme": details.programme, "factory": details.factory,
            "dates": [date.isoformat() for date in details.dates], "starts_at": time_text(details.starts_at),
            "ends_at": time_text(details.ends_at), "status": details.status,
            "cancel_reason": details.cancel_reason or None, "min": details.min_group, "max": details.max_group,
            "trainers": list(details.trainers), "notes": details.notes,
            "enrolled": [row.person_id for row in enrolled], "waitlist": [row.person_id for row in waiting]})
        return EXIT_OK
    _say(translate("CommandLine", "Session {id}: «{programme}», {factory}"), id=details.id,
         programme=details.programme, factory=details.factory)
    _say(translate("CommandLine", "Days: {dates}, {hours}"), dates=", ".join(day_text(d) for d in details.dates),
         hours=_hours_text(details.starts_at, details.ends_at))
    if details.cancel_reason:
        _say(translate("CommandLine", "Status: {status} ({reason})"), status=_status_word(details.status),
             reason=details.cancel_reason)
    else:
        _say(translate("CommandLine", "Status: {status}"), status=_status_word(details.status))
    _say(translate("CommandLine", "Group: {min}–{max} people; enrolled {enrolled}, waiting {waitlisted}"),
         min=details.min_group, max=details.max_group, enrolled=len(enrolled), waitlisted=len(waiting))
    _say(translate("CommandLine", "Trainers: {names}"), names=", ".join(details.trainers)
         or translate("CommandLine", "none assigned yet"))
    for heading, rows in ((translate("CommandLine", "Enrolled:"), enrolled),
                          (translate("CommandLine", "Waiting list:"), waiting)):
        if rows:
            print(heading)
        for row in rows:
            name = translate("CommandLine", "{name} — {organisation}").format(
                name=row.full_name, organisation=row.organisation) if row.organisation else row.full_name
            line = translate("CommandLine", "{name} (id {id})").format(name=name, id=row.person_id)
            print(f"  {row.waitlist_position}. {line}" if row.waitlist_position is not None else f"  {line}")
    return EXIT_OK


def cmd_sessions_enrol(args: argparse.Namespace) -> int:
    from factory_desk.services.enrolment import enrol, session_roster

    people = list(dict.fromkeys(args.people))
    with _opened(args) as db:
        result = enrol(db, args.id, people, user_name=COMMAND_LINE_USER, override_reason=args.reason or "",
                       on_conflict="refuse")
        before = {row.person_id: row for row in session_roster(db, args.id)} if result.already else {}
    outcome: dict[int, dict[str, Any]] = {}
    for person in result.enrolled:
        outcome[person] = {"person": person, "result": "enrolled", "reason": "", "position": None}
    for person, position in result.waitlisted:
        outcome[person] = {"person": person, "result": "waitlisted", "reason": "", "position": position}
    for refusal in result.refused:
        outcome[refusal.person_id] = {"person": refusal.person_id, "result": "refused",
                                      "reason": error_text(refusal.error), "position": None}
    for person in result.already:
        there = before.get(person)
        waiting = there is not None and there.status == "waitlisted"
        outcome[person] = {
            "person": person, "result": "waitlisted" if waiting else "enrolled",
            "reason": translate("CommandLine", "Already on the waiting list: left as it was.") if waiting
            else translate("CommandLine", "Already enrolled: left as it was."),
            "position": there.waitlist_position if there is not None else None}
    rows = [outcome[person] for person in people]
    if args.json:
        _print_json(rows)
    else:
        for promotion in result.promoted:
            _say(translate("CommandLine", "{name} (id {id}) took a free place from the waiting list."),
                 name=promotion.full_name, id=promotion.person_id)
        for line in rows:
            if line["result"] == "refused":
                _say(translate("CommandLine", "Person {id}: refused. {reason}"), id=line["person"],
                     reason=line["reason"])
            elif line["reason"]:
                _say(translate("CommandLine", "Person {id}: {reason}"), id=line["person"], reason=line["reason"])
            elif line["result"] == "waitlisted":
                _say(translate("CommandLine", "Person {id}: on the waiting list, number {position}."),
                     id=line["person"], position=line["position"])
            else:
                _say(translate("CommandLine", "Person {id}: enrolled."), id=line["person"])
    return EXIT_OK if any(line["result"] != "refused" for line in rows) else EXIT_FAILED


def cmd_sessions_withdraw(args: argparse.Namespace) -> int:
    from factory_desk.services.enrolment import withdraw

    reason = args.reason or translate("CommandLine", "Withdrawn on request.")
    with _opened(args) as db:
        promotion = withdraw(db, args.id, args.person, reason=reason, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"session": args.id, "person": args.person, "withdrawn": True,
                     "promoted": promotion.person_id if promotion else None})
        return EXIT_OK
    _say(translate("CommandLine", "Person {person} was withdrawn from session {id}."), person=args.person,
         id=args.id)
    if promotion is not None:
        _say(translate("CommandLine", "{name} (id {person}) moved up from the waiting list into the place."),
             name=promotion.full_name, person=promotion.person_id)
    else:
        _say(translate("CommandLine", "Nobody was promoted from the waiting list."))
    return EXIT_OK


def cmd_sessions_cancel(args: argparse.Namespace) -> int:
    from factory_desk.domain.models import SessionStatus
    from factory_desk.services.session_status import change_status

    with _opened(args) as db:
        change = change_status(db, args.id, SessionStatus.CANCELLED.value, reason=args.reason,
                               user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"id": args.id, "status": change.new, "previous": change.old})
    else:
        _say(translate("CommandLine", "Session {id} is cancelled."), id=args.id)
    return EXIT_OK


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the sessions commands to the command line; `common` holds --db and --json."""
    sessions = commands.add_parser("sessions", parents=[common],
                                   help=translate("CommandLine", "training sessions and who is enrolled"))
    session_actions = sessions.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"),
                                              required=True, parser_class=_Parser)
    date_help = translate("CommandLine", "YYYY-MM-DD or DD.MM.YYYY")
    sessions_list = session_actions.add_parser(
        "list", parents=[common], help=translate("CommandLine", "sessions in a range of days, by date"))
    sessions_list.add_argument("--from", dest="date_from", metavar=translate("CommandLine", "DATE"),
                               help=translate("CommandLine", "the first day (default: today); {format}").format(
                                   format=date_help))
    sessions_list.add_argument("--to", dest="date_to", metavar=translate("CommandLine", "DATE"),
                               help=translate("CommandLine", "the last day (default: 30 days after the first)"))
    sessions_list.add_argument("--factory", metavar=translate("CommandLine", "NAME"),
                               help=translate("CommandLine", "only this factory's sessions (its name or code)"))
    sessions_list.set_defaults(run=cmd_sessions_list)
    sessions_create = session_actions.add_parser(
        "create", parents=[common], help=translate("CommandLine", "plan a new session; prints its id"))
    sessions_create.add_argument("--date", action="append", required=True, metavar=translate("CommandLine", "DATE"),
                                 help=translate("CommandLine", "the day ({format}); repeat for each day of a "
                                                               "programme of several days").format(format=date_help))
    sessions_create.add_argument("--factory", required=True, metavar=translate("CommandLine", "NAME"),
                                 help=translate("CommandLine", "the factory's name or code"))
    sessions_create.add_argument("--programme", "--program", required=True, metavar=translate("CommandLine", "NAME"),
                                 help=translate("CommandLine", "the programme's name"))
    sessions_create.add_argument("--trainer", action="append", metavar=translate("CommandLine", "NAME"),
                                 help=translate("CommandLine", "a trainer's full name or surname; repeat for "
                                                               "several, the lead trainer first"))
    sessions_create.add_argument("--min", type=int, metavar=translate("CommandLine", "N"),
                                 help=translate("CommandLine", "the smallest group (default: the programme's)"))
    sessions_create.add_argument("--max", type=int, metavar=translate("CommandLine", "N"),
                                 help=translate("CommandLine", "the largest group (default: the programme's)"))
    sessions_create.add_argument("--starts", default="09:00", metavar=translate("CommandLine", "HH:MM"),
                                 help=translate("CommandLine", "when each day starts (09:00)"))
    sessions_create.add_argument("--ends", default="17:00", metavar=translate("CommandLine", "HH:MM"),
                                 help=translate("CommandLine", "when each day ends (17:00)"))
    sessions_create.add_argument("--reason", metavar=translate("CommandLine", "TEXT"),
                                 help=translate("CommandLine", "why, for the audit log: needed to go ahead despite "
                                                               "conflicts or with a group size other than the "
                                                               "programme's"))
    sessions_create.set_defaults(run=cmd_sessions_create)
    sessions_show = session_actions.add_parser(
        "show", parents=[common], help=translate("CommandLine", "one session with its enrolled and waiting people"))
    sessions_show.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    sessions_show.set_defaults(run=cmd_sessions_show)
    sessions_enrol = session_actions.add_parser(
        "enrol", aliases=["enroll"], parents=[common],
        help=translate("CommandLine", "enrol people; beyond the maximum they join the waiting list"))
    sessions_enrol.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    sessions_enrol.add_argument("people", type=int, nargs="+", metavar=translate("CommandLine", "PERSON_ID"))
    sessions_enrol.add_argument("--reason", metavar=translate("CommandLine", "TEXT"),
                                help=translate("CommandLine", "enrol people with conflicts too (another session the "
                                                              "same day, the programme already completed), for "
                                                              "this reason; without it they are refused"))
    sessions_enrol.set_defaults(run=cmd_sessions_enrol)
    sessions_withdraw = session_actions.add_parser(
        "withdraw", parents=[common],
        help=translate("CommandLine", "take a person out of a session; the first person waiting takes the place"))
    sessions_withdraw.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    sessions_withdraw.add_argument("person", type=int, metavar=translate("CommandLine", "PERSON_ID"))
    sessions_withdraw.add_argument("--reason", metavar=translate("CommandLine", "TEXT"),
                                   help=translate("CommandLine", "why, for the audit log (default: on request)"))
    sessions_withdraw.set_defaults(run=cmd_sessions_withdraw)
    sessions_cancel = session_actions.add_parser(
        "cancel", parents=[common], help=translate("CommandLine", "cancel a session, with the reason"))
    sessions_cancel.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    sessions_cancel.add_argument("--reason", required=True, metavar=translate("CommandLine", "TEXT"),
                                 help=translate("CommandLine", "why the session is cancelled"))
    sessions_cancel.set_defaults(run=cmd_sessions_cancel)
