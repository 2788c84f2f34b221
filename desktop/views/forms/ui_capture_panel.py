# SPDX-License-Identifier: MIT
# Generated from ui/capture_panel.ui by ui/build_forms.py — do not edit; edit the source and rebuild.
# Source hash: 299c8d9085a0aedf01fa4dd83864a6af9f67ec4e2835598102f3f4a8884c86f6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'capture_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CapturePanel(object):
    def setupUi(self, CapturePanel):
        if not CapturePanel.objectName():
            CapturePanel.setObjectName(u"CapturePanel")
        CapturePanel.resize(640, 620)
        self.mainLayout = QVBoxLayout(CapturePanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(CapturePanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.counterLabel = QLabel(CapturePanel)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setStyleSheet(u"font-size: 14pt;")

        self.headerRow.addWidget(self.counterLabel)


        self.mainLayout.addLayout(self.headerRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.eventLabel = QLabel(CapturePanel)
        self.eventLabel.setObjectName(u"eventLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventBox = QVBoxLayout()
        self.eventBox.setObjectName(u"eventBox")
        self.eventEdit = QLineEdit(CapturePanel)
        self.eventEdit.setObjectName(u"eventEdit")
        self.eventEdit.setMinimumSize(QSize(0, 34))

        self.eventBox.addWidget(self.eventEdit)

        self.eventError = QLabel(CapturePanel)
        self.eventError.setObjectName(u"eventError")
        self.eventError.setStyleSheet(u"color: #c62828;")
        self.eventError.setWordWrap(True)

        self.eventBox.addWidget(self.eventError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.eventBox)

        self.nameLabel = QLabel(CapturePanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(CapturePanel)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(0, 34))

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(CapturePanel)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.companyLabel = QLabel(CapturePanel)
        self.companyLabel.setObjectName(u"companyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyBox = QVBoxLayout()
        self.companyBox.setObjectName(u"companyBox")
        self.companyEdit = QLineEdit(CapturePanel)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setMinimumSize(QSize(0, 34))

        self.companyBox.addWidget(self.companyEdit)

        self.companyError = QLabel(CapturePanel)
        self.companyError.setObjectName(u"companyError")
        self.companyError.setStyleSheet(u"color: #c62828;")
        self.companyError.setWordWrap(True)

        self.companyBox.addWidget(self.companyError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.companyBox)

        self.titleFieldLabel = QLabel(CapturePanel)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleFieldLabel)

        self.jobTitleBox = QVBoxLayout()
        self.jobTitleBox.setObjectName(u"jobTitleBox")
        self.jobTitleEdit = QLineEdit(CapturePanel)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMinimumSize(QSize(0, 34))

        self.jobTitleBox.addWidget(self.jobTitleEdit)

        self.jobTitleError = QLabel(CapturePanel)
        self.jobTitleError.setObjectName(u"jobTitleError")
        self.jobTitleError.setStyleSheet(u"color: #c62828;")
        self.jobTitleError.setWordWrap(True)

        self.jobTitleBox.addWidget(self.jobTitleError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.jobTitleBox)

        self.phoneLabel = QLabel(CapturePanel)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(CapturePanel)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMinimumSize(QSize(0, 34))

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(CapturePanel)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #c62828;")
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.emailLabel = QLabel(CapturePanel)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(CapturePanel)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMinimumSize(QSize(0, 34))

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(CapturePanel)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #c62828;")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.needLabel = QLabel(CapturePanel)
        self.needLabel.setObjectName(u"needLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.needLabel)

        self.needBox = QVBoxLayout()
        self.needBox.setObjectName(u"needBox")
        self.needEdit = QLineEdit(CapturePanel)
        self.needEdit.setObjectName(u"needEdit")
        self.needEdit.setMinimumSize(QSize(0, 34))

        self.needBox.addWidget(self.needEdit)

        self.needError = QLabel(CapturePanel)
        self.needError.setObjectName(u"needError")
        self.needError.setStyleSheet(u"color: #c62828;")
        self.needError.setWordWrap(True)

        self.needBox.addWidget(self.needError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.needBox)

        self.temperatureLabel = QLabel(CapturePanel)
        self.temperatureLabel.setObjectName(u"temperatureLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.temperatureLabel)

        self.temperatureCombo = QComboBox(CapturePanel)
        self.temperatureCombo.setObjectName(u"temperatureCombo")
        self.temperatureCombo.setMinimumSize(QSize(0, 34))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.temperatureCombo)

        self.interestsLabel = QLabel(CapturePanel)
        self.interestsLabel.setObjectName(u"interestsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.interestsLabel)

        self.interestsBox = QVBoxLayout()
        self.interestsBox.setObjectName(u"interestsBox")
        self.interestsGrid = QGridLayout()
        self.interestsGrid.setObjectName(u"interestsGrid")

        self.interestsBox.addLayout(self.interestsGrid)

        self.interestsHint = QLabel(CapturePanel)
        self.interestsHint.setObjectName(u"interestsHint")
        self.interestsHint.setWordWrap(True)
        self.interestsHint.setStyleSheet(u"color: palette(mid);")

        self.interestsBox.addWidget(self.interestsHint)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.interestsBox)

        self.followUpLabel = QLabel(CapturePanel)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpCombo = QComboBox(CapturePanel)
        self.followUpCombo.setObjectName(u"followUpCombo")
        self.followUpCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.followUpCombo.setMinimumSize(QSize(0, 34))

        self.followUpRow.addWidget(self.followUpCombo)

        self.followUpDue = QLabel(CapturePanel)
        self.followUpDue.setObjectName(u"followUpDue")
        self.followUpDue.setWordWrap(True)
        self.followUpDue.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.followUpDue.sizePolicy().hasHeightForWidth())
        self.followUpDue.setSizePolicy(sizePolicy)

        self.followUpRow.addWidget(self.followUpDue)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.followUpRow)

        self.noteLabel = QLabel(CapturePanel)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QLineEdit(CapturePanel)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 34))

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(CapturePanel)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setWordWrap(True)

        self.noteBox.addWidget(self.noteError)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.noteBox)

        self.consentLabel = QLabel(CapturePanel)
        self.consentLabel.setObjectName(u"consentLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentBox = QVBoxLayout()
        self.consentBox.setObjectName(u"consentBox")
        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentCheck = QCheckBox(CapturePanel)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentRow.addWidget(self.consentCheck, 0, Qt.AlignmentFlag.AlignTop)

        self.consentText = QLabel(CapturePanel)
        self.consentText.setObjectName(u"consentText")
        self.consentText.setWordWrap(True)
        self.consentText.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.consentText.sizePolicy().hasHeightForWidth())
        self.consentText.setSizePolicy(sizePolicy)

        self.consentRow.addWidget(self.consentText)

        self.consentEditButton = QPushButton(CapturePanel)
        self.consentEditButton.setObjectName(u"consentEditButton")
        self.consentEditButton.setFlat(True)
        self.consentEditButton.setAutoDefault(False)

        self.consentRow.addWidget(self.consentEditButton, 0, Qt.AlignmentFlag.AlignTop)


        self.consentBox.addLayout(self.consentRow)

        self.consentError = QLabel(CapturePanel)
        self.consentError.setObjectName(u"consentError")
        self.consentError.setStyleSheet(u"color: #c62828;")
        self.consentError.setWordWrap(True)

        self.consentBox.addWidget(self.consentError)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.consentBox)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(CapturePanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.matchFrame = QFrame(CapturePanel)
        self.matchFrame.setObjectName(u"matchFrame")
        self.matchFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.matchLayout = QVBoxLayout(self.matchFrame)
        self.matchLayout.setObjectName(u"matchLayout")
        self.matchLabel = QLabel(self.matchFrame)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setWordWrap(True)

        self.matchLayout.addWidget(self.matchLabel)

        self.matchButtons = QHBoxLayout()
        self.matchButtons.setObjectName(u"matchButtons")
        self.attachButton = QPushButton(self.matchFrame)
        self.attachButton.setObjectName(u"attachButton")

        self.matchButtons.addWidget(self.attachButton)

        self.saveNewButton = QPushButton(self.matchFrame)
        self.saveNewButton.setObjectName(u"saveNewButton")

        self.matchButtons.addWidget(self.saveNewButton)

        self.matchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matchButtons.addItem(self.matchSpacer)


        self.matchLayout.addLayout(self.matchButtons)


        self.mainLayout.addWidget(self.matchFrame)

        self.savedLabel = QLabel(CapturePanel)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #2e7d32;")

        self.mainLayout.addWidget(self.savedLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hintLabel = QLabel(CapturePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.scanButton = QPushButton(CapturePanel)
        self.scanButton.setObjectName(u"scanButton")

        self.buttonRow.addWidget(self.scanButton)

        self.clearButton = QPushButton(CapturePanel)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.saveButton = QPushButton(CapturePanel)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(0, 34))

        self.buttonRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.titleFieldLabel.setBuddy(self.jobTitleEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.needLabel.setBuddy(self.needEdit)
        self.temperatureLabel.setBuddy(self.temperatureCombo)
        self.followUpLabel.setBuddy(self.followUpCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CapturePanel)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CapturePanel)
    # setupUi

    def retranslateUi(self, CapturePanel):
        self.titleLabel.setText(QCoreApplication.translate("CapturePanel", u"Exhibition capture", None))
        self.eventLabel.setText(QCoreApplication.translate("CapturePanel", u"&Event", None))
        self.eventEdit.setPlaceholderText(QCoreApplication.translate("CapturePanel", u"kept for the whole day", None))
        self.nameLabel.setText(QCoreApplication.translate("CapturePanel", u"&Name", None))
        self.companyLabel.setText(QCoreApplication.translate("CapturePanel", u"&Company", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("CapturePanel", u"Ro&le", None))
        self.jobTitleEdit.setPlaceholderText(QCoreApplication.translate("CapturePanel", u"job title", None))
        self.phoneLabel.setText(QCoreApplication.translate("CapturePanel", u"&Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("CapturePanel", u"E&mail", None))
        self.needLabel.setText(QCoreApplication.translate("CapturePanel", u"&Interest / need", None))
        self.temperatureLabel.setText(QCoreApplication.translate("CapturePanel", u"&Temperature", None))
        self.interestsLabel.setText(QCoreApplication.translate("CapturePanel", u"Topics", None))
        self.followUpLabel.setText(QCoreApplication.translate("CapturePanel", u"Follow-&up", None))
        self.noteLabel.setText(QCoreApplication.translate("CapturePanel", u"N&ote", None))
        self.consentLabel.setText(QCoreApplication.translate("CapturePanel", u"Consent", None))
        self.consentCheck.setText(QCoreApplication.translate("CapturePanel", u"Agrees (Alt+G)", None))
        self.consentEditButton.setText(QCoreApplication.translate("CapturePanel", u"Change the text\u2026", None))
        self.attachButton.setText(QCoreApplication.translate("CapturePanel", u"&Attach to this lead", None))
        self.saveNewButton.setText(QCoreApplication.translate("CapturePanel", u"Save as a &new lead anyway", None))
        self.hintLabel.setText(QCoreApplication.translate("CapturePanel", u"Enter saves and clears for the next visitor \u00b7 Esc clears \u00b7 Ctrl+Z undoes", None))
        self.scanButton.setText(QCoreApplication.translate("CapturePanel", u"&Scan a badge\u2026", None))
#if QT_CONFIG(tooltip)
        self.scanButton.setToolTip(QCoreApplication.translate("CapturePanel", u"Read a badge or business card code from the camera, an image file or the clipboard (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("CapturePanel", u"Clear", None))
        self.saveButton.setText(QCoreApplication.translate("CapturePanel", u"Save lead", None))
        pass
    # retranslateUi

