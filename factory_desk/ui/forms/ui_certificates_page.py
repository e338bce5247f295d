# generated from forms/certificates_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_CertificatesPage(object):
    def setupUi(self, CertificatesPage):
        if not CertificatesPage.objectName():
            CertificatesPage.setObjectName(u"CertificatesPage")
        self.action_reprint_print = QAction(CertificatesPage)
        self.action_reprint_print.setObjectName(u"action_reprint_print")
        self.action_reprint_save = QAction(CertificatesPage)
        self.action_reprint_save.setObjectName(u"action_reprint_save")
        self.action_reprint_open = QAction(CertificatesPage)
        self.action_reprint_open.setObjectName(u"action_reprint_open")
        self.page_layout = QVBoxLayout(CertificatesPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(CertificatesPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.tabs = QTabWidget(CertificatesPage)
        self.tabs.setObjectName(u"tabs")
        self.register_tab = QWidget()
        self.register_tab.setObjectName(u"register_tab")
        self.register_layout = QVBoxLayout(self.register_tab)
        self.register_layout.setSpacing(8)
        self.register_layout.setObjectName(u"register_layout")
        self.register_layout.setContentsMargins(12, 12, 12, 12)
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setSpacing(8)
        self.filters_layout.setObjectName(u"filters_layout")
        self.factory_label = QLabel(self.register_tab)
        self.factory_label.setObjectName(u"factory_label")

        self.filters_layout.addWidget(self.factory_label)

        self.factory_combo = QComboBox(self.register_tab)
        self.factory_combo.setObjectName(u"factory_combo")
        self.factory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.factory_combo)

        self.year_label = QLabel(self.register_tab)
        self.year_label.setObjectName(u"year_label")

        self.filters_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(self.register_tab)
        self.year_combo.setObjectName(u"year_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.year_combo.sizePolicy().hasHeightForWidth())
        self.year_combo.setSizePolicy(sizePolicy)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.year_combo)

        self.status_label = QLabel(self.register_tab)
        self.status_label.setObjectName(u"status_label")

        self.filters_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(self.register_tab)
        self.status_combo.setObjectName(u"status_combo")
        sizePolicy.setHeightForWidth(self.status_combo.sizePolicy().hasHeightForWidth())
        self.status_combo.setSizePolicy(sizePolicy)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.status_combo)

        self.search_label = QLabel(self.register_tab)
        self.search_label.setObjectName(u"search_label")

        self.filters_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.register_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.search_edit)

        self.filters_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(self.register_tab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_layout.addWidget(self.count_label)


        self.register_layout.addLayout(self.filters_layout)

        self.register_view = QTableView(self.register_tab)
        self.register_view.setObjectName(u"register_view")
        self.register_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_view.setTabKeyNavigation(False)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setWordWrap(False)
        self.register_view.setShowGrid(False)
        self.register_view.verticalHeader().setVisible(False)

        self.register_layout.addWidget(self.register_view)

        self.empty_label = QLabel(self.register_tab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.register_layout.addWidget(self.empty_label)

        self.details_label = QLabel(self.register_tab)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setMargin(8)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.register_layout.addWidget(self.details_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.reprint_button = QToolButton(self.register_tab)
        self.reprint_button.setObjectName(u"reprint_button")

        self.buttons_layout.addWidget(self.reprint_button)

        self.void_button = QPushButton(self.register_tab)
        self.void_button.setObjectName(u"void_button")

        self.buttons_layout.addWidget(self.void_button)

        self.export_button = QPushButton(self.register_tab)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.verify_button = QPushButton(self.register_tab)
        self.verify_button.setObjectName(u"verify_button")

        self.buttons_layout.addWidget(self.verify_button)

        self.key_button = QPushButton(self.register_tab)
        self.key_button.setObjectName(u"key_button")

        self.buttons_layout.addWidget(self.key_button)

        self.numbering_button = QPushButton(self.register_tab)
        self.numbering_button.setObjectName(u"numbering_button")

        self.buttons_layout.addWidget(self.numbering_button)


        self.register_layout.addLayout(self.buttons_layout)

        self.tabs.addTab(self.register_tab, "")
        self.design_tab = QWidget()
        self.design_tab.setObjectName(u"design_tab")
        self.design_layout = QVBoxLayout(self.design_tab)
        self.design_layout.setObjectName(u"design_layout")
        self.tabs.addTab(self.design_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.message_label = QLabel(CertificatesPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.factory_label.setBuddy(self.factory_combo)
        self.year_label.setBuddy(self.year_combo)
        self.status_label.setBuddy(self.status_combo)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificatesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage):
        self.action_reprint_print.setText(QCoreApplication.translate("CertificatesPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_reprint_print.setToolTip(QCoreApplication.translate("CertificatesPage", u"Print a duplicate of the selected certificate", None))
#endif // QT_CONFIG(tooltip)
        self.action_reprint_save.setText(QCoreApplication.translate("CertificatesPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_reprint_save.setToolTip(QCoreApplication.translate("CertificatesPage", u"Save a duplicate of the selected certificate as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.action_reprint_open.setText(QCoreApplication.translate("CertificatesPage", u"&Open in the PDF viewer", None))
#if QT_CONFIG(tooltip)
        self.action_reprint_open.setToolTip(QCoreApplication.translate("CertificatesPage", u"Open a duplicate of the selected certificate in the PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("CertificatesPage", u"Certificates", None))
        self.factory_label.setText(QCoreApplication.translate("CertificatesPage", u"&Factory:", None))
#if QT_CONFIG(accessibility)
        self.factory_combo.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Show the certificates of one factory", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("CertificatesPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Show the certificates of one year", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("CertificatesPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Show issued or voided certificates", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("CertificatesPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Find certificates by number or name", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CertificatesPage", u"Number or name", None))
#if QT_CONFIG(accessibility)
        self.register_view.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"The register of certificates", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("CertificatesPage", u"No certificates were issued yet. They are issued from a session once its attendance is closed.", None))
#if QT_CONFIG(accessibility)
        self.details_label.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"The selected certificate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reprint_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"Print the selected certificate again, as it was issued, marked as a duplicate", None))
#endif // QT_CONFIG(tooltip)
        self.reprint_button.setText(QCoreApplication.translate("CertificatesPage", u"Re&print", None))
#if QT_CONFIG(tooltip)
        self.void_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"Void the selected certificate with a reason; its number is never given again", None))
#endif // QT_CONFIG(tooltip)
        self.void_button.setText(QCoreApplication.translate("CertificatesPage", u"V&oid\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"Save the certificates the filters show as an Excel or CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CertificatesPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"Check the QR code of a certificate: genuine, altered or voided", None))
#endif // QT_CONFIG(tooltip)
        self.verify_button.setText(QCoreApplication.translate("CertificatesPage", u"&Verify\u2026", None))
#if QT_CONFIG(tooltip)
        self.key_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"Save the centre's public key, with which others can verify its certificates", None))
#endif // QT_CONFIG(tooltip)
        self.key_button.setText(QCoreApplication.translate("CertificatesPage", u"Export the public &key\u2026", None))
#if QT_CONFIG(tooltip)
        self.numbering_button.setToolTip(QCoreApplication.translate("CertificatesPage", u"How each factory numbers its certificates, year by year (for example \u041a\u0418\u0420-2026-00042)", None))
#endif // QT_CONFIG(tooltip)
        self.numbering_button.setText(QCoreApplication.translate("CertificatesPage", u"&Numbering\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.register_tab), QCoreApplication.translate("CertificatesPage", u"&Register", None))
        self.tabs.setTabText(self.tabs.indexOf(self.design_tab), QCoreApplication.translate("CertificatesPage", u"&Design", None))
        pass
    # retranslateUi

