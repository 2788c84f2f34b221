# SPDX-License-Identifier: MIT
"""An event's consent question: its words in each language and whether it is required.

The words are what the visitor agrees to; each change is a new version (the digest of the
words), recorded with every answer. A language without its own words uses the built-in
text of that language.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.leads import ConsentSetup
from desktop.services.preferences import LANGUAGES
from desktop.views.i18n import fill
from desktop.views.plain_text import plain_labels

#: The languages a consent text can be written in (the UI's languages).
CONSENT_LANGUAGES = ("en", "ru")


def default_consent_text(language: str) -> str:
    """The built-in consent words of a language (English for one we do not speak).

    Kept here, not in the translation files: the dialog shows every language's words side
    by side, and their digest is the version each visitor's answer records.
    """
    texts = {
        "en": "I agree that my contact details and what I said here are stored and that I am "
        "contacted about my request. I can withdraw this at any time.",
        "ru": "Я соглашаюсь на хранение моих контактных данных и сказанного здесь и на то, "
        "чтобы со мной связались по моему запросу. Я могу отозвать согласие в любой момент.",
    }
    return texts.get(language, texts["en"])


def consent_text(setup: ConsentSetup, language: str) -> str:
    """The words shown for this event in this language: its own, or the built-in ones."""
    return setup.texts.get(language, "").strip() or default_consent_text(language)


class ConsentDialog(QDialog):
    """Edits one event's consent setup."""

    def __init__(self, event_name: str, setup: ConsentSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Consent at this event"))
        intro = QLabel(
            fill(
                self.tr(
                    "What visitors at %1 agree to. Every change is a new version; each "
                    "visitor's answer keeps the words they were shown."
                ),
                event_name,
            )
        )
        intro.setWordWrap(True)
        plain_labels(intro)  # the event's name is data
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        for language in CONSENT_LANGUAGES:
            edit = QPlainTextEdit(consent_text(setup, language))
            edit.setObjectName(f"consentEdit_{language}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            form.addRow(LANGUAGES.get(language, language), edit)  # each in its own name
            self.edits[language] = edit
        self.required = QCheckBox(self.tr("&Required: a visitor is saved only with their consent"))
        self.required.setChecked(setup.required)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.required)
        layout.addWidget(buttons)

    def setup(self) -> ConsentSetup:
        """The setup as edited (words equal to the built-in ones are not stored)."""
        texts = {
            language: edit.toPlainText().strip()
            for language, edit in self.edits.items()
            if edit.toPlainText().strip()
            and edit.toPlainText().strip() != default_consent_text(language)
        }
        return ConsentSetup(texts, self.required.isChecked())
