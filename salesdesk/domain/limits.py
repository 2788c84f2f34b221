# SPDX-License-Identifier: MIT
"""The one field-size contract: how long each text may be, everywhere.

The domain refuses longer values with a field error, the wire models refuse them in
requests and responses, both stores size their columns from them and the import refuses
the row. A test compares every place with these numbers.
"""

from __future__ import annotations

#: names, company, job title, campaign, event, catalog labels
SHORT_TEXT = 200
#: need, budget notes, a call's note, reasons
LONG_TEXT = 2000
#: one phone number or email address as typed (RFC 5321 caps an address at 254)
CONTACT = 254
#: an IANA time zone name
ZONE = 64
#: an entity's ID
ID = 64
#: Contact persons one lead holds (colleagues met at stands, decision makers).
MAX_CONTACT_PERSONS = 50
#: Interest tags (products, topics) one lead holds.
MAX_INTERESTS = 20

#: Every free-text field of a lead with its limit.
LEAD_TEXT_LIMITS: dict[str, int] = {
    "first_name": SHORT_TEXT,
    "last_name": SHORT_TEXT,
    "company": SHORT_TEXT,
    "job_title": SHORT_TEXT,
    "city": SHORT_TEXT,
    "campaign": SHORT_TEXT,
    "event_name": SHORT_TEXT,
    "need": LONG_TEXT,
    "budget_notes": LONG_TEXT,
}
