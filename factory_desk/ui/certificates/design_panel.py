"""The certificate designer: choose a design, edit its words, signatories, images, frame and colours, and see the
certificate it prints beside the form, made from a sample holder with a very long name a moment after typing
stops. Characters the shipped fonts cannot draw are named under the preview while they are typed.

A design is written on Save (the services audit it); images chosen meanwhile are written with it. An image
replaced or removed from a design that certificates were issued with stays in the database, for their reprints.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.i18n import error_text, translate
from factory_desk.ui.documents.pdf_preview import PdfPreview
from factory_desk.ui.forms.ui_design_panel import Ui_DesignPanel
from factory_desk.ui.tasks import run_task
from factory_desk.ui.user import desk_user

if TYPE_CHECKING:
    from factory_desk.documents.certificate import TemplateDefinition
    from factory_desk.services.certificate_templates import TemplateInfo
    from factory_desk.store.database import Database

__all__ = ["LANGUAGE_WORDS", "SAMPLE_NAME", "DesignPanel", "character_name", "fill_languages", "glyphs_sentence"]

PREVIEW_DELAY_MS = 300  # after the last key, the preview is made again
SAMPLE_NAME = "Константинопольский-Преображенский Максимилиан Вячеславович"  # the longest name a centre meets
WARNING_STYLE = "color: #b3261e;"
IMAGE_FILTER = "*.png *.jpg *.jpeg"

# The languages a certificate is printed in (documents.certificate.CERTIFICATE_LANGUAGES), as the combos show them.
LANGUAGE_WORDS = {
    "ru": QT_TRANSLATE_NOOP("CertificateDesign", "Russian"),
    "lv": QT_TRANSLATE_NOOP("CertificateDesign", "Latvian"),
    "en": QT_TRANSLATE_NOOP("CertificateDesign", "English"),
    "ru+en": QT_TRANSLATE_NOOP("CertificateDesign", "Russian and English"),
    "lv+en": QT_TRANSLATE_NOOP("CertificateDesign", "Latvian and English"),
}
# What each {field} of a body prints, for the «Insert a field» menu.
FIELD_WORDS = {
    "full_name": QT_TRANSLATE_NOOP("CertificateDesign", "Full name"),
    "organization": QT_TRANSLATE_NOOP("CertificateDesign", "Organisation"),
    "position": QT_TRANSLATE_NOOP("CertificateDesign", "Position"),
    "programme": QT_TRANSLATE_NOOP("CertificateDesign", "Programme"),
    "hours": QT_TRANSLATE_NOOP("CertificateDesign", "Hours, with the unit"),
    "date": QT_TRANSLATE_NOOP("CertificateDesign", "Date of the training"),
    "factory": QT_TRANSLATE_NOOP("CertificateDesign", "Factory"),
    "factory_address": QT_TRANSLATE_NOOP("CertificateDesign", "Factory's address"),
    "number": QT_TRANSLATE_NOOP("CertificateDesign", "Certificate number"),
}
ORIENTATION_WORDS = {
    "landscape": QT_TRANSLATE_NOOP("CertificateDesign", "Landscape"),
    "portrait": QT_TRANSLATE_NOOP("CertificateDesign", "Portrait"),
}
COLOUR_NAMES = ("accent", "ornament", "ink", "muted")
SIGNATORY_NAME, SIGNATORY_POSITION, SIGNATORY_IMAGE = range(3)


def fill_languages(combo: QComboBox, current: str | None = None) -> None:
    """The five certificate languages, each with its code as item data."""
    with QSignalBlocker(combo):
        combo.clear()
        for code, words in LANGUAGE_WORDS.items():
            combo.addItem(translate("CertificateDesign", words), code)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))


def character_name(char: str) -> str:
    """A character as a warning names it: itself and its code, since the screen's font may not draw it either."""
    return f"{char} (U+{ord(char):04X})"


