# SPDX-License-Identifier: MIT
"""Services: what the views and the command line ask for, built on the store and sync."""
