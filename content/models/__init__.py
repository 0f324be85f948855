"""Content models: review fields, snippets (themes, organisations, helplines,
glossary) and the page types parents read. Other apps import from here."""

from content.models.pages import (
    GlossaryPage,
    HelplineIndexPage,
    HomePage,
    InfoPage,
    StandardPage,
    StepPlanIndexPage,
    StepPlanLink,
    StepPlanPage,
    ThemePage,
    public_filter,
)
from content.models.review import ReviewFields
from content.models.site_settings import SafetySettings
from content.models.snippets import (
    GlossaryTerm,
    Helpline,
    HelplineException,
    HelplineHours,
    Organisation,
    PublicHoliday,
    SearchSynonym,
    Theme,
)
from content.models.taxonomy import TaxonomyTerm

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "Helpline",
    "HelplineException",
    "HelplineHours",
    "HelplineIndexPage",
    "HomePage",
    "InfoPage",
    "Organisation",
    "PublicHoliday",
    "ReviewFields",
    "SafetySettings",
    "SearchSynonym",
    "StandardPage",
    "StepPlanIndexPage",
    "StepPlanLink",
    "StepPlanPage",
    "TaxonomyTerm",
    "Theme",
    "ThemePage",
    "public_filter",
]
