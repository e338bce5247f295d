# generated from forms/follow_up_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(440, 220)
        FollowUpDialog.setMinimumSize(QSize(440, 0))
        self.dialog_layout = QVBoxLayout(FollowUpDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.due_caption = QLabel(FollowUpDialog)
        self.due_caption.setObjectName(u"due_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_caption)

        self.due_value = QLabel(FollowUpDialog)
        self.due_value.setObjectName(u"due_value")
        self.due_value.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.due_value)

        self.date_label = QLabel(FollowUpDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(FollowUpDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reopen_check = QCheckBox(FollowUpDialog)
        self.reopen_check.setObjectName(u"reopen_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reopen_check)

        self.note_label = QLabel(FollowUpDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(FollowUpDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FollowUpDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FollowUpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up", None))
        self.due_caption.setText(QCoreApplication.translate("FollowUpDialog", u"Due:", None))
        self.date_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Date:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("FollowUpDialog", u"dd.MM.yyyy", None))
        self.reopen_check.setText(QCoreApplication.translate("FollowUpDialog", u"Not done after all: open it again", None))
        self.note_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

