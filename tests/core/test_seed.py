"""The seed file reader: Markdown with `:::` blocks, and front matter."""

import pytest

from core.seed import (
    Directive,
    Heading,
    Prose,
    SeedError,
    markdown_html,
    markdown_parts,
    pages_read,
    seed_path,
    yaml_read,
)

BODY = """## Begin met een overzicht

Schrijf op wat er binnenkomt. Kijk op [nibud.nl](https://www.nibud.nl/).

- Huur
- Energie

::: tip
Hulp vragen is *slim*.
:::

### Kleiner kopje

::: contact
helpline: SchuldHulpMaatje
:::
"""


def test_markdown_parts_keep_order_and_make_one_block_per_paragraph_or_list():
    assert markdown_parts(BODY) == [
        Heading(2, "Begin met een overzicht"),
        Prose(
            '<p>Schrijf op wat er binnenkomt. Kijk op <a href="https://www.nibud.nl/">'
            "nibud.nl</a>.</p>"
        ),
        Prose("<ul><li>Huur</li><li>Energie</li></ul>"),
        Directive("tip", "Hulp vragen is *slim*."),
        Heading(3, "Kleiner kopje"),
        Directive("contact", "helpline: SchuldHulpMaatje"),
    ]
    assert markdown_parts(BODY)[-1].data() == {"helpline": "SchuldHulpMaatje"}


def test_markdown_html_is_compact_and_escapes_raw_html():
    assert (
        markdown_html("Hulp vragen is *slim*.")
        == "<p>Hulp vragen is <em>slim</em>.</p>"
    )
    assert markdown_html("<script>x</script> & meer") == (
        "<p>&lt;script&gt;x&lt;/script&gt; &amp; meer</p>"
    )


def test_an_unclosed_block_names_the_file():
    with pytest.raises(SeedError, match="pagina.md.*faq"):
        markdown_parts("::: faq\nheading: Vragen\n", "pagina.md")


def test_pages_are_read_in_file_name_order_with_their_front_matter():
    pages = pages_read("content", "special_pages")
    assert [p["slug"] for p in pages] == ["hulp", "begrippen", "stappenplannen"]
    assert pages[0]["type"] == "helpline_index"
    assert pages[0]["path"] == seed_path("content", "special_pages", "01-hulp.md")


def test_example_data_is_marked_in_its_files():
    assert yaml_read("lotgenoten", "groups.yaml")["example"] is True
    assert yaml_read("professionals", "municipality_pages.yaml")["example"] is True
    assert yaml_read("professionals", "accounts.yaml")["example"] is True
