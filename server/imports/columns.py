# SPDX-License-Identifier: MIT
"""Which column is which lead field: built-in names, CRM export profiles, the admin's map.

A profile is recognised from the header row (the most of its column names present, at
least two of them); the admin may name one instead (``--profile``), map columns
(``--map 'Column=field'``, ``--map 'Column='`` leaves one out) and map vocabulary values
(``--value 'source:Google Ads=contextual_ads'``). Columns that nothing maps are named in
the preview and the summary, never dropped without a word. Header names are compared
ignoring case, spaces at the ends and the difference between "_", "-", "." and a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from salesdesk.domain.vocabulary import Quality, Source, Temperature
from server.imports import ImportProblem

#: Lead fields a column may hold. ``phones``/``emails`` take several columns and several
#: values per cell; ``note`` columns are kept in the lead's need as "Column: value" lines;
#: ``full_name`` is split when first and last names are not given; ``calling_code`` is
#: put before the row's national numbers; ``country`` reads the row's national numbers.
FIELDS = (
    "phones", "emails", "first_name", "last_name", "full_name", "company", "job_title",
    "need", "note", "source", "campaign", "event_name", "temperature", "quality",
    "budget_notes", "time_zone", "city", "country", "calling_code",
)  # fmt: skip
VOCABULARIES: dict[str, type[Any]] = {
    "source": Source,
    "temperature": Temperature,
    "quality": Quality,
}


def header_key(name: str) -> str:
    """A header as compared: case-folded, ``_-.`` as spaces, spaces collapsed."""
    return " ".join(re.sub(r"[_\-.]+", " ", name).casefold().split())


def _keys(mapping: Mapping[str, str]) -> dict[str, str]:
    return {header_key(column): target for column, target in mapping.items()}


#: Column names understood in any file, in English and Russian.
BUILT_IN = _keys({
    "phone": "phones", "phones": "phones", "phone number": "phones", "mobile": "phones",
    "mobile phone": "phones", "mobile number": "phones", "cell": "phones", "tel": "phones",
    "telephone": "phones", "work phone": "phones", "business phone": "phones",
    "телефон": "phones", "мобильный телефон": "phones", "рабочий телефон": "phones",
    "email": "emails", "e-mail": "emails", "emails": "emails", "mail": "emails",
    "email address": "emails", "e-mail address": "emails", "почта": "emails",
    "электронная почта": "emails", "first name": "first_name", "firstname": "first_name",
    "given name": "first_name", "имя": "first_name", "last name": "last_name",
    "lastname": "last_name", "surname": "last_name", "family name": "last_name",
    "фамилия": "last_name", "name": "full_name", "full name": "full_name",
    "contact name": "full_name", "фио": "full_name", "полное имя": "full_name",
    "company": "company", "company name": "company", "organization": "company",
    "organisation": "company", "account name": "company", "компания": "company",
    "организация": "company", "название компании": "company", "job title": "job_title",
    "position": "job_title", "role": "job_title", "должность": "job_title",
    "need": "need", "interest": "need", "comment": "note", "comments": "note", "notes": "note",
    "description": "note", "комментарий": "note", "примечание": "note", "source": "source",
    "lead source": "source", "channel": "source", "источник": "source",
    "campaign": "campaign", "кампания": "campaign", "event": "event_name",
    "event name": "event_name", "temperature": "temperature", "quality": "quality",
    "budget": "budget_notes", "budget notes": "budget_notes", "бюджет": "budget_notes",
    "time zone": "time_zone", "timezone": "time_zone", "city": "city", "town": "city",
    "город": "city", "country": "country", "country region": "country", "страна": "country",
    "calling code": "calling_code", "country code": "calling_code", "phone country code":
    "calling_code",
})  # fmt: skip


@dataclass(frozen=True)
class Profile:
    """A CRM's export: its column names and the values of its vocabularies."""

    name: str
    title: str
    columns: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def keys(self) -> dict[str, str]:
        """The columns by ``header_key``."""
        return _keys(self.columns)


_SALESFORCE_SOURCES = {
    "web": "website_form", "phone inquiry": "inbound_call", "partner referral": "referral",
    "purchased list": "lead_exchange", "trade show": "exhibition", "seminar": "exhibition",
    "advertisement": "targeted_ads", "employee referral": "referral", "email": "email_newsletter",
}  # fmt: skip

