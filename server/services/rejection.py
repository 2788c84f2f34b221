# SPDX-License-Identifier: MIT
"""Why a mutation can never be applied as it is: a stable code (for translations on the
workstation), an English reason and its parameters."""

from __future__ import annotations

from typing import Any


class Rejected(Exception):
    """A mutation that can never be applied as it is: ``code`` (stable, for translations)
    and ``reason`` (English) say why."""

    def __init__(
        self, reason: str, code: str = "invalid", params: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason[:1000]
        self.code = code
        self.params = {k: v[:200] for k, v in (params or {}).items()}

    def result(self) -> dict[str, Any]:
        """The wire result of this rejection (without the mutation ID)."""
        result: dict[str, Any] = {"status": "rejected", "code": self.code, "reason": self.reason}
        if self.params:
            result["params"] = self.params
        return result
