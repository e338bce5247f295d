"""The session report (отчёт о проведении обучения): what a centre sends to the regional programme after a
session — who was enrolled and who came (by organisation and by category), each person's attendance and result,
the simulation rounds with their change and a chart, the knowledge gain, the NPS with the comments, the
certificates issued, the trainer's notes and the signatures. A4 portrait, in the centre's document language.

The data come from services/session_report.py; the words from words.py; the page from layout.py, which the
sign-in sheet shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING

from factory_desk.documents.words import SessionReportWords, language_tag, session_report_words
from factory_desk.domain.text import day_text

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from factory_desk.documents.layout import Cell, TextStyles

CATEGORY_ORDER = ("enterprise_employee", "student", "civil_servant", "municipal_employee", "social_sector",
                  "school_pupil", "other")  # PersonCategory, in the order the register lists it
PRODUCTIVITY, PLAN_FULFILMENT = "productivity", "plan_fulfilment"  # services/rounds.py's derived figures
COMPACT_FROM_DAYS = 3  # from this many days on, each day's mark is a short sign, explained under the table


# --- what the report prints --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportDay:
    day_no: int
    date: dt.date


@dataclass(frozen=True)
class ReportStatus:
    """An attendance status: a built-in one is worded by the document; a centre's own by the name it was given."""

    code: str
    name: str
    builtin: bool
    counts_as_present: bool


@dataclass(frozen=True)
class Shortfall:
    """Why a person did not complete the programme: the first day without a mark that counts (`day_no`, with
    the mark it has, None when there is none), or too few days attended (`day_no` None)."""

    day_no: int | None
    status: str | None
    attended_days: int
    needed_days: int


@dataclass(frozen=True)
class ReportParticipant:
    """A person holding a place in the session (walk-ins and replacements too)."""

    full_name: str  # "" when the person's data were erased on request
    organisation: str  # "" when they have none
    category: str  # a PersonCategory code
    marks: tuple[str | None, ...]  # each day's status code, in day order; None: not marked
    attended: bool  # marked with a status that counts as present on at least one day
    completed: bool  # completes the programme by its completion rule
    shortfall: Shortfall | None = None


@dataclass(frozen=True)
class Breakdown:
    """One line of «by organisation» or «by category»."""

    key: str  # the organisation's name, or the category's code
    enrolled: int
    attended: int
    completed: int


@dataclass(frozen=True)
class ReportFigure:
    """A row of the rounds table: a metric of the programme, or a figure derived from them (`derived` names it:
    productivity or plan_fulfilment, worded by the document)."""

    name: str
    unit: str
    values: tuple[Decimal | None, ...]  # round 1 first
    lower_is_better: bool
    first: Decimal | None = None  # the change: from the first round with a value to the last one
    last: Decimal | None = None
    percent: Decimal | None = None  # None when the first value is 0, or with fewer than two values
    better: bool | None = None  # None when nothing changed
    derived: str = ""


@dataclass(frozen=True)
class ReportScores:
    """Averages of the tests in % of each test's maximum; the gain in percentage points."""

    pre_count: int
    post_count: int
    average_pre: Decimal | None
    average_post: Decimal | None
    gain_count: int
    average_gain: Decimal | None


@dataclass(frozen=True)
class ReportFeedback:
    promoters: int
    passives: int
    detractors: int
    nps: int | None  # None when nobody answered
    comments: tuple[tuple[int | None, str], ...]  # (the 0–10 answer, the comment), without names

    @property
    def answered(self) -> int:
        return self.promoters + self.passives + self.detractors


@dataclass(frozen=True)
class ReportCertificate:
    number: str
    full_name: str  # "" when the person's data were erased
    issued_on: dt.date


