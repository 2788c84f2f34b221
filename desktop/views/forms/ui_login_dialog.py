# SPDX-License-Identifier: MIT
# Generated from ui/login_dialog.ui by ui/build_forms.py — do not edit; edit the source and rebuild.
# Source hash: f16eb38f68b8b921e81379066f0490563a73449a4f7c0671f6839ac8eda50cc2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(480, 400)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.serverLabel = QLabel(LoginDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverBox = QVBoxLayout()
        self.serverBox.setObjectName(u"serverBox")
        self.serverEdit = QLineEdit(LoginDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.serverBox.addWidget(self.serverEdit)

        self.serverError = QLabel(LoginDialog)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setStyleSheet(u"color: #c62828;")
        self.serverError.setWordWrap(True)

        self.serverBox.addWidget(self.serverError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.serverBox)

        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setObjectName(u"usernameBox")
        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.usernameBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(LoginDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setStyleSheet(u"color: #c62828;")
        self.usernameError.setWordWrap(True)

        self.usernameBox.addWidget(self.usernameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(LoginDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #c62828;")
        self.passwordError.setWordWrap(True)

        self.passwordBox.addWidget(self.passwordError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.regionLabel = QLabel(LoginDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionBox = QVBoxLayout()
        self.regionBox.setObjectName(u"regionBox")
        self.regionCombo = QComboBox(LoginDialog)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)

        self.regionBox.addWidget(self.regionCombo)

        self.regionError = QLabel(LoginDialog)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setStyleSheet(u"color: #c62828;")
        self.regionError.setWordWrap(True)

        self.regionBox.addWidget(self.regionError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.regionBox)

        self.timeZoneLabel = QLabel(LoginDialog)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneBox = QVBoxLayout()
        self.timeZoneBox.setObjectName(u"timeZoneBox")
        self.timeZoneCombo = QComboBox(LoginDialog)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)

        self.timeZoneBox.addWidget(self.timeZoneCombo)

        self.timeZoneError = QLabel(LoginDialog)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setStyleSheet(u"color: #c62828;")
        self.timeZoneError.setWordWrap(True)

        self.timeZoneBox.addWidget(self.timeZoneError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeZoneBox)

        self.placeHint = QLabel(LoginDialog)
        self.placeHint.setObjectName(u"placeHint")
        self.placeHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeHint)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverLabel.setBuddy(self.serverEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in", None))
        self.introLabel.setText(QCoreApplication.translate("LoginDialog", u"Log in to your team's Salesdesk server. The password is not stored; a login token is kept in the system keyring.", None))
        self.serverLabel.setText(QCoreApplication.translate("LoginDialog", u"&Server", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"https://salesdesk.example.com", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&Username", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.regionLabel.setText(QCoreApplication.translate("LoginDialog", u"Phone &region", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("LoginDialog", u"My &time zone", None))
        self.placeHint.setText(QCoreApplication.translate("LoginDialog", u"National phone numbers are read in this region; calling hours and callbacks follow this time zone. Suggested from this computer; change them here or later in Settings.", None))
    # retranslateUi

