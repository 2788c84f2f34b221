# SPDX-License-Identifier: MIT
"""The wire models both the workstation and the server import: one definition of the API
(``salesdesk.protocol.models``), and conversions between wire and domain values (``convert``).

Importing this package loads pydantic whole (its validators included). PySide6's import hook
inspects a module already loaded when it is next imported from; pydantic's module
``__getattr__`` then imports ``pydantic._internal._validators`` while that module is still
loading and fails (``cannot import name 'import_string'``). A process that met part of
pydantic before Qt and the rest after could not open its window; loading it whole first
leaves nothing for the hook to trip on. ``desktop`` imports this package for that reason.
"""

import pydantic.types  # noqa: F401  (see above)
