"""Attendance on the command line: mark, show, close, reopen and scan a badge."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from factory_desk.cli.common import (
    COMMAND_LINE_USER,
    EXIT_FAILED,
    EXIT_OK,
    _named,
    _opened,
    _Parser,
    _print_json,
    _say,
    _status_word,
)
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text, translate

if TYPE_CHECKING:
    from factory_desk.store.database import Database


def _status_code(db: Database, text: str) -> str:
    """The attendance status named by its code or its name (in English or the user's language), any case."""
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
    from factory_desk.services.attendance_statuses import statuses

    rows = statuses(db)
    found = _named(text, [(i, row.shown_name(translate), (row.code, row.name, row.shown_name(translate)))
                          for i, row in enumerate(rows)],
                   QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{name}”."),
                   QT_TRANSLATE_NOOP("Errors", "Several attendance statuses are named “{name}”: {candidates}."),
                   QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{name}”; similar: {candidates}."))
    return rows[found].code


def _status_text(code: str | None) -> str:
    from factory_desk.domain.labels import ATTENDANCE_STATUS

    if code is None:
        return translate("CommandLine", "not marked")
    return translate("Labels", ATTENDANCE_STATUS[code]) if code in ATTENDANCE_STATUS else code


def cmd_attendance_mark(args: argparse.Namespace) -> int:
    from factory_desk.domain.errors import FactoryDeskError
    from factory_desk.services.attendance import mark

    people = list(dict.fromkeys(args.people))
    rows: list[dict[str, Any]] = []
    with _opened(args) as db:
        status = _status_code(db, args.status)
        for person in people:
            try:
                previous = mark(db, args.id, person, status, day_no=args.day, note=args.note or "",
                                user_name=COMMAND_LINE_USER)
            except FactoryDeskError as exc:
                if not rows and len(people) == 1:
                    raise
                rows.append({"person": person, "status": None, "previous": None, "error": error_text(exc)})
                continue
            rows.append({"person": person, "status": status, "previous": previous.status if previous else None,
                         "error": None})
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            if row["error"]:
                _say(translate("CommandLine", "Person {id}: not marked. {reason}"), id=row["person"],
                     reason=row["error"])
            else:
                _say(translate("CommandLine", "Person {id}: {status}."), id=row["person"],
                     status=_status_text(row["status"]))
    return EXIT_FAILED if any(row["error"] for row in rows) else EXIT_OK


def cmd_attendance_show(args: argparse.Namespace) -> int:
    from factory_desk.services.attendance import day_sheet, eligibility

    with _opened(args) as db:
        report = eligibility(db, args.id)
        days = [d.day_no for d in report.days]
        day = args.day
        if day is None:  # the last day with any mark: "today" while the session runs, the last day after it
            marked = [d for i, d in enumerate(days) if any(p.marks[i] is not None for p in report.people)]
            day = marked[-1] if marked else (days[0] if days else 1)
        sheet = day_sheet(db, args.id, day)
    by_person = {p.person_id: p for p in report.people}
    people = []
    for row in sheet.rows:
        found = by_person[row.person_id]
        person: dict[str, Any] = {
            "person": row.person_id, "name": row.full_name, "organisation": row.organisation, "day": day,
            "status": row.status, "note": row.note, "eligible": found.eligible,
            "why_not": error_text(found.why_not) if found.why_not is not None else None}
        if len(days) > 1:
            person["days"] = [{"day": number, "status": status} for number, status in zip(days, found.marks,
                                                                                           strict=True)]
        people.append(person)
    if args.json:
        _print_json(people)
        return EXIT_OK
    _say(translate("CommandLine", "Session {id}: «{programme}», {factory}"), id=sheet.session_id,
         programme=sheet.programme, factory=sheet.factory)
    if sheet.date is not None:
        _say(translate("CommandLine", "Day {day} of {days}: {date}"), day=day, days=len(days),
             date=day_text(sheet.date))
    if sheet.closed and sheet.closed_at is not None:
        _say(translate("CommandLine", "Closed on {date} by {user}."), date=day_text(sheet.closed_at.date()),
             user=sheet.closed_by or "?")
    for number, person in enumerate(people, start=1):
        verdict = translate("CommandLine", "eligible") if person["eligible"] else \
            translate("CommandLine", "not eligible: {why}").format(why=person["why_not"])
        status = _status_text(person["status"]) + (f" ({person['note']})" if person["note"] else "")
        _say(translate("CommandLine", "{n}. {name} (id {id}) — {status}; {verdict}"), n=number, name=person["name"],
             id=person["person"], status=status, verdict=verdict)
    _say(translate("CommandLine", "Eligible for a certificate: {eligible} of {count}."),
         eligible=len(report.eligible), count=len(report.people))
    return EXIT_OK


def cmd_attendance_close(args: argparse.Namespace) -> int:
    from factory_desk.services.attendance import close

    with _opened(args) as db:
        result = close(db, args.id, user_name=COMMAND_LINE_USER)
    report = result.report
    if args.json:
        _print_json({"id": args.id, "closed": True, "status": result.status, "eligible": len(report.eligible),
                     "people": len(report.people),
                     "not_eligible": [{"person": p.person_id, "name": p.full_name,
                                       "why_not": error_text(p.why_not) if p.why_not else None}
                                      for p in report.not_eligible]})
        return EXIT_OK
    _say(translate("CommandLine", "Session {id} is closed ({status}): {eligible} of {count} people are eligible for "
                                  "a certificate."), id=args.id, status=_status_word(result.status),
         eligible=len(report.eligible), count=len(report.people))
    for person in report.not_eligible:
        _say(translate("CommandLine", "  – {name} (id {id}): {why}"), name=person.full_name, id=person.person_id,
             why=error_text(person.why_not) if person.why_not else "")
    return EXIT_OK


def cmd_attendance_reopen(args: argparse.Namespace) -> int:
    from factory_desk.services.attendance import reopen
    from factory_desk.ui.user import desk_user

    with _opened(args) as db:
        reopen(db, args.id, reason=args.reason, user_name=COMMAND_LINE_USER, login=desk_user())
    if args.json:
        _print_json({"id": args.id, "closed": False})
    else:
        _say(translate("CommandLine", "Session {id} is open for changes again; the reason is in the audit log."),
             id=args.id)
    return EXIT_OK


def cmd_attendance_scan(args: argparse.Namespace) -> int:
    from factory_desk.services.attendance import scan

    with _opened(args) as db:
        result = scan(db, args.id, args.code, day_no=args.day, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"person": result.person_id, "name": result.full_name, "status": result.status,
                     "changed": result.changed, "previous": result.previous.status if result.previous else None})
    elif result.changed:
        _say(translate("CommandLine", "{name} (id {id}): {status}."), name=result.full_name, id=result.person_id,
             status=_status_text(result.status))
    else:
        _say(translate("CommandLine", "{name} (id {id}) was already marked: {status}."), name=result.full_name,
             id=result.person_id, status=_status_text(result.status))
    return EXIT_OK


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the attendance commands to the command line; `common` holds --db and --json."""
    attendance = commands.add_parser("attendance", parents=[common],
                                     help=translate("CommandLine", "who came on each day of a session"))
    attendance_actions = attendance.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"),
                                                   required=True, parser_class=_Parser)
    day_help = translate("CommandLine", "the day of a session of several days (1)")
    attendance_mark = attendance_actions.add_parser(
        "mark", parents=[common], help=translate("CommandLine", "mark people on one day; saved at once"))
    attendance_mark.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    attendance_mark.add_argument("--status", required=True, metavar=translate("CommandLine", "STATUS"),
                                 help=translate("CommandLine", "present, late, left_early, absent, excused or a "
                                                               "status of the centre's own (its code or name)"))
    attendance_mark.add_argument("people", type=int, nargs="+", metavar=translate("CommandLine", "PERSON_ID"))
    attendance_mark.add_argument("--day", type=int, default=1, metavar=translate("CommandLine", "N"), help=day_help)
    attendance_mark.add_argument("--note", metavar=translate("CommandLine", "TEXT"),
                                 help=translate("CommandLine", "a note (needed for excused)"))
    attendance_mark.set_defaults(run=cmd_attendance_mark)
    attendance_show = attendance_actions.add_parser(
        "show", parents=[common],
        help=translate("CommandLine", "each person's mark and whether they are eligible for a certificate"))
    attendance_show.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    attendance_show.add_argument("--day", type=int, metavar=translate("CommandLine", "N"),
                                 help=translate("CommandLine", "the day whose marks are the status (default: the "
                                                               "last day with any mark)"))
    attendance_show.set_defaults(run=cmd_attendance_show)
    attendance_close = attendance_actions.add_parser(
        "close", parents=[common],
        help=translate("CommandLine", "lock the marks (the session becomes held); refused while anybody has no "
                                      "mark"))
    attendance_close.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    attendance_close.set_defaults(run=cmd_attendance_close)
    attendance_reopen = attendance_actions.add_parser(
        "reopen", parents=[common],
        help=translate("CommandLine", "open a closed session for changes again (coordinators only)"))
    attendance_reopen.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    attendance_reopen.add_argument("--reason", required=True, metavar=translate("CommandLine", "TEXT"),
                                   help=translate("CommandLine", "why, for the audit log"))
    attendance_reopen.set_defaults(run=cmd_attendance_reopen)
    attendance_scan = attendance_actions.add_parser(
        "scan", parents=[common], help=translate("CommandLine", "mark present the person whose badge code this is"))
    attendance_scan.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    attendance_scan.add_argument("code", metavar=translate("CommandLine", "CODE"))
    attendance_scan.add_argument("--day", type=int, default=1, metavar=translate("CommandLine", "N"), help=day_help)
    attendance_scan.set_defaults(run=cmd_attendance_scan)
