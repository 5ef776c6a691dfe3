"""The Country picker's list: names in the admin's language, ISO codes underneath."""

from __future__ import annotations

from renewdesk.countries import country_code, country_names


def test_names_follow_the_language_and_codes_stay():
    english, swedish = dict(country_names("en")), dict(country_names("sv"))
    assert (english["SE"], swedish["SE"]) == ("Sweden", "Sverige")
    assert (english["DE"], swedish["DE"]) == ("Germany", "Tyskland")
    assert english.keys() == swedish.keys()
    assert not {"EU", "UN", "ZZ", "001", "150"} & english.keys()  # not countries


def test_swedish_order_puts_a_ring_and_umlauts_last():
    names = [name for _, name in country_names("sv")]
    assert names.index("Zimbabwe") < names.index("Åland") < names.index("Österrike")
    english = [name for _, name in country_names("en")]
    assert english.index("Åland Islands") < english.index("Albania")


def test_a_stored_name_or_code_maps_to_the_code():
    assert country_code("se") == "SE"
    assert country_code("Sverige", "sv") == "SE"
    assert country_code(" sweden ") == "SE"
    assert country_code("Narnia") == ""
    assert country_code("") == ""
