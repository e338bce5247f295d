"""The Reports area's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factory_desk.ui.area_page import AreaPage, Figure

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview


class ReportsPage(AreaPage):
    def title(self) -> str:
        return self.tr("Reports")

    def purpose(self) -> str:
        return self.tr(
            "What the centre reports: people trained by category, organisation and factory, plan against "
            "fact, feedback scores and projects; session reports for each group."
        )

    def figures(self, numbers: Overview | None) -> list[Figure]:
        return [
            Figure(self.tr("People"), numbers and numbers.people),
            Figure(self.tr("Organisations"), numbers and numbers.organisations),
            Figure(self.tr("Sessions held"), numbers and numbers.sessions_held),
            Figure(self.tr("Certificates issued"), numbers and numbers.certificates_issued),
            Figure(self.tr("Open projects"), numbers and numbers.projects_open),
            Figure(self.tr("Factories"), numbers and numbers.factories),
        ]
