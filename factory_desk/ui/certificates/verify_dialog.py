"""The Verify dialog: the text of a certificate's QR code, typed by a USB or phone scanner or pasted, checked
against the centre's keys and register (services.signing.verify) or against a public key file alone
(`verify_with_keys`, as an employer would, without the database). The answer is in large words — «Valid» in
green, «Not valid» in red — with why, and what the code states.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from factory_desk.domain.text import day_text
from factory_desk.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from factory_desk.ui.look import scaled

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from factory_desk.services.signing import Verification
    from factory_desk.store.database import Database

VALID_COLOUR = "#1b7f3a"
NOT_VALID_COLOUR = "#b3261e"


class VerifyDialog(QDialog):
    """Check scanned certificate codes one after another: Enter checks, and the text is selected so that the next
    scan replaces it."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self._db = db
        self._keys: list[Ed25519PublicKey] = []
        self._key_file: Path | None = None
        self.verdict: Verification | None = None  # the last answer
        self.ui.verdict_label.setFont(scaled(self.ui.verdict_label.font(), 2.4, bold=True))
        self.ui.text_edit.returnPressed.connect(self.check)
        self.ui.verify_button.clicked.connect(self.check)
        self.ui.load_key_button.clicked.connect(self.choose_key_file)
        self.ui.register_radio.toggled.connect(self._source_changed)
        self.ui.button_box.rejected.connect(self.reject)
        for button in self.ui.button_box.buttons():
            button.setAutoDefault(False)  # Enter belongs to the code box: it checks, it never closes
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setDefault(False)
        self.ui.register_radio.setEnabled(db is not None)
        if db is None:
            self.ui.key_radio.setChecked(True)
        self.setMinimumWidth(640)
        self.resize(720, 600)  # room for the answer with every detail, so it never opens cut off
        self._show_answer()
        self._show_key_file()
        self.ui.text_edit.setFocus()

    # --- where the keys come from -------------------------------------------------------------------------------
    def uses_key_file(self) -> bool:
        return self.ui.key_radio.isChecked()

    def choose_key_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load a public key file"), folder,
            self.tr("Public key (*.pem *.pub *.txt);;All files (*)"))
        if name:
            self.load_key_file(Path(name))

    def load_key_file(self, path: Path) -> bool:
        """Check with the public keys in `path` from now on; False (and a sentence) when it holds none."""
        from factory_desk.services.signing import load_public_keys

        try:
            keys = load_public_keys(path.read_bytes())
        except OSError as exc:
            self._tell(self.tr("The file {file} could not be read: {reason}").format(
                file=path, reason=exc.strerror or exc))
            return False
        if not keys:
            self._tell(self.tr("The file {file} holds no public key of a Factory Desk centre. Load the .pem file "
                               "the centre exported with «Export the public key…».").format(file=path))
            return False
        self._keys, self._key_file = keys, path
        self._show_key_file()
        self.ui.key_radio.setChecked(True)
        self._recheck()
        self.ui.text_edit.setFocus()
        return True

    def _show_key_file(self) -> None:
        label = self.ui.key_file_label
        if self._key_file is None:
            label.setText(self.tr("none loaded"))
        else:
            label.setText(self.tr("{file} ({n} keys)").format(file=self._key_file.name, n=len(self._keys))
                          if len(self._keys) > 1 else self._key_file.name)
            label.setToolTip(str(self._key_file))

    def _source_changed(self, _checked: bool) -> None:
        self._recheck()

    def _recheck(self) -> None:
        if self.ui.text_edit.text().strip():
            self.check()

    # --- checking ------------------------------------------------------------------------------------------------
    def check(self) -> None:
        """Check the text in the box and show the answer."""
        text = self.ui.text_edit.text()
        if not text.strip():
            self.verdict = None
            self._show_answer()
            return
        from factory_desk.domain.errors import FactoryDeskError
        from factory_desk.i18n import error_text
        from factory_desk.services.signing import verify, verify_with_keys

        if self.uses_key_file():
            if not self._keys:
                self.verdict = None
                self._tell(self.tr("Load the centre's public key file first, or check against this centre's "
                                   "register."))
                return
            verdict = verify_with_keys(text, self._keys)
        else:
            assert self._db is not None
            try:
                verdict = verify(self._db, text)
            except FactoryDeskError as exc:
                self.verdict = None
                self._tell(error_text(exc))
                return
        self.verdict = verdict
        self._show_answer()
        self.ui.text_edit.selectAll()  # the next scan replaces this one

    def _tell(self, sentence: str) -> None:
        """A sentence instead of an answer (no key file, a database error)."""
        self.ui.verdict_label.clear()
        self.ui.verdict_label.hide()
        self.ui.explanation_label.setText(sentence)
        self.ui.explanation_label.show()
        self.ui.details_label.clear()
        self.ui.details_label.hide()

    def _show_answer(self) -> None:
        verdict = self.verdict
        labels = (self.ui.verdict_label, self.ui.explanation_label, self.ui.details_label)
        if verdict is None:
            for label in labels:
                label.clear()
                label.hide()
            return
        verdict_label = self.ui.verdict_label
        verdict_label.setText(self.tr("Valid") if verdict.valid else self.tr("Not valid"))
        verdict_label.setStyleSheet(f"color: {VALID_COLOUR if verdict.valid else NOT_VALID_COLOUR};")
        verdict_label.setAccessibleDescription(self.explanation(verdict))
        self.ui.explanation_label.setText(self.explanation(verdict))
        details = self.details_html(verdict)
        self.ui.details_label.setText(details)
        for label in labels:
            label.setVisible(bool(label.text()))
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink) so that a long answer is never cut off."""
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() \
            else self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def explanation(self, verdict: Verification) -> str:
        """Why the answer is what it is, as sentences."""
        from factory_desk.services.signing import MALFORMED, NOT_IN_REGISTER, TAMPERED, UNKNOWN_KEY, VOIDED

        if verdict.valid:
            if verdict.checked_register:
                sentence = self.tr("The certificate {number} was issued by this centre and is in force: the code "
                                   "carries the centre's signature and nothing in it was changed.").format(
                    number=verdict.number)
            else:
                sentence = self.tr("The code carries the signature of the key in {file}, and nothing in it was "
                                   "changed. Whether the certificate was voided since can only be checked against "
                                   "the centre's register.").format(
                    file=self._key_file.name if self._key_file else "")
            if verdict.key_retired:
                sentence += " " + self.tr("It was signed with a key the centre has since retired; certificates "
                                          "signed before the change stay valid.")
            return sentence
        if verdict.reason == TAMPERED:
            return self.tr("The text was changed after the certificate was signed: what the code states is not what "
                           "the centre signed. Scan the code again; if the answer is the same, the certificate was "
                           "altered or forged.")
        if verdict.reason == UNKNOWN_KEY:
            if self.uses_key_file():
                return self.tr("The code was signed with a key that is not in {file}: the certificate was not "
                               "issued by the centre whose key this is.").format(
                    file=self._key_file.name if self._key_file else "")
            return self.tr("The code was signed with a key this centre does not have: the certificate was not "
                           "issued here.")
        if verdict.reason == VOIDED:
            when = day_text(verdict.voided_at.astimezone().date()) if verdict.voided_at else ""
            return self.tr("The certificate {number} is genuine, but it was voided on {date}: {reason}").format(
                number=verdict.number, date=when, reason=verdict.void_reason or self.tr("no reason was given"))
        if verdict.reason == NOT_IN_REGISTER:
            return self.tr("The code carries this centre's signature, but the register has no certificate {number}. "
                           "This database may be an older copy, or the certificate was issued from another "
                           "database of the centre.").format(number=verdict.number)
        if verdict.reason == MALFORMED:
            return self.tr("This is not the code of a Factory Desk certificate. Scan the QR code printed on the "
                           "certificate; a text cut short or typed by hand does not check either.")
        from factory_desk.i18n import translate

        return translate("Labels", verdict.reason_text)

    def details_html(self, verdict: Verification) -> str:
        """What the code states (and the register knows), as a two-column table."""
        rows: list[tuple[str, str]] = [
            (self.tr("Number"), verdict.number),
            (self.tr("Name"), verdict.full_name),
            (self.tr("Programme"), verdict.programme),
            (self.tr("Date"), day_text(verdict.date) if verdict.date else ""),
            (self.tr("Hours"), verdict.details.get("hours", "")),
            (self.tr("Organisation"), verdict.organisation),
            (self.tr("Factory"), verdict.factory),
            (self.tr("Issued"), day_text(verdict.issued_at.astimezone().date()) if verdict.issued_at else ""),
        ]
        if verdict.fingerprint:
            key = self.tr("{fingerprint} (retired)").format(fingerprint=verdict.fingerprint) \
                if verdict.key_retired else verdict.fingerprint
            rows.append((self.tr("Signed with the key"), key))
        elif verdict.key_id:
            rows.append((self.tr("Key named in the code"), verdict.key_id))
        shown = [(label, str(value)) for label, value in rows if value]
        if not shown:
            return ""
        cells = "".join(
            f'<tr><td style="padding-right:16px">{html.escape(label)}</td><td><b>{html.escape(value)}</b></td></tr>'
            for label, value in shown)
        from factory_desk.services.signing import TAMPERED, UNKNOWN_KEY

        caption = self.tr("What the code states (nothing of it is confirmed):") \
            if verdict.reason in (TAMPERED, UNKNOWN_KEY) else self.tr("What the certificate states:")
        return f"<p>{html.escape(caption)}</p><table>{cells}</table>"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_key_file()
            if self.verdict is not None:
                self._show_answer()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter checks the code (the code box has done so already); on a button it presses the button. It never
        # closes the dialog: a scanner ends each code with Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            elif focused is not self.ui.text_edit:
                self.check()
            return
        super().keyPressEvent(event)
