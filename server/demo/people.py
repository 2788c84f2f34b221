# SPDX-License-Identifier: MIT
"""Realistic, reproducible demo leads: names, companies and phones in several countries.

A fixed seed gives the same leads every time (demos, benchmarks, tests).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import phonenumbers

from salesdesk.domain.lead import LeadDraft
from salesdesk.domain.vocabulary import Quality, Source, Temperature


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    prefixes: tuple[tuple[str, int], ...]  # E.164 prefix and how many random digits follow
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    companies: tuple[str, ...]
    mail_domain: str
    # first names that are women's, where the surname agrees with them (Russian)
    female_first: frozenset[str] = frozenset()
    # mobile prefixes that say nothing of where the owner lives (Russian 9xx numbers) and
    # the cities such leads give, as typed: their zone comes from the city or stays open
    mobiles: tuple[tuple[str, int], ...] = ()
    cities: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _surname(country: _Country, first: str, last: str) -> str:
    """The surname as it goes with this first name: Russian surnames in -ов/-ев/-ин take
    -а and -ский takes -ская for a woman (Ольга Смирнова, not Ольга Смирнов)."""
    if first not in country.female_first:
        return last
    if last.endswith("ский"):
        return last[:-2] + "ая"
    if last.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return last + "а"
    return last


_COUNTRIES = (
    _Country(
        "US",
        (("+1212", 7), ("+1310", 7), ("+1312", 7)),
        _words(
            "James Mary Robert Linda Michael Sarah David Emily "
            "Daniel Grace Kevin Rachel Brian Megan Steven Nicole"
        ),
        _words(
            "Smith Johnson Brown Miller Davis Wilson Taylor Clark "
            "Garcia Martinez Anderson Thompson Lee Harris Young King"
        ),
        (
            "Northwind Traders",
            "Blue Ridge Logistics",
            "Summit Dental",
            "Pioneer Foods",
            "Harbor Analytics",
            "Lakeside Realty",
        ),
        "example.com",
    ),
    _Country(
        "DE",
        (("+49151", 8), ("+4930", 8), ("+4989", 8)),
        _words(
            "Anna Lukas Julia Felix Lena Jonas Marie Paul "
            "Sophie Leon Hannah Maximilian Laura Tobias Katrin Niklas"
        ),
        _words(
            "Müller Schmidt Schneider Fischer Weber Wagner Becker "
            "Hoffmann Schulz Koch Richter Klein Wolf Neumann Braun"
        ),
        (
            "Nordwind GmbH",
            "Alpen Maschinenbau AG",
            "Rheinland Logistik",
            "Hansa Medien",
            "Bergmann Software",
        ),
        "example.de",
    ),
    _Country(
        "GB",
        (("+44207", 7), ("+44161", 7)),
        _words(
            "Oliver Amelia Harry Isla George Ava Jack Sophie Charlie Emily Alfie Poppy Freddie Ruby"
        ),
        _words(
            "Jones Williams Evans Thomas Roberts Walker Wright "
            "Hughes Green Hall Wood Edwards Turner Hill"
        ),
        ("Thames Facilities Ltd", "Pennine Engineering", "Kingsway Retail", "Albion Finance"),
        "example.co.uk",
    ),
    _Country(
        "FR",
        (("+336", 8), ("+331", 8)),
        _words("Camille Louis Léa Hugo Chloé Arthur Manon Jules Inès Gabriel Sarah Raphaël"),
        _words("Martin Bernard Dubois Moreau Laurent Lefèvre Roux Fournier Girard Bonnet Mercier"),
        ("Atelier Lumière SARL", "Groupe Provence", "Seine Conseil"),
        "example.fr",
    ),
    _Country(
        "RU",
        (("+7495", 7), ("+7812", 7), ("+7383", 7)),
        _words(
            "Иван Ольга Дмитрий Анна Сергей Мария Алексей Елена "
            "Андрей Татьяна Михаил Наталья Павел Ирина Николай Светлана"
        ),
        _words(
            "Иванов Смирнов Кузнецов Попов Соколов Лебедев Новиков Морозов "
            "Волков Алексеев Фёдоров Белов Ильин Жуковский Королёв Гусев"
        ),
        ("ООО Ромашка", "АО СеверСтрой", "ООО Вектор", "ГК Альфа-Трейд", "ООО ТехноЛайн"),
        "example.ru",
        frozenset(_words("Анна Елена Ирина Мария Наталья Ольга Светлана Татьяна")),
        (("+7913", 7), ("+7916", 7), ("+7924", 7), ("+7982", 7)),
        (
            "Новосибирск",
            "Екатеринбург",
            "Владивосток",
            "Москва",
            "Казань",
            "Красноярск",
            "Омск",
            "Хабаровск",
            "Иркутск",
            "Калининград",
        ),
    ),
    _Country(
        "JP",
        (("+8190", 8), ("+813", 8)),
        _words("Haruto Yui Sota Hina Ren Aoi Yuto Sakura Kaito Mei Riku Akari"),
        _words("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
        ("Sakura Systems KK", "Fuji Trading", "Kanto Devices"),
        "example.jp",
    ),
    _Country(
        "AU",
        (("+612", 8), ("+613", 8)),
        _words("Jack Charlotte William Olivia Noah Mia Lucas Chloe Liam Zoe Ethan Isabella"),
        _words("Smith Jones Williams Brown Wilson Kelly Ryan Murphy Nguyen Mitchell"),
        ("Southern Cross Mining", "Coral Coast Tours", "Outback Supplies"),
        "example.com.au",
    ),
    _Country(
        "AE",
        (("+97150", 7),),
        _words("Ahmed Fatima Omar Aisha Khalid Mariam Yousef Noura Hamdan Layla"),
        ("Al Mansouri", "Al Nahyan", "Haddad", "Khoury", "Al Falasi", "Al Suwaidi", "Nasser"),
        ("Gulf Horizon Trading", "Desert Rose Hotels"),
        "example.ae",
    ),
)

_NEEDS = (
    "Wants to replace spreadsheets for tracking call outcomes",
    "Needs a CRM for a sales team of 12",
    "Asked for pricing for 50 seats",
    "Looking to automate lead distribution between branches",
    "Interested in the exhibition demo, wants a trial",
    "Budget planned for next quarter, evaluating options",
    "Unhappy with the current vendor's support",
    "Downloaded the checklist, asked about integrations",
)
_EVENTS = ("RetailTech Expo 2026", "CeBIT Summit 2026", "Build & Design Week 2026")
_CAMPAIGNS = ("spring-promo", "webinar-oct", "brand-search", "retargeting", "")

_SOURCE_WEIGHTS = (
    (Source.WEBSITE_FORM, 22),
    (Source.LANDING_PAGE, 12),
    (Source.SOCIAL, 8),
    (Source.TARGETED_ADS, 8),
    (Source.CONTEXTUAL_ADS, 10),
    (Source.EMAIL_NEWSLETTER, 5),
    (Source.EXHIBITION, 8),
    (Source.LEAD_EXCHANGE, 5),
    (Source.SITE_CHAT, 6),
    (Source.CHATBOT, 3),
    (Source.LEAD_MAGNET, 5),
    (Source.INBOUND_CALL, 5),
    (Source.REFERRAL, 3),
)
_TEMPERATURE_WEIGHTS = ((Temperature.COLD, 55), (Temperature.WARM, 30), (Temperature.HOT, 15))


def _phone(rng: random.Random, country: _Country) -> str:
    for _ in range(50):
        prefix, digits = rng.choice(country.prefixes)
        candidate = (
            prefix
            + str(rng.randint(2, 9))
            + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))
        )
        number = phonenumbers.parse(candidate, None)
        if phonenumbers.is_valid_number(number):
            return candidate
    raise RuntimeError(f"no valid number for {country.code}")  # pragma: no cover


def _ascii(text: str) -> str:
    table = str.maketrans("üöäéèëçё", "uoaeeecе")
    return "".join(ch for ch in text.lower().translate(table) if ch.isascii() and ch.isalnum())


@dataclass(frozen=True, slots=True)
class DemoLead:
    """A generated lead draft and when it arrived."""

    draft: LeadDraft
    created_at: datetime
    country: str


def demo_leads(count: int, *, seed: int = 42, now: datetime) -> Iterator[DemoLead]:
    """``count`` varied lead drafts, the same for the same seed; arrival times before ``now``."""
    rng = random.Random(seed)
    sources = [s for s, _ in _SOURCE_WEIGHTS]
    source_w = [w for _, w in _SOURCE_WEIGHTS]
    temps = [t for t, _ in _TEMPERATURE_WEIGHTS]
    temp_w = [w for _, w in _TEMPERATURE_WEIGHTS]
    for i in range(count):
        country = rng.choice(_COUNTRIES)
        first = rng.choice(country.first_names)
        last = _surname(country, first, rng.choice(country.last_names))
        source = rng.choices(sources, source_w)[0]
        has_phone = rng.random() < 0.92
        has_email = not has_phone or rng.random() < 0.6
        latin = _ascii(first) or f"lead{i}"
        email = f"{latin}.{_ascii(last) or i}{i}@{country.mail_domain}"
        draft = LeadDraft(
            phones=[_phone(rng, country)] if has_phone else [],
            emails=[email] if has_email else [],
            first_name=first,
            last_name=last,
            company=rng.choice(country.companies),
            job_title=rng.choice(("CEO", "Head of Sales", "Procurement", "Owner", "CTO", "")),
            need=rng.choice(_NEEDS),
            source=source,
            campaign=rng.choice(_CAMPAIGNS),
            event_name=rng.choice(_EVENTS) if source is Source.EXHIBITION else "",
            temperature=rng.choices(temps, temp_w)[0],
            quality=Quality.TARGETED if rng.random() < 0.85 else Quality.NON_TARGETED,
        )
        age = timedelta(minutes=rng.randint(5, 60 * 24 * 30))
        if country.mobiles and draft.phones:
            _mobile_and_city(random.Random(f"{seed}:{i}"), country, draft)
        yield DemoLead(draft, now - age, country.code)


def _mobile_and_city(rng: random.Random, country: _Country, draft: LeadDraft) -> None:
    """Most of a Russian team's leads call from mobiles (any of eleven zones); half of those
    said their city. A separate generator: the other leads stay as they were."""
    if rng.random() < 0.65:
        mobile = _Country(country.code, country.mobiles, (), (), (), "")
        draft.phones = [_phone(rng, mobile)]
        if rng.random() < 0.5:
            draft.city = rng.choice(country.cities)