@dataclass(frozen=True)
class SessionReport:
    """Everything a session report prints."""

    session_id: int
    programme: str
    hours: Decimal
    factory: str
    factory_address: str
    trainers: tuple[str, ...]  # the lead trainer first
    days: tuple[ReportDay, ...]
    statuses: tuple[ReportStatus, ...]
    rule_statuses: tuple[str, ...]  # the codes the programme's completion rule counts
    rule_all_days: bool
    rule_needed_days: int
    participants: tuple[ReportParticipant, ...]  # alphabetically
    programme_rounds: int  # 0: the programme has no simulation
    figures: tuple[ReportFigure, ...]  # the metrics, then the derived figures
    scores: ReportScores
    feedback: ReportFeedback
    certificates: tuple[ReportCertificate, ...]  # issued (not voided), by number
    trainer_notes: str
    made_on: dt.date

    @property
    def enrolled(self) -> int:
        return len(self.participants)

    @property
    def attended(self) -> int:
        return sum(p.attended for p in self.participants)

    @property
    def completed(self) -> int:
        return sum(p.completed for p in self.participants)

    @property
    def rounds_recorded(self) -> bool:
        return any(value is not None for figure in self.figures for value in figure.values)

    def by_organisation(self) -> tuple[Breakdown, ...]:
        """Organisations with the most people first, then by name; people without one under "" last."""
        lines = _breakdown(self.participants, lambda p: p.organisation)
        return tuple(sorted(lines, key=lambda b: (b.key == "", -b.enrolled, b.key.casefold())))

    def by_category(self) -> tuple[Breakdown, ...]:
        """Categories in the register's order."""
        lines = _breakdown(self.participants, lambda p: p.category)
        order = {code: index for index, code in enumerate(CATEGORY_ORDER)}
        return tuple(sorted(lines, key=lambda b: (order.get(b.key, len(order)), b.key)))


def _breakdown(people: Sequence[ReportParticipant], key: Callable[[ReportParticipant], str]) -> list[Breakdown]:
    found: dict[str, list[int]] = {}
    for person in people:
        counts = found.setdefault(key(person), [0, 0, 0])
        counts[0] += 1
        counts[1] += person.attended
        counts[2] += person.completed
    return [Breakdown(name, *counts) for name, counts in found.items()]


# --- numbers as the document's language writes them -------------------------------------------------------------

NBSP = "\u00a0"


def number_text(value: Decimal | float | int, language: str, *, places: int = 2, fixed: bool = False) -> str:
    """«1 250,5» in Russian and Latvian, «1,250.5» in English: at most `places` decimals (exactly, when
    `fixed`), rounded half up; a minus sign, not a hyphen."""
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if not fixed:
        number = number.normalize() if number != 0 else Decimal(0)
    text = format(abs(number), ",f")
    whole, _dot, fraction = text.partition(".")
    if language == "en":
        out = whole + ("." + fraction if fraction else "")
    else:  # a space between thousands only from 10 000 on, as Russian and Latvian typesetting does
        whole = whole.replace(",", NBSP) if abs(number) >= 10_000 else whole.replace(",", "")
        out = whole + ("," + fraction if fraction else "")
    return ("\u2212" if number < 0 else "") + out


