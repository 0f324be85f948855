"""Demo content of the secure area, from professionals/seed/ (idempotent).

Always: example organisations, their profiles, practices from the research digests,
and two municipal pages labelled as example content.
Only when settings.DEBUG is true: demo accounts with two-factor already set up, and
example demand counts (seed/demand.yaml) for the coverage reports.
Their TOTP secrets are printed; `make totp EMAIL=<e-mail>` prints a code.
"""

import base64
import hashlib

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from content.models import Organisation, Theme
from core.models import DemandCount, Municipality
from core.seed import yaml_read
from gemeenten.models import (
    LocalInitiative,
    LocalScheme,
    LocalSchemeCriterion,
    MunicipalityPage,
)
from professionals.coverage import demand_months
from professionals.models import (
    Membership,
    OrganisationProfile,
    Practice,
)

DEMO_PASSWORD = "demo-professional-2026"
EDITOR_EMAIL = "redactie@eenouderpunt.example"
EDITORIAL = "Redactie Eenouderpunt"
APP = "professionals"


def demo_totp_secret(email: str) -> str:
    """A fixed secret per demo account, so codes keep working after a reload."""
    return base64.b32encode(hashlib.sha256(email.encode()).digest()[:20]).decode()


class Command(BaseCommand):
    help = "Load the professionals demo content (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        organisations = self._organisations()
        self._practices(organisations[EDITORIAL])
        self._municipality_pages(organisations)
        if settings.DEBUG:
            self._accounts(organisations)
            self._demand_examples()
        self.stdout.write("Demo professionals geladen.")

    def _organisations(self):
        result = {}
        for data in yaml_read(APP, "organisations.yaml"):
            municipality = data.get("municipality")
            organisation, _ = Organisation.objects.get_or_create(
                name=data["name"],
                defaults={
                    "kind": data["kind"],
                    "website": data.get("website", ""),
                    "municipality": Municipality.objects.filter(
                        name=municipality
                    ).first()
                    if municipality
                    else None,
                    "description": data.get("description", ""),
                },
            )
            OrganisationProfile.objects.get_or_create(
                organisation=organisation,
                defaults={
                    "size_class": data["size_class"],
                    "email_domains": data.get("email_domains", ""),
                },
            )
            result[data["name"]] = organisation
        return result

    def _practices(self, organisation):
        existing = set(Practice.objects.values_list("title", flat=True))
        records = [
            data
            for data in yaml_read(APP, "practices.yaml")["practices"]
            if data["title"] not in existing
        ]
        themes = (
            {t.slug: t for t in Theme.objects.filter(locale__language_code="nl")}
            if records
            else {}
        )
        for data in records:
            data = dict(data)
            tags = data.pop("tags")
            theme_slugs = data.pop("themes")
            practice = Practice.objects.create(
                organisation=organisation,
                status=Practice.Status.EXAMPLE,
                publication=Practice.Publication.PUBLISHED,
                **data,
            )
            practice.tags.add(*tags)
            practice.themes.add(*[themes[s] for s in theme_slugs if s in themes])

    def _municipality_pages(self, organisations):
        for data in yaml_read(APP, "municipality_pages.yaml")["pages"]:
            organisation = organisations[data["organisation"]]
            if organisation.municipality is None:
                continue
            page, created = MunicipalityPage.objects.get_or_create(
                municipality=organisation.municipality,
                defaults={
                    "organisation": organisation,
                    "is_example": True,
                    "published": True,
                    "last_verified": data["last_verified"],
                    "intro": data["intro"],
                    "front_door_name": data["front_door_name"],
                    "website": organisation.website,
                },
            )
            if not created:
                continue
            for order, scheme in enumerate(data.get("local_schemes", [])):
                local = LocalScheme.objects.create(
                    page=page,
                    kind=scheme["kind"],
                    name=scheme["name"],
                    summary=scheme["summary"],
                    url=organisation.website,
                    sort_order=order,
                )
                LocalSchemeCriterion.objects.bulk_create(
                    LocalSchemeCriterion(
                        scheme=local,
                        sort_order=number,
                        question=row["question"],
                        operator=row["operator"],
                        value=str(row["value"]),
                        group=row.get("group", 1),
                        reason=row.get("reason", ""),
                    )
                    for number, row in enumerate(scheme.get("criteria", []))
                )
            for initiative in data.get("initiatives", []):
                LocalInitiative.objects.create(
                    page=page,
                    name=initiative["name"],
                    summary=initiative["summary"],
                )

    def _demand_examples(self):
        """Invented search counts (seed/demand.yaml), only in development."""
        data = yaml_read(APP, "demand.yaml")
        months = demand_months()[-data["months"] :]
        names = [item["gemeente"] for item in data["demand"]]
        municipalities = {
            m.name: m for m in Municipality.objects.filter(name__in=names)
        }
        for item in data["demand"]:
            municipality = municipalities.get(item["gemeente"])
            if municipality is None:
                continue
            for number, month in enumerate(months):
                # A fixed wave around the average: the same numbers on every reload.
                count = round(item["per_month"] * (0.8 + 0.4 * ((number * 7) % 5) / 4))
                DemandCount.objects.get_or_create(
                    municipality=municipality,
                    month=month,
                    defaults={"count": count, "is_example": True},
                )

    def _accounts(self, organisations):
        from allauth.mfa.models import Authenticator
        from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
        from allauth.mfa.totp.internal.auth import TOTP

        user_model = get_user_model()
        lines = []
        for account in yaml_read(APP, "accounts.yaml")["accounts"]:
            email = account["email"]
            user, created = user_model.objects.get_or_create(
                username=email, defaults={"email": email}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            EmailAddress.objects.get_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            Membership.objects.get_or_create(
                user=user,
                defaults={
                    "organisation": organisations[account["organisation"]],
                    "role": account["role"],
                    "status": account["status"],
                },
            )
            lines.append(self._two_factor(user, Authenticator, TOTP, RecoveryCodes))
        editor = user_model.objects.filter(email=EDITOR_EMAIL).first()
        if editor is not None:
            lines.append(self._two_factor(editor, Authenticator, TOTP, RecoveryCodes))
        self.stdout.write(
            "Demo-accounts (alleen voor ontwikkeling), wachtwoord "
            f"'{DEMO_PASSWORD}' (redactie: zie load_demo_content):"
        )
        for line in lines:
            self.stdout.write("  " + line)
        self.stdout.write(
            "  Code voor de tweede stap: make totp EMAIL=<e-mailadres>, "
            "of zet het geheim in een authenticator-app."
        )

    def _two_factor(self, user, authenticator_model, totp, recovery_codes):
        secret = demo_totp_secret(user.email)
        if not authenticator_model.objects.filter(
            user=user, type=authenticator_model.Type.TOTP
        ).exists():
            totp.activate(user, secret)
        codes = authenticator_model.objects.filter(
            user=user, type=authenticator_model.Type.RECOVERY_CODES
        ).first()
        if codes is None:
            codes = recovery_codes.activate(user).instance
        unused = recovery_codes(codes).get_unused_codes()[:2]
        return f"{user.email}  TOTP-geheim {secret}  herstelcodes {' '.join(unused)}"
