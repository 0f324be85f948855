"""Models of the secure area: members, practices, the checklist."""

from professionals.models.checklist import ChecklistAnswer
from professionals.models.invitations import MunicipalityInvitation
from professionals.models.members import Membership, OrganisationProfile
from professionals.models.practices import (
    Practice,
    PracticeAttachment,
    PracticeQuestion,
)

__all__ = [
    "ChecklistAnswer",
    "Membership",
    "MunicipalityInvitation",
    "OrganisationProfile",
    "Practice",
    "PracticeAttachment",
    "PracticeQuestion",
]
