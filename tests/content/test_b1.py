"""The B1 check's pure rules: rare words, long sentences, passive sentences."""

from content.b1 import (
    Approved,
    approved,
    approved_parse,
    b1_check,
    is_participle,
    is_passive,
    long_sentences,
    rare_words,
    sentences,
)
from content.wagtail_hooks import b1_warning_text


def test_sentences_split_on_ends_and_blank_lines():
    assert sentences("Een zin. Nog een zin?\n\nKop\n\nTekst") == [
        "Een zin.",
        "Nog een zin?",
        "Kop",
        "Tekst",
    ]
    assert sentences("") == []
    assert sentences("... 123 ...") == []


def test_long_sentences_more_than_15_words():
    fifteen = " ".join(["woord"] * 15) + "."
    sixteen = " ".join(["woord"] * 16) + "."
    assert long_sentences(fifteen) == []
    assert long_sentences(f"{fifteen} {sixteen}") == [sixteen]


def test_participles():
    for word in ("betaald", "gegeven", "aangevraagd", "vastgesteld", "verlaagd"):
        assert is_participle(word), word
    for word in ("gezin", "geld", "gemeente", "geen", "betaalt", "werk", "ge"):
        assert not is_participle(word), word


def test_passive_sentences():
    assert is_passive("De toeslag wordt elke maand betaald.")
    assert is_passive("Het geld werd teruggevraagd.")
    assert is_passive("De aanvraag is afgewezen door de gemeente.")
    # "zijn" + participle without "door" is the perfect tense: active.
    assert not is_passive("Je bent verhuisd.")
    assert not is_passive("Je krijgt geld van de gemeente.")
    assert not is_passive("Het gezin wordt groter.")


def test_rare_words_skip_names_numbers_abbreviations_and_known():
    text = "Je vraagt kinderbijslag aan bij de SVB in Zwolle. Dat kost 0 euro in 2026."
    assert rare_words(text) == []
    assert rare_words("Je krijgt een beschikkingsformulierdossier.") == [
        "beschikkingsformulierdossier"
    ]
    # A glossary word and its inflections are known.
    assert rare_words("De toeslagpartner.", ["toeslagpartner"]) == []
    assert rare_words("De toeslagpartners.", ["toeslagpartner"]) == []
    assert rare_words("De toeslagpartner.") == ["toeslagpartner"]


def test_rare_words_compounds_of_common_words_are_not_rare():
    assert rare_words("Maak een omgangsregeling.") == []


def test_rare_word_at_sentence_start_is_checked():
    assert rare_words("Toeslagpartner is een moeilijk woord.") == ["toeslagpartner"]


def test_hostile_and_empty_input():
    assert not b1_check("")
    assert not b1_check("<<<>>> \x00 ???")
    b1_check("a" * 20000 + " " + "é" * 5000)


def test_approved_list_parse():
    assert approved_parse(None) == Approved()
    assert approved_parse({"words": "x"}) == Approved()
    parsed = approved_parse({"words": ["Nibud"], "sentences": ["Een, twee drie!"]})
    assert parsed.words == {"nibud"}
    assert parsed.sentences == {"een twee drie"}


def test_approved_file_is_valid_and_used():
    data = approved()
    assert "ouderschapsverlof" in data.words
    assert rare_words("Neem ouderschapsverlof.") == []
    assert not is_passive("Zij gaat.")  # sanity
    approved_sentence = "Word je bedreigd, geslagen of gecontroleerd?"
    assert is_passive(approved_sentence)
    assert not b1_check(approved_sentence).passive_sentences


def test_warning_text():
    assert b1_warning_text(b1_check("Dit is kort.")) == ""
    text = b1_warning_text(
        b1_check(
            "De beschikkingsformulierdossier wordt betaald. "
            + " ".join(["woord"] * 20)
            + "."
        )
    )
    assert "'beschikkingsformulierdossier'" in text
    assert "meer dan 15 woorden" in text
    assert "lijdende vorm" in text
