"""The sign-in sheet (явочный лист): one A4 sheet per training day that the people enrolled sign on arrival,
with each person's barcode for the attendance screen's scanner, a few empty rows for walk-ins and a line for
the trainer's signature. The data come from services/sign_in.py; the words from words.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factory_desk.documents.words import SignInWords, language_tag, sign_in_words
from factory_desk.domain.text import day_text, time_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from factory_desk.documents.layout import Cell

WALK_IN_ROWS = 3  # empty rows after the list, for people who come without being enrolled
ROW_HEIGHT = 10 * 72 / 25.4  # 10 mm in points: room to sign in


@dataclass(frozen=True)
class SignInRow:
    """A person on the sheet: their number on it, name, organisation, position and the code to scan."""

    number: int
    person_id: int
    full_name: str
    organisation: str
    position: str
    badge_code: str


@dataclass(frozen=True)
class SignInDay:
    """Everything one day's sheet prints."""

    session_id: int
    programme: str
    day_no: int
    days: int  # how many days the session has
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    factory: str
    factory_address: str
    trainers: tuple[str, ...]
    rows: tuple[SignInRow, ...]


def sheet_title(day: SignInDay, language: str) -> str:
    """«Явочный лист — Основы бережливого производства — 12.03.2026»: the PDF's title and footer."""
    return " — ".join((sign_in_words(language).title, day.programme, day_text(day.date)))


def file_name(days: Sequence[SignInDay], language: str) -> str:
    """A name for the saved file, without extension: «Явочный лист 12.03.2026 Основы бережливого производства»
    (the first day's date)."""
    title = sign_in_words(language).title
    return f"{title} {day_text(days[0].date)} {days[0].programme}" if days else title


def sign_in_sheet_pdf(days: Sequence[SignInDay], language: str) -> bytes:
    """The PDF: a sheet per day in `days`, each from a new page, worded in `language` (ru, lv, en)."""
    from factory_desk.documents.layout import A4_PORTRAIT, DocumentInfo, Section, build_pdf

    words = sign_in_words(language)
    sections = [Section(_sheet(day, words), footer=sheet_title(day, language)) for day in days]
    first = days[0] if days else None
    info = DocumentInfo(title=sheet_title(first, language) if first else words.title,
                        language=language_tag(language), author=first.factory if first else "",
                        subject=first.programme if first else "")
    return build_pdf(sections, info=info, page=A4_PORTRAIT, page_text=words.page)


def _sheet(day: SignInDay, words: SignInWords) -> list[Flowable]:
    from factory_desk.documents.layout import (
        A4_PORTRAIT,
        Barcode,
        Column,
        Spacer,
        data_table,
        header_block,
        mm,
        room_left_on_last_page,
        signature_lines,
    )

    page = A4_PORTRAIT
    width = page.frame_width
    date = day_text(day.date)
    if day.days > 1:
        date = f"{date}, {words.day_of.format(day=day.day_no, days=day.days)}"
    venue = ", ".join(part for part in (day.factory, day.factory_address) if part)
    fields = [(words.programme, day.programme), (words.date, date),
              (words.time, f"{time_text(day.starts_at)}–{time_text(day.ends_at)}"),
              (words.venue, venue)]
    if day.trainers:
        fields.append((words.trainers if len(day.trainers) > 1 else words.trainer, ", ".join(day.trainers)))
    fields.append((words.on_list, str(len(day.rows))))
    head = header_block(words.title, fields, width=width, label_width=42 * mm)

    columns = [
        Column(words.number, 9 * mm, style=lambda s: s.cell_number),
        Column(words.full_name, 46 * mm),
        Column(words.organisation, 33 * mm, style=lambda s: s.cell_small),
        Column(words.position, 31 * mm, style=lambda s: s.cell_small),
        Column(words.signature, 27.5 * mm),
        Column(words.code, width - 146.5 * mm, align="CENTER"),  # 36.5 mm: a code at full bar width
    ]
    people: list[list[Cell]] = [
        [str(row.number), row.full_name, row.organisation, row.position, None, Barcode(row.badge_code)]
        for row in day.rows]
    signers = [(words.trainer_signature, name) for name in day.trainers] or [(words.trainer_signature, "")]
    tail = [Spacer(0, 3 * mm), signature_lines(signers, width=width)]
    tail_height = sum(flowable.wrap(width, page.frame_height)[1] for flowable in tail)

    # Empty rows for walk-ins, as many as leave the trainer's signature on the list's last page (up to
    # WALK_IN_ROWS); a sheet for nobody yet is all empty rows.
    room = room_left_on_last_page([*head, data_table(columns, people, min_row_height=ROW_HEIGHT)], page)
    if people:
        fitting = int((room - tail_height) // ROW_HEIGHT) if room >= tail_height else WALK_IN_ROWS
        walk_ins = max(0, min(WALK_IN_ROWS, fitting))
    else:
        walk_ins = max(WALK_IN_ROWS, int((room - tail_height) // ROW_HEIGHT))
    rows = people + [[str(len(people) + extra), None, None, None, None, None] for extra in range(1, walk_ins + 1)]
    return [*head, data_table(columns, rows, min_row_height=ROW_HEIGHT), *tail]
