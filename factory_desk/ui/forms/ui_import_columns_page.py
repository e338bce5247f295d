# generated from forms/import_columns_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportColumnsPage(object):
    def setupUi(self, ImportColumnsPage):
        if not ImportColumnsPage.objectName():
            ImportColumnsPage.setObjectName(u"ImportColumnsPage")
        self.page_layout = QVBoxLayout(ImportColumnsPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setSpacing(8)
        self.heading_layout.setObjectName(u"heading_layout")
        self.heading_label = QLabel(ImportColumnsPage)
        self.heading_label.setObjectName(u"heading_label")

        self.heading_layout.addWidget(self.heading_label)

        self.heading_spin = QSpinBox(ImportColumnsPage)
        self.heading_spin.setObjectName(u"heading_spin")
        self.heading_spin.setMinimum(1)

        self.heading_layout.addWidget(self.heading_spin)

        self.heading_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)


        self.page_layout.addLayout(self.heading_layout)

        self.columns_view = QTableWidget(ImportColumnsPage)
        self.columns_view.setObjectName(u"columns_view")
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_view.setTabKeyNavigation(False)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_view.setWordWrap(False)
        self.columns_view.horizontalHeader().setVisible(False)

        self.page_layout.addWidget(self.columns_view)

        self.mapping_label = QLabel(ImportColumnsPage)
        self.mapping_label.setObjectName(u"mapping_label")
        self.mapping_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping_label.setWordWrap(True)

        self.page_layout.addWidget(self.mapping_label)

        self.organisation_box = QGroupBox(ImportColumnsPage)
        self.organisation_box.setObjectName(u"organisation_box")
        self.organisation_layout = QGridLayout(self.organisation_box)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_layout.setHorizontalSpacing(8)
        self.from_file_radio = QRadioButton(self.organisation_box)
        self.from_file_radio.setObjectName(u"from_file_radio")
        self.from_file_radio.setChecked(True)

        self.organisation_layout.addWidget(self.from_file_radio, 0, 0, 1, 2)

        self.from_file_label = QLabel(self.organisation_box)
        self.from_file_label.setObjectName(u"from_file_label")
        self.from_file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.from_file_label.setWordWrap(True)
        self.from_file_label.setIndent(24)

        self.organisation_layout.addWidget(self.from_file_label, 1, 0, 1, 2)

        self.chosen_radio = QRadioButton(self.organisation_box)
        self.chosen_radio.setObjectName(u"chosen_radio")

        self.organisation_layout.addWidget(self.chosen_radio, 2, 0, 1, 1)

        self.organisation_combo = QComboBox(self.organisation_box)
        self.organisation_combo.setObjectName(u"organisation_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.organisation_combo.sizePolicy().hasHeightForWidth())
        self.organisation_combo.setSizePolicy(sizePolicy)
        self.organisation_combo.setEditable(True)
        self.organisation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.organisation_layout.addWidget(self.organisation_combo, 2, 1, 1, 1)

        self.new_organisation_button = QPushButton(self.organisation_box)
        self.new_organisation_button.setObjectName(u"new_organisation_button")

        self.organisation_layout.addWidget(self.new_organisation_button, 2, 2, 1, 1)


        self.page_layout.addWidget(self.organisation_box)

#if QT_CONFIG(shortcut)
        self.heading_label.setBuddy(self.heading_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportColumnsPage)

        QMetaObject.connectSlotsByName(ImportColumnsPage)
    # setupUi

    def retranslateUi(self, ImportColumnsPage):
        ImportColumnsPage.setTitle(QCoreApplication.translate("ImportColumnsPage", u"Check what each column holds", None))
        ImportColumnsPage.setSubTitle(QCoreApplication.translate("ImportColumnsPage", u"Factory Desk has guessed the columns from their headings. Correct a guess with the list above the column; columns marked \u201cnot imported\u201d are left out.", None))
        self.heading_label.setText(QCoreApplication.translate("ImportColumnsPage", u"The headings are on &row:", None))
#if QT_CONFIG(accessibility)
        self.heading_spin.setAccessibleName(QCoreApplication.translate("ImportColumnsPage", u"Row of the headings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.columns_view.setAccessibleName(QCoreApplication.translate("ImportColumnsPage", u"The first rows of the file, with what each column holds", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_box.setTitle(QCoreApplication.translate("ImportColumnsPage", u"Organisation of the people whose row does not name one", None))
        self.from_file_radio.setText(QCoreApplication.translate("ImportColumnsPage", u"As the &file says", None))
        self.chosen_radio.setText(QCoreApplication.translate("ImportColumnsPage", u"&This organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ImportColumnsPage", u"Organisation for rows without one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_organisation_button.setToolTip(QCoreApplication.translate("ImportColumnsPage", u"The organisation is not in the database yet: add it, and the people of this file go to it", None))
#endif // QT_CONFIG(tooltip)
        self.new_organisation_button.setText(QCoreApplication.translate("ImportColumnsPage", u"&New organisation\u2026", None))
    # retranslateUi