#: Source values many CRMs share, understood in any file (a profile's or the admin's
#: mapping comes first).
COMMON_VALUES: dict[str, dict[str, str]] = {"source": {
    "web": "website_form", "website": "website_form", "web form": "website_form",
    "web site": "website_form", "landing page": "landing_page", "trade show": "exhibition",
    "tradeshow": "exhibition", "event": "exhibition", "exhibition": "exhibition",
    "referral": "referral", "partner referral": "referral", "employee referral": "referral",
    "customer referral": "referral", "cold call": "inbound_call", "phone": "inbound_call",
    "phone inquiry": "inbound_call", "inbound call": "inbound_call", "chat": "site_chat",
    "live chat": "site_chat", "chatbot": "chatbot", "email": "email_newsletter",
    "newsletter": "email_newsletter", "social media": "social", "social": "social",
    "facebook": "social", "linkedin": "social", "instagram": "social",
    "purchased list": "lead_exchange", "lead exchange": "lead_exchange",
    "сайт": "website_form", "веб-сайт": "website_form", "выставка": "exhibition",
    "рекомендация": "referral", "по рекомендации": "referral", "звонок": "inbound_call",
    "входящий звонок": "inbound_call", "соцсети": "social", "рассылка": "email_newsletter",
    "чат": "site_chat", "чат-бот": "chatbot",
}}  # fmt: skip

