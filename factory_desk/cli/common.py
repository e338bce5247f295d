"""What every command of the command line shares: exit codes, the parser that fails in one sentence,
printing sentences or JSON, and the database a command works on.

The leading underscores mark names private to the `factory_desk.cli` package, not to this module.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from factory_desk.i18n import translate

if TYPE_CHECKING:
    from factory_desk.store.database import Database

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
    """The id of the factory named by `name` (its name or code) among `choices.factories` (services.reference)."""
    from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

    return _named(name, [(f.id, f.name, (f.name, f.code)) for f in choices.factories],
                  QT_TRANSLATE_NOOP("Errors", "No factory named “{name}” is in the database."),
                  QT_TRANSLATE_NOOP("Errors", "Several factories are named “{name}”: {candidates}."),
                  QT_TRANSLATE_NOOP("Errors", "No factory is named “{name}”; similar names: {candidates}."))
