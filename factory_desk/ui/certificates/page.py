"""The Certificates area's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factory_desk.ui.area_page import AreaPage, Figure

if TYPE_CHECKING:
    from factory_desk.services.overview import Overview


class CertificatesPage(AreaPage):
    def title(self) -> str:
        return self.tr("Certificates")

    def purpose(self) -> str:
        return self.tr(
            "Numbered certificates for everyone who completed a programme, printed in batches, "
            "with the register of issued numbers; reprints and voided certificates stay traceable."
        )

    def figures(self, numbers: Overview | None) -> list[Figure]:
        return [
            Figure(self.tr("Certificates issued"), numbers and numbers.certificates_issued),
            Figure(self.tr("Sessions held"), numbers and numbers.sessions_held),
        ]
