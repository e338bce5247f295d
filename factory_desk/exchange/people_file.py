"""The preview of a people list: every row below the heading as it will be imported, with its errors and
warnings, or the reason it is skipped. Pure: the service that has the database adds "already registered"
warnings and imports the rows that can be imported.

    table = read_table(path)                 # tables.py: TableFileError with a sentence on failure
    layout = detect_layout(table)            # people_columns.py: NoHeadingRowError when there is no heading
    rows = preview(table, layout.mapping, heading_row=layout.heading_row, default_inn=layout.title_inn)

A row's organisation is its organisation cell, else `default_organisation`; its ИНН is its ИНН cell, else
`default_inn` (the ИНН of the title block).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.inn import inn_problem, is_valid_inn
from factory_desk.domain.models.registry import PersonCategory
from factory_desk.domain.names import (
    clean_name,
    email_problem,
    name_problem,
    normalize_email,
    normalize_phone,
    phone_problem,
    split_full_name,
)
from factory_desk.domain.text import fold, normalize_spaces
from factory_desk.exchange.people_columns import NAME_FIELDS, Field, heading_field
from factory_desk.exchange.tables import Table

_TOTAL = re.compile(r"^(итого|всего|kopa|kopsumma|total)\b")
_SEVERAL = re.compile(r"[;,\s]+")
# Folded words that name a category, in the order they are tried: «Работник социальной сферы» is social.
_CATEGORY_WORDS = (
    (PersonCategory.SCHOOL_PUPIL, ("школьн", "учащ", "ученик", "school", "pupil", "skolen")),
    (PersonCategory.STUDENT, ("студент", "student")),
    (PersonCategory.SOCIAL_SECTOR, ("социальн", "social")),
    (PersonCategory.MUNICIPAL_EMPLOYEE, ("муниципальн", "municipal", "pasvaldib")),
    (PersonCategory.CIVIL_SERVANT, ("государствен", "госслуж", "civil", "valsts", "ieredn")),
    (PersonCategory.ENTERPRISE_EMPLOYEE, ("предприяти", "enterprise", "uznemum", "работник", "сотрудник",
                                          "employee", "darbiniek")),
    (PersonCategory.OTHER, ("друг", "проч", "other", "cits")),
)
# The warning on a later row for the same person: its "row" detail is the earlier row.
SAME_IN_FILE = QT_TRANSLATE_NOOP("Errors", "The same person is already on row {row} of this file.")


@dataclass(frozen=True)
class Problem:
    """An English sentence marked for translation in the "Errors" context, and the values for its
    {placeholders}: the GUI translates `template` and fills it with `format`."""

    template: str
    details: Mapping[str, object] = field(default_factory=dict)

    def format(self, template: str | None = None) -> str:
        try:
            return (template or self.template).format(**self.details)
        except (KeyError, IndexError, ValueError):
            return template or self.template


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file as it will be imported. `source_row` is 1-based, as Excel numbers rows."""

    source_row: int
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    position: str = ""
    department: str = ""
    organisation: str = ""
    inn: str = ""
    email: str = ""
    phone: str = ""
    category: PersonCategory | None = None  # None: not given, the importer's default applies
    errors: tuple[Problem, ...] = ()  # the row cannot be imported until they are fixed
    warnings: tuple[Problem, ...] = ()  # the row can be imported; the coordinator should look
    skip_reason: Problem | None = None  # not a person: a blank line, a total, a repeated heading

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)

    @property
    def can_import(self) -> bool:
        return self.skip_reason is None and not self.errors


def mapping_problem(mapping: Mapping[int, Field]) -> Problem | None:
    """Why a column mapping cannot import anyone, or None."""
    if not NAME_FIELDS & set(mapping.values()):
        return Problem(QT_TRANSLATE_NOOP("Errors", "Choose the column with the people's names."))
    return None


def parse_category(text: str) -> PersonCategory | None:
    """The category a cell names («Студент», «Pašvaldības darbinieks», «civil_servant»), or None."""
    folded = fold(text)
    for category, stems in _CATEGORY_WORDS:
        if any(stem in folded for stem in stems):
            return category
    return None


def normalize_inn(text: str) -> str:
    """An ИНН without spaces or dashes. Excel drops the leading zero of an ИНН stored as a number: a
    9- or 11-digit number that is a valid ИНН with a zero in front gets it back."""
    inn = re.sub(r"[\s\-.]", "", text)
    if inn.isascii() and inn.isdigit() and len(inn) in (9, 11) and is_valid_inn("0" + inn):
        return "0" + inn
    return inn


def preview(table: Table, mapping: Mapping[int, Field], *, heading_row: int,
            default_organisation: str | None = None, default_inn: str | None = None) -> list[PreviewRow]:
    """Every row below `heading_row` (0-based index into `table.rows`) read through `mapping`.

    Two rows with the same name (folded) and the same organisation and ИНН: the later ones are warned.
    """
    rows: list[PreviewRow] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    for index in range(heading_row + 1, len(table.rows)):
        cells = table.rows[index]
        if reason := _skip_reason(cells, mapping):
            rows.append(PreviewRow(index + 1, skip_reason=reason))
            continue
        row = _person_row(index + 1, cells, mapping, default_organisation or "", default_inn or "")
        if row.surname:
            key = (fold(row.full_name), fold(row.organisation), row.inn)
            if key in first_seen:
                row = replace(row, warnings=(*row.warnings, Problem(SAME_IN_FILE, {"row": first_seen[key]})))
            else:
                first_seen[key] = row.source_row
        rows.append(row)
    return rows


