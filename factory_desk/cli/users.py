"""The people who use the app, on the command line: list the accounts, add one, change a role."""

from __future__ import annotations

import argparse

from factory_desk.cli.common import COMMAND_LINE_USER, EXIT_OK, _opened, _Parser, _print_json, _say
from factory_desk.i18n import translate


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


def register(commands: argparse._SubParsersAction[_Parser], common: argparse.ArgumentParser) -> None:
    """Add the users commands to the command line; `common` holds --db and --json."""
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
