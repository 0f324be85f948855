"""E-mail the admins of municipal pages that nobody checked for six months.

Run daily from cron (see the deployment guide); each page gets at most one reminder
a month.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import mail_queue
from gemeenten.models import STALE_AFTER, MunicipalityPage
from professionals.models import Membership

REMIND_EVERY = datetime.timedelta(days=30)


def pages_needing_reminder(today: datetime.date, now: datetime.datetime):
    stale_before = today - STALE_AFTER
    return (
        MunicipalityPage.objects.filter(published=True)
        .filter(Q(last_verified__isnull=True) | Q(last_verified__lt=stale_before))
        .exclude(reminder_sent_at__gt=now - REMIND_EVERY)
        .select_related("municipality", "organisation")
    )


class Command(BaseCommand):
    help = "Remind organisation admins of municipal pages unchecked for 6 months."

    def handle(self, *args, **options):
        now = timezone.now()
        sent = 0
        for page in pages_needing_reminder(timezone.localdate(), now):
            admins = Membership.objects.filter(
                organisation=page.organisation,
                status=Membership.Status.APPROVED,
                role__in=[Membership.Role.ORG_ADMIN, Membership.Role.MODERATOR],
            ).values_list("user__email", flat=True)
            recipients = sorted({email for email in admins if email})
            if not recipients:
                continue
            url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "professionals:municipality_page"
            )
            with transaction.atomic():
                mail_queue(
                    recipients,
                    _("[Eenouderpunt] Kijk je gemeentepagina na"),
                    render_to_string(
                        "professionals/email/municipality_page_reminder.txt",
                        {"page": page, "url": url},
                    ),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                )
                page.reminder_sent_at = now
                page.save(update_fields=["reminder_sent_at"])
            sent += 1
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