def _skip_reason(cells: Sequence[str], mapping: Mapping[int, Field]) -> Problem | None:
    filled = [cell for cell in cells if cell]
    if not filled:
        return Problem(QT_TRANSLATE_NOOP("Errors", "A blank row."))
    if _TOTAL.match(fold(filled[0])):
        return Problem(QT_TRANSLATE_NOOP("Errors", "A total, not a person: “{text}”."), {"text": filled[0]})
    if _repeats_heading(cells, mapping):
        return Problem(QT_TRANSLATE_NOOP("Errors", "The heading repeated."))
    if not any(index < len(cells) and cells[index] for index in mapping):
        return Problem(QT_TRANSLATE_NOOP("Errors", "Nothing in the columns being imported."))
    return None


def _repeats_heading(cells: Sequence[str], mapping: Mapping[int, Field]) -> bool:
    """The heading again: a heading merged over two rows, or repeated on every printed page."""
    columns = [index for index in mapping if index < len(cells) and cells[index]]
    if not any(heading_field(cells[i]) in NAME_FIELDS for i in columns if mapping[i] in NAME_FIELDS):
        return False  # a person's name is never a name heading: most rows end here
    same = sum(1 for i in columns if heading_field(cells[i]) in _alike(mapping[i]))
    return same >= min(2, len(mapping))


def _alike(target: Field) -> frozenset[Field]:
    return NAME_FIELDS if target in NAME_FIELDS else frozenset({target})


def _values(cells: Sequence[str], mapping: Mapping[int, Field]) -> dict[Field, str]:
    """Each field's text: from the first of its columns that is filled in this row."""
    values: dict[Field, str] = {}
    for index in sorted(mapping):
        if index < len(cells) and cells[index]:
            values.setdefault(mapping[index], cells[index])
    return values


def _name(values: Mapping[Field, str]) -> tuple[str, str, str]:
    if surname := values.get(Field.SURNAME, ""):
        first_name, patronymic = clean_name(values.get(Field.FIRST_NAME)), clean_name(values.get(Field.PATRONYMIC))
        if not first_name and not patronymic and " " in surname.strip():
            return split_full_name(surname)  # the whole name typed into the surname column
        return clean_name(surname), first_name, patronymic
    if full_name := values.get(Field.FULL_NAME, ""):
        return split_full_name(full_name)
    if full_name := values.get(Field.FULL_NAME_GIVEN_FIRST, ""):
        return split_full_name(full_name, given_name_first=True)
    return "", clean_name(values.get(Field.FIRST_NAME)), clean_name(values.get(Field.PATRONYMIC))


def _person_row(source_row: int, cells: Sequence[str], mapping: Mapping[int, Field], default_organisation: str,
                default_inn: str) -> PreviewRow:
    values = _values(cells, mapping)
    errors: list[Problem] = []
    warnings: list[Problem] = []
    surname, first_name, patronymic = _name(values)
    if not surname:
        errors.append(Problem(QT_TRANSLATE_NOOP("Errors", "There is no surname.") if first_name
                              else QT_TRANSLATE_NOOP("Errors", "There is no name.")))
    elif not first_name:
        warnings.append(Problem(QT_TRANSLATE_NOOP("Errors", "There is no first name.")))
    for part in (surname, first_name, patronymic):
        if problem := name_problem(part):
            errors.append(Problem(problem))
            break

    inn = normalize_inn(values.get(Field.INN, "")) or default_inn
    if inn and (problem := inn_problem(inn)):
        errors.append(Problem(problem, {"inn": inn}))

    addresses = [a for a in _SEVERAL.split(values.get(Field.EMAIL, "")) if a]
    email = normalize_email(addresses[0]) if addresses else ""
    if len(addresses) > 1:
        several = QT_TRANSLATE_NOOP("Errors", "Several e-mail addresses: only the first, {email}, is kept.")
        warnings.append(Problem(several, {"email": email}))
    if email and (problem := email_problem(email)):
        warnings.append(Problem(problem, {"email": email}))

    phone = normalize_phone(values.get(Field.PHONE))
    if problem := phone_problem(phone):
        warnings.append(Problem(problem, {"phone": phone}))

    category = None
    if written := values.get(Field.CATEGORY, ""):
        category = parse_category(written)
        if category is None:
            unknown = QT_TRANSLATE_NOOP("Errors", "The category “{category}” is not known; the default one applies.")
            warnings.append(Problem(unknown, {"category": written}))

    return PreviewRow(
        source_row,
        surname=surname,
        first_name=first_name,
        patronymic=patronymic,
        position=normalize_spaces(values.get(Field.POSITION)),
        department=normalize_spaces(values.get(Field.DEPARTMENT)),
        organisation=normalize_spaces(values.get(Field.ORGANISATION)) or default_organisation,
        inn=inn,
        email=email,
        phone=phone,
        category=category,
        errors=tuple(errors),
        warnings=tuple(warnings),
    )
