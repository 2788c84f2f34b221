# SPDX-License-Identifier: MIT
"""Bringing a team's leads in from CRM exports, spreadsheets and phone contacts.

``reading`` turns a file into rows, ``columns`` says which column is which field (built-in
names, CRM profiles, the admin's map), ``rows`` turns a row into a lead or its reasons,
``engine`` matches, writes in batches and undoes a batch. The command line and the admin
API both drive ``engine``.
"""

from __future__ import annotations


class ImportProblem(ValueError):
    """The file cannot be imported as asked: unreadable, a bad mapping, no contact column."""
