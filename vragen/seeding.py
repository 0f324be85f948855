"""Load the example questions of vragen/seed/questions.yaml (idempotent).

A question whose reference exists is left alone; an organisation's opt-in that
exists is left alone. Every question is saved with is_example: nobody asked it.
"""

import datetime

from django.utils import timezone

from content.models import Organisation
from core.models import Municipality, PostcodeArea
from core.seed import yaml_read
from vragen import selectors, services
from vragen.models import Answer, Question, RoutingOptIn

APP = "vragen"


def _routing(rows) -> None:
    for row in rows:
        organisation = Organisation.objects.filter(name=row["organisation"]).first()
        if (
            organisation is None
            or RoutingOptIn.objects.filter(organisation=organisation).exists()
        ):
            continue
        optin = RoutingOptIn.objects.create(organisation=organisation, active=True)
        optin.municipalities.set(
            Municipality.objects.filter(name__in=row["municipalities"])
        )


def seed_load(now: datetime.datetime | None = None) -> tuple[int, int]:
    """Create the example questions that do not exist yet: (created, total)."""
    now = now or timezone.now()
    data = yaml_read(APP, "questions.yaml")
    _routing(data.get("routing", []))
    existing = set(Question.objects.values_list("reference", flat=True))
    created = 0
    for row in data["questions"]:
        if row["reference"] in existing:
            continue
        asked = now - datetime.timedelta(days=row.get("days_ago", 0))
        area = (
            PostcodeArea.objects.select_related("municipality")
            .filter(pk=row.get("postcode", ""))
            .first()
        )
        municipality = area.municipality if area else None
        question = Question.objects.create(
            reference=row["reference"],
            text=row["text"],
            contact=row["contact"],
            email=row.get("email", ""),
            phone=row.get("phone", ""),
            call_times=row.get("call_times", ""),
            name=row.get("name", ""),
            municipality=municipality,
            organisation=selectors.routed_organisation(municipality),
            consent_at=asked,
            created_at=asked,
            due_date=services.due_date_for(timezone.localtime(asked).date()),
            status=row.get("status", Question.Status.NEW),
            is_example=True,
        )
        if row.get("answer"):
            Answer.objects.create(
                question=question,
                text=row["answer"],
                via=row.get("answer_via", Answer.Via.EMAIL),
                created_at=asked + datetime.timedelta(hours=20),
            )
            question.first_answered_at = asked + datetime.timedelta(hours=20)
            question.save(update_fields=["first_answered_at"])
        created += 1
    return created, len(data["questions"])
