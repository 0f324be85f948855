"""Safety words: a question about suicide, violence or fear is urgent."""

import pytest

from vragen.safety import SAFETY_TOPICS, safety_helpline_names, safety_topics


@pytest.mark.parametrize(
    "text, topics",
    [
        ("Ik denk soms aan zelfmoord.", ["zelfdoding"]),
        ("Ik wil niet meer leven", ["zelfdoding"]),
        ("Gedachten over SUÏCIDE", ["zelfdoding"]),
        ("Mijn ex slaat me als de kinderen slapen.", ["geweld"]),
        ("Ik ben bang dat hij terugkomt.", ["geweld"]),
        ("Huiselijk geweld, wat nu?", ["geweld"]),
        ("Ik voel me thuis niet veilig", ["geweld"]),
        ("Hij bedreigt mij en ik wil niet meer verder", ["zelfdoding", "geweld"]),
    ],
)
def test_safety_words_are_found(text, topics):
    assert safety_topics(text) == topics


@pytest.mark.parametrize(
    "text",
    [
        "Hoe vraag ik kinderbijslag aan?",
        "Mijn kind is bang in het donker.",  # not "ik ben bang"
        "Ik zoek een veilige speeltuin.",
        "",
    ],
)
def test_ordinary_questions_are_not_marked(text):
    assert safety_topics(text) == []


def test_helplines_per_topic_exist_in_the_seed_and_are_not_repeated():
    from core.seed import yaml_read

    seed_names = {line["name"] for line in yaml_read("content", "helplines.yaml")}
    for _patterns, names in SAFETY_TOPICS.values():
        assert set(names) <= seed_names
    names = safety_helpline_names(["zelfdoding", "geweld"])
    assert names == [
        "113 Zelfmoordpreventie",
        "Alarmnummer 112",
        "Veilig Thuis",
    ]
