"""Improvement projects on the command line: `projects list` (by status, «overdue» included), `projects a3` saves a
project's A3 report as a PDF, `projects export` writes the portfolio to an Excel file."""

from __future__ import annotations

import argparse
from pathlib import Path

from factory_desk.cli.common import EXIT_OK, _factory_id, _opened, _Parser, _print_json, _say
from factory_desk.i18n import translate

STATUS_CHOICES = ("in_development", "launched", "implementing", "completed", "overdue")  # project_documents'


def cmd_projects_list(args: argparse.Namespace) -> int:
    from factory_desk.domain.labels import PROJECT_STATUS, REVIEW_STATE
    from factory_desk.services.project_documents import portfolio_rows

    with _opened(args) as db:
        rows = portfolio_rows(db, status=args.status, factory_id=_factory(db, args.factory))
    if args.json:
        _print_json([{
            "id": row.id, "title": row.title, "organisation": row.organisation, "sub_programme": row.sub_programme,
            "status": row.status, "overdue": row.overdue, "review_state": row.review_state, "leader": row.leader,
            "planned_start": _iso(row.planned_start), "planned_finish": _iso(row.planned_finish),
            "actual_finish": _iso(row.actual_finish), "metrics": len(row.metrics),
            "targets_reached": row.targets_reached,
            "freed_hours_per_year": _number(row.freed_hours_per_year),
            "economic_effect": _number(row.economic_effect), "costs": _number(row.costs)} for row in rows])
        return EXIT_OK
    if not rows:
        _say(translate("CommandLine", "No projects."))
        return EXIT_OK
    from factory_desk.domain.text import day_text

    for row in rows:
        status = translate("Labels", PROJECT_STATUS.get(row.status, row.status))
        if row.overdue:
            status = translate("CommandLine", "{status}, overdue").format(status=status)
        if REVIEW_STATE.get(row.review_state):
            status = "{status}, {review}".format(status=status,
                                                  review=translate("Labels", REVIEW_STATE[row.review_state]))
        finish = day_text(row.planned_finish) if row.planned_finish else "—"
        _say(translate("CommandLine", "{id}\t{title} — {organisation} ({status}; planned finish {finish})"),
             id=row.id, title=row.title, organisation=row.organisation or "—", status=status, finish=finish)
    return EXIT_OK


def cmd_projects_a3(args: argparse.Namespace) -> int:
    from factory_desk.exchange.export import write_file
    from factory_desk.services.project_documents import a3_report_file

    with _opened(args) as db:
        made = a3_report_file(db, args.id, args.language)
    path = Path(args.output)
    write_file(path, made.data)
    if args.json:
        _print_json({"project": args.id, "file": str(path), "language": made.language,
                     "title": made.project.title, "metrics": len(made.project.metrics)})
    else:
        _say(translate("CommandLine", "The A3 report of project {id} was saved to {file}."), id=args.id, file=path)
    return EXIT_OK


def cmd_projects_export(args: argparse.Namespace) -> int:
    from factory_desk.services.project_documents import export_portfolio

    with _opened(args) as db:
        made = export_portfolio(db, Path(args.file), year=args.year, translate=translate,
                                factory_id=_factory(db, args.factory))
    if args.json:
        _print_json({"file": str(made.file), "projects": made.projects, "year": made.year,
                     "quarters": [{"quarter": q.quarter, "planned": q.planned, "opened": q.opened, "closed": q.closed,
                                   "freed_hours_per_year": _number(q.freed_hours_per_year),
                                   "economic_effect": _number(q.economic_effect), "costs": _number(q.costs)}
                                  for q in made.quarters if q.quarter]})
    else:
        _say(translate("CommandLine", "{count} projects were exported to {file}."), count=made.projects,
             file=made.file)
    return EXIT_OK


def _factory(db, name):  # type: ignore[no-untyped-def]
    """The id of the factory named (by name or code) with --factory; None for every factory."""
    if not name:
        return None
    from factory_desk.services.reference import choices

    return _factory_id(choices(db, include_inactive=True), name)


def _iso(value):  # type: ignore[no-untyped-def]
    return value.isoformat() if value is not None else None


def _number(value):  # type: ignore[no-untyped-def]
    return None if value is None else float(value)


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the project commands to the command line; `common` holds --db and --json."""
    projects = commands.add_parser("projects", parents=[common],
                                   help=translate("CommandLine", "improvement projects: the list, A3 reports, the "
                                                                 "portfolio in Excel"))
    actions = projects.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"), required=True,
                                      parser_class=_Parser)
    listing = actions.add_parser("list", parents=[common],
                                 help=translate("CommandLine", "list the projects, by title"))
    listing.add_argument("--status", choices=STATUS_CHOICES,
                         help=translate("CommandLine", "only the projects of this status (overdue: the planned "
                                                       "finish has passed and the project is not completed)"))
    listing.add_argument("--factory", metavar=translate("CommandLine", "NAME"),
                         help=translate("CommandLine", "only the projects from this factory's sessions (its name or "
                                                       "code)"))
    listing.set_defaults(run=cmd_projects_list)
    a3 = actions.add_parser("a3", parents=[common], help=translate("CommandLine", "save a project's A3 report"))
    a3.add_argument("id", type=int, metavar=translate("CommandLine", "PROJECT_ID"))
    a3.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                    help=translate("CommandLine", "the PDF file to write"))
    a3.add_argument("--language", choices=("ru", "lv", "en"),
                    help=translate("CommandLine", "the language of the report (default: the centre's document "
                                                  "language)"))
    a3.set_defaults(run=cmd_projects_a3)
    export = actions.add_parser("export", parents=[common],
                                help=translate("CommandLine", "write the portfolio to an Excel file: the projects "
                                                              "and the quarters of a year"))
    export.add_argument("file", metavar=translate("CommandLine", "FILE.xlsx"))
    export.add_argument("--year", type=int, help=translate("CommandLine", "the year of the quarters sheet "
                                                                          "(default: this year)"))
    export.add_argument("--factory", metavar=translate("CommandLine", "NAME"),
                        help=translate("CommandLine", "only the projects from this factory's sessions (its name or "
                                                      "code)"))
    export.set_defaults(run=cmd_projects_export)
