"""Where a people list's heading row is and what its columns hold, from Russian, Latvian and English
headings; and the ИНН an organisation writes in the title block above it.

A heading is read as words, folded (case, ё and Latvian diacritics ignored): «Ф.И.О.», «Фамилия, имя,
отчество», «Vārds, uzvārds», «E-mail», «Эл. почта», «Tālrunis»… When a heading names several fields the
stronger one wins: «ИНН организации» is an ИНН, «Телефон организации» a phone, «Место работы» an
organisation. A heading that names the surname and the first name together is a whole name, in the order it
names them. The heading row is the one of the first rows that names the most fields, one of them a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.text import fold
from factory_desk.exchange.tables import Table

HEADING_SEARCH_ROWS = 30  # a title block is a few lines; a heading further down is not a heading
_MAX_HEADING_WORDS = 8  # a longer text is a title or a note


class Field(StrEnum):
    """What a column of a people list holds."""

    FULL_NAME = "full_name"  # «Фамилия Имя Отчество» in one cell, surname first
    FULL_NAME_GIVEN_FIRST = "full_name_given_first"  # «Vārds Uzvārds», «Имя Отчество Фамилия»
    SURNAME = "surname"
    FIRST_NAME = "first_name"
    PATRONYMIC = "patronymic"
    POSITION = "position"
    DEPARTMENT = "department"
    ORGANISATION = "organisation"
    INN = "inn"
    EMAIL = "email"
    PHONE = "phone"
    CATEGORY = "category"


FIELD_LABELS = {
    Field.FULL_NAME: QT_TRANSLATE_NOOP("Import", "Full name (surname first)"),
    Field.FULL_NAME_GIVEN_FIRST: QT_TRANSLATE_NOOP("Import", "Full name (first name first)"),
    Field.SURNAME: QT_TRANSLATE_NOOP("Import", "Surname"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("Import", "First name"),
    Field.PATRONYMIC: QT_TRANSLATE_NOOP("Import", "Patronymic"),
    Field.POSITION: QT_TRANSLATE_NOOP("Import", "Position"),
    Field.DEPARTMENT: QT_TRANSLATE_NOOP("Import", "Department"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("Import", "Organisation"),
    Field.INN: QT_TRANSLATE_NOOP("Import", "Organisation's INN"),
    Field.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    Field.CATEGORY: QT_TRANSLATE_NOOP("Import", "Category"),
}

NAME_FIELDS = frozenset({Field.FULL_NAME, Field.FULL_NAME_GIVEN_FIRST, Field.SURNAME, Field.FIRST_NAME})
_NAME_PARTS = (Field.SURNAME, Field.FIRST_NAME, Field.PATRONYMIC)

# Folded words of headings; a word ending in "*" matches every word that begins with it (all the cases
# of a Russian noun, «amats»/«amata»). Per field, in the order a heading naming two fields is decided by.
_PHRASES: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: ("фио", "full name*", "полное имя", "фамил* ио", "фамил* инициал*"),
    Field.SURNAME: ("фамил*", "uzvard*", "surname*", "last name*", "family name*"),
    Field.FIRST_NAME: ("имя", "vards", "vardi", "vardu", "first name*", "given name*", "forename*", "name",
                         "names"),
    Field.PATRONYMIC: ("отчеств*", "tevvard*", "patronym*", "middle name*"),
    Field.INN: ("инн", "inn", "tin", "taxpayer*"),
    Field.EMAIL: ("e mail*", "email*", "эл почт*", "электрон* почт*", "электрон* адрес*", "почта", "e pasts",
                  "epasts", "mail"),
    Field.PHONE: ("телефон*", "тел", "моб", "мобильн*", "talrun*", "telefon*", "phone*", "telephone*",
                  "mobile*", "tel"),
    Field.CATEGORY: ("категори*", "kategorij*", "categor*"),
    Field.POSITION: ("должност*", "професси*", "amat*", "position*", "job title*", "job", "occupation*"),
    Field.DEPARTMENT: ("подразделен*", "отдел*", "цех*", "служб*", "структурн*", "strukturvienib*", "nodal*",
                       "department*", "division*"),
    Field.ORGANISATION: ("организац*", "предприяти*", "учреждени*", "место работ*", "место служб*",
                         "работодател*", "компани*", "iestad*", "uznemum*", "organizacij*", "darba viet*",
                         "darbaviet*", "organisation*", "organization*", "company", "employer*", "workplace*"),
}
# A whole heading that is only one of these words is a whole name; inside a title it is not a heading.
_WHOLE_NAME_HEADINGS = frozenset({
    "участник", "участники", "сотрудник", "сотрудники", "работник", "работники", "слушатель", "слушатели",
    "dalibnieks", "dalibnieki", "darbinieks", "darbinieki", "participant", "participants", "employee",
    "employees",
})
# Which field a heading naming several is: «ИНН организации» is an ИНН, «Должность в организации» a position.
_STRENGTH = (Field.FULL_NAME, Field.SURNAME, Field.FIRST_NAME, Field.PATRONYMIC, Field.INN, Field.EMAIL,
             Field.PHONE, Field.CATEGORY, Field.POSITION, Field.DEPARTMENT, Field.ORGANISATION)
Alias = tuple[tuple[str, ...], Field]


def _aliases_by_letter() -> dict[str, list[Alias]]:
    """The phrases by the first letter of their first word (a heading's word is tried against a few)."""
    found: dict[str, list[Alias]] = {}
    for field, phrases in _PHRASES.items():
        for phrase in phrases:
            found.setdefault(phrase[0], []).append((tuple(phrase.split(" ")), field))
    for aliases in found.values():
        aliases.sort(key=lambda alias: -len(alias[0]))  # «last name» before «name»
    return found


_ALIASES = _aliases_by_letter()
_LONG_NUMBER = re.compile(r"\d{5}")
_TITLE_INN = re.compile(r"(?<![а-яa-z])(?:инн|inn)(?:\s*/\s*кпп)?\D{0,12}?(\d{12}|\d{10})(?!\d)")


class NoHeadingRowError(FactoryDeskError):
    """A file in which no row looks like the heading of a people list."""


_NO_HEADING = QT_TRANSLATE_NOOP("Errors", "No heading such as ФИО, Vārds or Name in the first {rows} rows of {name}.")


@dataclass(frozen=True)
class Layout:
    """Where the people are in a table: the heading row (0-based index into `Table.rows`), the field of
    each column the import reads, and the ИНН in the title block, if any."""

    heading_row: int
    mapping: dict[int, Field]
    title_inn: str | None = None
    title_organisation: str | None = None  # «ООО «Ромашка»» from «ООО «Ромашка», ИНН 7707083893»


def heading_words(cell: str) -> list[str]:
    """The folded words of a heading; single letters in a row are one word («Ф.И.О.» → «фио»)."""
    words: list[str] = []
    letters = ""
    for word in re.split(r"[\W_]+", fold(cell)):
        if len(word) == 1 and word.isalpha():
            letters += word
            continue
        if letters:
            words.append(letters)
            letters = ""
        if word:
            words.append(word)
    if letters:
        words.append(letters)
    return words


def _matches(words: Sequence[str], at: int, phrase: tuple[str, ...]) -> bool:
    if at + len(phrase) > len(words):
        return False
    for word, pattern in zip(words[at:], phrase, strict=False):
        if pattern.endswith("*"):
            if not word.startswith(pattern[:-1]):
                return False
        elif word != pattern:
            return False
    return True


def heading_field(cell: str) -> Field | None:
    """The field a heading names, or None."""
    words = heading_words(cell)
    if not words or len(words) > _MAX_HEADING_WORDS or _LONG_NUMBER.search(cell) or "@" in cell:
        return None  # a title, a note, an ИНН or an e-mail address: a value, not a heading
    if " ".join(words) in _WHOLE_NAME_HEADINGS:
        return Field.FULL_NAME
    named: list[Field] = []
    at = 0
    while at < len(words):
        alias = next((a for a in _ALIASES.get(words[at][0], ()) if _matches(words, at, a[0])), None)
        if alias is None:
            at += 1
            continue
        named.append(alias[1])
        at += len(alias[0])
    parts = [f for f in named if f in _NAME_PARTS]
    if Field.SURNAME in parts and len(set(parts)) > 1:
        return Field.FULL_NAME if parts[0] is Field.SURNAME else Field.FULL_NAME_GIVEN_FIRST
    return min(named, key=_STRENGTH.index, default=None)


def guess_mapping(heading: Sequence[str]) -> dict[int, Field]:
    """The field of each column whose heading is recognised, by column index.

    A first-name column with no surname column beside it holds the whole name («Vārds», «Name»).
    """
    mapping = {index: found for index, cell in enumerate(heading) if (found := heading_field(cell))}
    if Field.SURNAME not in mapping.values():
        mapping = {i: Field.FULL_NAME if f is Field.FIRST_NAME else f for i, f in mapping.items()}
    return mapping


def _score(mapping: dict[int, Field]) -> int:
    return len(set(mapping.values())) if NAME_FIELDS & set(mapping.values()) else 0


def find_heading_row(table: Table) -> int | None:
    """The index of the heading row: of the first rows, the one naming most fields, one of them a name."""
    best, found = 0, None
    for index, row in enumerate(table.rows[:HEADING_SEARCH_ROWS]):
        score = _score(guess_mapping(row))
        if score > best:
            best, found = score, index
    return found


def title_inn(table: Table, heading_row: int) -> str | None:
    """A 10- or 12-digit number labelled ИНН in the rows above the heading («ИНН 7707083893»,
    «ИНН/КПП: 7707083893/770701001»; the label and the number may be in neighbouring cells)."""
    for row in table.rows[:heading_row]:
        if match := _TITLE_INN.search(fold(" ".join(row))):
            return match.group(1)
    return None


# A legal form and the quoted name after it: ООО «Ромашка», ГБУЗ ЛО «Гатчинская КМБ», SIA "Koks".
_LEGAL_FORMS = (
    "ООО|АО|ПАО|ЗАО|ОАО|НАО|АНО|ИП|ГУП|МУП|ФГУП|ФГБУ|ФГБОУ|ФГАОУ|ГБУЗ|ГАУЗ|ГБУ|ГАУ|ГКУ|ГБОУ|ГАОУ|ГАПОУ|ГБПОУ|"
    "ОГБУ|ЛОГБУ|ЛОГКУ|МБУ|МАУ|МКУ|МБОУ|МАОУ|МКОУ|МБДОУ|МАДОУ|SIA|AS|VSIA|PSIA"
)
_LEGAL_NAME = re.compile(rf"(?<![\w])(?:{_LEGAL_FORMS})(?:\s+[А-ЯЁ]{{2,3}})?\s*[«\"„][^»\"“]+[»\"“]+")
_INN_LABEL = re.compile(r"\s*[,;:–—-]?\s*\bИНН\b.*$", re.IGNORECASE)


def title_organisation(table: Table, heading_row: int) -> str | None:
    """The organisation named in the rows above the heading: the text before «ИНН» on its line
    («ООО «Ромашка», ИНН 7707083893»), else a legal form with a quoted name («Список работников
    ГБУЗ ЛО «Гатчинская КМБ»»)."""
    lines = [" ".join(cell for cell in row if cell).strip() for row in table.rows[:heading_row]]
    for line in lines:
        if _INN_LABEL.search(line):
            before = _INN_LABEL.sub("", line).strip(" ,;:–—-")
            if match := _LEGAL_NAME.search(before):
                return match.group(0).strip()
            if any(c.isalpha() for c in before) and len(before) <= 200:
                return before
    for line in lines:
        if match := _LEGAL_NAME.search(line):
            return match.group(0).strip()
    return None


def detect_layout(table: Table) -> Layout:
    """The heading row, the columns' fields and the title block's ИНН and organisation of a people list."""
    heading_row = find_heading_row(table)
    if heading_row is None:
        raise NoHeadingRowError(_NO_HEADING, rows=HEADING_SEARCH_ROWS, name=table.name)
    return Layout(heading_row, guess_mapping(table.rows[heading_row]), title_inn(table, heading_row),
                  title_organisation(table, heading_row))
