# SPDX-License-Identifier: MIT
"""Run in a subprocess by the session tests: open the workstation on a profile with one lead,
start a call with it, type notes, say READY, and run Qt until the test ends it (SIGTERM:
the session's end; SIGKILL: a crash).

Usage: ``python -m tests.e2e.call_runner DATABASE``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path


def main() -> int:
    from desktop.cli import quit_on_signals_event
    from desktop.services.local_store import open_profile_store
    from desktop.store.leads import get_lead, insert_lead
    from desktop.views.app import application, build_window, run_window
    from salesdesk.domain.lead import LeadDraft, create_lead

    stop = quit_on_signals_event()
    store = open_profile_store(Path(sys.argv[1]))
    with store.write() as session:
        if get_lead(session, "lead-charlotte") is None:
            lead = create_lead(
                LeadDraft(
                    first_name="Charlotte",
                    last_name="Williams",
                    company="Kingsway Retail",
                    phones=["+442071234567"],
                ),
                now=datetime.now(UTC) - timedelta(hours=1),
                default_region="GB",
                lead_id="lead-charlotte",
            )
            insert_lead(session, lead)
    app = application()
    window = build_window(store)
    window.show()
    window.queue_panel.set_filter(window.queue_panel.filter.ALL)
    window.open_lead("lead-charlotte")
    assert window.start_call(), "the call did not start"
    window.call_notes.edit.setPlainText("wants a quote for 20 seats")
    window.script_panel.toggle_objection("price-expensive")
    window.call.keep()
    print("READY", flush=True)
    try:
        return run_window(app, window, stop)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