#: The exports teams have, from each product's documented export columns.
PROFILES: tuple[Profile, ...] = (
    Profile("salesforce", "Salesforce (Leads)", {
        "First Name": "first_name", "Last Name": "last_name", "Salutation": "note",
        "Title": "job_title", "Company": "company", "Email": "emails", "Phone": "phones",
        "Mobile": "phones", "Mobile Phone": "phones", "Fax": "note", "Lead Source": "source",
        "Lead Status": "note", "Rating": "temperature", "Industry": "note", "Website": "note",
        "Street": "note", "City": "city", "State/Province": "note", "Zip/Postal Code": "note",
        "Country": "country", "Description": "need", "Lead ID": "note",
        # Data Loader's API names
        "FirstName": "first_name", "LastName": "last_name", "MobilePhone": "phones",
        "LeadSource": "source", "Status": "note",
    }, {"source": _SALESFORCE_SOURCES,
        "temperature": {"hot": "hot", "warm": "warm", "cold": "cold"}}),
    Profile("hubspot", "HubSpot (contacts)", {
        "Record ID": "note", "First Name": "first_name", "Last Name": "last_name",
        "Email": "emails", "Phone Number": "phones", "Mobile Phone Number": "phones",
        "Company Name": "company", "Job Title": "job_title", "City": "city",
        "Country/Region": "country", "Lead Status": "note", "Lifecycle Stage": "note",
        "Original Source": "source", "Create Date": "note", "Contact owner": "note",
    }, {"source": {
        "organic search": "website_form", "paid search": "contextual_ads",
        "email marketing": "email_newsletter", "social media": "social",
        "organic social": "social", "paid social": "targeted_ads", "referrals": "referral",
        "direct traffic": "website_form", "offline sources": "exhibition",
        "other campaigns": "targeted_ads",
    }}),
    Profile("pipedrive", "Pipedrive (leads and persons)", {
        "Lead - Title": "note", "Lead - Source": "source", "Lead - Value": "budget_notes",
        "Person - Name": "full_name", "Person - First name": "first_name",
        "Person - Last name": "last_name", "Person - Organization": "company",
        "Organization - Name": "company", "Person - Email": "emails",
        "Person - Email - Work": "emails", "Person - Email - Home": "emails",
        "Person - Email - Other": "emails", "Person - Phone": "phones",
        "Person - Phone - Work": "phones", "Person - Phone - Mobile": "phones",
        "Person - Phone - Home": "phones", "Person - Phone - Other": "phones",
        "Person - Job title": "job_title", "Person - Notes": "note", "Lead - Owner": "note",
    }),
    Profile("zoho", "Zoho CRM (leads)", {
        "Record Id": "note", "Salutation": "note", "First Name": "first_name",
        "Last Name": "last_name", "Company": "company", "Designation": "job_title",
        "Email": "emails", "Secondary Email": "emails", "Phone": "phones", "Mobile": "phones",
        "Lead Source": "source", "Lead Status": "note", "Rating": "note", "City": "city",
        "Country": "country", "Description": "need", "Lead Owner": "note",
    }, {"source": {
        "advertisement": "targeted_ads", "cold call": "inbound_call", "trade show": "exhibition",
        "web download": "lead_magnet", "web research": "website_form", "chat": "site_chat",
        "partner": "referral", "employee referral": "referral", "external referral": "referral",
        "online store": "website_form", "seminar partner": "exhibition",
    }}),
    Profile("odoo", "Odoo (crm.lead)", {
        "Opportunity": "note", "Contact Name": "full_name", "Company Name": "company",
        "Customer": "note", "Email": "emails", "Phone": "phones", "Mobile": "phones",
        "Job Position": "job_title", "City": "city", "Country": "country", "Tags": "note",
        "Salesperson": "note", "Source": "campaign", "Campaign": "campaign", "Medium": "note",
        "Notes": "need", "Stage": "note", "Expected Revenue": "budget_notes",
        # the technical field names of an "import-compatible" export
        "contact_name": "full_name", "partner_name": "company", "email_from": "emails",
        "phone": "phones", "function": "job_title", "description": "need",
    }),
    Profile("bitrix24", "Bitrix24 (лиды)", {
        "ID": "note", "Название лида": "note", "Имя": "first_name", "Фамилия": "last_name",
        "Отчество": "note", "Название компании": "company", "Должность": "job_title",
        "Рабочий телефон": "phones", "Мобильный телефон": "phones",
        "Домашний телефон": "phones", "Другой телефон": "phones", "Рабочий e-mail": "emails",
        "Частный e-mail": "emails", "Другой e-mail": "emails", "Источник": "source",
        "Комментарий": "need", "Город": "city", "Страна": "country", "Статус": "note",
        "Ответственный": "note", "Дата создания": "note",
    }, {"source": {
        "веб-сайт": "website_form", "звонок": "inbound_call", "выставка": "exhibition",
        "электронная почта": "email_newsletter", "по рекомендации": "referral",
        "реклама": "targeted_ads", "crm-форма": "website_form", "онлайн-чат": "site_chat",
        "собственный контакт": "referral",
    }}),
    Profile("amocrm", "amoCRM / Kommo (сделки и контакты)", {
        "Название сделки": "note", "Бюджет": "budget_notes", "Ответственный": "note",
        "Этап сделки": "note", "Теги сделки": "note", "Полное имя контакта": "full_name",
        "Имя": "first_name", "Фамилия": "last_name", "Компания контакта": "company",
        "Рабочий телефон (контакт)": "phones", "Мобильный телефон (контакт)": "phones",
        "Рабочий email (контакт)": "emails", "Личный email (контакт)": "emails",
        "Должность (контакт)": "job_title", "Примечание": "note",
        # Kommo's English export
        "Lead title": "note", "Budget": "budget_notes", "Contact full name": "full_name",
        "Contact first name": "first_name", "Contact last name": "last_name",
        "Company name": "company", "Work phone (contact)": "phones",
        "Mobile phone (contact)": "phones", "Work email (contact)": "emails",
        "Position (contact)": "job_title", "Lead tags": "note", "Responsible user": "note",
    }),
    Profile("google", "Google Contacts", {
        "Name": "full_name", "Given Name": "first_name", "Additional Name": "note",
        "Family Name": "last_name", "First Name": "first_name", "Middle Name": "note",
        "Last Name": "last_name", "Name Prefix": "note", "Name Suffix": "note",
        "Nickname": "note", "File As": "note", "Organization Name": "company",
        "Organization Title": "job_title", "Organization Department": "note",
        "Organization 1 - Name": "company", "Organization 1 - Title": "job_title",
        "Notes": "need", "Labels": "note", "Group Membership": "note",
        **{f"E-mail {n} - Value": "emails" for n in range(1, 6)},
        **{f"Phone {n} - Value": "phones" for n in range(1, 6)},
        **{f"E-mail {n} - Label": "-" for n in range(1, 6)},
        **{f"E-mail {n} - Type": "-" for n in range(1, 6)},
        **{f"Phone {n} - Label": "-" for n in range(1, 6)},
        **{f"Phone {n} - Type": "-" for n in range(1, 6)},
        "Address 1 - Formatted": "note", "Address 1 - City": "city",
        "Address 1 - Country": "country", "Birthday": "-", "Photo": "-",
    }),
    Profile("outlook", "Outlook contacts", {
        "Title": "note", "First Name": "first_name", "Middle Name": "note",
        "Last Name": "last_name", "Suffix": "note", "Company": "company",
        "Department": "note", "Job Title": "job_title", "Business Phone": "phones",
        "Business Phone 2": "phones", "Mobile Phone": "phones", "Home Phone": "phones",
        "Other Phone": "phones", "Business Fax": "note", "E-mail Address": "emails",
        "E-mail 2 Address": "emails", "E-mail 3 Address": "emails", "Notes": "need",
        "Business Street": "note", "Business City": "city", "Business Postal Code": "note",
        "Business Country/Region": "country", "Web Page": "note",
        "E-mail Display Name": "-", "E-mail Type": "-", "Birthday": "-",
    }),
    Profile("twenty", "Twenty (people)", {
        "Id": "note", "Name / First Name": "first_name", "Name / Last Name": "last_name",
        "First Name": "first_name", "Last Name": "last_name",
        "Emails / Primary Email": "emails", "Emails / Additional Emails": "emails",
        "Phones / Primary Phone Number": "phones",
        "Phones / Primary Phone Calling Code": "calling_code",
        "Phones / Primary Phone Country Code": "country", "Job Title": "job_title",
        "City": "city", "Company": "company", "Company / Name": "company",
        "Linkedin / Link URL": "note", "Created by": "-", "Created at": "-",
    }),
)  # fmt: skip
PROFILES_BY_NAME = {profile.name: profile for profile in PROFILES}


