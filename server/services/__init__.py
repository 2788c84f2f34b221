# SPDX-License-Identifier: MIT
"""Server operations shared by the HTTP API and the admin command line."""
