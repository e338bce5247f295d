"""The A3 report of an improvement project: the classic one-sheet story of a problem solved, on an A3 landscape
page in two halves. Across the top the theme, the owner and sponsor, the organisation and the dates; on the left
the background, the current condition (with the metrics' baselines), the target and the root causes; on the right
the countermeasures, the plan, the effect confirmation (each metric from its baseline to its actual value against
the target, with a small bar chart), the follow-ups and the project's effects. In the centre's document language.

The data come from services/project_documents.py; the words from words.py; the page from layout.py.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from factory_desk.documents.session_report import number_text, percent_text, signed_text
from factory_desk.documents.words import A3Words, a3_words, language_tag
from factory_desk.domain.text import day_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

PER_ROW = 3  # charts and photos in a row across a half of the sheet
CHART_HEIGHT_MM = 48
PHOTOS_SHOWN = 3  # before photos, and after photos, printed (a row's worth); the others stay in the app
PHOTO_PIXELS = 1600  # a photo's longer side in the PDF: sharp on paper, and a phone's 12 MP photo stays ~300 KB


@dataclass(frozen=True)
class A3Person:
    name: str
    position: str = ""
    role: str = ""  # a team member's role in the project

    def text(self) -> str:
        """«Иванов Иван Иванович, начальник отдела»."""
        return ", ".join(part for part in (self.name, self.role or self.position) if part)


@dataclass(frozen=True)
class A3Measurement:
    measured_on: dt.date
    value: Decimal
    note: str = ""


@dataclass(frozen=True)
class A3Metric:
    name: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    lower_is_better: bool
    measurements: tuple[A3Measurement, ...] = ()  # oldest first

    @property
    def actual(self) -> A3Measurement | None:
        """The latest measurement."""
        return self.measurements[-1] if self.measurements else None

    @property
    def change_percent(self) -> Decimal | None:
        """From the baseline to the latest measurement, in % of the baseline (None without both, or from 0)."""
        actual = self.actual
        if actual is None or self.baseline is None or self.baseline == 0:
            return None
        return (actual.value - self.baseline) / abs(self.baseline) * 100

    @property
    def reached(self) -> bool | None:
        """Whether the latest measurement meets the target (None without a target or a measurement)."""
        actual = self.actual
        if actual is None or self.target is None:
            return None
        return actual.value <= self.target if self.lower_is_better else actual.value >= self.target


@dataclass(frozen=True)
class A3FollowUp:
    due_date: dt.date
    done_on: dt.date | None
    note: str


@dataclass(frozen=True)
class A3Photo:
    """A photo of the workplace before or after the change, as attached to the project."""

    name: str
    data: bytes


@dataclass(frozen=True)
class A3Project:
    """Everything the A3 report of a project prints."""

    id: int
    title: str
    organisation: str
    sub_programme: str
    status: str  # a ProjectStatus code
    review_state: str  # a ReviewState code
    overdue: bool
    leader: A3Person | None
    sponsor: A3Person | None
    team: tuple[A3Person, ...]
    sessions: tuple[str, ...]  # «Основы бережливого производства, 12.02.2026»
    planned_start: dt.date | None
    actual_start: dt.date | None
    planned_kickoff: dt.date | None
    actual_kickoff: dt.date | None
    planned_finish: dt.date | None
    actual_finish: dt.date | None
    background: str
    current_condition: str
    target_condition: str
    root_causes: str
    countermeasures: str
    plan: str
    effect_confirmation: str
    follow_up_text: str
    freed_hours_per_year: Decimal | None
    economic_effect: Decimal | None
    costs: Decimal | None
    social_effect: str
    ecological_effect: str
    cultural_effect: str
    metrics: tuple[A3Metric, ...]
    follow_ups: tuple[A3FollowUp, ...]
    made_on: dt.date
    photos_before: tuple[A3Photo, ...] = ()  # shown under the current condition (at most PHOTOS_SHOWN)
    photos_after: tuple[A3Photo, ...] = ()  # shown under the effect confirmation


def a3_title(project: A3Project, language: str) -> str:
    """«A3-отчёт по проекту улучшения — Сокращение времени…»: the PDF's title and the pages' footer."""
    return " — ".join(part for part in (a3_words(language).title, project.title) if part)


def file_name(project: A3Project, language: str) -> str:
    """A name for the saved file, without extension: «A3-отчёт 12 Сокращение времени…» (at most 80 characters)."""
    name = " ".join((a3_words(language).file_title, str(project.id), project.title))
    return name[:80].rstrip()


def a3_report_pdf(project: A3Project, language: str) -> bytes:
    """The A3 report as a PDF, worded in `language` (ru, lv, en)."""
    from factory_desk.documents.layout import A3_LANDSCAPE, DocumentInfo, two_column_pdf

    words = a3_words(language)
    title = a3_title(project, language)
    writer = _Writer(project, words, language)
    info = DocumentInfo(title=title, language=language_tag(language), author=project.organisation,
                        subject=words.title)
    return two_column_pdf(writer.header(), writer.left(), writer.right(), info=info, page=A3_LANDSCAPE,
                          footer=title, page_text=words.page, gap=writer.gap)


def _photo_for_print(data: bytes) -> tuple[bytes, tuple[int, int]] | None:
    """The photo turned as the camera meant (EXIF), on white, at most PHOTO_PIXELS on its longer side, as JPEG;
    None when it is no image Pillow can read (a HEIC from a phone, a broken file)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = Image.new("RGB", image.size, "white")
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            elif image.mode != "RGB":
                image = image.convert("RGB")
            out = io.BytesIO()
            image.save(out, "JPEG", quality=85, optimize=True)
            return out.getvalue(), image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def _baseline_day(metric: A3Metric) -> str:
    """When the baseline was measured: the first measurement's date if it recorded the baseline's value; nothing
    when the baseline was typed without a measurement (the first measurement is then a later one)."""
    first = metric.measurements[0] if metric.measurements else None
    return day_text(first.measured_on) if first is not None and first.value == metric.baseline else ""