def glyphs_sentence(missing: list[tuple[str, str]]) -> str:
    """«These characters cannot be printed: 中 (in “…”), …» for the texts `missing_glyphs` found, or ""."""
    if not missing:
        return ""
    parts = [translate("CertificateDesign", "{chars} in “{text}”").format(
        chars=", ".join(character_name(char) for char in chars), text=text if len(text) <= 60 else text[:57] + "…")
        for text, chars in missing[:5]]
    if len(missing) > 5:
        parts.append(translate("CertificateDesign", "and {count} more texts").format(count=len(missing) - 5))
    return translate("CertificateDesign", "The certificate font cannot print these characters; they would show as "
                                          "empty boxes: {list}.").format(list="; ".join(parts))


# --- the preview, made off the GUI thread ---------------------------------------------------------------------

def _sample_preview(token: int, definition: TemplateDefinition, assets: dict[str, bytes]
                    ) -> tuple[int, Any, list[tuple[str, str]]]:
    """The design drawn for the sample holder (run off the GUI thread): (token, pdf, missing glyphs), or
    (token, the exception, []) — a bad image or text is said under the preview, never a crash."""
    from factory_desk.documents.certificate import SAMPLE_CERTIFICATE, certificate_pdf, texts_to_check
    from factory_desk.documents.layout import missing_glyphs

    sample = dataclasses.replace(SAMPLE_CERTIFICATE, full_name=SAMPLE_NAME)
    try:
        missing = missing_glyphs(texts_to_check([sample], definition))
        return token, certificate_pdf([sample], definition, assets), missing
    except Exception as exc:  # noqa: BLE001 - said under the preview
        return token, exc, []


