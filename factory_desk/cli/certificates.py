"""Certificates on the command line: issue a closed session's certificates (one merged PDF, and a ZIP of one PDF
per person on request), verify a scanned QR text, reprint, void, and export the centre's public key."""

from __future__ import annotations

import argparse
from pathlib import Path

from factory_desk.cli.common import (
    COMMAND_LINE_USER,
    EXIT_FAILED,
    EXIT_OK,
    _opened,
    _Parser,
    _print_json,
    _say,
)
from factory_desk.exchange.export import write_file
from factory_desk.i18n import translate


def cmd_certificates_issue(args: argparse.Namespace) -> int:
    from factory_desk.services.certificates import ALREADY_ISSUED, issue_certificates

    with _opened(args) as db:
        result = issue_certificates(db, args.id, person_ids=args.person or None, template_id=args.template,
                                    language=args.language, user_name=COMMAND_LINE_USER)
    output = Path(args.output)
    if result.issued:
        write_file(output, result.merged_pdf())
        if args.zip:
            write_file(Path(args.zip), result.files())
    if args.json:
        _print_json({"session": args.id, "file": str(output) if result.issued else None,
                     "zip": args.zip if result.issued and args.zip else None, "language": result.language,
                     "certificates": [{"number": c.number, "person": c.person_id, "name": c.full_name,
                                       "sha256": c.pdf_sha256} for c in result.issued],
                     "skipped": [{"person": s.person_id, "name": s.full_name, "reason": s.reason,
                                  "number": s.number or None} for s in result.skipped]})
        return EXIT_OK
    for certificate in result.issued:
        _say(translate("CommandLine", "{number}: {name} (id {id})"), number=certificate.number,
             name=certificate.full_name, id=certificate.person_id)
    for skipped in result.skipped:
        if skipped.reason == ALREADY_ISSUED:
            _say(translate("CommandLine", "  – {name} (id {id}) already holds certificate {number}."),
                 name=skipped.full_name, id=skipped.person_id, number=skipped.number)
        else:
            _say(translate("CommandLine", "  – person {id}: their data were erased; no certificate."),
                 id=skipped.person_id)
    if result.issued:
        _say(translate("CommandLine", "{count} certificates were issued and saved to {file}."),
             count=len(result.issued), file=output)
        if args.zip:
            _say(translate("CommandLine", "One PDF per person: {file}."), file=args.zip)
    else:
        _say(translate("CommandLine", "Nobody was issued a certificate; no file was written."))
    return EXIT_OK


def _reason_text(reason: str) -> str:
    from factory_desk.services.signing import REASONS

    return translate("Labels", REASONS[reason])


def cmd_certificates_verify(args: argparse.Namespace) -> int:
    from factory_desk.domain.errors import FactoryDeskError
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
    from factory_desk.services.signing import verify, verify_with_keys

    if args.key:
        try:
            keys = Path(args.key).read_bytes()
        except OSError as exc:
            raise FactoryDeskError(QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read: {reason}"),
                                   file=args.key, reason=exc.strerror or str(exc)) from exc
        verdict = verify_with_keys(args.text, keys)
    else:
        with _opened(args) as db:
            verdict = verify(db, args.text)
    if args.json:
        _print_json({"valid": verdict.valid, "reason": verdict.reason, "checked_register": verdict.checked_register,
                     **verdict.details})
    else:
        _say(_reason_text(verdict.reason) + ".")
        shown = (
            (translate("CommandLine", "Number"), verdict.number),
            (translate("CommandLine", "Name"), verdict.full_name),
            (translate("CommandLine", "Programme"), verdict.programme),
            (translate("CommandLine", "Date"), verdict.date.strftime("%d.%m.%Y") if verdict.date else ""),
            (translate("CommandLine", "Hours"), verdict.details.get("hours", "")),
            (translate("CommandLine", "Organisation"), verdict.organisation),
            (translate("CommandLine", "Factory"), verdict.factory),
            (translate("CommandLine", "Void reason"), verdict.void_reason),
            (translate("CommandLine", "Key"), verdict.fingerprint or verdict.key_id),
        )
        for label, value in shown:
            if value:
                _say(translate("CommandLine", "  {label}: {value}"), label=label, value=value)
        if verdict.valid and not verdict.checked_register:
            _say(translate("CommandLine", "The signature is genuine; whether the certificate was voided since can "
                                          "only be checked against the centre's register."))
    return EXIT_OK if verdict.valid else EXIT_FAILED


