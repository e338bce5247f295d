"""The Attendance area's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factory_desk.ui.area_page import AreaPage, Figure

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview


class AttendancePage(AreaPage):
    def title(self) -> str:
        return self.tr("Attendance")

    def purpose(self) -> str:
        return self.tr(
            "Trainers mark who came on each day of a session (present, late or absent), "
            "and record walk-ins and colleagues who replaced someone on the day."
        )

    def figures(self, numbers: Overview | None) -> list[Figure]:
        return [
            Figure(self.tr("Upcoming sessions"), numbers and numbers.sessions_upcoming),
            Figure(self.tr("Sessions held"), numbers and numbers.sessions_held),
            Figure(self.tr("People in the register"), numbers and numbers.people),
        ]
