# SPDX-License-Identifier: MIT
"""The wire models both the workstation and the server import: one definition of the API."""

from salesdesk.protocol.models import *  # noqa: F403
