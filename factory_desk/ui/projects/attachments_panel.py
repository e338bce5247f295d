"""The Attachments tab of a project: photos before and after, the project passport, the value-stream map,
protocols and other documents, kept in the database so every PC using it sees them.

Files are added with «Add a file…» or dropped on the panel; each one's kind is guessed from its name and can be
changed before it is added. Files are read and written in the background (`run_task`); a file larger than the
centre's limit is refused by the service with its sentence and nothing is written. Photos show as thumbnails,
and a before/after pair side by side at the top when the project has both.
"""

from __future__ import annotations

import mimetypes
import mmap
import re
import tempfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QMessageBox, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_attach_dialog import Ui_AttachDialog
from factory_desk.ui.forms.ui_attachments_panel import Ui_AttachmentsPanel
from factory_desk.ui.tasks import BackgroundTask, TaskControl, run_task
from factory_desk.ui.widgets.numbers import number_text
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.projects import AttachmentInfo, ProjectCard
    from factory_desk.store.database import Database

PHOTO_BEFORE, PHOTO_AFTER, DOCUMENT = "photo_before", "photo_after", "document"
KINDS = (PHOTO_BEFORE, PHOTO_AFTER, "passport", "value_stream_map", "protocol", DOCUMENT)  # AttachmentKind
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic"}
THUMBNAIL_PIXELS = 480  # the larger side of a photo kept for showing; the table's icon is smaller still
ICON_PIXELS = 40
# Words in a file's name that say what it is (Russian, Latvian, English), checked in this order.
NAME_HINTS = (
    ("passport", ("паспорт", "passport", "pase")),
    ("value_stream_map", ("кпсц", "vsm", "поток", "потока", "plūsma", "plūsmas", "stream")),
    ("protocol", ("протокол", "protocol", "protokols")),
    (PHOTO_AFTER, ("после", "after", "pēc")),
    (PHOTO_BEFORE, ("до", "before", "pirms")),
)


def guess_kind(filename: str, kinds_present: Collection[str]) -> str:
    """What a file most likely is: a word in its name first (паспорт, КПСЦ, протокол; до/после on a photo), else a
    photo is «before» while the project has none, «after» once it has; anything else is a document."""
    name = Path(filename)
    words = set(re.split(r"[\W_]+", name.stem.casefold()))
    image = name.suffix.casefold() in IMAGE_SUFFIXES
    for kind, hints in NAME_HINTS:
        if kind in (PHOTO_BEFORE, PHOTO_AFTER) and not image:
            continue
        if words & set(hints):
            return kind
    if image:
        return PHOTO_AFTER if PHOTO_BEFORE in kinds_present else PHOTO_BEFORE
    return DOCUMENT


def size_text(size: int) -> str:
    """«900 B», «12 KB», «1,5 MB» in the interface language."""
    if size < 1024:
        return translate("AttachmentsPanel", "{size} B").format(size=size)
    if size < 1024 * 1024:
        kb = size / 1024
        return translate("AttachmentsPanel", "{size} KB").format(size=number_text(kb, 1 if kb < 10 else 0))
    return translate("AttachmentsPanel", "{size} MB").format(size=number_text(size / 1024 / 1024, 1))


def kind_text(kind: str) -> str:
    from factory_desk.domain.labels import ATTACHMENT_KIND

    return translate("Labels", ATTACHMENT_KIND.get(kind, kind))