def cmd_certificates_reprint(args: argparse.Namespace) -> int:
    from factory_desk.services.certificates import reprint

    with _opened(args) as db:
        result = reprint(db, args.number, user_name=COMMAND_LINE_USER)
    write_file(Path(args.output), result.pdf)
    if args.json:
        _print_json({"number": result.number, "print_count": result.print_count, "file": args.output,
                     "changed_images": list(result.changed_images)})
    else:
        _say(translate("CommandLine", "A duplicate of certificate {number} (print {count}) was saved to {file}."),
             number=result.number, count=result.print_count, file=args.output)
    return EXIT_OK


def cmd_certificates_void(args: argparse.Namespace) -> int:
    from factory_desk.services.certificates import void

    with _opened(args) as db:
        row = void(db, args.number, reason=args.reason, user_name=COMMAND_LINE_USER)
    if args.json:
        _print_json({"number": row.number, "status": row.status, "reason": row.void_reason})
    else:
        _say(translate("CommandLine", "Certificate {number} ({name}) is voided."), number=row.number,
             name=row.full_name)
    return EXIT_OK


def cmd_certificates_key(args: argparse.Namespace) -> int:
    from factory_desk.services.signing import export_public_key, signing_keys

    with _opened(args) as db:
        pem = export_public_key(db, user_name=COMMAND_LINE_USER)
        keys = signing_keys(db)
    write_file(Path(args.output), pem)
    if args.json:
        _print_json({"file": args.output, "keys": [{"fingerprint": k.fingerprint, "retired": k.retired_at is not None}
                                                   for k in keys]})
    else:
        _say(translate("CommandLine", "The centre's public key ({fingerprint}) was saved to {file}."),
             fingerprint=keys[0].fingerprint, file=args.output)
    return EXIT_OK


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the certificate commands to the command line; `common` holds --db and --json."""
    group = commands.add_parser("certificates", parents=[common],
                                help=translate("CommandLine", "issue, verify, reprint and void certificates"))
    actions = group.add_subparsers(dest="action", metavar=translate("CommandLine", "ACTION"), required=True,
                                   parser_class=_Parser)
    issue = actions.add_parser(
        "issue", parents=[common],
        help=translate("CommandLine", "number and print the certificates of a closed session's eligible people"))
    issue.add_argument("id", type=int, metavar=translate("CommandLine", "SESSION_ID"))
    issue.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "the PDF file with every certificate"))
    issue.add_argument("--zip", metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "also a ZIP of one PDF per person, named by number and name"))
    issue.add_argument("--person", type=int, action="append", metavar=translate("CommandLine", "PERSON_ID"),
                       help=translate("CommandLine", "only this person (repeat for several)"))
    issue.add_argument("--template", type=int, metavar=translate("CommandLine", "ID"),
                       help=translate("CommandLine", "the certificate design (default: the centre's default)"))
    issue.add_argument("--language", choices=("ru", "lv", "en", "ru+en", "lv+en"),
                       help=translate("CommandLine", "the language (default: the design's)"))
    issue.set_defaults(run=cmd_certificates_issue)
    check = actions.add_parser(
        "verify", parents=[common],
        help=translate("CommandLine", "check the text of a certificate's QR code; exit 0 only when valid"))
    check.add_argument("text", metavar=translate("CommandLine", "TEXT"))
    check.add_argument("--key", metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "check with this public key file instead of the database"))
    check.set_defaults(run=cmd_certificates_verify)
    again = actions.add_parser(
        "reprint", parents=[common],
        help=translate("CommandLine", "print a certificate again, as issued, marked as a duplicate"))
    again.add_argument("number", metavar=translate("CommandLine", "NUMBER"))
    again.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "the PDF file to write"))
    again.set_defaults(run=cmd_certificates_reprint)
    cancel = actions.add_parser("void", parents=[common],
                                help=translate("CommandLine", "void a certificate; its number is never given again"))
    cancel.add_argument("number", metavar=translate("CommandLine", "NUMBER"))
    cancel.add_argument("--reason", required=True, metavar=translate("CommandLine", "TEXT"),
                        help=translate("CommandLine", "why, kept in the register"))
    cancel.set_defaults(run=cmd_certificates_void)
    key = actions.add_parser("key", parents=[common],
                             help=translate("CommandLine", "save the centre's public key for others to verify with"))
    key.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                     help=translate("CommandLine", "the PEM file to write"))
    key.set_defaults(run=cmd_certificates_key)
