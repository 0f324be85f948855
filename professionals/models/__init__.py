"""Models of the secure area: members, practices, municipal pages, the checklist."""

from professionals.models.checklist import ChecklistAnswer
from professionals.models.members import Membership, OrganisationProfile
from professionals.models.municipality_pages import (
    LocalInitiative,
    LocalScheme,
    MunicipalityPage,
)
from professionals.models.practices import (
    Practice,
    PracticeAttachment,
    PracticeQuestion,
)

__all__ = [
    "ChecklistAnswer",
    "LocalInitiative",
    "LocalScheme",
    "Membership",
    "MunicipalityPage",
    "OrganisationProfile",
    "Practice",
    "PracticeAttachment",
    "PracticeQuestion",
]
