"""The Projects area's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factory_desk.ui.area_page import AreaPage, Figure

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview


class ProjectsPage(AreaPage):
    def title(self) -> str:
        return self.tr("Projects")

    def purpose(self) -> str:
        return self.tr(
            "Improvement projects that organisations start after the training: sponsor, leader and team, "
            "dates, and effects measured from the baseline to the target and the actual result."
        )

    def figures(self, numbers: Overview | None) -> list[Figure]:
        return [
            Figure(self.tr("Open projects"), numbers and numbers.projects_open),
            Figure(self.tr("Organisations"), numbers and numbers.organisations),
        ]
