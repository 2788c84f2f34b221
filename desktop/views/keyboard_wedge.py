# SPDX-License-Identifier: MIT
"""A USB or Bluetooth badge scanner that types like a keyboard, told apart from a person.

A scanner types a whole code in a burst (a few milliseconds a key) and ends with Enter; a
person needs a tenth of a second a key. In the field the reader watches, a burst that starts
like a contact code (``BEGIN:VCARD``, ``MECARD:``, ``BIZCARD:``, ``tel:``, ``mailto:``) is
read to its end, the Enter keys inside it being line breaks; a shorter burst ending in
Enter counts as a scan when it holds a digit, ``@`` or ``:`` (an attendee ID, an email) —
a name typed fast is still a name, and its Enter still saves.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

#: Longest pause between two keys of a scanner's burst (people are ten times slower).
BURST_GAP_S = 0.035
#: Fewest keys a scanned code has.
MIN_BURST = 6
#: After the last key of a multi-line code, the reader waits this long for more.
END_OF_CODE_MS = 150
_CODE_PREFIXES = ("BEGIN:VCARD", "MECARD:", "BIZCARD:", "TEL:", "MAILTO:")


class KeyboardWedge(QObject):
    """Watches a line edit for a scanner's bursts.

    Signals:
        scanned(str): a code typed by a scanner (its line breaks restored).
    """

    scanned = Signal(str)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self._keys: list[float] = []
        self._typed: list[str] = []
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setInterval(END_OF_CODE_MS)
        self._end.timeout.connect(self._finish)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Collect the keys of a burst; swallow the Enter keys that belong to a code."""
        if watched is not self.edit:
            return False
        if event.type() == QEvent.Type.FocusOut:
            self._forget()  # a scanner types into one field: keys elsewhere end the burst
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        if self._keys and now - self._keys[-1] > BURST_GAP_S:
            self._forget()  # a pause: whatever came before was typed by a person
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._enter(now)
        text = event.text()
        if text and text.isprintable():
            self._keys.append(now)
            self._typed.append(text)
            if self._in_code():
                self._end.start()
        return False

    def _enter(self, now: float) -> bool:
        if self._in_code():  # a line break inside a vCard or after a MECARD
            self._keys.append(now)
            self._typed.append("\n")
            self._end.start()
            return True
        typed = "".join(self._typed)
        if len(self._keys) >= MIN_BURST and any(c.isdigit() or c in "@:" for c in typed):
            self._forget()
            self.scanned.emit(typed)
            return True
        self._forget()
        return False  # a person's Enter: the form saves as usual

    def _in_code(self) -> bool:
        typed = "".join(self._typed).lstrip().upper()
        return len(self._keys) >= 4 and typed.startswith(_CODE_PREFIXES)

    def _finish(self) -> None:
        typed = "".join(self._typed).strip()
        self._forget()
        if typed:
            self.scanned.emit(typed)

    def _forget(self) -> None:
        self._end.stop()
        self._keys.clear()
        self._typed.clear()
