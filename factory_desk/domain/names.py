"""People's names, e-mail addresses and phone numbers as lists write them, tidied the way they are stored.

Pure rules used by the people import; they change case and spacing only where a list is plainly shouting
(ИВАНОВ) or careless (иванов), and leave a name someone typed with care alone.
"""

from __future__ import annotations

import re

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.text import fold, normalize_spaces

# Turkic patronymic and surname markers: «Ахмед оглы», «Лейла кызы», «Гусейн-заде». Written in lower case
# unless they begin the name.
PARTICLES = frozenset({"оглы", "оглу", "кызы", "гызы", "улы", "уулу", "заде", "ogly", "ogli", "kyzy", "qizi", "zade"})
# «ван Бетховен», «де Голль»: left in lower case when the writer chose the case of the name (a word of it is
# in mixed case); in a name typed all in capitals or all in lower case they are capitalised like any word
# (Ван is also a Chinese surname).
NOBILIARY_PARTICLES = frozenset({"ван", "фон", "де", "ди", "да", "дер", "дю", "ла", "ле", "van", "von", "de", "der",
                                 "den", "di", "da", "du", "la", "le", "ten", "ter"})
_HYPHENS = "-\u2010"
_APOSTROPHES = "'\u2019"
_SEGMENT_BREAK = re.compile(f"([{_HYPHENS}])")
_APOSTROPHE_BREAK = re.compile(f"([{_APOSTROPHES}])")
_SPACED_HYPHEN = re.compile(f"\\s*([{_HYPHENS}])\\s*")
_INITIALS = re.compile(r"^(\w\.)(\w\.?)$")


def _upper(char: str) -> str:
    """The capital of `char` when it is one letter that folds like `char` (ß and ﬀ have none)."""
    upper = char.upper()
    return upper if len(upper) == 1 and upper.casefold() == char.casefold() else char


def _lower(char: str) -> str:
    lower = char.lower()
    return lower if len(lower) == 1 and lower.casefold() == char.casefold() else char


def _capitalised(part: str) -> str:
    """The first letter up, the rest down; a letter after a dot starts anew (initials: «И.И.»)."""
    out: list[str] = []
    start = True
    for char in part:
        if char.isalpha():
            out.append(_upper(char) if start else _lower(char))
            start = False
        else:
            out.append(char)
            start = start or char == "."
    return "".join(out)


def _segment_case(segment: str, *, leading: bool) -> str:
    if not leading and fold(segment) in PARTICLES:
        return "".join(_lower(c) for c in segment)
    pieces = _APOSTROPHE_BREAK.split(segment)
    out = [_capitalised(pieces[0])]
    for index in range(2, len(pieces), 2):
        # «O'Connor», «D'Artagnan» (a one-letter prefix); «Мар'яна» keeps its lower-case letter.
        prefix_is_letter = sum(c.isalpha() for c in pieces[index - 2]) == 1
        piece = pieces[index]
        out.append(pieces[index - 1])
        out.append(_capitalised(piece) if prefix_is_letter else "".join(_lower(c) for c in piece))
    return "".join(out)


def _is_mixed(word: str) -> bool:
    return any(c.isupper() for c in word) and any(c.islower() for c in word)


def _word_case(word: str, *, first_word: bool, case_chosen: bool) -> str:
    if not (word.isupper() or word.islower()):
        return word  # mixed case: someone wrote it as it should be («McDonald», «Оглы»)
    if case_chosen and word.islower() and fold(word) in NOBILIARY_PARTICLES:
        return word
    parts = _SEGMENT_BREAK.split(word)
    return "".join(
        part if index % 2 else _segment_case(part, leading=first_word and index == 0)
        for index, part in enumerate(parts)
    )


def proper_case(text: str | None) -> str:
    """A name in proper case: «ИВАНОВА-ПЕТРОВА» → «Иванова-Петрова», «ахмед ОГЛЫ» → «Ахмед оглы».

    Spaces are collapsed. Each word that is all capitals or all lower case gets a capital first letter
    (and one after each hyphen, each dot of initials and an O'/D' prefix); a word in mixed case is left as
    it is, and so are «ван», «де»… in lower case beside one. Only case and spacing change:
    `fold(proper_case(x)) == fold(x)`.
    """
    words = normalize_spaces(text).split(" ")
    case_chosen = any(_is_mixed(word) for word in words)
    return " ".join(_word_case(word, first_word=index == 0, case_chosen=case_chosen)
                    for index, word in enumerate(words))


