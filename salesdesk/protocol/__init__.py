# SPDX-License-Identifier: MIT
"""The wire models both the workstation and the server import: one definition of the API
(``salesdesk.protocol.models``), and conversions between wire and domain values (``convert``)."""
