"""Peer groups (lotgenotengroepen), sign-ups and requests to start a group.

Other apps import from here. The rooms beside this file: taxonomy (target groups);
contact, place and schedule (the abstract parts of a group); groups (the group
itself, PeerGroup); signups (what parents send in, and used organiser links).
"""

from lotgenoten.models.contact import GroupContact
from lotgenoten.models.events import (
    MAX_OCCURRENCES,
    REPEAT_HORIZON,
    Event,
    EventQuerySet,
)
from lotgenoten.models.groups import RESERVED_SLUGS, PeerGroup, PeerGroupQuerySet
from lotgenoten.models.place import MeetingPlace
from lotgenoten.models.schedule import (
    EVENING_FROM,
    MeetingSchedule,
    schedule_is_outside_working_hours,
)
from lotgenoten.models.signups import GroupRequest, OrganiserLinkUse, SignUp
from lotgenoten.models.taxonomy import TargetGroup

__all__ = [
    "EVENING_FROM",
    "MAX_OCCURRENCES",
    "REPEAT_HORIZON",
    "Event",
    "EventQuerySet",
    "GroupContact",
    "RESERVED_SLUGS",
    "GroupRequest",
    "MeetingPlace",
    "MeetingSchedule",
    "OrganiserLinkUse",
    "PeerGroup",
    "PeerGroupQuerySet",
    "SignUp",
    "TargetGroup",
    "schedule_is_outside_working_hours",
]