class MappingError(ImportProblem):
    """A mapping or profile that cannot be used as given (an unknown field or column)."""


@dataclass(frozen=True)
class ColumnMap:
    """Each column's field ("" when left out), the profile used, the columns nothing maps,
    and the vocabulary values mapped (field → value → vocabulary value)."""

    header: list[str]
    fields: list[str]
    profile: Profile | None
    unmapped: list[str]
    values: dict[str, dict[str, str]]


def recognise(header: Iterable[str]) -> Profile | None:
    """The profile whose columns the header has the most of (at least two, and at least a
    third of the header); None when none fits."""
    keys = {header_key(name) for name in header if name.strip()}
    best, best_hits = None, 0
    for profile in PROFILES:
        hits = len(keys & profile.keys.keys())
        distinctive = keys & (profile.keys.keys() - BUILT_IN.keys())
        if hits > best_hits and distinctive and hits >= 2 and hits * 3 >= len(keys):
            best, best_hits = profile, hits
    return best


def parse_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """``--map`` pairs as column → field ("" leaves the column out)."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        target = target.strip()
        if not sep or not column.strip():
            raise MappingError(f"a mapping is 'Column=field' (or 'Column=' to leave it out), "
                               f"not {pair!r}")  # fmt: skip
        if target and target not in FIELDS:
            raise MappingError(f"unknown field {target!r}; fields: {', '.join(FIELDS)}")
        mapping[column.strip()] = target
    return mapping


def parse_values(pairs: Iterable[str]) -> dict[str, dict[str, str]]:
    """``--value 'field:Their value=our_value'`` pairs, checked against the vocabularies."""
    values: dict[str, dict[str, str]] = {}
    for pair in pairs:
        name, colon, rest = pair.partition(":")
        theirs, equals, ours = rest.rpartition("=")
        name, ours = name.strip(), ours.strip()
        if not colon or not equals or not theirs.strip():
            raise MappingError(f"a value mapping is 'field:Their value=our_value', not {pair!r}")
        vocabulary = VOCABULARIES.get(name)
        if vocabulary is None:
            raise MappingError(f"values are mapped for {', '.join(VOCABULARIES)}, not {name!r}")
        if ours not in {v.value for v in vocabulary}:
            choices = ", ".join(v.value for v in vocabulary)
            raise MappingError(f"{ours!r} is not a {name}; one of: {choices}")
        values.setdefault(name, {})[theirs.strip().casefold()] = ours
    return values


def resolve(
    header: list[str],
    *,
    profile_name: str | None = None,
    mapping: Mapping[str, str] | None = None,
    values: Mapping[str, Mapping[str, str]] | None = None,
) -> ColumnMap:
    """Each column's field: the admin's map first, then the profile's, then the built-in
    names. MappingError for a mapped column the header does not have or an unknown profile."""
    mapping = dict(mapping or {})
    by_key = {header_key(name): name for name in header}
    missing = [column for column in mapping if header_key(column) not in by_key]
    if missing:
        raise MappingError(
            f"no column {', '.join(repr(m) for m in missing)} in the file; its columns: "
            + ", ".join(repr(h) for h in header if h)
        )
    if profile_name:
        if profile_name not in PROFILES_BY_NAME:
            raise MappingError(
                f"unknown profile {profile_name!r}; profiles: {', '.join(PROFILES_BY_NAME)}"
            )
        profile: Profile | None = PROFILES_BY_NAME[profile_name]
    else:
        profile = recognise(header)
    chosen = _keys(mapping)
    known = profile.keys if profile else {}
    fields: list[str] = []
    unmapped: list[str] = []
    for name in header:
        key = header_key(name)
        target = chosen.get(key, known.get(key, BUILT_IN.get(key, "")))
        if target == "-":  # the profile's own bookkeeping (a phone's label): nothing to keep
            target = ""
        elif not target and name.strip() and key not in chosen:
            unmapped.append(name)
        fields.append(target)
    merged: dict[str, dict[str, str]] = {}
    for layer in (COMMON_VALUES, profile.values if profile else {}, values or {}):
        for name, table in layer.items():
            merged.setdefault(name, {}).update({k.casefold(): v for k, v in table.items()})
    return ColumnMap(header, fields, profile, unmapped, merged)
