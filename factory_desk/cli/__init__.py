"""The command line: `factory-desk` opens the app; subcommands call the same services as the GUI.

Output is sentences in the user's language, or JSON with --json. An error is one line on stderr and a
non-zero exit code, never a traceback (the traceback goes to the log file).

The package keeps one module per command group, each with its commands and their parser (`register`);
`common` holds what they share. Services are imported inside the commands, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from factory_desk import __version__
from factory_desk.cli import attendance, certificates, projects, registry, reports, sessions, users
from factory_desk.cli.common import EXIT_CRASH, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError, _Parser
from factory_desk.i18n import effective_language, error_text, install_translators, translate
from factory_desk.preferences import Preferences

log = logging.getLogger("factory_desk.cli")


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

    for group in (registry, sessions, attendance, users):  # the order --help lists them in
        group.register(commands, common)
    reports.register(commands, common)
    certificates.register(commands, common)
    projects.register(commands, common)
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
        code = run(args)
        sys.stdout.flush()  # here, where a reader gone away (`| head`) is caught below, not at the exit
        return code
    except BrokenPipeError:
        # The reader stopped reading (`factory-desk … | head`): what it wanted was written. Whatever is still
        # buffered goes nowhere, so that Python's own flush at the exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
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
