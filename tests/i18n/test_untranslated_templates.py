"""A parent-facing template may hold no text outside {% translate %} or
{% blocktranslate %}: such text would stay Dutch on /en/ and /ar/ pages."""

import pytest

from tests.i18n.untranslated import ROOT, parent_facing_templates, untranslated_words


def test_every_parent_facing_template_is_translatable():
    problems = []
    for path in parent_facing_templates():
        words = untranslated_words(path.read_text(encoding="utf-8"))
        if words:
            problems.append(f"{path.relative_to(ROOT)}: {' '.join(words[:12])}")
    assert not problems, "Text outside translate tags:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "source",
    [
        "<p>Hallo ouder</p>",
        '<nav aria-label="Hoofdmenu"></nav>',
        "{% if x %}Niets gevonden{% endif %}",
        '<img alt="Een kind" src="x.png">',
    ],
)
def test_the_check_finds_text_outside_translate_tags(source):
    assert untranslated_words(source)


@pytest.mark.parametrize(
    "source",
    [
        '{% load i18n %}<p>{% translate "Hallo ouder" %}</p>',
        "{% blocktranslate with n=count %}{{ n }} groepen{% endblocktranslate %}",
        "<p>{{ page.title }}</p>{# uitleg #}",
        "<nav aria-label=\"{% translate 'Hoofdmenu' %}\"></nav>",
        '<span lang="nl">Eenouderpunt</span>',
        "{% comment %}Dit is uitleg{% endcomment %}",
    ],
)
def test_the_check_passes_translated_markup(source):
    assert not untranslated_words(source)


def test_parent_facing_templates_leave_out_the_secure_area():
    paths = {p.relative_to(ROOT).as_posix() for p in parent_facing_templates()}
    assert "templates/base.html" in paths
    assert "templates/regelingen/check_step.html" in paths
    assert not any("professionals/" in p or "/admin/" in p for p in paths)
