import pytest

from core.postcodes import parse_pc4, postcode_area_get


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1012", "1012"),
        ("1012AB", "1012"),
        ("1012 ab", "1012"),
        ("  1012   Ab ", "1012"),
        ("9999 ZZ", "9999"),
    ],
)
def test_parse_pc4_accepts_dutch_postcodes(raw, expected):
    assert parse_pc4(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        None,
        "0123",
        "12345",
        "1012 A",
        "1012 SS",
        "1012 SA",
        "1012 SD",
        "abcd",
        "1012 AB extra",
        "１０１２",
        "1012\x00AB",
        "1" * 1000,
    ],
)
def test_parse_pc4_rejects_what_is_not_a_postcode(raw):
    assert parse_pc4(raw) is None


def test_postcode_area_get_finds_municipality(postcode_areas):
    area = postcode_area_get("1012")
    assert area.place == "Amsterdam"
    assert area.municipality.name == "Amsterdam"
    assert area.municipality.cbs_code == "0363"


def test_postcode_area_get_unknown_area(postcode_areas):
    assert postcode_area_get("2765") is None  # not in the GeoNames data
