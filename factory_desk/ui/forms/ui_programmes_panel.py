# generated from forms/programmes_panel.ui by scripts/build_ui.py — do not edit

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

class Ui_ProgrammesPanel(object):
    def setupUi(self, ProgrammesPanel):
        if not ProgrammesPanel.objectName():
            ProgrammesPanel.setObjectName(u"ProgrammesPanel")
        self.panel_layout = QVBoxLayout(ProgrammesPanel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.description_label = QLabel(ProgrammesPanel)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.panel_layout.addWidget(self.description_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setSpacing(12)
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(ProgrammesPanel)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(ProgrammesPanel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.inactive_check = QCheckBox(ProgrammesPanel)
        self.inactive_check.setObjectName(u"inactive_check")

        self.search_layout.addWidget(self.inactive_check)

        self.count_label = QLabel(ProgrammesPanel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_layout.addItem(self.search_spacer)


        self.panel_layout.addLayout(self.search_layout)

        self.table_view = QTableView(ProgrammesPanel)
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

        self.empty_label = QLabel(ProgrammesPanel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.panel_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(ProgrammesPanel)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ProgrammesPanel)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.active_button = QPushButton(ProgrammesPanel)
        self.active_button.setObjectName(u"active_button")

        self.buttons_layout.addWidget(self.active_button)

        self.delete_button = QPushButton(ProgrammesPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.panel_layout.addLayout(self.buttons_layout)

        self.panel_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammesPanel)

        QMetaObject.connectSlotsByName(ProgrammesPanel)
    # setupUi

    def retranslateUi(self, ProgrammesPanel):
        self.description_label.setText(QCoreApplication.translate("ProgrammesPanel", u"What groups are trained in: hours, days, group size, the figures recorded in each simulation round and the wording of the certificate. Double-click or press Enter to edit; Ctrl+N adds a programme.", None))
        self.search_label.setText(QCoreApplication.translate("ProgrammesPanel", u"F&ind:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ProgrammesPanel", u"Find programmes", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ProgrammesPanel", u"Name or description", None))
#if QT_CONFIG(tooltip)
        self.inactive_check.setToolTip(QCoreApplication.translate("ProgrammesPanel", u"Also list those no longer offered for new sessions", None))
#endif // QT_CONFIG(tooltip)
        self.inactive_check.setText(QCoreApplication.translate("ProgrammesPanel", u"Sho&w inactive", None))
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("ProgrammesPanel", u"Programmes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("ProgrammesPanel", u"Add a programme (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("ProgrammesPanel", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("ProgrammesPanel", u"Open the selected row in the editor (Enter or a double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("ProgrammesPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.active_button.setToolTip(QCoreApplication.translate("ProgrammesPanel", u"No longer offer it for new sessions; past sessions keep it", None))
#endif // QT_CONFIG(tooltip)
        self.active_button.setText(QCoreApplication.translate("ProgrammesPanel", u"&Deactivate", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("ProgrammesPanel", u"Delete it for good: only what no session uses", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("ProgrammesPanel", u"De&lete", None))
        pass
    # retranslateUi

