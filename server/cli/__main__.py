# SPDX-License-Identifier: MIT
"""``python -m server.cli``: the same as ``salesdesk-server``."""

import sys

from server.cli import main

sys.exit(main())
