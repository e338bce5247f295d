"""The command line: `factory-desk` opens the app; subcommands call the same services as the GUI.

Output is sentences in the user's language, or JSON with --json. An error is one line on stderr and a
non-zero exit code, never a traceback (the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from factory_desk import __version__
from factory_desk.domain.text import day_text, time_text
from factory_desk.i18n import effective_language, error_text, install_translators, problem_text, translate
from factory_desk.preferences import Preferences

if TYPE_CHECKING:
    from factory_desk.services.people_import import CheckedRow, ImportResult, OrganisationChoice
    from factory_desk.store.database import Database

log = logging.getLogger("factory_desk.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRASH, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
COMMAND_LINE_USER = "command line"  # who the audit log says made a change


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        raise UsageError(_usage_sentence(message))


# argparse's own messages are English only; the ones people meet are said again in their language.
_ARGPARSE_MESSAGES = (
    (re.compile(r"argument (?P<argument>\S+): invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)"),
     lambda: translate("CommandLine", "“{value}” is not a choice for {argument}; choose from {choices}.")),
    (re.compile(r"argument (?P<argument>\S+): invalid int value: '(?P<value>[^']*)'"),
     lambda: translate("CommandLine", "{argument} needs a whole number, not “{value}”.")),
    (re.compile(r"the following arguments are required: (?P<arguments>.*)"),
     lambda: translate("CommandLine", "Missing: {arguments}.")),
    (re.compile(r"unrecognized arguments: (?P<arguments>.*)"),
     lambda: translate("CommandLine", "Not understood: {arguments}.")),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"),
     lambda: translate("CommandLine", "{argument} needs a value.")),
)


def _usage_sentence(message: str) -> str:
    for pattern, sentence in _ARGPARSE_MESSAGES:
        if match := pattern.fullmatch(message):
            return sentence().format(**match.groupdict())
    return message


def _print_json(data: Any) -> None:
    def plain(value: Any) -> Any:
        if is_dataclass(value) and not isinstance(value, type):
            return {k: plain(v) for k, v in asdict(value).items()}
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, Path):
            return str(value)
        return value

    print(json.dumps(plain(data), ensure_ascii=False, indent=2))


def _say(text: str, **values: object) -> None:
    print(text.format(**values))


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Database]:
    """The database of --db, created or upgraded as needed, closed when the command is done."""
    from factory_desk.services.database import open_database

    db, _upgrade = open_database(args.db)
    try:
        yield db
    finally:
        db.dispose()


# --- commands ---------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from factory_desk.services.database import optimize_database
    from factory_desk.services.demo import fill_demo
    from factory_desk.services.overview import overview

    with _opened(args) as db:
        if args.if_empty and overview(db).people > 0:
            if args.json:
                _print_json({"created": False, "database": db.name})
            else:
                _say(translate("CommandLine", "The database {name} already has data; no demo data was added."),
                     name=db.name)
            return EXIT_OK
        summary = fill_demo(db, people=args.people, seed=args.seed)
        optimize_database(db)
        if args.json:
            _print_json({"created": True, "database": db.name, **asdict(summary)})
        else:
            _say(
                translate("CommandLine", "Demo data created in {name}: {factories} factories, {programmes} programmes, "
                               "{trainers} trainers, {organisations} organisations, {people} people, "
                               "{sessions} sessions, {certificates} certificates, {projects} projects."),
                name=db.name, **asdict(summary),
            )
        return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from factory_desk.services.database import open_database, rebuild_search_keys
    from factory_desk.store.schema import HEAD

    db, result = open_database(args.db)
    try:
        rebuilt = sum(rebuild_search_keys(db).values())
    finally:
        db.dispose()
    if args.json:
        _print_json({"database": db.name, "upgraded": result is not None,
                     "from_revision": result.from_revision if result else None, "revision": HEAD,
                     "backup": str(result.backup) if result and result.backup else None,
                     "search_keys_rebuilt": rebuilt})
        return EXIT_OK
    if rebuilt:
        _say(translate("CommandLine", "Search keys were rebuilt for {count} names."), count=rebuilt)
    if result is None:
        _say(translate("CommandLine", "The database {name} is up to date."), name=db.name)
    elif result.from_revision is None:
        _say(translate("CommandLine", "A new database was created in {name}."), name=db.name)
    else:
        _say(translate("CommandLine", "The database {name} was upgraded from schema {old} to {new}."),
             name=db.name, old=result.from_revision, new=result.to_revision)
        if result.backup:
            _say(translate("CommandLine", "The previous version was saved as {file}."), file=result.backup)
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    from factory_desk.services.database import CHECK, check_database
    from factory_desk.store.database import Database

    db = Database(args.db)
    try:
        if db.file is not None and not db.file.exists():
            from factory_desk.domain.errors import DatabaseError
            from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(db.file))
        report = check_database(db)
    finally:
        db.dispose()
    problems = [translate(CHECK, p) for p in report.problems]
    if args.json:
        _print_json({"healthy": report.healthy, "database": report.database, "engine": report.engine,
                     "revision": report.revision, "expected_revision": report.expected_revision,
                     "people": report.people, "problems": problems, "details": report.details})
    elif report.healthy:
        _say(translate("CommandLine", "The database {name} is healthy: schema {revision}, {people} people, "
                            "integrity and links checked."),
             name=report.database, revision=report.revision, people=report.people)
    else:
        _say(translate("CommandLine", "The database {name} has problems:"), name=report.database)
        for problem in problems:
            print(f"  – {problem}")
    return EXIT_OK if report.healthy else EXIT_FAILED


def cmd_db_backup(args: argparse.Namespace) -> int:
    from factory_desk.services.database import backup_database

    with _opened(args) as db:
        result = backup_database(db, Path(args.file), overwrite=args.overwrite)
    if args.json:
        _print_json({"database": db.name, **asdict(result)})
    else:
        _say(translate("CommandLine", "Backup of {name} written to {file} ({size} MB)."),
             name=db.name, file=result.file, size=f"{result.size_bytes / 1e6:.1f}")
    return EXIT_OK


def cmd_db_restore(args: argparse.Namespace) -> int:
    from factory_desk.services.database import restore_database

    with _opened(args) as db:
        result = restore_database(db, Path(args.file))
    if args.json:
        _print_json({"database": db.name, **asdict(result)})
    else:
        _say(translate("CommandLine", "The database {name} was restored from {file}."),
             name=db.name, file=result.source)
        _say(translate("CommandLine", "Its previous content was saved as {file}."), file=result.safety_copy)
    return EXIT_OK


def _report_export(args: argparse.Namespace, rows: int, sentence: str) -> int:
    if args.json:
        _print_json({"file": args.file, "rows": rows})
    else:
        _say(sentence, rows=rows, file=args.file)
    return EXIT_OK


def cmd_people_export(args: argparse.Namespace) -> int:
    from factory_desk.services.registry_export import export_people

    with _opened(args) as db:
        result = export_people(db, Path(args.file), query=args.search or "", translate=translate)
    return _report_export(args, result.rows, translate("CommandLine", "{rows} people exported to {file}."))


def _import_json(args: argparse.Namespace, checked: Sequence[CheckedRow], result: ImportResult | None,
                 organisation: OrganisationChoice | None) -> dict[str, Any]:
    """The import for scripts: the people it brings (each once), the rows it leaves out and why."""
    from factory_desk.exchange.people_file import SAME_IN_FILE
    from factory_desk.services.people_import import ALREADY_THERE, outcome, row_problems

    people: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    for c in checked:
        row = c.row.source_row
        if c.row.skip_reason is not None:
            skipped.append({"row": row, "message": problem_text(c.row.skip_reason)})
            continue
        errors += ({"row": row, "message": problem_text(p)} for p in c.row.errors)
        warnings += ({"row": row, "message": problem_text(p)} for p in c.warnings
                     if p.template not in (ALREADY_THERE, SAME_IN_FILE))
        if (earlier := c.repeats_row) is not None:
            duplicates.append({"row": row, "duplicate_of": {"row": earlier}})
            continue
        if not c.will_import:
            continue
        if c.existing_person_id is not None:
            duplicates.append({"row": row, "duplicate_of": {"id": c.existing_person_id,
                                                             "full_name": c.existing_person_name}})
        people.append({"row": row, "full_name": c.row.full_name, "organization": c.organisation_note or None,
                       "organization_inn": c.organisation_inn or None, "position": c.row.position,
                       "department": c.row.department, "existing_id": c.existing_person_id})
    return {
        "file": args.file, "dry_run": args.dry_run,
        "organization": organisation.name if organisation else None,
        "valid": len(people),
        "created": result.created_people if result else 0,
        "existing": result.existing_people if result else sum(p["existing_id"] is not None for p in people),
        "created_organizations": result.created_organisations if result else 0,
        "pooled": result.pooled if result else 0,
        "people": people, "errors": errors, "skipped": skipped, "duplicates": duplicates, "warnings": warnings,
        "rows": [{"row": c.row.source_row, "name": c.row.full_name, "organisation": c.organisation_note,
                  "outcome": translate("Import", outcome(c)), "problems": [problem_text(p) for p in row_problems(c)]}
                 for c in checked],
    }


def cmd_people_import(args: argparse.Namespace) -> int:
    from factory_desk.exchange.people_columns import detect_layout
    from factory_desk.exchange.people_file import preview
    from factory_desk.exchange.tables import read_table
    from factory_desk.services.people_import import (
        check_rows,
        find_organisation,
        import_people,
        outcome,
        row_problems,
        write_import_report,
    )

    table = read_table(Path(args.file), sheet=args.sheet)
    layout = detect_layout(table)
    rows = preview(table, layout.mapping, heading_row=layout.heading_row, default_inn=layout.title_inn,
                   default_organisation=layout.title_organisation)
    with _opened(args) as db:
        organisation = find_organisation(db, args.organization) if args.organization is not None else None
        organisation_id = organisation.id if organisation else None
        checked = check_rows(db, rows, organisation_id=organisation_id)
        result = None if args.dry_run else import_people(db, checked, organisation_id=organisation_id,
                                                         to_pool=not args.no_pool, user_name=COMMAND_LINE_USER)
    if args.report:
        write_import_report(Path(args.report), checked, translate)
    if args.json:
        _print_json(_import_json(args, checked, result, organisation))
        return EXIT_OK
    for c in checked:
        if found := [problem_text(p) for p in row_problems(c)]:
            print(translate("CommandLine", "Row {row}: {name} — {outcome}: {problems}").format(
                row=c.row.source_row, name=c.row.full_name or "…", outcome=translate("Import", outcome(c)),
                problems="; ".join(found)))
    importable = sum(c.will_import for c in checked)
    if result is None:
        _say(translate("CommandLine", "Checked only, nothing was written: {count} of {total} rows can be imported."),
             count=importable, total=len(checked))
    else:
        _say(translate("CommandLine", "Imported: {created} new people, {existing} already in the database, "
                                      "{organisations} new organisations, {pooled} added to the waiting pool; "
                                      "{skipped} rows not imported."),
             created=result.created_people, existing=result.existing_people,
             organisations=result.created_organisations, pooled=result.pooled, skipped=result.skipped)
    if args.report:
        _say(translate("CommandLine", "The import report was saved as {file}."), file=args.report)
    return EXIT_OK


def cmd_people_search(args: argparse.Namespace) -> int:
    from factory_desk.services.people import count_people, search_people

    if args.limit < 1:
        raise UsageError(translate("CommandLine", "--limit needs a number above zero."))
    with _opened(args) as db:
        page = search_people(db, args.text, limit=args.limit)
        total = count_people(db, args.text) if page.next_after is not None else len(page.rows)
    if args.json:
        _print_json([{"id": p.id, "full_name": p.full_name, "organization": p.organisation, "position": p.position}
                     for p in page.rows])
        return EXIT_OK
    if not page.rows:
        _say(translate("CommandLine", "Nobody in the register matches “{query}”."), query=args.text)
        return EXIT_OK
    for person in page.rows:
        if person.organisation:
            _say(translate("CommandLine", "{name} — {organisation} (id {id})"), name=person.full_name,
                 organisation=person.organisation, id=person.id)
        else:
            _say(translate("CommandLine", "{name} (id {id})"), name=person.full_name, id=person.id)
    if total > len(page.rows):
        _say(translate("CommandLine", "People found: {total}, the first {shown} shown; narrow the search or "
                                      "raise --limit to see more."), shown=len(page.rows), total=total)
    else:
        _say(translate("CommandLine", "People found: {count}."), count=total)
    return EXIT_OK


def cmd_people_erase(args: argparse.Namespace) -> int:
    from factory_desk.services.person_records import erase_person

    reason = args.reason or translate("CommandLine", "Erasure requested by the person.")
    with _opened(args) as db:
        erased = erase_person(db, args.id, user_name=COMMAND_LINE_USER, reason=reason)
    if args.json:
        _print_json({"id": args.id, "erased": True, "enrolments": erased.enrolments,
                     "attendance_marks": erased.attendance_marks, "certificates": erased.certificates,
                     "pool_entries_removed": erased.pool_entries_removed})
        return EXIT_OK
    _say(translate("CommandLine", "The personal data of person {id} were erased: the name, position, department "
                                  "and contacts are gone."), id=args.id)
    _say(translate("CommandLine", "Kept for the reports, without the name: the category and the organisation; "
                                  "enrolments: {enrolments}, attendance marks: {marks}, certificates: "
                                  "{certificates}."),
         enrolments=erased.enrolments, marks=erased.attendance_marks, certificates=erased.certificates)
    if erased.pool_entries_removed:
        _say(translate("CommandLine", "Places given up in the waiting pool: {count}."),
             count=erased.pool_entries_removed)
    return EXIT_OK


def cmd_people_data(args: argparse.Namespace) -> int:
    from factory_desk.services.person_records import export_person_data

    with _opened(args) as db:
        written = export_person_data(db, args.id, Path(args.file), translate, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"id": args.id, "file": written})
    else:
        _say(translate("CommandLine", "Everything held about person {id} was written to {file}."),
             id=args.id, file=written)
    return EXIT_OK


def cmd_organisations_export(args: argparse.Namespace) -> int:
    from factory_desk.services.registry_export import export_organisations

    with _opened(args) as db:
        result = export_organisations(db, Path(args.file), translate=translate)
    return _report_export(args, result.rows, translate("CommandLine", "{rows} organisations exported to {file}."))


# --- sessions --------------------------------------------------------------------------------------


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


def _status_word(status: str) -> str:
    from factory_desk.domain.labels import SESSION_STATUS

    return translate("Labels", SESSION_STATUS.get(status, status))


def _named(wanted: str, candidates: Sequence[tuple[int, str, Sequence[str]]], missing: str, several: str,
           similar: str) -> int:
    """The id of the one candidate whose name (or other key: a factory's code, a trainer's surname) is
    `wanted`, case and ё/е ignored; an error naming what there is otherwise."""
    from factory_desk.domain.errors import FactoryDeskError
    from factory_desk.domain.text import fold

    key = fold(wanted)
    same = [(cid, name) for cid, name, keys in candidates if key in {fold(k) for k in keys}]
    if len({cid for cid, _name in same}) == 1:
        return same[0][0]
    if same:
        raise FactoryDeskError(several, name=wanted, candidates="; ".join(name for _cid, name in same[:10]))
    if close := [name for _cid, name, keys in candidates if key and any(key in fold(k) for k in keys)]:
        raise FactoryDeskError(similar, name=wanted, candidates="; ".join(close[:10]))
    raise FactoryDeskError(missing, name=wanted)


def _factory_id(choices: Any, name: str) -> int:
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

    return _named(name, [(f.id, f.name, (f.name, f.code)) for f in choices.factories],
                  QT_TRANSLATE_NOOP("Errors", "No factory named “{name}” is in the database."),
                  QT_TRANSLATE_NOOP("Errors", "Several factories are named “{name}”: {candidates}."),
                  QT_TRANSLATE_NOOP("Errors", "No factory is named “{name}”; similar names: {candidates}."))


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

    first = _date(args.date_from) if args.date_from else dt.date.today()
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


# --- attendance ------------------------------------------------------------------------------------


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


# --- users ---------------------------------------------------------------------------------------------


def _role_text(role: str) -> str:
    from factory_desk.domain.labels import ROLE

    return translate("Labels", ROLE.get(role, role))


def cmd_users_list(args: argparse.Namespace) -> int:
    from factory_desk.services.users import default_role, users_list

    with _opened(args) as db:
        rows = users_list(db)
        default = default_role(db)
    if args.json:
        _print_json({"default_role": default,
                     "users": [{"login": u.login, "name": u.display_name, "role": u.role, "active": u.is_active}
                               for u in rows]})
        return EXIT_OK
    for user in rows:
        line = translate("CommandLine", "{login} — {role}").format(login=user.login, role=_role_text(user.role))
        if user.display_name:
            line += f" ({user.display_name})"
        if not user.is_active:
            line += " " + translate("CommandLine", "[switched off]")
        print(line)
    _say(translate("CommandLine", "Any other login: {role}."), role=_role_text(default))
    return EXIT_OK


def cmd_users_add(args: argparse.Namespace) -> int:
    from factory_desk.services.users import add_user

    with _opened(args) as db:
        user = add_user(db, args.login, args.role, args.name or "", user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"login": user.login, "name": user.display_name, "role": user.role, "active": user.is_active})
    else:
        _say(translate("CommandLine", "{login} now has an account with the role “{role}”."), login=user.login,
             role=_role_text(user.role))
    return EXIT_OK


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from factory_desk.services.users import set_role

    with _opened(args) as db:
        user = set_role(db, args.login, args.role, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"login": user.login, "name": user.display_name, "role": user.role, "active": user.is_active})
    else:
        _say(translate("CommandLine", "{login} now has the role “{role}”."), login=user.login,
             role=_role_text(user.role))
    return EXIT_OK


# --- the parser --------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help=translate("CommandLine", "database: an SQLite file or a PostgreSQL URL "
                                            "(default: $FACTORY_DESK_DB, else the file in your data folder)"))
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=translate("CommandLine", "print JSON for scripts instead of sentences"))

    parser = _Parser(prog="factory-desk", parents=[common],
                     description=translate("CommandLine",
                                           "Factory Desk: plan, run and document Process Factory trainings. "
                                           "Without a command, the app opens."))
    parser.add_argument("--version", action="version", version=f"Factory Desk {__version__}",
                        help=translate("CommandLine", "show the version and exit"))
    commands = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"),
                                     parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[common],
                               help=translate("CommandLine", "fill an empty database with a realistic demo region"))
    demo.add_argument("--people", type=int, default=400, help=translate("CommandLine", "how many participants (400)"))
    demo.add_argument("--seed", type=int, default=2026, help=translate("CommandLine", "random seed (2026)"))
    demo.add_argument("--if-empty", action="store_true",
                      help=translate("CommandLine", "do nothing when the database already has people"))
    demo.set_defaults(run=cmd_demo)

    db = commands.add_parser("db", parents=[common],
                             help=translate("CommandLine", "upgrade, check, back up or restore"))
    actions = db.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"), required=True,
                                parser_class=_Parser)
    actions.add_parser("upgrade", parents=[common],
                       help=translate("CommandLine",
                                      "create or upgrade the schema (an SQLite file is copied aside first)"),
                       ).set_defaults(run=cmd_db_upgrade)
    actions.add_parser("check", parents=[common],
                       help=translate("CommandLine", "verify integrity and schema version; exit 0 only when healthy")
                       ).set_defaults(run=cmd_db_check)
    backup = actions.add_parser("backup", parents=[common],
                                help=translate("CommandLine", "write the whole database into one SQLite file"))
    backup.add_argument("file", metavar=translate("CommandLine", "FILE"))
    backup.add_argument("--overwrite", action="store_true", help=translate("CommandLine", "replace FILE if it exists"))
    backup.set_defaults(run=cmd_db_backup)
    restore = actions.add_parser("restore", parents=[common],
                                 help=translate("CommandLine", "replace the database's content with a backup file "
                                                     "(the current content is saved aside first)"))
    restore.add_argument("file", metavar=translate("CommandLine", "FILE"))
    restore.set_defaults(run=cmd_db_restore)

    people = commands.add_parser("people", parents=[common], help=translate("CommandLine", "the people register"))
    people_actions = people.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"),
                                           required=True, parser_class=_Parser)
    people_export = people_actions.add_parser(
        "export", parents=[common],
        help=translate("CommandLine", "write people to an .xlsx or .csv file (safe to open in Excel)"))
    people_export.add_argument("file", metavar=translate("CommandLine", "FILE"))
    people_export.add_argument("--search", metavar=translate("CommandLine", "TEXT"),
                               help=translate("CommandLine", "only people whose name matches, as in the app"))
    people_export.set_defaults(run=cmd_people_export)
    people_import = people_actions.add_parser(
        "import", parents=[common],
        help=translate("CommandLine", "read a list of people from an .xlsx or .csv file into the register"))
    people_import.add_argument("file", metavar=translate("CommandLine", "FILE"))
    people_import.add_argument("--sheet", metavar=translate("CommandLine", "SHEET"),
                               help=translate("CommandLine", "the workbook's sheet (default: the first with data)"))
    people_import.add_argument("--organization", metavar=translate("CommandLine", "INN_OR_NAME"),
                               help=translate("CommandLine", "the organisation of rows that name none: "
                                                             "its INN or its name"))
    people_import.add_argument("--organisation-inn", dest="organization", help=argparse.SUPPRESS)
    people_import.add_argument("--no-pool", action="store_true",
                               help=translate("CommandLine", "do not add the people to the waiting pool"))
    people_import.add_argument("--dry-run", action="store_true",
                               help=translate("CommandLine", "check the file and report, write nothing"))
    people_import.add_argument("--report", metavar=translate("CommandLine", "FILE"),
                               help=translate("CommandLine", "save the row-by-row report (.xlsx or .csv)"))
    people_import.set_defaults(run=cmd_people_import)
    people_search = people_actions.add_parser(
        "search", parents=[common],
        help=translate("CommandLine", "find people by name, as the search box of the app does"))
    people_search.add_argument("text", metavar=translate("CommandLine", "TEXT"))
    people_search.add_argument("--limit", type=int, default=50, metavar=translate("CommandLine", "N"),
                               help=translate("CommandLine", "show at most N people (50)"))
    people_search.set_defaults(run=cmd_people_search)
    people_erase = people_actions.add_parser(
        "erase", parents=[common],
        help=translate("CommandLine", "erase a person's name and contacts on their request, keeping the "
                                      "statistics"))
    people_erase.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    people_erase.add_argument("--reason", metavar=translate("CommandLine", "TEXT"),
                              help=translate("CommandLine", "why, for the audit log (default: the person asked)"))
    people_erase.set_defaults(run=cmd_people_erase)
    people_data = people_actions.add_parser(
        "data", parents=[common],
        help=translate("CommandLine", "write everything held about one person to an .xlsx or .json file"))
    people_data.add_argument("id", type=int, metavar=translate("CommandLine", "ID"))
    people_data.add_argument("file", metavar=translate("CommandLine", "FILE"))
    people_data.set_defaults(run=cmd_people_data)

    organisations = commands.add_parser("organisations", parents=[common],
                                        help=translate("CommandLine", "the organisations register"))
    organisation_actions = organisations.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"),
                                                        required=True, parser_class=_Parser)
    organisation_actions.add_parser(
        "export", parents=[common],
        help=translate("CommandLine", "write organisations to an .xlsx or .csv file (safe to open in Excel)"),
    ).set_defaults(run=cmd_organisations_export)
    organisation_actions.choices["export"].add_argument("file", metavar=translate("CommandLine", "FILE"))

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

    users = commands.add_parser("users", parents=[common],
                                help=translate("CommandLine", "the roles of the people who use the app"))
    user_actions = users.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"), required=True,
                                        parser_class=_Parser)
    user_actions.add_parser("list", parents=[common],
                            help=translate("CommandLine", "the accounts and the role of any other login")
                            ).set_defaults(run=cmd_users_list)
    roles = ("admin", "coordinator", "trainer", "viewer")
    users_add = user_actions.add_parser("add", parents=[common],
                                        help=translate("CommandLine", "give an operating-system login a role"))
    users_add.add_argument("login", metavar=translate("CommandLine", "LOGIN"))
    users_add.add_argument("--role", required=True, choices=roles)
    users_add.add_argument("--name", metavar=translate("CommandLine", "NAME"),
                           help=translate("CommandLine", "the person's name, as the audit log shows it"))
    users_add.set_defaults(run=cmd_users_add)
    users_set_role = user_actions.add_parser("set-role", parents=[common],
                                             help=translate("CommandLine", "change the role of an account"))
    users_set_role.add_argument("login", metavar=translate("CommandLine", "LOGIN"))
    users_set_role.add_argument("role", choices=roles)
    users_set_role.set_defaults(run=cmd_users_set_role)
    return parser


def _setup_language() -> None:
    try:
        language = effective_language(Preferences.load().ui_language)
        install_translators(language)
    except Exception:  # a broken translation must not stop the command; English is the fallback
        log.exception("Translations could not be loaded")


def main(argv: Sequence[str] | None = None) -> int:
    from factory_desk.logs import log_file, route_qt_messages_to_log, setup_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    route_qt_messages_to_log()
    _setup_language()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.db = getattr(args, "db", None)
        args.json = getattr(args, "json", False)
        run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
        if run is None:
            from factory_desk.ui.app import run_gui

            return run_gui(args.db)
        return run(args)
    except UsageError as exc:
        print(translate("CommandLine", "factory-desk: {problem} (see factory-desk --help)").format(problem=exc),
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(translate("CommandLine", "Cancelled."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        from factory_desk.domain.errors import FactoryDeskError

        if isinstance(exc, FactoryDeskError):
            from factory_desk.services.conflicts import ConflictsFound

            log.warning("Command %s failed: %s", argv, exc)
            print(f"factory-desk: {error_text(exc)}", file=sys.stderr)
            for conflict in exc.conflicts if isinstance(exc, ConflictsFound) else ():
                print(f"  – {error_text(conflict.as_error())}", file=sys.stderr)
            return EXIT_FAILED
        log.exception("Command %s crashed", argv)
        print(translate("CommandLine", "factory-desk: an unexpected error stopped the command ({error}). "
                             "Details are in {log}.").format(error=type(exc).__name__, log=log_file()),
              file=sys.stderr)
        return EXIT_CRASH


if __name__ == "__main__":
    raise SystemExit(main())
