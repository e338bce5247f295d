"""The Settings page: the interface language (applied at once), the open database, the app's folders."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from factory_desk.i18n import effective_language, install_translators, system_language
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
        self.ui.open_database_button.clicked.connect(self.open_requested)
        self.ui.new_database_button.clicked.connect(self.create_requested)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._retranslate()

    def refresh(self) -> None:
        self._retranslate()

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
