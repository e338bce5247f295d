# generated from forms/factories_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_FactoriesPanel(object):
    def setupUi(self, FactoriesPanel):
        if not FactoriesPanel.objectName():
            FactoriesPanel.setObjectName(u"FactoriesPanel")
        self.panel_layout = QVBoxLayout(FactoriesPanel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.description_label = QLabel(FactoriesPanel)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.panel_layout.addWidget(self.description_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setSpacing(12)
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(FactoriesPanel)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(FactoriesPanel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.inactive_check = QCheckBox(FactoriesPanel)
        self.inactive_check.setObjectName(u"inactive_check")

        self.search_layout.addWidget(self.inactive_check)

        self.count_label = QLabel(FactoriesPanel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_layout.addItem(self.search_spacer)


        self.panel_layout.addLayout(self.search_layout)

        self.table_view = QTableView(FactoriesPanel)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.table_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.table_view)

        self.empty_label = QLabel(FactoriesPanel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.panel_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(FactoriesPanel)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(FactoriesPanel)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.active_button = QPushButton(FactoriesPanel)
        self.active_button.setObjectName(u"active_button")

        self.buttons_layout.addWidget(self.active_button)

        self.delete_button = QPushButton(FactoriesPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.panel_layout.addLayout(self.buttons_layout)

        self.panel_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FactoriesPanel)

        QMetaObject.connectSlotsByName(FactoriesPanel)
    # setupUi

    def retranslateUi(self, FactoriesPanel):
        self.description_label.setText(QCoreApplication.translate("FactoriesPanel", u"The sites where groups are trained, with the municipalities each one serves. A factory that has held sessions is deactivated, not deleted. Double-click or press Enter to edit; Ctrl+N adds a factory.", None))
        self.search_label.setText(QCoreApplication.translate("FactoriesPanel", u"F&ind:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("FactoriesPanel", u"Find factories", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("FactoriesPanel", u"Name, code, municipality\u2026", None))
#if QT_CONFIG(tooltip)
        self.inactive_check.setToolTip(QCoreApplication.translate("FactoriesPanel", u"Also list those no longer offered for new sessions", None))
#endif // QT_CONFIG(tooltip)
        self.inactive_check.setText(QCoreApplication.translate("FactoriesPanel", u"Sho&w inactive", None))
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("FactoriesPanel", u"Factories", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("FactoriesPanel", u"Add a training site (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("FactoriesPanel", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("FactoriesPanel", u"Open the selected row in the editor (Enter or a double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("FactoriesPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.active_button.setToolTip(QCoreApplication.translate("FactoriesPanel", u"No longer offer it for new sessions; past sessions keep it", None))
#endif // QT_CONFIG(tooltip)
        self.active_button.setText(QCoreApplication.translate("FactoriesPanel", u"&Deactivate", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("FactoriesPanel", u"Delete it for good: only what no session uses", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("FactoriesPanel", u"De&lete", None))
        pass
    # retranslateUi

