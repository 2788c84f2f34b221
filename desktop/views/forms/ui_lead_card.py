# SPDX-License-Identifier: MIT
# Generated from ui/lead_card.ui by ui/build_forms.py — do not edit; edit the source and rebuild.
# Source hash: 2d5398a1bb9d1cbd674e748e75777eccf4523934af9277f2410e7545b3d7373b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_card.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_LeadCard(object):
    def setupUi(self, LeadCard):
        if not LeadCard.objectName():
            LeadCard.setObjectName(u"LeadCard")
        LeadCard.resize(520, 720)
        self.mainLayout = QVBoxLayout(LeadCard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nameLabel = QLabel(LeadCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.nameLabel)

        self.metaLabel = QLabel(LeadCard)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.metaLabel)

        self.reassignedLabel = QLabel(LeadCard)
        self.reassignedLabel.setObjectName(u"reassignedLabel")
        self.reassignedLabel.setStyleSheet(u"color: #c62828;")
        self.reassignedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reassignedLabel)

        self.contactsBox = QWidget(LeadCard)
        self.contactsBox.setObjectName(u"contactsBox")

        self.mainLayout.addWidget(self.contactsBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.firstNameLabel = QLabel(LeadCard)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.firstNameEdit = QLineEdit(LeadCard)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.nameRow.addWidget(self.firstNameEdit)

        self.lastNameLabel = QLabel(LeadCard)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.nameRow.addWidget(self.lastNameLabel)

        self.lastNameEdit = QLineEdit(LeadCard)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.nameRow.addWidget(self.lastNameEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameRow)

        self.companyLabel = QLabel(LeadCard)
        self.companyLabel.setObjectName(u"companyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyRow = QHBoxLayout()
        self.companyRow.setObjectName(u"companyRow")
        self.companyEdit = QLineEdit(LeadCard)
        self.companyEdit.setObjectName(u"companyEdit")

        self.companyRow.addWidget(self.companyEdit)

        self.jobTitleLabel = QLabel(LeadCard)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.companyRow.addWidget(self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(LeadCard)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.companyRow.addWidget(self.jobTitleEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.companyRow)

        self.phonesLabel = QLabel(LeadCard)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesBox = QVBoxLayout()
        self.phonesBox.setObjectName(u"phonesBox")
        self.phonesEdit = QLineEdit(LeadCard)
        self.phonesEdit.setObjectName(u"phonesEdit")

        self.phonesBox.addWidget(self.phonesEdit)

        self.phonesError = QLabel(LeadCard)
        self.phonesError.setObjectName(u"phonesError")
        self.phonesError.setStyleSheet(u"color: #c62828;")
        self.phonesError.setWordWrap(True)

        self.phonesBox.addWidget(self.phonesError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phonesBox)

        self.emailsLabel = QLabel(LeadCard)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailsLabel)

        self.emailsBox = QVBoxLayout()
        self.emailsBox.setObjectName(u"emailsBox")
        self.emailsEdit = QLineEdit(LeadCard)
        self.emailsEdit.setObjectName(u"emailsEdit")

        self.emailsBox.addWidget(self.emailsEdit)

        self.emailsError = QLabel(LeadCard)
        self.emailsError.setObjectName(u"emailsError")
        self.emailsError.setStyleSheet(u"color: #c62828;")
        self.emailsError.setWordWrap(True)

        self.emailsBox.addWidget(self.emailsError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.emailsBox)

        self.needLabel = QLabel(LeadCard)
        self.needLabel.setObjectName(u"needLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.needLabel)

        self.needBox = QVBoxLayout()
        self.needBox.setObjectName(u"needBox")
        self.needEdit = QPlainTextEdit(LeadCard)
        self.needEdit.setObjectName(u"needEdit")
        self.needEdit.setMaximumSize(QSize(16777215, 70))
        self.needEdit.setTabChangesFocus(True)

        self.needBox.addWidget(self.needEdit)

        self.needError = QLabel(LeadCard)
        self.needError.setObjectName(u"needError")
        self.needError.setStyleSheet(u"color: #c62828;")
        self.needError.setWordWrap(True)

        self.needBox.addWidget(self.needError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.needBox)

        self.budgetLabel = QLabel(LeadCard)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetBox = QVBoxLayout()
        self.budgetBox.setObjectName(u"budgetBox")
        self.budgetEdit = QLineEdit(LeadCard)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.budgetBox.addWidget(self.budgetEdit)

        self.budgetError = QLabel(LeadCard)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setStyleSheet(u"color: #c62828;")
        self.budgetError.setWordWrap(True)

        self.budgetBox.addWidget(self.budgetError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.budgetBox)

        self.temperatureLabel = QLabel(LeadCard)
        self.temperatureLabel.setObjectName(u"temperatureLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.temperatureLabel)

        self.ratingRow = QHBoxLayout()
        self.ratingRow.setObjectName(u"ratingRow")
        self.temperatureCombo = QComboBox(LeadCard)
        self.temperatureCombo.setObjectName(u"temperatureCombo")

        self.ratingRow.addWidget(self.temperatureCombo)

        self.qualityLabel = QLabel(LeadCard)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.ratingRow.addWidget(self.qualityLabel)

        self.qualityCombo = QComboBox(LeadCard)
        self.qualityCombo.setObjectName(u"qualityCombo")

        self.ratingRow.addWidget(self.qualityCombo)

        self.scoreLabel = QLabel(LeadCard)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.ratingRow.addWidget(self.scoreLabel)

        self.scoreSpin = QSpinBox(LeadCard)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setMaximum(100)

        self.ratingRow.addWidget(self.scoreSpin)

        self.ratingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingRow.addItem(self.ratingSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.ratingRow)

        self.timeZoneLabel = QLabel(LeadCard)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneBox = QVBoxLayout()
        self.timeZoneBox.setObjectName(u"timeZoneBox")
        self.timeZoneEdit = QLineEdit(LeadCard)
        self.timeZoneEdit.setObjectName(u"timeZoneEdit")

        self.timeZoneBox.addWidget(self.timeZoneEdit)

        self.timeZoneError = QLabel(LeadCard)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setStyleSheet(u"color: #c62828;")
        self.timeZoneError.setWordWrap(True)

        self.timeZoneBox.addWidget(self.timeZoneError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.timeZoneBox)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LeadCard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.savedLabel = QLabel(LeadCard)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #2e7d32;")

        self.saveRow.addWidget(self.savedLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.revertButton = QPushButton(LeadCard)
        self.revertButton.setObjectName(u"revertButton")

        self.saveRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(LeadCard)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.saveRow)

        self.historyLabel = QLabel(LeadCard)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setStyleSheet(u"font-weight: 600;")

        self.mainLayout.addWidget(self.historyLabel)

        self.historyList = QListWidget(LeadCard)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)
        self.historyList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.historyList)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.emailsLabel.setBuddy(self.emailsEdit)
        self.needLabel.setBuddy(self.needEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.temperatureLabel.setBuddy(self.temperatureCombo)
        self.qualityLabel.setBuddy(self.qualityCombo)
        self.scoreLabel.setBuddy(self.scoreSpin)
        self.timeZoneLabel.setBuddy(self.timeZoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeadCard)

        QMetaObject.connectSlotsByName(LeadCard)
    # setupUi

    def retranslateUi(self, LeadCard):
        self.firstNameLabel.setText(QCoreApplication.translate("LeadCard", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("LeadCard", u"&Last name", None))
        self.companyLabel.setText(QCoreApplication.translate("LeadCard", u"C&ompany", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("LeadCard", u"&Job title", None))
        self.phonesLabel.setText(QCoreApplication.translate("LeadCard", u"&Phones", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("LeadCard", u"separate several with commas", None))
        self.emailsLabel.setText(QCoreApplication.translate("LeadCard", u"&Emails", None))
        self.needLabel.setText(QCoreApplication.translate("LeadCard", u"&Need", None))
        self.budgetLabel.setText(QCoreApplication.translate("LeadCard", u"&Budget notes", None))
        self.temperatureLabel.setText(QCoreApplication.translate("LeadCard", u"&Temperature", None))
        self.qualityLabel.setText(QCoreApplication.translate("LeadCard", u"&Quality", None))
        self.scoreLabel.setText(QCoreApplication.translate("LeadCard", u"&Score", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("LeadCard", u"Time &zone", None))
        self.timeZoneEdit.setPlaceholderText(QCoreApplication.translate("LeadCard", u"from the phone number", None))
        self.revertButton.setText(QCoreApplication.translate("LeadCard", u"Re&vert", None))
        self.saveButton.setText(QCoreApplication.translate("LeadCard", u"Sa&ve changes", None))
        self.historyLabel.setText(QCoreApplication.translate("LeadCard", u"History", None))
        pass
    # retranslateUi

