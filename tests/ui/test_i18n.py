# SPDX-License-Identifier: MIT
"""Filling translated texts with their arguments."""

from __future__ import annotations

from desktop.views.i18n import fill


def test_arguments_fill_their_markers_once() -> None:
    assert fill("%1 of %2 due", 3, 5) == "3 of 5 due"
    assert fill("%2, then %1", "a", "b") == "b, then a"
    # a value that contains a marker is shown as it is, not filled in again
    assert fill("Saved %1 (%2)", "50%2 off", "ACME") == "Saved 50%2 off (ACME)"
    assert fill("90%: within %1", "4 min") == "90%: within 4 min"
    assert fill("%1 and %3", "x") == "x and %3"
