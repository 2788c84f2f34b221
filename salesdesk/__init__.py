# SPDX-License-Identifier: MIT
"""The shared core of Salesdesk: the domain rules, the wire protocol and the column types.

Both the workstation (``desktop``) and the reference server (``server``) import it; it imports
neither of them, nor Qt, SQLAlchemy sessions or HTTP libraries.
"""

__version__ = "0.1.0"
