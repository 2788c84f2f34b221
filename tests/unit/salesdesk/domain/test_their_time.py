# SPDX-License-Identifier: MIT
"""Their time when the number does not say it: candidate zones, not the manager's zone.

Found: +7 913… (a Russian mobile), +7 701… (Kazakhstan), +61 8 9… (Western Australia) and
+1 800… (toll-free) all fell back to the manager's zone with no sign of it."""

from __future__ import annotations

import pytest

from salesdesk.domain.their_time import city_zone, email_country, number_zones, their_zones

RUSSIA = {
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka",
}  # fmt: skip


def zones(e164: str) -> tuple[str, ...]:
    return number_zones(e164)[0]


def test_a_russian_mobile_may_be_anywhere_in_russia_and_only_there() -> None:
    found = set(zones("+79131234567"))
    assert len(found) >= 10 and found <= RUSSIA | {"Asia/Anadyr", "Asia/Sakhalin",
                                                   "Asia/Chita", "Asia/Barnaul", "Asia/Tomsk",
                                                   "Asia/Novokuznetsk", "Europe/Volgograd",
                                                   "Europe/Astrakhan", "Europe/Saratov",
                                                   "Europe/Ulyanovsk", "Europe/Kirov",
                                                   "Asia/Srednekolymsk", "Asia/Khandyga",
                                                   "Asia/Ust-Nera"}  # fmt: skip
    assert "Europe/Bucharest" not in found and "Asia/Almaty" not in found  # not Russia
    assert zones("+79131234567")[0] in ("Europe/Kaliningrad", "Europe/Moscow")  # west first


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+74951234567", ("Europe/Moscow",)),  # a Moscow landline: known
        ("+61891234567", ("Australia/Perth",)),  # Western Australia: Perth, not Adelaide
        ("+12125550123", ("America/New_York",)),
        ("+14165550123", ("America/Toronto",)),
        ("+551133334444", ("America/Sao_Paulo",)),
        ("+622112345678", ("Asia/Jakarta",)),
    ],
)
def test_a_geographic_number_names_its_zone(number: str, expected: tuple[str, ...]) -> None:
    found = zones(number)
    assert found == expected or set(expected) <= set(found), found


@pytest.mark.parametrize(
    ("number", "country", "at_least", "includes"),
    [
        ("+77011234567", "KZ", 2, {"Asia/Almaty"}),  # Kazakhstan mobile
        ("+18005551234", "US", 4, {"America/New_York", "America/Los_Angeles"}),  # toll-free
        ("+61412345678", "AU", 3, {"Australia/Perth", "Australia/Sydney"}),  # AU mobile
        ("+525512345678", "MX", 1, {"America/Mexico_City"}),
        ("+5592991234567", "BR", 1, {"America/Manaus"}),  # Amazonas: an hour behind Brasília
        ("+6241112345678", "ID", 1, {"Asia/Makassar"}),
        ("+12045550123", "CA", 1, {"America/Winnipeg"}),
    ],
)
def test_numbers_of_countries_with_several_zones(
    number: str, country: str, at_least: int, includes: set[str]
) -> None:
    found, found_country = number_zones(number)
    assert found_country == country
    assert len(found) >= at_least and includes <= set(found), found


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("Новосибирск", "Asia/Novosibirsk"),
        ("Novosibirsk", "Asia/Novosibirsk"),
        ("Екатеринбург", "Asia/Yekaterinburg"),
        ("г. Екатеринбург", "Asia/Yekaterinburg"),
        ("Perth", "Australia/Perth"),  # the most populous Perth
        ("Almaty", "Asia/Almaty"),
        ("Алматы", "Asia/Almaty"),
        ("Владивосток", "Asia/Vladivostok"),
        ("Хабаровск", "Asia/Vladivostok"),
        ("Calgary", "America/Edmonton"),
        ("Berlin", "Europe/Berlin"),
    ],
)
def test_cities_in_english_and_russian_resolve(city: str, zone: str) -> None:
    assert city_zone(city) == zone


def test_a_city_name_shared_by_several_countries_follows_the_other_evidence() -> None:
    assert city_zone("Perth", {"GB"}) == "Europe/London"
    assert city_zone("Atlantis of the Deep") is None


def test_the_best_evidence_wins() -> None:
    mobile = ["+79131234567"]
    assert their_zones("Asia/Omsk", "Москва", mobile, []).zones == ("Asia/Omsk",)  # set
    by_city = their_zones(None, "Новосибирск", mobile, [])
    assert (by_city.known, by_city.source, by_city.country) == ("Asia/Novosibirsk", "city", "RU")
    unknown = their_zones(None, "", mobile, [])
    assert unknown.known is None and unknown.source == "phone" and unknown.country == "RU"
    assert their_zones(None, "", [], ["anna@firma.de"]).known == "Europe/Berlin"
    assert their_zones(None, "", [], ["ivan@example.com"]).zones == ()
    # +1 800 and a .ca address: Canada's zones only
    narrowed = their_zones(None, "", ["+18005551234"], ["jo@shop.ca"])
    assert narrowed.country == "CA" and "America/Toronto" in narrowed.zones
    assert "America/Los_Angeles" not in narrowed.zones


@pytest.mark.parametrize(
    ("email", "country"),
    [("a@b.kz", "KZ"), ("a@b.co.uk", "GB"), ("a@b.com", ""), ("a@startup.io", ""), ("x", "")],
)
def test_the_email_domain_names_a_country_only_when_it_is_one(email: str, country: str) -> None:
    assert email_country(email) == country


def _reference_zones(e164: str) -> tuple[tuple[str, ...], str]:
    """``number_zones`` as phonenumbers' public path gives it, typing the number each time."""
    import phonenumbers
    from phonenumbers import timezone

    from salesdesk.domain.their_time import _NOT_IN_ONE_COUNTRY, _west_to_east, _zones_of

    number = phonenumbers.parse(e164, None)
    country = phonenumbers.region_code_for_number(number) or ""
    zones = [z for z in timezone.time_zones_for_number(number) if z != "Etc/Unknown"]
    countries = [country]
    regions = phonenumbers.region_codes_for_country_code(number.country_code or 0)
    if len(regions) > 1 and phonenumbers.number_type(number) in _NOT_IN_ONE_COUNTRY:
        countries = list(regions)
    own = _zones_of(tuple(countries))
    if own:
        zones = [z for z in zones if z in own] or list(own)
    return _west_to_east(frozenset(zones)), country


def test_typing_a_number_once_changes_no_zone_and_no_verdict() -> None:
    """The number's type is worked out once, when it is checked, and reused for its zones
    (an import of 100,000 rows: 1.5 s less); every region's example numbers of every type,
    and each one a digit short, give what phonenumbers' own path gives."""
    import phonenumbers

    from salesdesk.domain.contacts import normalize_phone
    from salesdesk.domain.errors import ValidationError

    kinds = [k for k in vars(phonenumbers.PhoneNumberType).values() if isinstance(k, int)]
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            for typed in (e164, e164[:-1]):
                valid = phonenumbers.is_valid_number(phonenumbers.parse(typed, region))
                try:
                    stored = normalize_phone.__wrapped__(typed, region)  # type: ignore[attr-defined]
                except ValidationError:
                    assert not valid, typed
                    continue
                assert valid, typed
                number_zones.cache_clear()
                assert number_zones(stored) == _reference_zones(stored), stored
                checked += 1
    assert checked > 1400
