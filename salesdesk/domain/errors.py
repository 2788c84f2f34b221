# SPDX-License-Identifier: MIT
"""Errors the domain raises when input breaks one of its rules."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that breaks a domain rule.

    Attributes:
        field: the field the message is about (for showing it next to the input), or None.
        message: a sentence a sales manager can read.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class ValidationErrors(ValueError):
    """Several validation errors found at once (one per field)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str | None, str]:
        """Map each field to its first message."""
        result: dict[str | None, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result
