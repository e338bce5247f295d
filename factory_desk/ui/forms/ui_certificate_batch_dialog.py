# generated from forms/certificate_batch_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_CertificateBatchDialog(object):
    def setupUi(self, CertificateBatchDialog):
        if not CertificateBatchDialog.objectName():
            CertificateBatchDialog.setObjectName(u"CertificateBatchDialog")
        CertificateBatchDialog.setMinimumSize(QSize(760, 520))
        self.dialog_layout = QVBoxLayout(CertificateBatchDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.session_label = QLabel(CertificateBatchDialog)
        self.session_label.setObjectName(u"session_label")
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.session_label)

        self.closed_label = QLabel(CertificateBatchDialog)
        self.closed_label.setObjectName(u"closed_label")
        self.closed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.closed_label)

        self.stack = QStackedWidget(CertificateBatchDialog)
        self.stack.setObjectName(u"stack")
        self.plan_page = QWidget()
        self.plan_page.setObjectName(u"plan_page")
        self.plan_layout = QVBoxLayout(self.plan_page)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.design_label = QLabel(self.plan_page)
        self.design_label.setObjectName(u"design_label")

        self.choice_layout.addWidget(self.design_label)

        self.design_combo = QComboBox(self.plan_page)
        self.design_combo.setObjectName(u"design_combo")
        self.design_combo.setMinimumSize(QSize(240, 0))

        self.choice_layout.addWidget(self.design_combo)

        self.language_label = QLabel(self.plan_page)
        self.language_label.setObjectName(u"language_label")

        self.choice_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(self.plan_page)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setMinimumSize(QSize(180, 0))

        self.choice_layout.addWidget(self.language_combo)

        self.choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_layout.addItem(self.choice_spacer)


        self.plan_layout.addLayout(self.choice_layout)

        self.people_tabs = QTabWidget(self.plan_page)
        self.people_tabs.setObjectName(u"people_tabs")
        self.eligible_tab = QWidget()
        self.eligible_tab.setObjectName(u"eligible_tab")
        self.eligible_tab_layout = QVBoxLayout(self.eligible_tab)
        self.eligible_tab_layout.setObjectName(u"eligible_tab_layout")
        self.eligible_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.eligible_view = QTableView(self.eligible_tab)
        self.eligible_view.setObjectName(u"eligible_view")
        self.eligible_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eligible_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eligible_view.setAlternatingRowColors(True)

        self.eligible_tab_layout.addWidget(self.eligible_view)

        self.people_tabs.addTab(self.eligible_tab, "")
        self.not_eligible_tab = QWidget()
        self.not_eligible_tab.setObjectName(u"not_eligible_tab")
        self.not_eligible_tab_layout = QVBoxLayout(self.not_eligible_tab)
        self.not_eligible_tab_layout.setObjectName(u"not_eligible_tab_layout")
        self.not_eligible_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.not_eligible_view = QTableView(self.not_eligible_tab)
        self.not_eligible_view.setObjectName(u"not_eligible_view")
        self.not_eligible_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.not_eligible_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.not_eligible_view.setAlternatingRowColors(True)

        self.not_eligible_tab_layout.addWidget(self.not_eligible_view)

        self.people_tabs.addTab(self.not_eligible_tab, "")
        self.holders_tab = QWidget()
        self.holders_tab.setObjectName(u"holders_tab")
        self.holders_tab_layout = QVBoxLayout(self.holders_tab)
        self.holders_tab_layout.setObjectName(u"holders_tab_layout")
        self.holders_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.holders_view = QTableView(self.holders_tab)
        self.holders_view.setObjectName(u"holders_view")
        self.holders_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holders_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holders_view.setAlternatingRowColors(True)

        self.holders_tab_layout.addWidget(self.holders_view)

        self.people_tabs.addTab(self.holders_tab, "")

        self.plan_layout.addWidget(self.people_tabs)

        self.glyphs_frame = QFrame(self.plan_page)
        self.glyphs_frame.setObjectName(u"glyphs_frame")
        self.glyphs_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.glyphs_layout = QVBoxLayout(self.glyphs_frame)
        self.glyphs_layout.setObjectName(u"glyphs_layout")
        self.glyphs_title_label = QLabel(self.glyphs_frame)
        self.glyphs_title_label.setObjectName(u"glyphs_title_label")
        self.glyphs_title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.glyphs_title_label.setWordWrap(True)

        self.glyphs_layout.addWidget(self.glyphs_title_label)

        self.glyphs_text = QPlainTextEdit(self.glyphs_frame)
        self.glyphs_text.setObjectName(u"glyphs_text")
        self.glyphs_text.setReadOnly(True)
        self.glyphs_text.setMaximumSize(QSize(16777215, 110))

        self.glyphs_layout.addWidget(self.glyphs_text)

        self.glyphs_buttons = QHBoxLayout()
        self.glyphs_buttons.setObjectName(u"glyphs_buttons")
        self.glyphs_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.glyphs_buttons.addItem(self.glyphs_spacer)

        self.back_button = QPushButton(self.glyphs_frame)
        self.back_button.setObjectName(u"back_button")

        self.glyphs_buttons.addWidget(self.back_button)

        self.issue_anyway_button = QPushButton(self.glyphs_frame)
        self.issue_anyway_button.setObjectName(u"issue_anyway_button")

        self.glyphs_buttons.addWidget(self.issue_anyway_button)


        self.glyphs_layout.addLayout(self.glyphs_buttons)


        self.plan_layout.addWidget(self.glyphs_frame)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_bar = QProgressBar(self.plan_page)
        self.progress_bar.setObjectName(u"progress_bar")

        self.progress_layout.addWidget(self.progress_bar)

        self.stop_button = QPushButton(self.plan_page)
        self.stop_button.setObjectName(u"stop_button")

        self.progress_layout.addWidget(self.stop_button)


        self.plan_layout.addLayout(self.progress_layout)

        self.stack.addWidget(self.plan_page)
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_label = QLabel(self.result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)

        self.result_layout.addWidget(self.result_label)

        self.output_buttons = QHBoxLayout()
        self.output_buttons.setObjectName(u"output_buttons")
        self.print_button = QPushButton(self.result_page)
        self.print_button.setObjectName(u"print_button")

        self.output_buttons.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(self.result_page)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.output_buttons.addWidget(self.save_pdf_button)

        self.save_zip_button = QPushButton(self.result_page)
        self.save_zip_button.setObjectName(u"save_zip_button")

        self.output_buttons.addWidget(self.save_zip_button)

        self.open_button = QPushButton(self.result_page)
        self.open_button.setObjectName(u"open_button")

        self.output_buttons.addWidget(self.open_button)

        self.output_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.output_buttons.addItem(self.output_spacer)


        self.result_layout.addLayout(self.output_buttons)

        self.stack.addWidget(self.result_page)

        self.dialog_layout.addWidget(self.stack)

        self.message_label = QLabel(CertificateBatchDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.issue_button = QPushButton(CertificateBatchDialog)
        self.issue_button.setObjectName(u"issue_button")

        self.bottom_layout.addWidget(self.issue_button)

        self.button_box = QDialogButtonBox(CertificateBatchDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.design_label.setBuddy(self.design_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificateBatchDialog)

        QMetaObject.connectSlotsByName(CertificateBatchDialog)
    # setupUi

    def retranslateUi(self, CertificateBatchDialog):
        CertificateBatchDialog.setWindowTitle(QCoreApplication.translate("CertificateBatchDialog", u"Certificates of the session", None))
        self.design_label.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Design:", None))
        self.language_label.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.eligible_view.setAccessibleName(QCoreApplication.translate("CertificateBatchDialog", u"Will receive a certificate", None))
#endif // QT_CONFIG(accessibility)
        self.people_tabs.setTabText(self.people_tabs.indexOf(self.eligible_tab), QCoreApplication.translate("CertificateBatchDialog", u"Will receive", None))
#if QT_CONFIG(accessibility)
        self.not_eligible_view.setAccessibleName(QCoreApplication.translate("CertificateBatchDialog", u"Will not receive a certificate", None))
#endif // QT_CONFIG(accessibility)
        self.people_tabs.setTabText(self.people_tabs.indexOf(self.not_eligible_tab), QCoreApplication.translate("CertificateBatchDialog", u"Will not receive", None))
#if QT_CONFIG(accessibility)
        self.holders_view.setAccessibleName(QCoreApplication.translate("CertificateBatchDialog", u"Already hold a certificate", None))
#endif // QT_CONFIG(accessibility)
        self.people_tabs.setTabText(self.people_tabs.indexOf(self.holders_tab), QCoreApplication.translate("CertificateBatchDialog", u"Already hold one", None))
        self.back_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Go back", None))
        self.issue_anyway_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"Issue &anyway", None))
        self.stop_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Cancel issuing", None))
        self.print_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Print\u2026", None))
        self.save_pdf_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Save PDF\u2026", None))
        self.save_zip_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"Save &ZIP\u2026", None))
        self.open_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"&Open", None))
        self.issue_button.setText(QCoreApplication.translate("CertificateBatchDialog", u"Issue", None))
    # retranslateUi

