# generated from forms/session_picker.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_SessionPicker(object):
    def setupUi(self, SessionPicker):
        if not SessionPicker.objectName():
            SessionPicker.setObjectName(u"SessionPicker")
        self.dialog_layout = QVBoxLayout(SessionPicker)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.prompt_label = QLabel(SessionPicker)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(SessionPicker)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(SessionPicker)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)


        self.dialog_layout.addLayout(self.search_row)

        self.organisation_check = QCheckBox(SessionPicker)
        self.organisation_check.setObjectName(u"organisation_check")

        self.dialog_layout.addWidget(self.organisation_check)

        self.sessions_view = QTableView(SessionPicker)
        self.sessions_view.setObjectName(u"sessions_view")
        self.sessions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.sessions_view.setAlternatingRowColors(True)
        self.sessions_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dialog_layout.addWidget(self.sessions_view)

        self.message_label = QLabel(SessionPicker)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SessionPicker)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.organisation_check)
        QWidget.setTabOrder(self.organisation_check, self.sessions_view)

        self.retranslateUi(SessionPicker)

        QMetaObject.connectSlotsByName(SessionPicker)
    # setupUi

    def retranslateUi(self, SessionPicker):
        SessionPicker.setWindowTitle(QCoreApplication.translate("SessionPicker", u"Trainings the project came from", None))
        self.prompt_label.setText(QCoreApplication.translate("SessionPicker", u"Held sessions, the newest first. Choose the ones the project came from.", None))
        self.search_label.setText(QCoreApplication.translate("SessionPicker", u"&Find:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("SessionPicker", u"Programme, factory or date", None))
        self.organisation_check.setText(QCoreApplication.translate("SessionPicker", u"Only sessions the organisation's people attended", None))
    # retranslateUi