def clean_name(text: str | None) -> str:
    """A name part as it is stored: proper case, no spaces around hyphens («Иванова - Петрова»)."""
    return proper_case(_SPACED_HYPHEN.sub(r"\1", normalize_spaces(text)))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _name_words(text: str) -> list[str]:
    words: list[str] = []
    for word in clean_name(text.replace(",", " ")).split(" "):
        if match := _INITIALS.match(word):  # «И.И.» is two initials
            words.extend(match.groups())
        elif word:
            words.append(word)
    return words


def split_full_name(text: str | None, *, given_name_first: bool = False) -> tuple[str, str, str]:
    """(surname, first name, patronymic) of a name written in one cell, each in proper case.

    The surname comes first unless `given_name_first`: «Иванов Иван Иванович», and Latvian lists in one
    column write «Uzvārds Vārds» too. A name with Cyrillic letters has a patronymic: surname, first name,
    then the rest («Алиев Рашид Ахмед оглы» → «Ахмед оглы»); with four or more words and no particle the
    extra words belong to the surname. A name in Latin letters has none (Latvian and English names): the
    words after the surname are the first names («Bērziņa Anna Marija»). In the given-name-first order
    the last word is the surname: «Иван Иванович Иванов», «Anna Marija Bērziņa».
    """
    words = _name_words(text or "")
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    cyrillic = _has_cyrillic(" ".join(words))
    if given_name_first:
        surname, given = words[-1], words[:-1]
        if cyrillic:
            return surname, given[0], " ".join(given[1:])
        return surname, " ".join(given), ""
    if not cyrillic:
        return words[0], " ".join(words[1:]), ""
    if len(words) <= 3:
        return words[0], words[1], " ".join(words[2:])
    patronymic_words = 2 if fold(words[-1]) in PARTICLES else 1
    rest, patronymic = words[:-patronymic_words], words[-patronymic_words:]
    return " ".join(rest[:-1]), rest[-1], " ".join(patronymic)


def name_problem(part: str) -> str | None:
    """Why a name part cannot be a person's name, or None."""
    if any(c.isdigit() for c in part):
        return QT_TRANSLATE_NOOP("Errors", "A name cannot contain digits.")
    if part and not any(c.isalpha() for c in part):
        return QT_TRANSLATE_NOOP("Errors", "A name must contain letters.")
    return None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def normalize_email(text: str | None) -> str:
    """An e-mail address without spaces, «mailto:» or angle brackets, its domain in lower case."""
    address = re.sub(r"\s+", "", normalize_spaces(text)).strip("<>")
    if address.casefold().startswith("mailto:"):
        address = address[len("mailto:"):]
    local, at, domain = address.rpartition("@")
    return f"{local}{at}{domain.lower()}" if at else address


def email_problem(email: str) -> str | None:
    """Why `email` (normalised) is not an address mail can be sent to, or None."""
    local, _at, _domain = email.rpartition("@")
    if not _EMAIL.match(email) or ".." in email:
        return QT_TRANSLATE_NOOP("Errors", "This e-mail address is not valid.")
    if _has_cyrillic(local):
        # A Cyrillic «а», «е», «о» or «с» typed for a Latin one looks right and never arrives.
        return QT_TRANSLATE_NOOP("Errors", "This e-mail address contains Cyrillic letters before the @.")
    return None


def normalize_phone(text: str | None) -> str:
    """A Russian or Latvian number in one international form; anything else as written.

    «8 (916) 123-45-67», «79161234567», «9161234567» → «+7 916 123-45-67»;
    «26123456», «+371 2612 3456» → «+371 26123456».
    """
    written = normalize_spaces(text)
    if not re.fullmatch(r"\+?[\d\s().\-]+", written):
        return written  # an extension, a note or a second number: the coordinator reads it as it is
    digits = re.sub(r"\D", "", written)
    international = written.startswith("+")
    if len(digits) == 11 and (digits[0] == "7" or (digits[0] == "8" and not international)):
        digits = digits[1:]
    elif len(digits) == 10 and not international:
        pass  # a Russian number without the country code
    elif len(digits) == 11 and digits.startswith("371"):
        return f"+371 {digits[3:]}"
    elif len(digits) == 8 and digits[0] in "26" and not international:
        return f"+371 {digits}"
    else:
        return written
    return f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def phone_problem(phone: str) -> str | None:
    digits = sum(c.isdigit() for c in phone)
    if phone and not 5 <= digits <= 15:
        return QT_TRANSLATE_NOOP("Errors", "This phone number does not look valid.")
    return None
