"""A chart of one project metric over time, painted with QPainter (QtCharts is not shipped): the measurements as
a line with points, dates on the x axis, the baseline and the target as labelled dashed lines, values on the y
axis at round steps.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from factory_desk.ui.look import scaled
from factory_desk.ui.widgets.dates import to_qdate
from factory_desk.ui.widgets.numbers import number_text

if TYPE_CHECKING:
    from factory_desk.services.projects import MetricCard

LINE_COLOUR = QColor("#1f5fa8")
BASELINE_COLOUR = QColor("#6b6b6b")
TARGET_COLOUR = QColor("#2e7d32")
GRID_COLOUR = QColor("#e3e3e3")
VALUES_LABELLED = 6  # up to this many points each shows its value; beyond it, only the latest does


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round values (steps of 1, 2 or 5 times a power of ten) covering `low`..`high`."""
    if not high > low:
        spread = abs(low) * 0.1 or 1.0
        low, high = low - spread, high + spread
    raw = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first, last = math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step
    return [round(first + i * step, 10) for i in range(int(round((last - first) / step)) + 1)]


def _places(step: float) -> int:
    """Decimals needed to write ticks `step` apart (0.5 → 1, 0.25 → 2, 5 → 0)."""
    for places in range(0, 6):
        if abs(round(step, places) - step) < 1e-9:
            return places
    return 6


@dataclass(frozen=True)
class _Frame:
    plot: QRectF
    first_day: float
    last_day: float
    low: float
    high: float

    def x(self, day: dt.date) -> float:
        share = (day.toordinal() - self.first_day) / (self.last_day - self.first_day)
        return self.plot.left() + share * self.plot.width()

    def y(self, value: float) -> float:
        return self.plot.bottom() - (value - self.low) / (self.high - self.low) * self.plot.height()


