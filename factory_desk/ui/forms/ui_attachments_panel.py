# generated from forms/attachments_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AttachmentsPanel(object):
    def setupUi(self, AttachmentsPanel):
        if not AttachmentsPanel.objectName():
            AttachmentsPanel.setObjectName(u"AttachmentsPanel")
        AttachmentsPanel.resize(900, 520)
        AttachmentsPanel.setAcceptDrops(True)
        self.panel_layout = QVBoxLayout(AttachmentsPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.photos_frame = QFrame(AttachmentsPanel)
        self.photos_frame.setObjectName(u"photos_frame")
        self.photos_layout = QHBoxLayout(self.photos_frame)
        self.photos_layout.setObjectName(u"photos_layout")
        self.photos_layout.setContentsMargins(0, 0, 0, 4)
        self.before_layout = QVBoxLayout()
        self.before_layout.setObjectName(u"before_layout")
        self.before_caption = QLabel(self.photos_frame)
        self.before_caption.setObjectName(u"before_caption")
        self.before_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.before_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.before_layout.addWidget(self.before_caption)

        self.before_image = QLabel(self.photos_frame)
        self.before_image.setObjectName(u"before_image")
        self.before_image.setMinimumSize(QSize(200, 150))
        self.before_image.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.before_layout.addWidget(self.before_image)


        self.photos_layout.addLayout(self.before_layout)

        self.after_layout = QVBoxLayout()
        self.after_layout.setObjectName(u"after_layout")
        self.after_caption = QLabel(self.photos_frame)
        self.after_caption.setObjectName(u"after_caption")
        self.after_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.after_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.after_layout.addWidget(self.after_caption)

        self.after_image = QLabel(self.photos_frame)
        self.after_image.setObjectName(u"after_image")
        self.after_image.setMinimumSize(QSize(200, 150))
        self.after_image.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.after_layout.addWidget(self.after_image)


        self.photos_layout.addLayout(self.after_layout)


        self.panel_layout.addWidget(self.photos_frame)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(AttachmentsPanel)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.open_button = QPushButton(AttachmentsPanel)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.save_button = QPushButton(AttachmentsPanel)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(AttachmentsPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.drop_hint = QLabel(AttachmentsPanel)
        self.drop_hint.setObjectName(u"drop_hint")
        self.drop_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons_layout.addWidget(self.drop_hint)


        self.panel_layout.addLayout(self.buttons_layout)

        self.attachments_view = QTableView(AttachmentsPanel)
        self.attachments_view.setObjectName(u"attachments_view")
        self.attachments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments_view.setAlternatingRowColors(True)
        self.attachments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments_view.setWordWrap(False)
        self.attachments_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.attachments_view)

        self.message_label = QLabel(AttachmentsPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.message_label)


        self.retranslateUi(AttachmentsPanel)

        QMetaObject.connectSlotsByName(AttachmentsPanel)
    # setupUi

    def retranslateUi(self, AttachmentsPanel):
        self.add_button.setText(QCoreApplication.translate("AttachmentsPanel", u"&Add a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Open the chosen file in the program this computer uses for it", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("AttachmentsPanel", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Save a copy of the chosen file", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("AttachmentsPanel", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Delete the chosen file from the project", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("AttachmentsPanel", u"Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.attachments_view.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

