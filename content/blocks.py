"""StreamField blocks for parents' pages: few, accessible, B1-friendly."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Rich text for parents: no h1, no colours, no embeds; headings come from HeadingBlock.
PARENT_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class SourceBlock(blocks.StructBlock):
    """An official source a page or scheme is based on."""

    title = blocks.CharBlock(label=_("titel"))
    url = blocks.URLBlock(label=_("adres (URL)"))
    publisher = blocks.CharBlock(label=_("uitgever"), required=False)

    class Meta:
        icon = "link-external"
        label = _("bron")
        template = "blocks/source_block.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("kop 2")), ("h3", _("kop 3"))],
        default="h2",
        label=_("niveau"),
    )

    class Meta:
        icon = "title"
        label = _("kop")
        template = "blocks/heading_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARENT_RICH_TEXT_FEATURES,
        label=_("tekst"),
        template="blocks/paragraph_block.html",
    )
