"""How each factory numbers its certificates, year by year: the pattern (КИР-2026-00042) and the next number.
The number itself is taken by the service under a lock when a certificate is issued, never here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_numbering_dialog import Ui_NumberingDialog

if TYPE_CHECKING:
    from factory_desk.services.certificates import NumberPattern
    from factory_desk.store.database import Database

WARNING_STYLE = "color: #b3261e;"


class NumberingDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, user_name: str = "",
                 year: int | None = None) -> None:
        from factory_desk.services.reference import choices

        super().__init__(parent)
        self.ui = Ui_NumberingDialog()
        self.ui.setupUi(self)
        self._db = db
        self._user_name = user_name
        self.stored: NumberPattern | None = None  # what the database holds for the factory and year shown
        self._save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        for factory in choices(db).factories:
            self.ui.factory_combo.addItem(factory.name, factory.id)
        self.ui.year_spin.setValue(year or clock.today().year)
        self.ui.factory_combo.currentIndexChanged.connect(self.load)
        self.ui.year_spin.valueChanged.connect(self.load)
        self.ui.pattern_edit.textChanged.connect(self._show_next)
        self.ui.message_label.hide()
        self.load()
        self.setMinimumWidth(620)
        self.resize(620, self.heightForWidth(620) if self.hasHeightForWidth() else self.sizeHint().height())

    def _factory_id(self) -> int | None:
        value = self.ui.factory_combo.currentData()
        return int(value) if value is not None else None

    def load(self) -> None:
        """The pattern and the next number of the chosen factory and year, as stored."""
        from factory_desk.services.certificates import number_pattern

        factory_id = self._factory_id()
        if factory_id is None:
            self._say(self.tr("There is no factory yet: add one on the Sessions page (Factories tab)."))
            self._save.setEnabled(False)
            return
        try:
            self.stored = number_pattern(self._db, factory_id, self.ui.year_spin.value())
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.ui.pattern_edit.setText(self.stored.pattern)
        self._show_next()

    def _show_next(self) -> None:
        """The next number as the pattern typed would make it, or why the pattern cannot be used."""
        from factory_desk.services.certificates import check_pattern, format_number

        stored = self.stored
        if stored is None:
            return
        try:
            pattern = check_pattern(self.ui.pattern_edit.text())
        except FactoryDeskError as exc:
            self.ui.next_label.setText("—")
            self._say(error_text(exc))
            self._save.setEnabled(False)
            return
        self.ui.next_label.setText(format_number(pattern, code=stored.code, year=stored.year,
                                                 seq=stored.last_value + 1))
        self._say("")
        self._save.setEnabled(pattern != stored.pattern)

    def save(self) -> None:
        from factory_desk.services.certificates import set_number_pattern

        factory_id = self._factory_id()
        if factory_id is None or not self._save.isEnabled():
            return
        try:
            self.stored = set_number_pattern(self._db, factory_id, self.ui.year_spin.value(),
                                             self.ui.pattern_edit.text(), user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._show_next()
        self._say(self.tr("Saved: the next certificate of {factory} in {year} gets the number {number}.").format(
            factory=self.stored.factory, year=self.stored.year, number=self.stored.next_number), warning=False)

    def _say(self, sentence: str, *, warning: bool = True) -> None:
        self.ui.message_label.setStyleSheet(WARNING_STYLE if warning else "")
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
