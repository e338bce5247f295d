"""The wording of printed documents in Russian, Latvian and English.

A document is printed in the centre's document language (Settings), which need not be the language of the
interface: a coordinator may work in English and print Russian sheets. So these words are not Qt translations
but plain tables, one per document, each complete in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENT_LANGUAGES = ("ru", "lv", "en")
DEFAULT_DOCUMENT_LANGUAGE = "ru"
# The language a PDF declares, for screen readers and for the viewer's hyphenation and search.
LANGUAGE_TAGS = {"ru": "ru-RU", "lv": "lv-LV", "en": "en-GB"}


@dataclass(frozen=True)
class SignInWords:
    """The sign-in sheet (явочный лист): one sheet per training day."""

    title: str
    programme: str
    date: str
    day_of: str  # «{day} of {days}», after the date of a multi-day session's day
    time: str
    venue: str
    trainer: str
    trainers: str
    on_list: str
    number: str
    full_name: str
    organisation: str
    position: str
    signature: str
    code: str
    trainer_signature: str
    page: str  # «page {page} of {pages}» of one day's sheet


SIGN_IN_WORDS = {
    "ru": SignInWords(
        title="Явочный лист",
        programme="Программа",
        date="Дата",
        day_of="день {day} из {days}",
        time="Время",
        venue="Место проведения",
        trainer="Тренер",
        trainers="Тренеры",
        on_list="Участников по списку",
        number="№",
        full_name="Фамилия, имя, отчество",
        organisation="Организация",
        position="Должность",
        signature="Подпись",
        code="Код участника",
        trainer_signature="Подпись тренера",
        page="Страница {page} из {pages}",
    ),
    # «Dalībnieku reģistrācijas lapa»: the sheet participants sign on arrival at a training or seminar
    # («apmeklējuma lapa», an attendance sheet, is also heard, but names the register kept over a course).
    "lv": SignInWords(
        title="Dalībnieku reģistrācijas lapa",
        programme="Programma",
        date="Datums",
        day_of="{day}. diena no {days}",
        time="Laiks",
        venue="Norises vieta",
        trainer="Pasniedzējs",
        trainers="Pasniedzēji",
        on_list="Dalībnieku skaits",
        number="Nr.",
        full_name="Uzvārds, vārds",
        organisation="Organizācija",
        position="Amats",
        signature="Paraksts",
        code="Dalībnieka kods",
        trainer_signature="Pasniedzēja paraksts",
        page="{page}. lapa no {pages}",
    ),
    "en": SignInWords(
        title="Sign-in sheet",
        programme="Programme",
        date="Date",
        day_of="day {day} of {days}",
        time="Time",
        venue="Venue",
        trainer="Trainer",
        trainers="Trainers",
        on_list="Participants on the list",
        number="No.",
        full_name="Full name",
        organisation="Organisation",
        position="Position",
        signature="Signature",
        code="Participant code",
        trainer_signature="Trainer's signature",
        page="Page {page} of {pages}",
    ),
}


def sign_in_words(language: str) -> SignInWords:
    """The sign-in sheet's words in `language` (ru, lv, en); Russian for a language it is not written in."""
    return SIGN_IN_WORDS.get(language, SIGN_IN_WORDS[DEFAULT_DOCUMENT_LANGUAGE])


def language_tag(language: str) -> str:
    return LANGUAGE_TAGS.get(language, LANGUAGE_TAGS[DEFAULT_DOCUMENT_LANGUAGE])
