# SPDX-License-Identifier: MIT
"""The server's HTTP API (DESIGN §4 "Wire API"): the app, one router per area, dependencies."""
