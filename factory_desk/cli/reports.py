"""Reports on the command line: `report session` saves a session's report as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from factory_desk.cli.common import EXIT_OK, _opened, _Parser, _print_json, _say
from factory_desk.exchange.export import write_file
from factory_desk.i18n import translate


def cmd_report_session(args: argparse.Namespace) -> int:
    from factory_desk.services.session_report import session_report_file

    with _opened(args) as db:
        made = session_report_file(db, args.id, args.language)
    path = Path(args.output)
    write_file(path, made.data)
    if args.json:
        report = made.report
        _print_json({"session": args.id, "file": str(path), "language": made.language, "enrolled": report.enrolled,
                     "attended": report.attended, "completed": report.completed,
                     "certificates": len(report.certificates), "nps": report.feedback.nps})
    else:
        _say(translate("CommandLine", "The report of session {id} was saved to {file}."), id=args.id, file=path)
    return EXIT_OK


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the report commands to the command line; `common` holds --db and --json."""
    report = commands.add_parser("report", parents=[common],
                                 help=translate("CommandLine", "reports to print or send, as PDF files"))
    actions = report.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"), required=True,
                                    parser_class=_Parser)
    session = actions.add_parser(
        "session", parents=[common],
        help=translate("CommandLine", "the report of a session: attendance, rounds, knowledge gain, NPS, "
                                      "certificates"))
    session.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    session.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                         help=translate("CommandLine", "the PDF file to write"))
    session.add_argument("--language", choices=("ru", "lv", "en"),
                         help=translate("CommandLine", "the language of the report (default: the centre's document "
                                                       "language)"))
    session.set_defaults(run=cmd_report_session)
