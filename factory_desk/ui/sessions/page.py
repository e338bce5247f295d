"""The Sessions area's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factory_desk.ui.area_page import AreaPage, Figure

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview


class SessionsPage(AreaPage):
    def title(self) -> str:
        return self.tr("Sessions")

    def purpose(self) -> str:
        return self.tr(
            "Groups of 12–16 people on a programme at one of your factories, on one or more days: "
            "plan them on dates, enrol people, and follow each group until its report is done."
        )

    def figures(self, numbers: Overview | None) -> list[Figure]:
        return [
            Figure(self.tr("Upcoming sessions"), numbers and numbers.sessions_upcoming),
            Figure(self.tr("Sessions held"), numbers and numbers.sessions_held),
            Figure(self.tr("Sessions in total"), numbers and numbers.sessions_total),
            Figure(self.tr("Factories"), numbers and numbers.factories),
        ]
