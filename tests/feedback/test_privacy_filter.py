"""What looks like a person is taken out of "Wat miste je?" (pure, no database)."""

import pytest

from feedback.privacy import REMOVED, personal_details_remove


@pytest.mark.parametrize(
    "text",
    [
        "mail me op sanne.de.vries@example.nl aub",
        "mail: Sanne (at) example . com",
        "bel 06-12345678",
        "bel 06 12 34 56 78",
        "bel +31 6 12345678",
        "of 0031612345678",
        "mijn nummer is 020-1234567",
        "ik woon op 1234 AB",
        "ik woon op 1234ab",
        "postcode 7201 jk zutphen",
        "rekening NL91ABNA0417164300",
        "bsn 123456782",
    ],
)
def test_personal_details_are_removed(text):
    cleaned = personal_details_remove(text)
    assert REMOVED in cleaned
    assert not any(ch.isdigit() for ch in cleaned.replace(REMOVED, "")), cleaned
    assert "@" not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        "Ik miste wat de kinderbijslag in 2026 is.",
        "Wat gebeurt er in 2025 en 2026?",
        "Van 2025-2026 graag.",
        "Bel 0800-1234 werkt niet",  # 8 digits: a service number, not a person
        "Artikel 12 van de wet, lid 3.",
        "Ik heb 3 kinderen van 4, 7 en 12.",
    ],
)
def test_ordinary_text_is_kept(text):
    assert personal_details_remove(text) == text


def test_the_rest_of_the_text_stays():
    assert personal_details_remove("Graag uitleg. Mail a@b.nl of bel 0612345678.") == (
        f"Graag uitleg. Mail {REMOVED} of bel {REMOVED}."
    )


def test_control_characters_go_and_length_is_capped():
    text = "a\x00b\u202ec" + "x" * 1000
    cleaned = personal_details_remove(text)
    assert "\x00" not in cleaned and "\u202e" not in cleaned
    assert len(cleaned) == 500


def test_empty_and_none():
    assert personal_details_remove("") == ""
    assert personal_details_remove(None) == ""
    assert personal_details_remove("   ") == ""
