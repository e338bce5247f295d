"""The editor of one factory: its name and certificate code, region, specialisation, time zone, and the
municipalities it serves (ticked in a list that can be searched; one not in the list is added on the spot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import fold
from factory_desk.i18n import error_text
from factory_desk.services.reference import (
    TIMEZONES,
    FactoryDetails,
    add_municipality,
    get_factory,
    municipalities,
    save_factory,
)
from factory_desk.ui.forms.ui_factory_dialog import Ui_FactoryDialog
from factory_desk.ui.reference.editor import ReferenceEditor, add_check_item, checked_ids
from factory_desk.ui.user import desk_user

if TYPE_CHECKING:
    from factory_desk.store.database import Database


class FactoryDialog(ReferenceEditor):
    def __init__(self, db: Database, factory_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_FactoryDialog(), parent)
        self._db = db
        self._details = FactoryDetails() if factory_id is None else get_factory(db, factory_id)
        ui = self.ui
        for zone in TIMEZONES:
            ui.timezone_combo.addItem(zone, zone)
        if ui.timezone_combo.findData(self._details.timezone) < 0:  # a zone chosen outside the short list
            ui.timezone_combo.addItem(self._details.timezone, self._details.timezone)
        self._municipalities = municipalities(db)
        self._show(self._details)
        self._fill_municipalities(set(self._details.municipality_ids))
        ui.name_edit.textChanged.connect(self._check)
        ui.code_edit.textChanged.connect(self._check)
        ui.municipality_filter_edit.textChanged.connect(self._filter_municipalities)
        ui.region_edit.textChanged.connect(lambda: self._fill_municipalities(set(checked_ids(ui.municipality_list))))
        ui.new_municipality_edit.textChanged.connect(self._check)
        ui.new_municipality_edit.installEventFilter(self)
        ui.add_municipality_button.clicked.connect(self.add_municipality)
        ui.add_municipality_button.setAutoDefault(False)
        self.retranslate()
        self._check()

    def _show(self, d: FactoryDetails) -> None:
        ui = self.ui
        ui.name_edit.setText(d.name)
        ui.code_edit.setText(d.code)
        ui.address_edit.setText(d.address)
        ui.region_edit.setText(d.region)
        ui.specialisation_edit.setPlainText(d.specialisation)
        ui.timezone_combo.setCurrentIndex(max(0, ui.timezone_combo.findData(d.timezone)))
        ui.active_check.setChecked(d.is_active)

    def details(self) -> FactoryDetails:
        """What the dialog shows now."""
        ui = self.ui
        return FactoryDetails(
            id=self._details.id, name=ui.name_edit.text(), code=ui.code_edit.text(), address=ui.address_edit.text(),
            region=ui.region_edit.text(), specialisation=ui.specialisation_edit.toPlainText(),
            timezone=ui.timezone_combo.currentData(), municipality_ids=checked_ids(ui.municipality_list),
            is_active=ui.active_check.isChecked())

    def save(self) -> int:
        return save_factory(self._db, self.details(), user_name=desk_user())

    def field_widget(self, field: str | None) -> QWidget | None:
        ui = self.ui
        return {"name": ui.name_edit, "code": ui.code_edit, "timezone": ui.timezone_combo,
                "municipality_ids": ui.municipality_list}.get(field or "")

    # --- municipalities ---------------------------------------------------------------------------------
    def _fill_municipalities(self, ticked: set[int]) -> None:
        view = self.ui.municipality_list
        view.clear()
        # The factory's own region first; another region's municipality says which region it is in.
        own = fold(self.ui.region_edit.text())
        for m in sorted(self._municipalities, key=lambda m: fold(m.region) != own):
            text = m.name if fold(m.region) in (own, "") else f"{m.name} ({m.region})"
            add_check_item(view, text, m.id, m.id in ticked).setToolTip(m.region)
        self._filter_municipalities()

    def _filter_municipalities(self) -> None:
        wanted = fold(self.ui.municipality_filter_edit.text())
        view = self.ui.municipality_list
        for index in range(view.count()):
            item = view.item(index)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def add_municipality(self) -> None:
        """Register the municipality typed under the list, in the factory's region, and tick it."""
        name = self.ui.new_municipality_edit.text()
        if not name.strip():
            return
        try:
            new_id = add_municipality(self._db, name, self.ui.region_edit.text(), user_name=desk_user())
        except FactoryDeskError as exc:
            self.show_problem(error_text(exc))
            return
        self._municipalities = municipalities(self._db)
        self._fill_municipalities(set(checked_ids(self.ui.municipality_list)) | {new_id})
        self.ui.new_municipality_edit.clear()
        for index in range(self.ui.municipality_list.count()):
            item = self.ui.municipality_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == new_id:
                item.setHidden(False)
                self.ui.municipality_list.scrollToItem(item)
                self.ui.municipality_list.setCurrentItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Enter under the list adds the municipality typed there; it does not save the factory.
        if (watched is self.ui.new_municipality_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_municipality()
            return True
        return super().eventFilter(watched, event)

    def _check(self) -> None:
        ui = self.ui
        self.save_button.setEnabled(bool(ui.name_edit.text().strip() and ui.code_edit.text().strip()))
        ui.add_municipality_button.setEnabled(bool(ui.new_municipality_edit.text().strip()))
        self.show_problem("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New factory") if self._details.id is None
                            else self.tr("Factory: {name}").format(name=self._details.name))
