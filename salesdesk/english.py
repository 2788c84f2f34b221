# SPDX-License-Identifier: MIT
"""Counted nouns for the English-only command lines ("1 lead", "3 leads"), so that no
output says "lead(s)"; the window's texts use Qt's numerus forms instead."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number: counted(1, "change") == "1 change"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