def signed_text(value: Decimal | float | int, language: str, *, places: int = 1, fixed: bool = False) -> str:
    """A change with its sign: «+28,5», «−12», «0»."""
    text = number_text(value, language, places=places, fixed=fixed)
    return text if text.startswith("\u2212") or Decimal(str(value)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == 0 else "+" + text


def percent_text(text: str, language: str) -> str:
    """«75 %» in Russian and Latvian (a space that does not break), «75%» in English."""
    return text + ("%" if language == "en" else NBSP + "%")


# --- the document -------------------------------------------------------------------------------------------------

def report_title(report: SessionReport, language: str) -> str:
    """«Отчёт о проведении обучения — Фабрика процессов — 18.02.2026»: the PDF's title and the pages' footer."""
    words = session_report_words(language)
    first = day_text(report.days[0].date) if report.days else ""
    return " — ".join(part for part in (words.title, report.programme, first) if part)


def file_name(report: SessionReport, language: str) -> str:
    """A name for the saved file, without extension: «Отчёт о проведении 18.02.2026 Фабрика процессов»."""
    words = session_report_words(language)
    first = day_text(report.days[0].date) if report.days else ""
    return " ".join(part for part in (words.file_title, first, report.programme) if part)


def session_report_pdf(report: SessionReport, language: str) -> bytes:
    """The report as a PDF, worded in `language` (ru, lv, en)."""
    from factory_desk.documents.layout import A4_PORTRAIT, DocumentInfo, Section, build_pdf

    words = session_report_words(language)
    title = report_title(report, language)
    info = DocumentInfo(title=title, language=language_tag(language), author=report.factory,
                        subject=report.programme)
    return build_pdf([Section(_Writer(report, words, language).story(), footer=title)], info=info,
                     page=A4_PORTRAIT, page_text=words.page)


@dataclass(frozen=True)
class _Styles:
    total: ParagraphStyle
    total_number: ParagraphStyle
    better: ParagraphStyle
    worse: ParagraphStyle
    mark: ParagraphStyle


@cache
def _styles() -> _Styles:
    """The report's own cell styles, on top of the shared ones: totals in bold, a change for the better in green
    and bold, for the worse in red (bold survives a black-and-white printer), a day's mark centred."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from factory_desk.documents.layout import BOLD_FONT, text_styles

    shared = text_styles()
    return _Styles(
        total=ParagraphStyle("report_total", shared.cell, fontName=BOLD_FONT),
        total_number=ParagraphStyle("report_total_number", shared.cell_number, fontName=BOLD_FONT),
        better=ParagraphStyle("report_better", shared.cell_number, fontName=BOLD_FONT, textColor=Color(*_BETTER_RGB)),
        worse=ParagraphStyle("report_worse", shared.cell_number, textColor=Color(*_WORSE_RGB)),
        mark=ParagraphStyle("report_mark", shared.cell_small, alignment=TA_CENTER),
    )


_BETTER_RGB = (0.1, 0.42, 0.2)
_WORSE_RGB = (0.68, 0.15, 0.1)


class _Writer:
    """The report's flowables, section by section, with numbered headings."""

    def __init__(self, report: SessionReport, words: SessionReportWords, language: str) -> None:
        from factory_desk.documents.layout import A4_PORTRAIT

        self.report, self.words, self.language = report, words, language
        self.width = A4_PORTRAIT.frame_width
        self._sections = 0

    def story(self) -> list[Flowable]:
        return [*self._header(), *self._participants(), *self._attendance(), *self._rounds(), *self._knowledge(),
                *self._feedback(), *self._certificates(), *self._notes(), *self._signatures()]

    # words and numbers

    def _quoted(self, text: str) -> str:
        opening, closing = self.words.quote
        return opening + text + closing

    def _status(self, code: str) -> ReportStatus | None:
        return next((s for s in self.report.statuses if s.code == code), None)

    def _status_word(self, code: str) -> str:
        status = self._status(code)
        if status is not None and not status.builtin:
            return status.name
        return self.words.statuses.get(code, status.name if status is not None else code)

    def _statuses_text(self, codes: Sequence[str]) -> str:
        """«„Present“ or „Late“», «„A“, „B“ or „C“»."""
        quoted = [self._quoted(self._status_word(code)) for code in codes]
        if len(quoted) < 2:
            return "".join(quoted)
        return ", ".join([*quoted[:-2], self.words.either.format(a=quoted[-2], b=quoted[-1])])

    def _number(self, value: Decimal | None, places: int = 2, *, fixed: bool = False) -> str:
        return "" if value is None else number_text(value, self.language, places=places, fixed=fixed)

    def _percent(self, value: Decimal | float | int, places: int = 0, *, signed: bool = False,
                 fixed: bool = False) -> str:
        text = (signed_text(value, self.language, places=places, fixed=fixed) if signed
                else number_text(value, self.language, places=places, fixed=fixed))
        return percent_text(text, self.language)

    # building blocks

    def _section(self, title: str, flowables: Sequence[Flowable], *, room_mm: float = 45) -> list[Flowable]:
        """A numbered section whose heading stays with what follows it (begun on this page only with `room_mm`
        left, when it does not fit whole)."""
        from factory_desk.documents.layout import heading, kept_with_heading, mm

        self._sections += 1
        return [kept_with_heading(heading(f"{self._sections}. {title}"), flowables, room=room_mm * mm)]

    def _subsection(self, title: str, flowables: Sequence[Flowable]) -> list[Flowable]:
        from reportlab.lib.styles import ParagraphStyle

        from factory_desk.documents.layout import BOLD_FONT, kept_with_heading, mm, paragraph, text_styles

        style = ParagraphStyle("subheading", text_styles().value, fontName=BOLD_FONT, fontSize=9.5, leading=12,
                               spaceBefore=3 * mm, spaceAfter=1.5 * mm)
        return [kept_with_heading(paragraph(title, style), flowables, room=35 * mm)]

    def _text(self, text: str) -> Flowable:
        from factory_desk.documents.layout import paragraph, text_styles

        return paragraph(text, text_styles().value)

    def _note(self, text: str) -> Flowable:
        from factory_desk.documents.layout import paragraph, text_styles

        return paragraph(text, text_styles().small)

    def _gap(self, height_mm: float = 2) -> Flowable:
        from factory_desk.documents.layout import Spacer, mm

        return Spacer(0, height_mm * mm)

    def _cell(self, text: str, style: ParagraphStyle) -> Flowable:
        from factory_desk.documents.layout import paragraph

        return paragraph(text, style)

    # the header

    def _header(self) -> list[Flowable]:
        from factory_desk.documents.layout import header_block, mm

        report, words = self.report, self.words
        fields = [(words.session, words.session_number.format(id=report.session_id)),
                  (words.programme, report.programme)]
        if len(report.days) > 1:
            fields.append((words.dates, words.date_range.format(
                first=day_text(report.days[0].date), last=day_text(report.days[-1].date), days=len(report.days))))
        elif report.days:
            fields.append((words.date, day_text(report.days[0].date)))
        fields.append((words.duration, words.hours.format(hours=number_text(report.hours, self.language,
                                                                              places=1))))
        fields.append((words.venue, ", ".join(part for part in (report.factory, report.factory_address) if part)))
        if report.trainers:
            fields.append((words.trainers if len(report.trainers) > 1 else words.trainer, ", ".join(report.trainers)))
        fields.append((words.made_on, day_text(report.made_on)))
        return header_block(words.title, fields, width=self.width, label_width=42 * mm)

    # 1. participants

    def _participants(self) -> list[Flowable]:
        from factory_desk.documents.layout import field_lines, mm

        report, words = self.report, self.words
        totals = field_lines([(words.enrolled, str(report.enrolled)), (words.attended, str(report.attended)),
                              (words.completed, str(report.completed)),
                              (words.certificates_issued, str(len(report.certificates)))],
                             width=self.width, label_width=52 * mm)
        rule = self._statuses_text(report.rule_statuses)
        if len(report.days) <= 1:
            completed_note = words.note_completed_one_day.format(statuses=rule)
        elif report.rule_all_days:
            completed_note = words.note_completed_all_days.format(statuses=rule)
        else:
            completed_note = words.note_completed_min_days.format(statuses=rule, needed=report.rule_needed_days,
                                                                  days=len(report.days))
        present = self._statuses_text([s.code for s in report.statuses if s.counts_as_present])
        notes = [self._note(text) for text in
                 (words.note_enrolled, words.note_attended.format(statuses=present), completed_note)]
        if not report.participants:
            return self._section(words.participants, [totals, self._gap(1.5), *notes])
        return [
            *self._section(words.participants, [totals, self._gap(1.5), *notes, self._gap(2)]),
            *self._subsection(words.by_organisation, [self._breakdown(
                words.organisation, report.by_organisation(), lambda key: key or words.no_organisation)]),
            *self._subsection(words.by_category, [self._breakdown(
                words.category, report.by_category(), lambda key: words.categories.get(key, key))]),
        ]

    def _breakdown(self, first: str, lines: Sequence[Breakdown], name: Callable[[str], str]) -> Flowable:
        from factory_desk.documents.layout import Column, data_table, mm

        report, words, styles = self.report, self.words, _styles()
        count = 35 * mm
        columns = [Column(first, self.width - 3 * count),
                   *(Column(title, count, style=lambda s: s.cell_number)
                     for title in (words.enrolled, words.attended, words.completed))]
        rows: list[list[Cell]] = [[name(line.key), str(line.enrolled), str(line.attended), str(line.completed)]
                                  for line in lines]
        rows.append([self._cell(words.total, styles.total),
                     *(self._cell(str(n), styles.total_number)
                       for n in (report.enrolled, report.attended, report.completed))])
        return data_table(columns, rows)

    # 2. attendance

    def _attendance(self) -> list[Flowable]:
        from reportlab.platypus import TableStyle

        from factory_desk.documents.layout import Column, data_table, mm

        report, words = self.report, self.words
        if not report.participants:
            return self._section(words.attendance, [self._text(words.not_recorded)])
        days = report.days
        compact = len(days) >= COMPACT_FROM_DAYS
        day_width = (7 * mm if compact else 24 * mm) if len(days) > 1 else 27 * mm
        result_width = 36 * mm
        rest = self.width - 9 * mm - len(days) * day_width - result_width
        name_width = round(rest * 0.6, 1)

        def mark_style(_shared: TextStyles) -> ParagraphStyle:
            return _styles().mark

        if len(days) > 1:
            day_columns = [Column(str(day.day_no) if compact else
                                  words.day_heading.format(day=day.day_no) + "\n" + day_text(day.date),
                                  day_width, style=mark_style) for day in days]
        else:
            day_columns = [Column(words.mark, day_width, style=lambda s: s.cell_small)]
        columns = [Column(words.number, 9 * mm, style=lambda s: s.cell_number), Column(words.full_name, name_width),
                   Column(words.organisation, rest - name_width, style=lambda s: s.cell_small),
                   *day_columns, Column(words.result, result_width, style=lambda s: s.cell_small)]
        rows: list[list[Cell]] = [
            [str(number), person.full_name or words.erased, person.organisation,
             *(self._mark_text(code, compact) for code in person.marks),
             words.completed_mark if person.completed else self._why_not(person.shortfall)]
            for number, person in enumerate(report.participants, start=1)]
        table = data_table(columns, rows)
        flowables: list[Flowable] = [table]
        if compact:  # narrow day columns: the short marks need the room more than the padding does
            table.setStyle(TableStyle([(side, (3, 0), (2 + len(days), -1), 0.4 * mm)
                                       for side in ("LEFTPADDING", "RIGHTPADDING")]))
            flowables += [self._gap(1), *self._key()]
        return self._section(words.attendance, flowables)

    def _key(self) -> list[Flowable]:
        """What the short marks and the numbered days of a long cycle stand for."""
        report, words = self.report, self.words
        used = {code for person in report.participants for code in person.marks}
        order = [s.code for s in report.statuses]
        signs = [self._mark_text(code, True) + NBSP + "— " + self._status_word(code).lower()
                 for code in sorted((c for c in used if c is not None),
                                    key=lambda c: order.index(c) if c in order else len(order))]
        if None in used:
            signs.append("—" + NBSP + "— " + words.not_marked.lower())
        dates = ", ".join(str(day.day_no) + NBSP + "— " + day_text(day.date) for day in report.days)
        return [self._note(words.key + ": " + "; ".join(signs) + "."), self._note(words.dates + ": " + dates + ".")]

    def _mark_text(self, code: str | None, compact: bool) -> str:
        if code is None:
            return "—"
        if not compact:
            return self._status_word(code)
        status = self._status(code)
        if status is not None and not status.builtin:
            return status.name[:2]
        return self.words.short_marks.get(code, code[:2])

    def _why_not(self, shortfall: Shortfall | None) -> str:
        words, several = self.words, len(self.report.days) > 1
        if shortfall is None:
            return words.not_marked
        if shortfall.day_no is None:
            return words.too_few_days.format(attended=shortfall.attended_days, days=len(self.report.days),
                                             needed=shortfall.needed_days)
        if shortfall.status is None:
            return words.not_marked_on_day.format(day=shortfall.day_no) if several else words.not_marked
        status = self._quoted(self._status_word(shortfall.status))
        return (words.marked_on_day.format(status=status, day=shortfall.day_no) if several
                else words.marked.format(status=status))

    # 3. rounds

    def _rounds(self) -> list[Flowable]:
        from reportlab.platypus import TableStyle

        from factory_desk.documents.layout import HEADING_FILL, Column, data_table, mm

        report, words = self.report, self.words
        if report.programme_rounds == 0 and not report.rounds_recorded:
            return self._section(words.rounds, [self._text(words.no_rounds)])
        if not report.rounds_recorded:
            return self._section(words.rounds, [self._text(words.not_recorded)])
        rounds = max(len(figure.values) for figure in report.figures)
        change_width, unit_width = 24 * mm, 24 * mm
        round_width = min(20 * mm, (self.width - 50 * mm - unit_width - change_width) / rounds)
        name_width = self.width - unit_width - change_width - rounds * round_width
        columns = [Column(words.figure, name_width), Column(words.unit, unit_width, style=lambda s: s.cell_small),
                   *(Column(words.round_heading.format(round=number), round_width, style=lambda s: s.cell_number)
                     for number in range(1, rounds + 1)),
                   Column(words.change, change_width, style=lambda s: s.cell_number)]
        rows: list[list[Cell]] = []
        for figure in report.figures:
            places = _places(figure)
            rows.append([self._figure_name(figure), self._figure_unit(figure),
                         *(self._number(value, places, fixed=bool(figure.derived)) for value in figure.values),
                         self._change(figure, places)])
        table = data_table(columns, rows)
        shaded = [("BACKGROUND", (0, row), (-1, row), _light(HEADING_FILL))
                  for row, figure in enumerate(report.figures, start=1) if figure.derived]
        if shaded:
            table.setStyle(TableStyle(shaded))
        notes = [words.note_change]
        if any(figure.derived == PRODUCTIVITY for figure in report.figures):
            notes.append(words.note_productivity)
        return self._section(words.rounds, [table, self._gap(1), *map(self._note, notes), self._gap(3),
                                            *self._charts(rounds)])

    def _figure_name(self, figure: ReportFigure) -> str:
        return {PRODUCTIVITY: self.words.productivity, PLAN_FULFILMENT: self.words.plan_fulfilment}.get(
            figure.derived, figure.name)

    def _figure_unit(self, figure: ReportFigure) -> str:
        return {PRODUCTIVITY: self.words.productivity_unit, PLAN_FULFILMENT: "%"}.get(figure.derived, figure.unit)

    def _change(self, figure: ReportFigure, places: int) -> Cell:
        """«+150 %», green and bold when better, red when worse; «0 → 12» from nothing; «—» with one value."""
        if figure.first is None or figure.last is None:
            return "—"
        if figure.percent is None:
            text = self._number(figure.first, places) + " → " + self._number(figure.last, places)
        else:
            text = self._percent(figure.percent, signed=True)
        if figure.better is None:
            return text
        styles = _styles()
        return self._cell(text, styles.better if figure.better else styles.worse)

    def _charts(self, rounds: int) -> list[Flowable]:
        """Productivity and plan fulfilment by round, side by side; without them, the change of each figure."""
        from reportlab.lib.colors import Color

        from factory_desk.documents.layout import bar_chart, mm, side_by_side

        report, words = self.report, self.words
        labels = [words.round_heading.format(round=number) for number in range(1, rounds + 1)]
        derived = [f for f in report.figures if f.derived and any(v is not None for v in f.values)][:2]
        if derived:
            gap = 10 * mm
            width = (self.width - gap) / 2
            charts = []
            for figure in derived:
                def text(value: float, figure: ReportFigure = figure) -> str:
                    shown = number_text(Decimal(str(value)), self.language, places=_places(figure))
                    return percent_text(shown, self.language) if figure.derived == PLAN_FULFILMENT else shown

                title = words.chart_by_round.format(figure=self._figure_name(figure))
                charts.append(bar_chart(labels, [None if v is None else float(v) for v in figure.values],
                                        width=width, height=52 * mm, title=title, value_text=text,
                                        subtitle=self._figure_unit(figure) if figure.derived == PRODUCTIVITY
                                        else ""))
            if len(charts) == 1:
                return charts
            return [side_by_side(charts, width=self.width, gap=gap)]
        changed = [f for f in report.figures if f.percent is not None]
        if not changed:
            return []
        colours = [Color(*_BETTER_RGB) if f.better else Color(*_WORSE_RGB) if f.better is False else None
                   for f in changed]
        return [bar_chart([f.name for f in changed], [float(f.percent or 0) for f in changed], width=self.width,
                          height=(len(changed) * 8 + 20) * mm, title=words.chart_change,
                          value_text=lambda value: self._percent(value, signed=True), horizontal=True,
                          bar_colours=colours)]

    # 4. knowledge gain

    def _knowledge(self) -> list[Flowable]:
        from factory_desk.documents.layout import Column, data_table, mm

        scores, words = self.report.scores, self.words
        if not (scores.pre_count or scores.post_count):
            return self._section(words.knowledge, [self._text(words.not_recorded)])

        def average(value: Decimal | None) -> str:
            return "—" if value is None else self._percent(value, 1, fixed=True)

        gain: Cell = "—"
        if scores.average_gain is not None:
            gain = self._cell(words.points.format(value=signed_text(scores.average_gain, self.language, places=1,
                                                                    fixed=True)), _styles().total_number)
        columns = [Column(words.figure, self.width - 80 * mm),
                   Column(words.average, 45 * mm, style=lambda s: s.cell_number),
                   Column(words.people, 35 * mm, style=lambda s: s.cell_number)]
        table = data_table(columns, [
            [words.pre_test, average(scores.average_pre), str(scores.pre_count)],
            [words.post_test, average(scores.average_post), str(scores.post_count)],
            [self._cell(words.gain, _styles().total), gain, str(scores.gain_count)],
        ])
        return self._section(words.knowledge, [table, self._gap(1), self._note(words.note_knowledge)])

    # 5. feedback

    def _feedback(self) -> list[Flowable]:
        from factory_desk.documents.layout import Column, data_table, mm

        feedback, words = self.report.feedback, self.words
        if not feedback.answered and not feedback.comments:
            return self._section(words.feedback, [self._text(words.not_recorded)])
        answered = feedback.answered

        def share(count: int) -> str:
            if not answered:
                return str(count)
            return str(count) + " (" + self._percent(Decimal(count) * 100 / answered) + ")"

        nps: Cell = "—" if feedback.nps is None else self._cell(
            signed_text(feedback.nps, self.language, places=0), _styles().total_number)
        columns = [Column(words.figure, self.width - 45 * mm), Column(words.value, 45 * mm,
                                                                      style=lambda s: s.cell_number)]
        figures = data_table(columns, [
            [self._cell(words.nps, _styles().total), nps], [words.promoters, share(feedback.promoters)],
            [words.passives, share(feedback.passives)], [words.detractors, share(feedback.detractors)],
            [words.answered, words.answered_of.format(answered=answered, people=self.report.enrolled)],
        ])
        section = self._section(words.feedback, [figures, self._gap(1), self._note(words.note_nps)])
        if not feedback.comments:
            return [*section, *self._subsection(words.comments, [self._text(words.no_comments)])]
        comments = data_table(
            [Column(words.number, 9 * mm, style=lambda s: s.cell_number),
             Column(words.score, 20 * mm, style=lambda s: s.cell_number), Column(words.comment, self.width - 29 * mm)],
            [[str(n), "—" if score is None else str(score), text]
             for n, (score, text) in enumerate(feedback.comments, start=1)])
        return [*section, *self._subsection(words.comments, [comments])]

    # 6. certificates

    def _certificates(self) -> list[Flowable]:
        from factory_desk.documents.layout import Column, data_table, mm

        certificates, words = self.report.certificates, self.words
        if not certificates:
            return self._section(words.certificates, [self._text(words.no_certificates)])
        columns = [Column(words.number, 9 * mm, style=lambda s: s.cell_number),
                   Column(words.certificate_number, 45 * mm), Column(words.full_name, self.width - 84 * mm),
                   Column(words.issued_on, 30 * mm)]
        table = data_table(columns, [[str(n), c.number, c.full_name or words.erased, day_text(c.issued_on)]
                                     for n, c in enumerate(certificates, start=1)])
        return self._section(words.certificates, [table, self._gap(1),
                                                  self._text(words.total + ": " + str(len(certificates)))])

    # 7. notes, and the signatures

    def _notes(self) -> list[Flowable]:
        notes = self.report.trainer_notes.strip()
        return self._section(self.words.trainer_notes, [self._text(notes or self.words.not_recorded)], room_mm=25)

    def _signatures(self) -> list[Flowable]:
        from reportlab.platypus import KeepTogether

        from factory_desk.documents.layout import signature_lines

        words = self.words
        signers = [(words.signature_trainer, name) for name in self.report.trainers] or [(words.signature_trainer, "")]
        signers.append((words.coordinator, ""))
        return [KeepTogether([self._gap(10), signature_lines(signers, width=self.width)])]


def _places(figure: ReportFigure) -> int:
    """Decimals shown: productivity 2, plan fulfilment 1 (always as many, in a row that is computed), a metric as
    entered (up to 4, as stored)."""
    return {PRODUCTIVITY: 2, PLAN_FULFILMENT: 1}.get(figure.derived, 4)


def _light(colour: Color) -> Color:
    from reportlab.lib.colors import Color

    return Color(*(1 - (1 - part) / 2 for part in (colour.red, colour.green, colour.blue)))
