"""Demo content of the secure area (idempotent).

Always: example organisations, their profiles, practices from the research digests,
and two municipal pages labelled as example content.
Only when settings.DEBUG is true: demo accounts with two-factor already set up.
Their TOTP secrets are printed; `make totp EMAIL=<e-mail>` prints a code.
"""

import base64
import datetime
import hashlib

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from content.models import Organisation, Theme
from core.models import Municipality
from gemeenten.models import LocalInitiative, LocalScheme, MunicipalityPage
from professionals.demo.practices import PRACTICES
from professionals.models import (
    Membership,
    OrganisationProfile,
    Practice,
)

DEMO_PASSWORD = "demo-professional-2026"
EDITOR_EMAIL = "redactie@eenouderpunt.example"
EDITORIAL = "Redactie Eenouderpunt"

# name, kind, municipality name, size class, website, auto-approve domain
ORGANISATIONS = [
    (
        "Gemeente Zutphen",
        "gemeente",
        "Zutphen",
        "20k-50k",
        "https://www.zutphen.nl/",
        "zutphen.example",
    ),
    (
        "Gemeente Almere",
        "gemeente",
        "Almere",
        "100k-plus",
        "https://www.almere.nl/",
        "almere.example",
    ),
    (
        "Gemeente Amsterdam",
        "gemeente",
        "Amsterdam",
        "100k-plus",
        "https://www.amsterdam.nl/",
        "amsterdam.example",
    ),
    (
        "Voorbeeld re-integratiebedrijf",
        "ketenpartner",
        None,
        "nvt",
        "",
        "reintegratie.example",
    ),
    ("Voorbeeld ouderinitiatief", "lokaal", None, "nvt", "", ""),
    (EDITORIAL, "landelijk", None, "nvt", "", "eenouderpunt.example"),
]

# e-mail, organisation, role, status
ACCOUNTS = [
    ("beheer@zutphen.example", "Gemeente Zutphen", "org_admin", "approved"),
    ("beheer@almere.example", "Gemeente Almere", "org_admin", "approved"),
    ("lid@amsterdam.example", "Gemeente Amsterdam", "member", "approved"),
    (
        "coach@reintegratie.example",
        "Voorbeeld re-integratiebedrijf",
        "member",
        "approved",
    ),
    ("moderator@eenouderpunt.example", EDITORIAL, "moderator", "approved"),
    ("nieuw@ouderinitiatief.example", "Voorbeeld ouderinitiatief", "member", "pending"),
]


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
        self.stdout.write("Demo professionals geladen.")

    def _organisations(self):
        result = {}
        for name, kind, municipality, size, website, domain in ORGANISATIONS:
            organisation, _ = Organisation.objects.get_or_create(
                name=name,
                defaults={
                    "kind": kind,
                    "website": website,
                    "municipality": Municipality.objects.filter(
                        name=municipality
                    ).first()
                    if municipality
                    else None,
                    "description": ""
                    if kind == "gemeente"
                    else "Voorbeeldorganisatie.",
                },
            )
            OrganisationProfile.objects.get_or_create(
                organisation=organisation,
                defaults={"size_class": size, "email_domains": domain},
            )
            result[name] = organisation
        return result

    def _practices(self, organisation):
        themes = {t.slug: t for t in Theme.objects.all()}
        for data in PRACTICES:
            data = dict(data)
            tags = data.pop("tags")
            theme_slugs = data.pop("themes")
            if Practice.objects.filter(title=data["title"]).exists():
                continue
            practice = Practice.objects.create(
                organisation=organisation,
                status=Practice.Status.EXAMPLE,
                publication=Practice.Publication.PUBLISHED,
                **data,
            )
            practice.tags.add(*tags)
            practice.themes.add(*[themes[s] for s in theme_slugs if s in themes])

    def _municipality_pages(self, organisations):
        pages = [
            ("Gemeente Zutphen", datetime.date(2026, 11, 1)),
            ("Gemeente Almere", datetime.date(2026, 3, 1)),  # shows "not checked"
        ]
        for name, verified in pages:
            organisation = organisations[name]
            if organisation.municipality is None:
                continue
            page, created = MunicipalityPage.objects.get_or_create(
                municipality=organisation.municipality,
                defaults={
                    "organisation": organisation,
                    "is_example": True,
                    "published": True,
                    "last_verified": verified,
                    "intro": "Voorbeeld: zo ziet een gemeentepagina eruit. De gemeente "
                    "vult hier zelf in waar alleenstaande ouders terecht kunnen. Kijk "
                    "voor de echte informatie op de website van de gemeente.",
                    "front_door_name": "Voorbeeld: het wijkteam of sociaal loket",
                    "website": organisation.website,
                },
            )
            if not created:
                continue
            for order, (kind, label) in enumerate(
                [
                    ("minima", "Voorbeeld: minimaregeling"),
                    (
                        "kinderopvang",
                        "Voorbeeld: bijdrage in de kosten van kinderopvang",
                    ),
                    ("bijzondere-bijstand", "Voorbeeld: bijzondere bijstand"),
                ]
            ):
                LocalScheme.objects.create(
                    page=page,
                    kind=kind,
                    name=label,
                    summary="Voorbeeldtekst. Hier legt de gemeente in korte zinnen uit "
                    "wat de regeling is, voor wie, en hoe je hem aanvraagt.",
                    url=organisation.website,
                    sort_order=order,
                )
            if name == "Gemeente Almere":
                LocalInitiative.objects.create(
                    page=page,
                    name="Meet the Parents (Almere Poort)",
                    summary="In Almere Poort was er een wekelijks koffie-uurtje voor "
                    "alleenstaande ouders, met iemand van het wijkteam erbij. Dit staat "
                    "in een handboek over de aanpak. Vraag het wijkteam of het er nog is.",
                )

    def _accounts(self, organisations):
        from allauth.mfa.models import Authenticator
        from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
        from allauth.mfa.totp.internal.auth import TOTP

        user_model = get_user_model()
        lines = []
        emails = [(email, org, role, status) for email, org, role, status in ACCOUNTS]
        for email, org_name, role, status in emails:
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
                    "organisation": organisations[org_name],
                    "role": role,
                    "status": status,
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
