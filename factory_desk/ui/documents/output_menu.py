"""The menu under a document's button: print it, save it as PDF, or open it in the system's PDF viewer.
`chosen` carries "print", "save" or "open"; the caller makes the document and hands it to ui/documents/pdf_output."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMenu, QWidget

ACTIONS = ("print", "save", "open")


class OutputMenu(QMenu):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_by_name = {name: self.addAction("") for name in ACTIONS}
        for name, action in self.actions_by_name.items():
            action.triggered.connect(lambda _checked=False, name=name: self.chosen.emit(name))
        self._retranslate()

    def _retranslate(self) -> None:
        texts = {"print": self.tr("&Print…"), "save": self.tr("&Save as PDF…"),
                 "open": self.tr("&Open in the PDF viewer")}
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
