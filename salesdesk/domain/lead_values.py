# SPDX-License-Identifier: MIT
"""The one codec of a lead to and from plain values (enums as strings, contacts as lists).

Both stores keep a lead's domain fields in columns of the same names; the workstation's
store, the server's store and the server's push read and write them through this module.
"""

from __future__ import annotations

from typing import Any

from salesdesk.domain.lead import Consent, ContactPerson, Lead
from salesdesk.domain.vocabulary import NextStep, Quality, Source, Stage, Temperature

#: The domain lead's fields, each kept in a column of the same name.
LEAD_FIELDS: tuple[str, ...] = tuple(Lead.__dataclass_fields__)
_ENUMS: dict[str, type[Any]] = {
    "source": Source,
    "quality": Quality,
    "temperature": Temperature,
    "stage": Stage,
}


def lead_values(lead: Lead) -> dict[str, Any]:
    """A lead's fields as plain column values, with its effective time zone."""
    values = {name: getattr(lead, name) for name in LEAD_FIELDS}
    values["phones"] = list(lead.phones)
    values["emails"] = list(lead.emails)
    values["contacts"] = [person.to_plain() for person in lead.contacts]
    values["consent"] = lead.consent.to_plain() if lead.consent else None
    values["interests"] = list(lead.interests)
    values["next_step"] = lead.next_step.value if lead.next_step else None
    for name in _ENUMS:
        values[name] = values[name].value
    values["effective_time_zone"] = lead.effective_time_zone
    return values


def lead_from_record(record: Any) -> Lead:
    """The lead of anything with the lead's fields as attributes (an ORM or Core row)."""
    values = {name: getattr(record, name) for name in LEAD_FIELDS}
    values["phones"] = tuple(record.phones)
    values["emails"] = tuple(record.emails)
    values["contacts"] = tuple(ContactPerson.from_plain(c) for c in record.contacts or ())
    values["consent"] = Consent.from_plain(record.consent) if record.consent else None
    values["interests"] = tuple(record.interests or ())
    values["next_step"] = NextStep(record.next_step) if record.next_step else None
    for name, enum in _ENUMS.items():
        values[name] = enum(values[name])
    return Lead(**values)
