"""The registers on the command line: demo data, the database itself (upgrade, check, back up, restore),
people (export, import, search, erasure, a person's data) and organisations."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factory_desk.cli.common import (
    COMMAND_LINE_USER,
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    _opened,
    _Parser,
    _print_json,
    _say,
)
from factory_desk.i18n import problem_text, translate

if TYPE_CHECKING:
    from factory_desk.services.people_import import CheckedRow, ImportResult, OrganisationChoice


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


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add demo, db, people and organisations to the command line; `common` holds --db and --json."""
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