class DesignPanel(QWidget):
    """The «Design» tab of the Certificates page. `set_database(db)` loads the designs; `problem` carries a
    sentence for the window's message line when something could not be done."""

    problem = Signal(str)
    saved = Signal(int)  # the id of the design just saved
    preview_ready = Signal()  # the preview shows the form as it is now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DesignPanel()
        self.ui.setupUi(self)
        self.preview = PdfPreview(self)
        self.preview.setObjectName("design_preview")
        self.preview.fit_page()
        self.ui.preview_layout.insertWidget(1, self.preview, 1)
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 6)
        self.ui.splitter.setSizes([600, 660])
        self.ui.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._db: Database | None = None
        self._user_name = desk_user()
        self._designs: list[TemplateInfo] = []
        self._current: TemplateInfo | None = None
        self._assets: dict[str, bytes] = {}  # every image the edited design may use, by name
        self._new_assets: dict[str, tuple[str, str]] = {}  # chosen since loading: name → (kind, mime type)
        self._dropped: set[str] = set()  # stored images the coordinator replaced or removed
        self._colours: dict[str, str] = {}
        self._logo: str | None = None
        self._artwork: str | None = None
        self._dirty = False
        self._loading = False
        self._token = 0
        self._missing: list[tuple[str, str]] = []
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._make_preview)
        self.preview.rendered.connect(self._preview_shown)
        self._build()
        self._retranslate()
        self._enable()

    # --- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        ui.message_label.hide()
        ui.glyphs_label.setStyleSheet(WARNING_STYLE)
        ui.glyphs_label.hide()
        ui.design_combo.currentIndexChanged.connect(self._design_chosen)
        ui.save_button.clicked.connect(self.save)
        ui.save_copy_button.clicked.connect(self.save_copy)
        ui.default_button.clicked.connect(self.make_default)
        ui.delete_button.clicked.connect(self.delete)
        for edit in (ui.name_edit, ui.organiser_edit, ui.title_edit, ui.second_title_edit):
            edit.textEdited.connect(self._changed)
        for body in (ui.body_edit, ui.second_body_edit):
            body.textChanged.connect(self._changed)
        ui.language_combo.currentIndexChanged.connect(self._language_changed)
        ui.orientation_combo.currentIndexChanged.connect(self._changed)
        ui.frame_check.toggled.connect(self._changed)
        self._field_menus = [self._field_menu(ui.insert_field_button, ui.body_edit),
                             self._field_menu(ui.second_insert_field_button, ui.second_body_edit)]
        table = ui.signatories_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(SIGNATORY_NAME, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(SIGNATORY_POSITION, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(SIGNATORY_IMAGE, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.itemChanged.connect(self._changed)
        table.itemSelectionChanged.connect(self._enable)
        ui.add_signatory_button.clicked.connect(self.add_signatory)
        ui.remove_signatory_button.clicked.connect(self.remove_signatory)
        ui.signature_button.clicked.connect(self.choose_signature)
        ui.remove_signature_button.clicked.connect(self.remove_signature)
        ui.logo_button.clicked.connect(lambda: self.choose_image("logo"))
        ui.artwork_button.clicked.connect(lambda: self.choose_image("artwork"))
        ui.logo_remove_button.clicked.connect(lambda: self.set_image("logo", None))
        ui.artwork_remove_button.clicked.connect(lambda: self.set_image("artwork", None))
        for name in COLOUR_NAMES:
            getattr(ui, f"{name}_button").clicked.connect(lambda _=False, name=name: self.choose_colour(name))

    def _field_menu(self, button: Any, edit: QPlainTextEdit) -> QMenu:
        menu = QMenu(button)
        for name in FIELD_WORDS:
            action = QAction(menu)
            action.setData(name)
            action.triggered.connect(lambda _=False, name=name, edit=edit: self.insert_field(edit, name))
            menu.addAction(action)
        button.setMenu(menu)
        return menu

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for menu in self._field_menus:
            for action in menu.actions():
                name = action.data()
                action.setText(translate("CertificateDesign", "{{{field}}} — {words}").format(
                    field=name, words=translate("CertificateDesign", FIELD_WORDS[name])))
        with QSignalBlocker(self.ui.orientation_combo):
            current = self.ui.orientation_combo.currentData()
            self.ui.orientation_combo.clear()
            for code, words in ORIENTATION_WORDS.items():
                self.ui.orientation_combo.addItem(translate("CertificateDesign", words), code)
            self.ui.orientation_combo.setCurrentIndex(max(0, self.ui.orientation_combo.findData(current)))
        fill_languages(self.ui.language_combo, self.ui.language_combo.currentData())
        self.ui.signatories_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Signature image")])
        self.ui.body_edit.setToolTip(self.tr(
            "One line of the certificate per line. A line that is only {full_name} is the name, large; a line "
            "that is only «{programme}» is set out. An empty field is left out with its comma."))
        self._fill_designs(self._current.id if self._current else None)
        self._show_images()
        self._show_glyphs()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------------------------------
    def set_database(self, db: Database | None, *, user_name: str | None = None) -> None:
        self._db = db
        if user_name is not None:
            self._user_name = user_name
        self._current = None
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Read the designs again and show `select_id` (by default the one shown, else the default one). Unsaved
        changes of the design shown are kept only when nothing else is to be shown."""
        from factory_desk.services.certificate_templates import templates

        if self._db is None:
            self._designs = []
            self._fill_designs(None)
            self._enable()
            return
        try:
            self._designs = templates(self._db, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            return
        wanted = select_id if select_id is not None else (self._current.id if self._current else None)
        known = {info.id for info in self._designs}
        if wanted not in known:
            wanted = next((info.id for info in self._designs if info.is_default), None)
        self._fill_designs(wanted)
        if select_id is None and self._dirty and self._current is not None and self._current.id == wanted:
            self._enable()
            return
        self._load(wanted)

    def _fill_designs(self, current_id: int | None) -> None:
        combo = self.ui.design_combo
        with QSignalBlocker(combo):
            combo.clear()
            for info in self._designs:
                text = self.tr("{name} (default)").format(name=info.name) if info.is_default else info.name
                combo.addItem(text, info.id)
            combo.setCurrentIndex(max(0, combo.findData(current_id)) if self._designs else -1)

    def _load(self, template_id: int | None) -> None:
        from factory_desk.documents.certificate import TemplateDefinition
        from factory_desk.services.certificate_templates import template_assets

        info = next((d for d in self._designs if d.id == template_id), None)
        self._current = info
        self._new_assets.clear()
        self._dropped.clear()
        if info is None or self._db is None:
            self._assets = {}
            self.preview.clear()
            self._dirty = False
            self._enable()
            return
        try:
            self._assets = template_assets(self._db, info.id)
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            self._assets = {}
        self._show_definition(info.name, TemplateDefinition.from_json(info.definition))
        self._dirty = False
        self._say("")
        self._enable()
        self._make_preview()

    def _show_definition(self, name: str, definition: TemplateDefinition) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.name_edit.setText(name)
            ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(definition.language)))
            ui.organiser_edit.setText(definition.organiser)
            ui.title_edit.setText(definition.title)
            ui.body_edit.setPlainText(definition.body)
            ui.second_title_edit.setText(definition.second_title)
            ui.second_body_edit.setPlainText(definition.second_body)
            ui.orientation_combo.setCurrentIndex(max(0, ui.orientation_combo.findData(definition.orientation)))
            ui.frame_check.setChecked(definition.frame)
            table = ui.signatories_table
            table.setRowCount(0)
            for signatory in definition.signatories:
                self._add_signatory_row(signatory.name, signatory.position, signatory.signature)
            self._logo, self._artwork = definition.logo, definition.artwork
            self._colours = {name: getattr(definition.colours, name) for name in COLOUR_NAMES}
            self._show_images()
            self._show_bilingual()
        finally:
            self._loading = False

    # --- the design as edited ------------------------------------------------------------------------------------
    def definition(self) -> TemplateDefinition:
        """The design as the form shows it now (saved or not)."""
        from factory_desk.documents.certificate import Colours, Signatory, TemplateDefinition

        ui = self.ui
        table = ui.signatories_table
        signatories = []
        for row in range(table.rowCount()):
            name = (table.item(row, SIGNATORY_NAME) or QTableWidgetItem()).text().strip()
            position = (table.item(row, SIGNATORY_POSITION) or QTableWidgetItem()).text().strip()
            image = (table.item(row, SIGNATORY_IMAGE) or QTableWidgetItem()).data(Qt.ItemDataRole.UserRole)
            if name or position or image:
                signatories.append(Signatory(name, position, image or None))
        return TemplateDefinition(
            organiser=ui.organiser_edit.text().strip(), title=ui.title_edit.text().strip(),
            body=ui.body_edit.toPlainText(), second_title=ui.second_title_edit.text().strip(),
            second_body=ui.second_body_edit.toPlainText(), signatories=tuple(signatories),
            language=ui.language_combo.currentData() or "ru", logo=self._logo, artwork=self._artwork,
            frame=ui.frame_check.isChecked(), orientation=ui.orientation_combo.currentData() or "landscape",
            colours=Colours(**self._colours))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def current_id(self) -> int | None:
        return self._current.id if self._current else None

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._enable()
        self._preview_timer.start()

    def _language_changed(self) -> None:
        """A new language: the standard words of the old one are replaced by those of the new one; words the
        coordinator wrote are kept."""
        from factory_desk.documents.certificate import certificate_texts

        if self._loading:
            return
        ui = self.ui
        language = ui.language_combo.currentData() or "ru"
        first, _plus, second = language.partition("+")
        standard = {certificate_texts(code) for code in ("ru", "lv", "en")}
        if (ui.title_edit.text().strip(), ui.body_edit.toPlainText()) in standard:
            title, body = certificate_texts(first)
            ui.title_edit.setText(title)
            ui.body_edit.setPlainText(body)
        if second and (ui.second_title_edit.text().strip(), ui.second_body_edit.toPlainText()) in standard:
            title, body = certificate_texts(second)
            ui.second_title_edit.setText(title)
            ui.second_body_edit.setPlainText(body)
        self._show_bilingual()
        self._changed()

    def _show_bilingual(self) -> None:
        bilingual = "+" in (self.ui.language_combo.currentData() or "")
        for widget in (self.ui.second_title_label, self.ui.second_title_edit, self.ui.second_body_label,
                       self.ui.second_body_edit, self.ui.second_insert_field_button):
            widget.setVisible(bilingual)

    def insert_field(self, edit: QPlainTextEdit, name: str) -> None:
        """Put {name} where the cursor is in `edit`."""
        edit.insertPlainText("{" + name + "}")
        edit.setFocus()

    # --- signatories ---------------------------------------------------------------------------------------------
    def _add_signatory_row(self, name: str, position: str, image: str | None) -> int:
        table = self.ui.signatories_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, SIGNATORY_NAME, QTableWidgetItem(name))
        table.setItem(row, SIGNATORY_POSITION, QTableWidgetItem(position))
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, SIGNATORY_IMAGE, item)
        self._show_signature(row, image)
        return row

    def _show_signature(self, row: int, image: str | None) -> None:
        item = self.ui.signatories_table.item(row, SIGNATORY_IMAGE)
        if item is None:
            return
        item.setData(Qt.ItemDataRole.UserRole, image)
        item.setText(self.tr("yes") if image else "—")
        item.setIcon(self._thumbnail(image) if image else QIcon())

    def add_signatory(self) -> None:
        row = self._add_signatory_row("", "", None)
        table = self.ui.signatories_table
        table.setCurrentCell(row, SIGNATORY_NAME)
        table.editItem(table.item(row, SIGNATORY_NAME))
        self._changed()

    def remove_signatory(self) -> None:
        row = self.ui.signatories_table.currentRow()
        if row >= 0:
            self._drop(self.ui.signatories_table.item(row, SIGNATORY_IMAGE).data(Qt.ItemDataRole.UserRole))
            self.ui.signatories_table.removeRow(row)
            self._changed()

    def choose_signature(self) -> None:
        row = self.ui.signatories_table.currentRow()
        if row < 0:
            return
        name = self._choose_file("signature", self.tr("Choose the signature image"))
        if name is not None:
            self._drop(self.ui.signatories_table.item(row, SIGNATORY_IMAGE).data(Qt.ItemDataRole.UserRole))
            self._show_signature(row, name)
            self._changed()

    def remove_signature(self) -> None:
        row = self.ui.signatories_table.currentRow()
        if row >= 0:
            self._drop(self.ui.signatories_table.item(row, SIGNATORY_IMAGE).data(Qt.ItemDataRole.UserRole))
            self._show_signature(row, None)
            self._changed()

    # --- images --------------------------------------------------------------------------------------------------
    def choose_image(self, kind: str) -> None:
        title = self.tr("Choose the logo") if kind == "logo" else self.tr("Choose the artwork")
        name = self._choose_file(kind, title)
        if name is not None:
            self.set_image(kind, name)

    def add_image(self, kind: str, data: bytes, file_name: str = "") -> str | None:
        """Take an image file's bytes for the edited design (written on Save); its name in the design, or None
        with a sentence when it is not a PNG or JPEG picture."""
        image = QImage.fromData(data)
        mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg" if data.startswith(b"\xff\xd8") else ""
        if image.isNull() or not mime:
            self._problem(self.tr("“{file}” is not a PNG or JPEG picture.").format(file=file_name or "?"))
            return None
        name, number = kind, 1
        stored = {a.name for a in self._current.assets} if self._current else set()
        while name in self._assets or name in stored:
            number += 1
            name = f"{kind}-{number}"
        self._assets[name] = data
        self._new_assets[name] = (kind, mime)
        return name

    def set_image(self, kind: str, name: str | None) -> None:
        """Use image `name` (from `add_image`) as the logo or the artwork, or none."""
        old = self._logo if kind == "logo" else self._artwork
        if old != name:
            self._drop(old)
        if kind == "logo":
            self._logo = name
        else:
            self._artwork = name
        self._show_images()
        self._changed()

    def _choose_file(self, kind: str, title: str) -> str | None:
        file_name, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Pictures ({patterns})").format(patterns=IMAGE_FILTER))
        if not file_name:
            return None
        try:
            data = Path(file_name).read_bytes()
        except OSError as exc:
            self._problem(self.tr("The file {file} could not be read: {reason}").format(
                file=file_name, reason=exc.strerror or exc))
            return None
        return self.add_image(kind, data, Path(file_name).name)

    def _drop(self, name: str | None) -> None:
        if name and self._current and name in {a.name for a in self._current.assets}:
            self._dropped.add(name)

    def _thumbnail(self, name: str | None) -> QIcon:
        image = QImage.fromData(self._assets.get(name or "", b""))
        if image.isNull():
            return QIcon()
        return QIcon(QPixmap.fromImage(image.scaled(48, 24, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)))

    def _show_images(self) -> None:
        ui = self.ui
        for kind, label, remove in (("logo", ui.logo_file_label, ui.logo_remove_button),
                                    ("artwork", ui.artwork_file_label, ui.artwork_remove_button)):
            name = getattr(self, "_" + kind, None)
            present = bool(name) and name in self._assets
            label.setText(self.tr("Image “{name}”").format(name=name) if present else self.tr("none"))
            remove.setEnabled(bool(name))
        for name in COLOUR_NAMES:
            button: QPushButton = getattr(ui, f"{name}_button")
            colour = self._colours.get(name)
            if colour:
                swatch = QPixmap(14, 14)
                swatch.fill(QColor(colour))
                button.setIcon(QIcon(swatch))
                button.setToolTip(colour)

    # --- colours -------------------------------------------------------------------------------------------------
    def choose_colour(self, name: str) -> None:
        colour = QColorDialog.getColor(QColor(self._colours.get(name, "#000000")), self, self.tr("Choose a colour"))
        if colour.isValid():
            self.set_colour(name, colour.name())

    def set_colour(self, name: str, value: str) -> None:
        self._colours[name] = QColor(value).name().upper()
        self._show_images()
        self._changed()

    # --- the preview ---------------------------------------------------------------------------------------------
    def _make_preview(self) -> None:
        self._preview_timer.stop()
        if self._current is None:
            return
        self._token += 1
        token, definition, assets = self._token, self.definition(), dict(self._assets)
        # run_task keeps the work's signals alive even if the panel closes before the drawing comes back.
        run_task(self, lambda _control: _sample_preview(token, definition, assets), self._preview_made,
                 label="", progress_dialog=False)

    def _preview_made(self, made: tuple[int, Any, list[tuple[str, str]]]) -> None:
        token, pdf, missing = made
        if token != self._token:
            return  # the form changed since: a newer preview is on its way
        if isinstance(pdf, BaseException):
            self._missing = []
            self.preview.clear(self.tr("The certificate cannot be drawn: {reason}").format(
                reason=error_text(pdf) if isinstance(pdf, FactoryDeskError) else str(pdf)))
            self._show_glyphs()
            self.preview_ready.emit()
            return
        self._missing = missing
        self._show_glyphs()
        self.preview.set_pdf(pdf, keep_page=True)

    def _preview_shown(self, _index: int) -> None:
        if not self._preview_timer.isActive():
            self.preview_ready.emit()

    def missing_glyphs(self) -> list[tuple[str, str]]:
        """The texts of the design as last previewed with the characters the font cannot print."""
        return list(self._missing)

    def _show_glyphs(self) -> None:
        sentence = glyphs_sentence(self._missing)
        self.ui.glyphs_label.setText(sentence)
        self.ui.glyphs_label.setVisible(bool(sentence))

    # --- saving --------------------------------------------------------------------------------------------------
    def _write(self, template_id: int, name: str, definition: TemplateDefinition) -> TemplateInfo:
        """Write the new images the design uses, then the design, then drop the images it no longer uses (unless
        certificates were issued with it: their reprints need them)."""
        from factory_desk.services.certificate_templates import remove_asset, save_template, set_asset

        assert self._db is not None
        used = set(definition.asset_names)
        for asset, (kind, mime) in self._new_assets.items():
            if asset in used:
                set_asset(self._db, template_id, asset, self._assets[asset], kind=kind, mime_type=mime,
                          user_name=self._user_name)
        info = save_template(self._db, name=name, definition=definition.to_json(), language=definition.language,
                             template_id=template_id, user_name=self._user_name)
        if not info.certificates:
            for asset in self._dropped - used:
                remove_asset(self._db, template_id, asset, user_name=self._user_name)
        return info

    def save(self) -> bool:
        """Save the design shown; False (with the reason said) when it could not be saved."""
        if self._current is None or self._db is None:
            return False
        name = self.ui.name_edit.text()
        try:
            info = self._write(self._current.id, name, self.definition())
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            if getattr(exc, "field", None) == "name":
                self.ui.name_edit.setFocus()
            return False
        self._dirty = False
        self.refresh(info.id)
        self._say(self.tr("The design “{name}” was saved.").format(name=info.name))
        self.saved.emit(info.id)
        return True

    def save_copy(self) -> None:
        """Save the design as edited under a new name; the design it was made from stays as it was saved."""
        from factory_desk.services.certificate_templates import copy_template, delete_template

        if self._current is None or self._db is None:
            return
        suggestion = self.tr("{name} (copy)").format(name=self.ui.name_edit.text().strip() or self._current.name)
        name, ok = QInputDialog.getText(self, self.tr("Save as a copy"), self.tr("Name of the new design:"),
                                        QLineEdit.EchoMode.Normal, suggestion)
        if not ok:
            return
        definition = self.definition()
        try:
            copy = copy_template(self._db, self._current.id, name, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            return
        self._dropped.clear()  # the original keeps its images
        try:
            info = self._write(copy.id, copy.name, definition)
        except FactoryDeskError as exc:
            delete_template(self._db, copy.id, user_name=self._user_name)
            self._problem(error_text(exc))
            return
        self._dirty = False
        self.refresh(info.id)
        self._say(self.tr("The design was saved as “{name}”.").format(name=info.name))
        self.saved.emit(info.id)

    def make_default(self) -> None:
        from factory_desk.services.certificate_templates import set_default_template, templates

        if self._current is None or self._db is None:
            return
        try:
            set_default_template(self._db, self._current.id, user_name=self._user_name)
            self._designs = templates(self._db, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            return
        # The fields are left as they are: unsaved changes stay unsaved.
        self._current = dataclasses.replace(self._current, is_default=True)
        self._fill_designs(self._current.id)
        self._enable()
        self._say(self.tr("Certificates are now issued with “{name}” unless another design is chosen.").format(
            name=self._current.name))

    def delete(self) -> None:
        from factory_desk.services.certificate_templates import delete_template

        if self._current is None or self._db is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the design"),
            self.tr("Delete the design “{name}”? This cannot be undone.").format(name=self._current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        name = self._current.name
        try:
            delete_template(self._db, self._current.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._problem(error_text(exc))
            return
        self._dirty = False
        self._current = None
        self.refresh()
        self._say(self.tr("The design “{name}” was deleted.").format(name=name))

    # --- switching designs ---------------------------------------------------------------------------------------
    def _design_chosen(self) -> None:
        wanted = self.ui.design_combo.currentData()
        if self._current is not None and wanted == self._current.id:
            return
        if not self.confirm_leaving():
            self._fill_designs(self._current.id if self._current else None)
            return
        self._load(wanted)

    def confirm_leaving(self) -> bool:
        """Before the design shown is left (another design, closing the window): unsaved changes are saved,
        discarded or the leaving cancelled, as the coordinator answers. True when it may be left."""
        if not self._dirty or self._current is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The design “{name}” has changes that are not saved. Save them?").format(
                name=self._current.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            return True
        return False

    # --- state and sentences -------------------------------------------------------------------------------------
    def _enable(self) -> None:
        ui = self.ui
        loaded = self._current is not None
        ui.form_widget.setEnabled(loaded)
        ui.save_button.setEnabled(loaded and self._dirty)
        ui.save_copy_button.setEnabled(loaded)
        ui.default_button.setEnabled(loaded and not self._current.is_default)  # type: ignore[union-attr]
        ui.delete_button.setEnabled(loaded and not self._current.is_default)  # type: ignore[union-attr]
        row = ui.signatories_table.currentRow()
        ui.remove_signatory_button.setEnabled(row >= 0)
        ui.signature_button.setEnabled(row >= 0)
        ui.remove_signature_button.setEnabled(row >= 0)
        if loaded and self._current.is_default:  # type: ignore[union-attr]
            ui.delete_button.setToolTip(self.tr("The default design cannot be deleted: make another one the "
                                                "default first."))
        else:
            ui.delete_button.setToolTip("")

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setStyleSheet("")
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def _problem(self, sentence: str) -> None:
        self.ui.message_label.setStyleSheet(WARNING_STYLE)
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(True)
        self.problem.emit(sentence)
