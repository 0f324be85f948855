"""StreamField blocks for parents' pages: few, accessible, B1-friendly.

What editors cannot do here is deliberate: no h1 in the body (the page title is the
only h1), no colours or embeds, tables always with a caption and column headings,
images always with a conscious choice about alt text.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from content import eligibility, stepplans
from content.situations import EVENT_CHOICES, SITUATION_CHOICES

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


class CalloutBlock(blocks.StructBlock):
    """A tip or a warning: a short box that stands out, with its kind in words."""

    text = blocks.RichTextBlock(features=PARENT_RICH_TEXT_FEATURES, label=_("tekst"))


class TipBlock(CalloutBlock):
    class Meta:
        icon = "help"
        label = _("tip")
        template = "blocks/tip_block.html"


class WarningBlock(CalloutBlock):
    class Meta:
        icon = "warning"
        label = _("let op")
        template = "blocks/warning_block.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"))
    answer = blocks.RichTextBlock(
        features=PARENT_RICH_TEXT_FEATURES, label=_("antwoord")
    )


class FaqBlock(blocks.StructBlock):
    """'Veelgestelde vragen': each question opens with a native <details>."""

    heading = blocks.CharBlock(label=_("kop"), default=_("Veelgestelde vragen"))
    questions = blocks.ListBlock(QuestionBlock(), label=_("vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("veelgestelde vragen")
        template = "blocks/faq_block.html"


class ContactBlock(blocks.StructBlock):
    """Who to contact: a helpline (with 'nu open') or an organisation."""

    helpline = SnippetChooserBlock(
        "content.Helpline", required=False, label=_("hulplijn")
    )
    organisation = SnippetChooserBlock(
        "content.Organisation", required=False, label=_("organisatie")
    )
    text = blocks.CharBlock(
        required=False,
        label=_("korte tekst"),
        help_text=_("Waarvoor kun je hier terecht?"),
    )

    class Meta:
        icon = "user"
        label = _("contact")
        template = "blocks/contact_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("helpline") and not value.get("organisation"):
            raise StructBlockValidationError(
                block_errors={
                    "helpline": ValidationError(
                        _("Kies een hulplijn of een organisatie.")
                    )
                }
            )
        return value


class TableBlock(blocks.StructBlock):
    """A table with a caption; the column headings become <th scope="col">."""

    caption = blocks.CharBlock(
        label=_("bijschrift"),
        help_text=_("Zeg in een paar woorden wat de tabel laat zien."),
    )
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("tekst"))),
            ("number", blocks.DecimalBlock(label=_("getal"))),
        ],
        label=_("tabel"),
    )

    class Meta:
        icon = "table"
        label = _("tabel")
        template = "blocks/table_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with an optional caption. Wagtail's ImageBlock refuses an image with
    neither alt text nor 'decorative'; its value is the image with that alt text."""

    image = ImageBlock(label=_("afbeelding"))
    caption = blocks.CharBlock(required=False, label=_("bijschrift"))

    class Meta:
        icon = "image"
        label = _("afbeelding")
        template = "blocks/image_block.html"


def body_shows_opening_status(raw_data) -> bool:
    """Whether body data (StreamField raw data) has a contact block with a helpline,
    which says "nu open" or "gesloten" at the time it is rendered."""
    return any(
        block.get("type") == "contact" and (block.get("value") or {}).get("helpline")
        for block in raw_data or ()
    )


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARENT_RICH_TEXT_FEATURES,
        label=_("tekst"),
        template="blocks/paragraph_block.html",
    )
    tip = TipBlock()
    warning = WarningBlock()
    faq = FaqBlock()
    contact = ContactBlock()
    table = TableBlock()
    image = FigureBlock()


class StepLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(required=False, label=_("pagina op deze site"))
    url = blocks.URLBlock(required=False, label=_("of: adres (URL)"))
    title = blocks.CharBlock(
        required=False,
        label=_("linktekst"),
        help_text=_("Leeg: de titel van de pagina."),
    )

    class Meta:
        icon = "link"
        label = _("link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Kies een pagina of vul een adres in."))
                }
            )
        if value.get("url") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={
                    "title": ValidationError(_("Een adres heeft een linktekst nodig."))
                }
            )
        return value