class AttachmentsModel(RowsTableModel["AttachmentInfo"]):
    KIND, FILE, SIZE, ADDED = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icons: dict[int, QIcon] = {}  # photos' thumbnails by attachment id, as they are made

    def headers(self) -> Sequence[str]:
        return self.tr("Kind"), self.tr("File"), self.tr("Size"), self.tr("Added on")

    def cell(self, row: AttachmentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return kind_text(row.kind)
            if column == self.FILE:
                return row.filename
            if column == self.SIZE:
                return size_text(row.size_bytes)
            return row.created_at.astimezone().strftime("%d.%m.%Y")
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return self.icons.get(row.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return row.filename
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_icon(self, attachment_id: int, icon: QIcon) -> None:
        self.icons[attachment_id] = icon
        if (row := self.row_of(attachment_id)) is not None:
            self.dataChanged.emit(self.index(row, self.KIND), self.index(row, self.KIND))


class AttachDialog(QDialog):
    """The files about to be added, each with its kind (guessed, and open to change)."""

    def __init__(self, paths: Sequence[Path], kinds_present: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttachDialog()
        self.ui.setupUi(self)
        self.paths = list(paths)
        self.combos: list[QComboBox] = []
        present = set(kinds_present)
        for path in self.paths:
            combo = QComboBox(self)
            for kind in KINDS:
                combo.addItem(kind_text(kind), kind)
            guess = guess_kind(path.name, present)
            present.add(guess)  # a second photo of the same batch is «after» when the first was «before»
            combo.setCurrentIndex(combo.findData(guess))
            combo.setAccessibleName(self.tr("Kind of {file}").format(file=path.name))
            label = QLabel(self._file_text(path), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            self.ui.files_form.addRow(label, combo)
            self.combos.append(combo)
        if len(self.paths) == 1:
            self.setWindowTitle(self.tr("Add a file to the project"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        if self.combos:
            self.combos[0].setFocus()

    def _file_text(self, path: Path) -> str:
        try:
            return self.tr("{file} ({size})").format(file=path.name, size=size_text(path.stat().st_size))
        except OSError:
            return path.name

    def chosen(self) -> list[tuple[Path, str]]:
        """(file, kind) for each file."""
        return [(path, str(combo.currentData())) for path, combo in zip(self.paths, self.combos, strict=True)]


@dataclass(frozen=True)
class Added:
    """What adding one file came to: its new id, or why not (a domain error, or the file could not be read)."""

    path: Path
    attachment_id: int | None = None
    refusal: FactoryDeskError | None = None
    unreadable: str = ""


def _add_files(db: Database, project_id: int, chosen: Iterable[tuple[Path, str]], user_name: str) -> list[Added]:
    """Read each file and hand it to the service (on a worker thread). A file is mapped rather than read into
    memory first: the service measures it against the limit before it takes the bytes, so a 2 GB video is refused
    without being read."""
    from factory_desk.services.project_results import add_attachment

    outcome = []
    for path, kind in chosen:
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        try:
            with path.open("rb") as file:
                size = path.stat().st_size
                mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) if size else None
                try:
                    data = cast(bytes, mapped) if mapped is not None else b""
                    attachment_id = add_attachment(db, project_id, kind, path.name, data, mime, user_name=user_name)
                finally:
                    if mapped is not None:
                        mapped.close()
        except FactoryDeskError as exc:
            outcome.append(Added(path, refusal=exc))
        except OSError as exc:
            outcome.append(Added(path, unreadable=exc.strerror or str(exc)))
        else:
            outcome.append(Added(path, attachment_id))
    return outcome


def _thumbnails(db: Database, ids: Sequence[int]) -> dict[int, QImage]:
    """The photos, scaled down (on a worker thread: QImage, unlike QPixmap, may be used off the GUI thread)."""
    from factory_desk.services.project_results import attachment_data

    images = {}
    for attachment_id in ids:
        try:
            image = QImage.fromData(attachment_data(db, attachment_id))
        except FactoryDeskError:  # deleted meanwhile
            continue
        if not image.isNull():
            images[attachment_id] = image.scaled(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS,
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
    return images


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home()))


class AttachmentsPanel(QWidget):
    changed = Signal()  # a file was added or deleted
    problem = Signal(str)  # a sentence for the user (the project window shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttachmentsPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._card: ProjectCard | None = None
        self._user_name = ""
        self._limit_mb: float | None = None
        self.thumbnails: dict[int, QImage] = {}  # photos by attachment id (read once per panel)
        self._reading: set[int] = set()  # photos being read now
        self.dialog: AttachDialog | None = None  # the kinds of the files being added, while it is open
        self.task: BackgroundTask[Any] | None = None  # the last background job started
        self.model = AttachmentsModel(self)
        view = self.ui.attachments_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttachmentsModel.FILE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        view.setIconSize(QSize(ICON_PIXELS, ICON_PIXELS))
        view.verticalHeader().setDefaultSectionSize(max(view.fontMetrics().height() + 10, ICON_PIXELS + 4))
        view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        view.activated.connect(lambda _index: self.open_attachment())
        self.ui.add_button.clicked.connect(self.choose_files)
        self.ui.open_button.clicked.connect(self.open_attachment)
        self.ui.save_button.clicked.connect(self.save_attachment)
        self.ui.delete_button.clicked.connect(self.delete_attachment)
        self.ui.photos_frame.hide()
        self._retranslate()
        self._enable()

    # --- the project ---------------------------------------------------------------------------------------
    def set_project(self, db: Database, card: ProjectCard, *, user_name: str = "") -> None:
        from factory_desk.services.project_results import attachment_limit_mb
        from factory_desk.ui.user import desk_user

        if self._card is None or self._card.id != card.id:
            self.ui.message_label.clear()
        self._db, self._user_name = db, user_name or desk_user()
        try:
            self._limit_mb = attachment_limit_mb(db)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
        self._show(card)

    def _show(self, card: ProjectCard, keep: int | None = None) -> None:
        keep = keep if keep is not None else self._current_id()
        self._card = card
        self.model.set_rows(card.attachments)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.ui.attachments_view.selectRow(row)
        self._retranslate()
        self._show_photos()
        self._load_thumbnails()
        self._enable()

    def _reload(self, keep: int | None = None) -> None:
        from factory_desk.services.projects import project_card

        if self._db is None or self._card is None:
            return
        try:
            card = project_card(self._db, self._card.id)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._show(card, keep)

    def _current(self) -> AttachmentInfo | None:
        row = self.ui.attachments_view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _current_id(self) -> int | None:
        current = self._current()
        return current.id if current is not None else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.ui.add_button.setEnabled(self._card is not None)
        for button in (self.ui.open_button, self.ui.save_button, self.ui.delete_button):
            button.setEnabled(chosen)

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)

    # --- photos --------------------------------------------------------------------------------------------
    def _photos(self) -> list[AttachmentInfo]:
        return [a for a in self.model.rows() if a.kind in (PHOTO_BEFORE, PHOTO_AFTER)]

    def _load_thumbnails(self) -> None:
        for attachment_id, image in self.thumbnails.items():
            self._set_icon(attachment_id, image)
        missing = [a.id for a in self._photos() if a.id not in self.thumbnails and a.id not in self._reading]
        if not missing or self._db is None:
            return
        db = self._db
        self._reading.update(missing)
        self.task = run_task(self, lambda _control: _thumbnails(db, missing), self._thumbnails_read,
                             label=self.tr("Reading the photos…"), progress_dialog=False,
                             on_error=self._failed)

    def _thumbnails_read(self, images: dict[int, QImage]) -> None:
        self._reading.difference_update(images)
        self.thumbnails.update(images)
        for attachment_id, image in self.thumbnails.items():
            self._set_icon(attachment_id, image)
        self._show_photos()

    def _set_icon(self, attachment_id: int, image: QImage) -> None:
        if attachment_id not in self.model.icons:
            self.model.set_icon(attachment_id, QIcon(QPixmap.fromImage(image.scaled(
                ICON_PIXELS, ICON_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))))

    def photo_pair(self) -> tuple[AttachmentInfo, AttachmentInfo] | None:
        """The first photo before and the latest photo after, when the project has both."""
        photos = self._photos()
        before = next((a for a in photos if a.kind == PHOTO_BEFORE), None)
        after = next((a for a in reversed(photos) if a.kind == PHOTO_AFTER), None)
        return (before, after) if before is not None and after is not None else None

    def _show_photos(self) -> None:
        pair = self.photo_pair()
        self.ui.photos_frame.setVisible(pair is not None)
        if pair is None:
            return
        height = max(150, min(220, self.height() // 3))
        for info, caption, image_label, word in (
                (pair[0], self.ui.before_caption, self.ui.before_image, self.tr("Before: {file}")),
                (pair[1], self.ui.after_caption, self.ui.after_image, self.tr("After: {file}"))):
            caption.setText(word.format(file=info.filename))
            image = self.thumbnails.get(info.id)
            if image is None:
                image_label.setPixmap(QPixmap())
                image_label.setText(self.tr("Reading the photo…"))
            else:
                image_label.setPixmap(QPixmap.fromImage(image.scaled(
                    max(200, (self.width() - 20) // 2), height, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)))
            image_label.setToolTip(info.filename)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.ui.photos_frame.isVisible():
            self._show_photos()

    # --- adding --------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self._card is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add files to the project"),
                                                      str(_documents_folder()), self.tr("All files (*)"))
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Ask what each file is (guessed from its name), then add them in the background."""
        if self._card is None or not paths:
            return
        dialog = AttachDialog(paths, {a.kind for a in self.model.rows()}, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(dialog.chosen()))
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: AttachDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _add(self, chosen: list[tuple[Path, str]]) -> None:
        assert self._db is not None and self._card is not None
        db, project_id, user_name = self._db, self._card.id, self._user_name
        self._say("")
        self.task = run_task(self, lambda _control: _add_files(db, project_id, chosen, user_name), self._added,
                             label=self.tr("Adding the files…"), on_error=self._failed)

    def _added(self, outcome: list[Added]) -> None:
        added = [a for a in outcome if a.attachment_id is not None]
        problems = [error_text(a.refusal) if a.refusal is not None else self.tr(
            "The file {file} could not be read: {reason}").format(file=a.path.name, reason=a.unreadable)
            for a in outcome if a.attachment_id is None]
        if added:
            self._reload(keep=added[-1].attachment_id)
            self._say(self.tr("Added: {files}.").format(files=", ".join(a.path.name for a in added)))
            self.changed.emit()
        if problems:
            self.problem.emit("\n".join(problems))

    # --- drag and drop -------------------------------------------------------------------------------------
    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [path for path in paths if path.is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._card is not None and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._card is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self._dropped_files(event)
        if paths and self._card is not None:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- open, save, delete --------------------------------------------------------------------------------
    def open_attachment(self) -> None:
        """Open a copy in the temporary folder with the program the system uses for such files."""
        current = self._current()
        if current is None or self._db is None:
            return
        db = self._db

        def work(_control: TaskControl) -> Path:
            from factory_desk.exchange.export import write_file
            from factory_desk.services.project_results import attachment_data

            data = attachment_data(db, current.id)
            folder = Path(tempfile.gettempdir()) / "Factory Desk"
            path = folder / current.filename
            for number in range(2, 100):  # a program may still hold an earlier copy open (Windows locks it)
                try:
                    return write_file(path, data)
                except FactoryDeskError:
                    name = Path(current.filename)
                    path = folder / f"{name.stem} ({number}){name.suffix}"
            return write_file(path, data)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.problem.emit(self.tr("No program to open {file} was found on this computer. A copy is in "
                                          "{path}.").format(file=current.filename, path=path))

        self.task = run_task(self, work, opened, label=self.tr("Opening {file}…").format(file=current.filename),
                             on_error=self._failed)

    def save_attachment(self) -> None:
        current = self._current()
        if current is None or self._db is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of {file}").format(
            file=current.filename), str(_documents_folder() / current.filename))
        if not name:
            return
        db, path = self._db, Path(name)

        def work(_control: TaskControl) -> Path:
            from factory_desk.exchange.export import write_file
            from factory_desk.services.project_results import attachment_data

            return write_file(path, attachment_data(db, current.id))

        def saved(written: Path) -> None:
            self._say(self.tr("Saved to {file}.").format(file=written))

        self.task = run_task(self, work, saved, label=self.tr("Saving {file}…").format(file=current.filename),
                             on_error=self._failed)

    def delete_attachment(self) -> None:
        from factory_desk.services.project_results import remove_attachment

        current = self._current()
        if current is None or self._db is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the file"),
            self.tr("Delete {file} ({kind}) from the project? It is kept only in the database: save a copy first if "
                    "it may be needed.").format(file=current.filename, kind=kind_text(current.kind)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_attachment(self._db, current.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self.thumbnails.pop(current.id, None)
        self.model.icons.pop(current.id, None)
        self._reload()
        self._say(self.tr("{file} is deleted.").format(file=current.filename))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FactoryDeskError):
            self.problem.emit(error_text(exc))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    # --- language ------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        limit = self._limit_mb
        self.ui.drop_hint.setText(
            self.tr("Drag files here to add them; at most {limit} MB each.").format(limit=number_text(limit))
            if limit is not None else self.tr("Drag files here to add them."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._retranslate()
            self._show_photos()
        super().changeEvent(event)