class MetricChart(QWidget):
    """`set_metric(card)` shows one metric; `points()` is what is drawn, in date order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metric: MetricCard | None = None
        self._empty_text = ""  # shown without a metric; "" for the general hint
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 170)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._retranslate()

    def set_metric(self, metric: MetricCard | None) -> None:
        self._metric = metric
        self._retranslate()
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What the chart says while it has no metric to show ("" for «Choose a metric…»)."""
        self._empty_text = text
        self.update()

    def points(self) -> list[tuple[dt.date, Decimal]]:
        """The measurements drawn, (date, value) by date."""
        if self._metric is None:
            return []
        return [(m.measured_on, m.value) for m in sorted(self._metric.measurements, key=lambda m: m.measured_on)]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(500, 250)

    # --- painting -------------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metric = self._metric
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        if metric is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text or self.tr("Choose a metric to see its chart."))
            return
        font = self.font()
        metrics = QFontMetrics(font)
        title_font = scaled(font, 1.05, bold=True)
        title_height = QFontMetrics(title_font).height()
        points = self.points()
        values = [float(v) for _, v in points]
        references = [float(v) for v in (metric.baseline, metric.target) if v is not None]
        everything = values + references
        if not everything:
            self._title(painter, title_font, title_height, metric, text_colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(8, title_height + 8, -8, -8), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No measurements yet"))
            return
        ticks = nice_ticks(min(everything), max(everything))
        places = _places(ticks[1] - ticks[0]) if len(ticks) > 1 else 0
        tick_texts = [number_text(Decimal(str(t)), places, grouped=True) for t in ticks]
        left = 10 + max(metrics.horizontalAdvance(t) for t in tick_texts) + 6
        dates = [day for day, _ in points]
        date_format = "dd.MM" if len({d.year for d in dates}) <= 1 else "dd.MM.yy"
        date_texts = [QLocale().toString(to_qdate(d), date_format) for d in dates]
        half_date = (max((metrics.horizontalAdvance(t) for t in date_texts), default=0) / 2) + 2
        plot = QRectF(left, 10 + title_height + 6, 0, 0)
        plot.setRight(self.width() - max(12.0, half_date))
        plot.setBottom(self.height() - metrics.height() - 12)
        if plot.width() < 40 or plot.height() < 40:
            return
        first = dates[0].toordinal() if dates else 0
        last = dates[-1].toordinal() if dates else 1
        if last - first < 2:  # one day (or two): put the points in the middle, not on the frame
            first, last = first - 15, last + 15
        else:
            pad = (last - first) * 0.04
            first, last = int(first - pad), int(math.ceil(last + pad))
        # A point or a line on the lowest or highest grid line would sit on the frame: leave it a little room.
        span = ticks[-1] - ticks[0]
        low = ticks[0] - (span * 0.05 if min(everything) - ticks[0] < span * 0.02 else 0)
        high = ticks[-1] + (span * 0.06 if ticks[-1] - max(everything) < span * 0.02 else 0)
        frame = _Frame(plot, first, last, low, high)

        self._title(painter, title_font, title_height, metric, text_colour)
        # Grid and the y axis's values
        painter.setFont(font)
        for tick, text in zip(ticks, tick_texts, strict=True):
            y = frame.y(tick)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(4, y - metrics.height() / 2, left - 10, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(text_colour.lighter(250) if text_colour.lightness() < 128 else text_colour, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self._references(painter, frame, metric)
        self._dates(painter, frame, dates, date_texts, metrics, text_colour)
        at = self._line(painter, frame, points)
        values = self._value_labels(frame, points, at, metrics)
        taken = [box for box, _text in values] + [QRectF(p.x() - 6, p.y() - 6, 12, 12) for p in at]
        self._reference_labels(painter, frame, metric, metrics, taken)
        painter.setPen(text_colour)
        for box, text in values:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        if not points:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet"))

    def _title(self, painter: QPainter, font: QFont, height: int, metric: MetricCard, colour: QColor) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        title = metric.name if not metric.unit else self.tr("{name}, {unit}").format(name=metric.name,
                                                                                    unit=metric.unit)
        text = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, self.width() - 20)
        painter.drawText(QRectF(10, 8, self.width() - 20, height), Qt.AlignmentFlag.AlignLeft, text)

    def _reference_lines(self, metric: MetricCard) -> list[tuple[Decimal, QColor, str]]:
        return [(value, colour, text) for value, colour, text in (
            (metric.baseline, BASELINE_COLOUR, self.tr("Baseline {value}")),
            (metric.target, TARGET_COLOUR, self.tr("Target {value}"))) if value is not None]

    def _references(self, painter: QPainter, frame: _Frame, metric: MetricCard) -> None:
        """The baseline and the target: dashed lines across (drawn under the measurements)."""
        for value, colour, _text in self._reference_lines(metric):
            y = frame.y(float(value))
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))

    def _reference_labels(self, painter: QPainter, frame: _Frame, metric: MetricCard, metrics: QFontMetrics,
                          taken: list[QRectF]) -> None:
        """Each reference line named with its value: at the right end above the line if there is room, else below
        it, else at the left end; never over a point, a point's value or the other line's name."""
        plot = frame.plot
        for value, colour, text in self._reference_lines(metric):
            y = frame.y(float(value))
            label = text.format(value=number_text(value, grouped=True))
            width, height = metrics.horizontalAdvance(label) + 6, metrics.height()
            candidates = [QRectF(x, top, width, height)
                          for x in (plot.right() - width, plot.left() + 2) for top in (y - height - 1, y + 1)]
            inside = [box for box in candidates if box.top() >= plot.top() - 2 and box.bottom() <= plot.bottom()]
            box = next((box for box in inside if not any(box.intersects(other) for other in taken)),
                       (inside or candidates)[0])
            taken.append(box)
            painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    def _dates(self, painter: QPainter, frame: _Frame, dates: list[dt.date], texts: list[str],
               metrics: QFontMetrics, colour: QColor) -> None:
        """A tick at each measurement's date; its date below where it fits (the latest always)."""
        shown: list[tuple[float, float, int]] = []  # (left, right, index)
        for index, (day, text) in enumerate(zip(dates, texts, strict=True)):
            x, half = frame.x(day), metrics.horizontalAdvance(text) / 2
            painter.setPen(QPen(colour, 1))
            painter.drawLine(QPointF(x, frame.plot.bottom()), QPointF(x, frame.plot.bottom() + 4))
            if shown and x - half < shown[-1][1] + 8:
                if index != len(dates) - 1:
                    continue
                shown.pop()  # the latest date matters more than the one before it
                while shown and x - half < shown[-1][1] + 8:
                    shown.pop()
            shown.append((x - half, x + half, index))
        painter.setPen(colour)
        for left, right, index in shown:
            painter.drawText(QRectF(left, frame.plot.bottom() + 5, right - left, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, texts[index])

    def _line(self, painter: QPainter, frame: _Frame, points: list[tuple[dt.date, Decimal]]) -> list[QPointF]:
        """The measurements as a line with points; where the points are."""
        at = [QPointF(frame.x(day), frame.y(float(value))) for day, value in points]
        painter.setPen(QPen(LINE_COLOUR, 2.2))
        for start, end in zip(at, at[1:], strict=False):
            painter.drawLine(start, end)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(LINE_COLOUR)
        for point in at:
            painter.drawEllipse(point, 4.5, 4.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return at

    @staticmethod
    def _value_labels(frame: _Frame, points: list[tuple[dt.date, Decimal]], at: list[QPointF],
                      metrics: QFontMetrics) -> list[tuple[QRectF, str]]:
        """Each point's value above it (below it at the top of the plot): every point's while they are few, else
        the latest only."""
        labels = []
        for index in range(len(at)) if len(at) <= VALUES_LABELLED else [len(at) - 1]:
            text = number_text(points[index][1], grouped=True)
            width, point = metrics.horizontalAdvance(text) + 4, at[index]
            top = point.y() - metrics.height() - 5
            if top < frame.plot.top():
                top = point.y() + 6
            left = min(max(point.x() - width / 2, frame.plot.left()), frame.plot.right() - width)
            labels.append((QRectF(left, top, width, metrics.height()), text))
        return labels

    # --- language ------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Chart of the metric over time"))
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
