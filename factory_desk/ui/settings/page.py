"""The Settings page: the interface language (applied at once, this PC only); the centre's settings kept in the
database (the language of documents, the role of people without an account, the largest attachment of a project);
the open database, the app's folders."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import effective_language, error_text, install_translators, system_language, translate
from factory_desk.logs import log_file
from factory_desk.paths import data_dir
from factory_desk.preferences import LANGUAGES, Preferences
from factory_desk.ui.database_files import database_kind
from factory_desk.ui.forms.ui_settings_page import Ui_SettingsPage
from factory_desk.ui.look import make_title

if TYPE_CHECKING:
    from factory_desk.store.database import Database

log = logging.getLogger(__name__)

# Each language is named in itself, so whoever reads the list finds their own.
LANGUAGE_NAMES = {"ru": "Русский", "en": "English", "lv": "Latviešu"}
# The roles a login can have (domain.models.Role), named in the interface language from domain.labels.ROLE.
ROLES = ("admin", "coordinator", "trainer", "viewer")


class SettingsPage(QWidget):
    problem = Signal(str)
    open_requested = Signal()
    create_requested = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._preferences = preferences
        self._db: Database | None = None
        combo = self.ui.language_combo
        combo.addItem("", "")  # "System (…)": its text depends on the interface language
        for code in LANGUAGES:
            combo.addItem(LANGUAGE_NAMES[code], code)
        combo.setCurrentIndex(max(0, combo.findData(preferences.ui_language)))
        combo.currentIndexChanged.connect(self._choose_language)
        for code in LANGUAGES:
            self.ui.document_language_combo.addItem(LANGUAGE_NAMES[code], code)
        for code in ROLES:
            self.ui.default_role_combo.addItem("", code)  # its text depends on the interface language
        self.ui.document_language_combo.activated.connect(self._choose_document_language)
        self.ui.default_role_combo.activated.connect(self._choose_default_role)
        # Not saved while digits are typed (keyboardTracking is off): on Enter, on leaving the box, or an arrow.
        self.ui.attachment_limit_spin.valueChanged.connect(self._choose_attachment_limit)
        self.ui.open_database_button.clicked.connect(self.open_requested)
        self.ui.new_database_button.clicked.connect(self.create_requested)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        self._read_centre()
        self._retranslate()

    # The centre's settings, in the database
    def _read_centre(self) -> None:
        from factory_desk.services.documents import document_language
        from factory_desk.services.project_results import attachment_limit_mb
        from factory_desk.services.users import default_role

        has_db = self._db is not None
        self.ui.centre_group.setEnabled(has_db)
        if self._db is None:
            return
        try:
            language, role = document_language(self._db), default_role(self._db)
            limit = attachment_limit_mb(self._db)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        for combo, value in ((self.ui.document_language_combo, language), (self.ui.default_role_combo, role)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        spin = self.ui.attachment_limit_spin
        spin.blockSignals(True)  # showing what is stored is not a change to save
        spin.setValue(round(limit))
        spin.blockSignals(False)

    def _centre_changed(self, change: Callable[[Database, str], None], combo: QComboBox) -> None:
        self._save_centre(lambda db: change(db, str(combo.currentData())))

    def _save_centre(self, change: Callable[[Database], None]) -> None:
        if self._db is None:
            return
        try:
            change(self._db)
        except FactoryDeskError as exc:
            self.ui.centre_note.setText(error_text(exc))
            self._read_centre()  # back to what is stored
            return
        self.ui.centre_note.setText(self.tr("Saved. Every computer using this database now works this way."))

    def _choose_document_language(self, _index: int) -> None:
        from factory_desk.services.documents import set_document_language
        from factory_desk.ui.user import desk_user

        self._centre_changed(lambda db, value: set_document_language(db, value, user_name=desk_user()),
                             self.ui.document_language_combo)

    def _choose_default_role(self, _index: int) -> None:
        from factory_desk.services.users import set_default_role
        from factory_desk.ui.user import desk_user

        self._centre_changed(lambda db, value: set_default_role(db, value, user_name=desk_user(), login=desk_user()),
                             self.ui.default_role_combo)

    def _choose_attachment_limit(self, megabytes: int) -> None:
        from factory_desk.services.project_results import set_attachment_limit_mb
        from factory_desk.ui.user import desk_user

        self._save_centre(lambda db: set_attachment_limit_mb(db, megabytes, user_name=desk_user()))

    def page_shown(self) -> None:
        self.refresh()

    def focus_first(self) -> None:
        self.ui.language_combo.setFocus()

    def _choose_language(self, index: int) -> None:
        chosen = str(self.ui.language_combo.itemData(index) or "")
        self._preferences.ui_language = chosen
        # Every widget retranslates itself on the LanguageChange event this sends.
        install_translators(effective_language(chosen))
        try:
            self._preferences.save()
        except OSError as exc:
            log.warning("The interface language could not be saved: %s", exc)
            self.problem.emit(self.tr(
                "The language could not be saved for the next start ({reason}); it applies until you close "
                "Factory Desk."
            ).format(reason=exc.strerror or exc))

    def _retranslate(self) -> None:
        from factory_desk.domain.labels import ROLE  # the data model loads after the window has painted

        for row, code in enumerate(ROLES):
            self.ui.default_role_combo.setItemText(row, translate("Labels", ROLE[code]))
        system = LANGUAGE_NAMES[system_language()]
        self.ui.language_combo.setItemText(0, self.tr("System ({language})").format(language=system))
        if self._db is None:
            self.ui.database_value.setText(self.tr("No database is open"))
            self.ui.database_kind_value.setText("—")
        else:
            self.ui.database_value.setText(self._db.name)
            self.ui.database_kind_value.setText(database_kind(self._db))
        self.ui.data_folder_value.setText(str(data_dir()))
        self.ui.log_folder_value.setText(str(log_file().parent))
        self.ui.preferences_file_value.setText(str(Preferences.path()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