def _captioned(image: Flowable, caption: Flowable, width: float) -> Flowable:
    """An image with its caption under it, kept together."""
    from reportlab.platypus import Table, TableStyle

    from factory_desk.documents.layout import mm

    table = Table([[image], [caption]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


class _Writer:
    def __init__(self, project: A3Project, words: A3Words, language: str) -> None:
        from factory_desk.documents.layout import A3_LANDSCAPE, mm

        self.project, self.words, self.language = project, words, language
        self.gap = 10 * mm
        self.width = A3_LANDSCAPE.frame_width
        self.half = (self.width - self.gap) / 2
        self._sections = 0

    # numbers and dates

    def _number(self, value: Decimal | None, places: int = 2) -> str:
        return "" if value is None else number_text(value, self.language, places=places)

    def _money(self, value: Decimal | None) -> str:
        return "" if value is None else number_text(value, self.language, places=2, fixed=value % 1 != 0)

    @staticmethod
    def _day(date: dt.date | None) -> str:
        return day_text(date) if date else "—"

    # building blocks

    def _text(self, text: str) -> Flowable:
        from factory_desk.documents.layout import paragraph, text_styles

        styles = text_styles()
        if not text.strip():
            return paragraph(self.words.not_filled, styles.small)
        return paragraph(text.strip(), self._body_style())

    @staticmethod
    def _body_style():  # type: ignore[no-untyped-def]
        from reportlab.lib.styles import ParagraphStyle

        from factory_desk.documents.layout import text_styles

        return ParagraphStyle("a3_body", text_styles().value, fontSize=10, leading=13)

    def _section(self, title: str, flowables: Sequence[Flowable]) -> list[Flowable]:
        """A numbered section under a shaded band; the band never ends a column alone."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Table, TableStyle

        from factory_desk.documents.layout import BOLD_FONT, FONT, HEADING_FILL, kept_with_heading, mm, paragraph

        self._sections += 1
        style = ParagraphStyle("a3_heading", fontName=BOLD_FONT, fontSize=11.5, leading=14)
        band = Table([[paragraph(f"{self._sections}. {title}", style)]],
                     colWidths=[self.half], hAlign="LEFT", spaceBefore=4 * mm, spaceAfter=2 * mm)
        band.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), HEADING_FILL),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm), ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm)]))
        return [kept_with_heading(band, flowables, room=35 * mm)]

    def _gap(self, height_mm: float = 2) -> Flowable:
        from factory_desk.documents.layout import Spacer, mm

        return Spacer(0, height_mm * mm)

    # the header

    def header(self) -> list[Flowable]:
        from reportlab.lib.styles import ParagraphStyle

        from factory_desk.documents.layout import BOLD_FONT, field_lines, mm, paragraph, side_by_side, text_styles

        project, words = self.project, self.words
        styles = text_styles()
        kicker = paragraph(f"{words.title} · № {project.id}", styles.label)
        theme = paragraph(project.title, ParagraphStyle("a3_theme", styles.title, fontName=BOLD_FONT, fontSize=18,
                                                        leading=22, spaceBefore=1 * mm, spaceAfter=3 * mm))
        people = [(words.leader, project.leader.text() if project.leader else "—"),
                  (words.sponsor, project.sponsor.text() if project.sponsor else "—")]
        if project.team:
            people.append((words.team, "; ".join(member.text() for member in project.team)))
        about = [(words.organisation, project.organisation or "—")]
        if project.sub_programme:
            about.append((words.sub_programme, project.sub_programme))
        about.append((words.status, self._status_text()))
        if project.sessions:
            about.append((words.sessions, "; ".join(project.sessions)))
        dates = [(words.start, self._dates(project.planned_start, project.actual_start)),
                 (words.kickoff, self._dates(project.planned_kickoff, project.actual_kickoff)),
                 (words.finish, self._dates(project.planned_finish, project.actual_finish)),
                 (words.made_on, day_text(project.made_on))]
        third = (self.width - 2 * 8 * mm) / 3
        blocks = [field_lines(people, width=third, label_width=40 * mm),
                  field_lines(about, width=third, label_width=32 * mm),
                  field_lines(dates, width=third, label_width=38 * mm)]
        return [kicker, theme, side_by_side(blocks, width=self.width, gap=8 * mm)]

    def _status_text(self) -> str:
        project, words = self.project, self.words
        extra = [words.overdue] if project.overdue else []
        if words.reviews.get(project.review_state):
            extra.append(words.reviews[project.review_state])
        status = words.statuses.get(project.status, project.status)
        return "{status} ({extra})".format(status=status, extra=", ".join(extra)) if extra else status

    def _dates(self, planned: dt.date | None, actual: dt.date | None) -> str:
        return f"{self.words.planned} {self._day(planned)} · {self.words.actual} {self._day(actual)}"

    # the left half: the problem

    def left(self) -> list[Flowable]:
        project, words = self.project, self.words
        current: list[Flowable] = [self._text(project.current_condition)]
        target: list[Flowable] = [self._text(project.target_condition)]
        if project.metrics:
            current += [self._gap(), self._baseline_table()]
            target += [self._gap(), self._target_table()]
        if project.photos_before:
            current += [self._gap(3), *self._rows(self._photos(project.photos_before, words.photo_before))]
        return [*self._section(words.background, [self._text(project.background)]),
                *self._section(words.current_condition, current),
                *self._section(words.target_condition, target),
                *self._section(words.root_causes, [self._text(project.root_causes)])]

    def _baseline_table(self) -> Flowable:
        from factory_desk.documents.layout import Column, mm, text_styles

        words = self.words
        number = text_styles().cell_number
        columns = [Column(words.metric, self.half - 75 * mm), Column(words.unit, 20 * mm),
                   Column(words.baseline, 25 * mm, lambda s: number), Column(words.measured_on, 30 * mm)]
        rows = [(m.name, m.unit, self._number(m.baseline), _baseline_day(m)) for m in self.project.metrics]
        return self._table(columns, rows)

    def _target_table(self) -> Flowable:
        from factory_desk.documents.layout import Column, mm, text_styles

        words = self.words
        number = text_styles().cell_number
        columns = [Column(words.metric, self.half - 95 * mm), Column(words.unit, 20 * mm),
                   Column(words.baseline, 25 * mm, lambda s: number), Column(words.target, 25 * mm, lambda s: number),
                   Column(words.change, 25 * mm, lambda s: number)]
        rows = []
        for metric in self.project.metrics:
            change = ""
            if metric.baseline not in (None, 0) and metric.target is not None:
                assert metric.baseline is not None
                percent = (metric.target - metric.baseline) / abs(metric.baseline) * 100
                change = percent_text(signed_text(percent, self.language, places=0), self.language)
            rows.append((metric.name, metric.unit, self._number(metric.baseline), self._number(metric.target),
                         change))
        return self._table(columns, rows)

    @staticmethod
    def _table(columns, rows) -> Flowable:  # type: ignore[no-untyped-def]
        from factory_desk.documents.layout import data_table

        return data_table(columns, rows)

    # the right half: the solution and its effect

    def right(self) -> list[Flowable]:
        project, words = self.project, self.words
        confirmation: list[Flowable] = [self._text(project.effect_confirmation)]
        if project.metrics:
            confirmation += [self._gap(), self._result_table(), self._gap(3)]
        else:
            confirmation.append(self._text(words.no_metrics))
        # the after photos beside the charts: one sheet, and the change shown next to its figures
        confirmation += self._rows([*self._charts(), *self._photos(project.photos_after, words.photo_after)])
        follow_up: list[Flowable] = [self._text(project.follow_up_text)]
        if project.follow_ups:
            follow_up += [self._gap(), self._follow_up_table()]
        return [*self._section(words.countermeasures, [self._text(project.countermeasures)]),
                *self._section(words.plan, [self._text(project.plan)]),
                *self._section(words.effect_confirmation, confirmation),
                *self._section(words.follow_up, follow_up),
                *self._section(words.effects, [self._effects()])]

    def _result_table(self) -> Flowable:
        from factory_desk.documents.layout import Column, mm, text_styles

        words = self.words
        number = text_styles().cell_number
        columns = [Column(words.metric, self.half - 140 * mm), Column(words.unit, 16 * mm),
                   Column(words.baseline, 25 * mm, lambda s: number),
                   Column(words.actual_value, 26 * mm, lambda s: number),
                   Column(words.target, 20 * mm, lambda s: number), Column(words.change, 26 * mm, lambda s: number),
                   Column(words.reached, 27 * mm)]
        rows = []
        for metric in self.project.metrics:
            actual = metric.actual
            change = metric.change_percent
            rows.append((
                metric.name, metric.unit, self._number(metric.baseline),
                "" if actual is None else f"{self._number(actual.value)} ({day_text(actual.measured_on)})",
                self._number(metric.target),
                "" if change is None else percent_text(signed_text(change, self.language, places=0), self.language),
                "" if metric.reached is None else words.yes if metric.reached else words.no))
        return self._table(columns, rows)

    def _slot(self) -> float:
        """The width of a chart or a photo: a third of the half."""
        from factory_desk.documents.layout import mm

        return (self.half - (PER_ROW - 1) * 6 * mm) / PER_ROW

    def _rows(self, cells: Sequence[Flowable]) -> list[Flowable]:
        """Charts and photos in rows of PER_ROW across the half."""
        from factory_desk.documents.layout import mm, side_by_side

        rows: list[Flowable] = []
        for start in range(0, len(cells), PER_ROW):
            row = list(cells[start:start + PER_ROW])
            row += [self._gap(0)] * (PER_ROW - len(row))
            rows += [side_by_side(row, width=self.half, gap=6 * mm), self._gap(2)]
        return rows

    def _charts(self) -> list[Flowable]:
        """A small chart per metric: its baseline, target and actual value side by side."""
        from reportlab.lib.colors import Color

        from factory_desk.documents.layout import bar_chart, mm

        words = self.words
        charts: list[Flowable] = []
        for metric in self.project.metrics:
            actual = metric.actual
            reached = metric.reached
            colour = None if reached is None else Color(0.1, 0.5, 0.25) if reached else Color(0.75, 0.3, 0.15)
            grey = Color(0.6, 0.6, 0.6)
            charts.append(bar_chart(
                [words.chart_baseline, words.chart_target, words.chart_actual],
                [None if metric.baseline is None else float(metric.baseline),
                 None if metric.target is None else float(metric.target),
                 None if actual is None else float(actual.value)],
                width=self._slot(), height=CHART_HEIGHT_MM * mm,
                title=metric.name, subtitle=metric.unit,
                value_text=lambda v: number_text(v, self.language, places=1), bar_colours=[grey, None, colour]))
        return charts

    def _photos(self, photos: Sequence[A3Photo], caption: str) -> list[Flowable]:
        """The first PHOTOS_SHOWN photos, each in a chart's slot and no taller than a chart (so that the A3 stays
        one sheet), above its caption; a photo that cannot be read is named instead."""
        from reportlab.platypus import Image

        from factory_desk.documents.layout import mm, paragraph, text_styles

        styles = text_styles()
        shown = photos[:PHOTOS_SHOWN]
        slot = self._slot()
        cells: list[Flowable] = []
        for number, photo in enumerate(shown, start=1):
            label = caption if len(shown) == 1 else f"{caption} {number}"
            prepared = _photo_for_print(photo.data)
            if prepared is None:
                cells.append(paragraph(self.words.photo_unreadable.format(name=photo.name), styles.small))
                continue
            data, (width, height) = prepared
            scale = min(slot / width, CHART_HEIGHT_MM * mm / height)
            image = Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")
            cells.append(_captioned(image, paragraph(label, styles.small), slot))
        return cells

    def _follow_up_table(self) -> Flowable:
        from factory_desk.documents.layout import Column, mm

        words = self.words
        columns = [Column(words.due, 26 * mm), Column(words.done, 26 * mm), Column(words.note, self.half - 52 * mm)]
        rows = [(day_text(f.due_date), day_text(f.done_on) if f.done_on else words.not_done, f.note)
                for f in self.project.follow_ups]
        return self._table(columns, rows)

    def _effects(self) -> Flowable:
        from factory_desk.documents.layout import field_lines, mm

        project, words = self.project, self.words
        hours = ("" if project.freed_hours_per_year is None
                 else words.hours_per_year.format(hours=self._number(project.freed_hours_per_year, 1)))
        fields = [(words.freed_hours, hours or "—"), (words.economic_effect, self._money(project.economic_effect)
                                                      or "—"),
                  (words.costs, self._money(project.costs) or "—"),
                  (words.social_effect, project.social_effect or "—"),
                  (words.ecological_effect, project.ecological_effect or "—"),
                  (words.cultural_effect, project.cultural_effect or "—")]
        return field_lines(fields, width=self.half, label_width=62 * mm)
