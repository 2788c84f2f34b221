# SPDX-License-Identifier: MIT
"""Pure domain rules and entities: no Qt, no SQL, no network."""
