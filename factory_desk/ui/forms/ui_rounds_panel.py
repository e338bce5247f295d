# generated from forms/rounds_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_RoundsPanel(object):
    def setupUi(self, RoundsPanel):
        if not RoundsPanel.objectName():
            RoundsPanel.setObjectName(u"RoundsPanel")
        self.panel_layout = QVBoxLayout(RoundsPanel)
        self.panel_layout.setSpacing(8)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.banner_label = QLabel(RoundsPanel)
        self.banner_label.setObjectName(u"banner_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.banner_label.sizePolicy().hasHeightForWidth())
        self.banner_label.setSizePolicy(sizePolicy)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.banner_label.setMargin(8)

        self.panel_layout.addWidget(self.banner_label)

        self.hint_label = QLabel(RoundsPanel)
        self.hint_label.setObjectName(u"hint_label")
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.panel_layout.addWidget(self.hint_label)

        self.empty_label = QLabel(RoundsPanel)
        self.empty_label.setObjectName(u"empty_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.empty_label.sizePolicy().hasHeightForWidth())
        self.empty_label.setSizePolicy(sizePolicy1)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.panel_layout.addWidget(self.empty_label)

        self.rounds_view = QTableView(RoundsPanel)
        self.rounds_view.setObjectName(u"rounds_view")
        self.rounds_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.rounds_view.setTabKeyNavigation(True)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.setWordWrap(False)
        self.rounds_view.horizontalHeader().setHighlightSections(False)
        self.rounds_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.rounds_view)

        self.status_layout = QHBoxLayout()
        self.status_layout.setSpacing(12)
        self.status_layout.setObjectName(u"status_layout")
        self.problem_label = QLabel(RoundsPanel)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)

        self.status_layout.addWidget(self.problem_label)

        self.saved_label = QLabel(RoundsPanel)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)

        self.status_layout.addWidget(self.saved_label)

        self.status_layout.setStretch(0, 1)
        self.status_layout.setStretch(1, 1)

        self.panel_layout.addLayout(self.status_layout)

        self.panel_layout.setStretch(3, 1)

        self.retranslateUi(RoundsPanel)

        QMetaObject.connectSlotsByName(RoundsPanel)
    # setupUi

    def retranslateUi(self, RoundsPanel):
        self.hint_label.setText(QCoreApplication.translate("RoundsPanel", u"Type each round's figures after the round: Enter saves the figure and moves down the column, Tab moves across, Delete clears a figure. Decimals can be typed with a comma.", None))
#if QT_CONFIG(accessibility)
        self.rounds_view.setAccessibleName(QCoreApplication.translate("RoundsPanel", u"Simulation rounds", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