class StepConditionBlock(blocks.StructBlock):
    """A condition on the parent's answers, with the Regelcheck's questions."""

    question = blocks.ChoiceBlock(
        choices=[(key, q.label) for key, q in eligibility.QUESTIONS.items()],
        label=_("vraag"),
    )
    operator = blocks.ChoiceBlock(
        choices=[
            (op.value, label) for op, label in eligibility.OPERATOR_LABELS.items()
        ],
        label=_("vergelijking"),
    )
    value = blocks.CharBlock(label=_("waarde"), help_text=_("Bijvoorbeeld: rent, 18."))

    class Meta:
        icon = "tick"
        label = _("voorwaarde")

    def clean(self, value):
        value = super().clean(value)
        try:
            eligibility.criterion_validate(
                value["question"], value["operator"], value["value"]
            )
        except eligibility.CriterionError as error:
            raise StructBlockValidationError(
                block_errors={"value": ValidationError(str(error))}
            ) from None
        return value


class DeadlineBlock(blocks.StructBlock):
    """A deadline: after an event the parent names, or a fixed day of the year."""

    text = blocks.CharBlock(
        label=_("termijn in gewone woorden"),
        help_text=_("Bijvoorbeeld: binnen 4 weken nadat je bent verhuisd."),
    )
    event = blocks.ChoiceBlock(
        choices=[("", _("geen: een vaste dag in het jaar")), *EVENT_CHOICES],
        required=False,
        label=_("telt vanaf"),
    )
    amount = blocks.IntegerBlock(required=False, min_value=0, label=_("aantal"))
    unit = blocks.ChoiceBlock(
        choices=stepplans.UNIT_CHOICES, default=stepplans.DAYS, label=_("eenheid")
    )
    month = blocks.IntegerBlock(
        required=False, min_value=1, max_value=12, label=_("vaste dag: maand")
    )
    day = blocks.IntegerBlock(
        required=False, min_value=1, max_value=31, label=_("vaste dag: dag")
    )
    valid_from = blocks.DateBlock(label=_("geldig vanaf"))
    valid_to = blocks.DateBlock(required=False, label=_("geldig tot en met"))
    costs_money = blocks.BooleanBlock(
        required=False,
        label=_("te laat kost geld"),
        help_text=_("Dan staat er 'belangrijk: termijn' bij de stap."),
    )
    source_url = blocks.URLBlock(
        label=_("bron"), help_text=_("De officiële pagina waar deze termijn staat.")
    )

    class Meta:
        icon = "date"
        label = _("termijn")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("event") and not value.get("amount"):
            errors["amount"] = ValidationError(_("Vul in hoeveel."))
        if not value.get("event") and not (value.get("month") and value.get("day")):
            errors["month"] = ValidationError(_("Vul een maand en een dag in."))
        if value.get("valid_to") and value["valid_to"] < value["valid_from"]:
            errors["valid_to"] = ValidationError(
                _("De einddatum ligt voor de begindatum.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class StepBlock(blocks.StructBlock):
    """One step of a step-by-step plan (GOV.UK step-by-step pattern)."""

    title = blocks.CharBlock(label=_("titel van de stap"))
    logic = blocks.ChoiceBlock(
        choices=[
            ("", _("nieuwe stap")),
            ("en", _("en: tegelijk met de vorige stap")),
            ("of", _("of: in plaats van de vorige stap")),
        ],
        required=False,
        default="",
        label=_("verband met de vorige stap"),
    )
    what_to_do = blocks.RichTextBlock(
        features=PARENT_RICH_TEXT_FEATURES, label=_("wat doe je?")
    )
    contact_first = blocks.CharBlock(
        required=False, label=_("wie neem je eerst contact mee op?")
    )
    bring = blocks.ListBlock(
        blocks.CharBlock(label=_("wat")),
        required=False,
        default=[],
        label=_("wat neem je mee of heb je nodig?"),
    )
    when = blocks.CharBlock(required=False, label=_("wanneer?"))
    links = blocks.ListBlock(
        StepLinkBlock(), required=False, default=[], label=_("meer lezen")
    )
    # For "Jouw plan": which parents get this step, and when it must be done.
    situations = blocks.MultipleChoiceBlock(
        choices=SITUATION_CHOICES,
        required=False,
        default=[],
        label=_("Jouw plan: voor wie is deze stap?"),
        help_text=_("Leeg: de stap staat niet in Jouw plan."),
    )
    conditions = blocks.ListBlock(
        StepConditionBlock(),
        required=False,
        default=[],
        label=_("Jouw plan: alleen als (alle moeten kloppen)"),
    )
    deadlines = blocks.ListBlock(
        DeadlineBlock(),
        required=False,
        default=[],
        label=_("Jouw plan: termijnen (de eerste die geldt telt)"),
    )

    class Meta:
        icon = "list-ol"
        label = _("stap")


class StepsStreamBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        min_num = 1
