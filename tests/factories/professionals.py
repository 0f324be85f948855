"""Factories for the secure area: members with two-factor, practices, pages."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from content.models import Organisation
from gemeenten.models import MunicipalityPage
from professionals.models import (
    Membership,
    OrganisationProfile,
    Practice,
)
from tests.factories.content import OrganisationFactory

PASSWORD = "een-lang-test-wachtwoord-2026"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"prof{n}@voorbeeld.example")
    email = factory.LazyAttribute(lambda o: o.username)
    password = factory.django.Password(PASSWORD)


class MunicipalityOrganisationFactory(OrganisationFactory):
    kind = Organisation.Kind.MUNICIPALITY


def two_factor_enable(user) -> None:
    """Give a user a TOTP authenticator through allauth's own API."""
    TOTP.activate(user, generate_totp_secret())


def member_create(
    organisation=None,
    *,
    role=Membership.Role.MEMBER,
    status=Membership.Status.APPROVED,
    verified=True,
    two_factor=True,
    size_class="",
    email=None,
):
    """A user with (by default) a verified address, TOTP and approved membership."""
    organisation = organisation or OrganisationFactory()
    if size_class:
        OrganisationProfile.objects.update_or_create(
            organisation=organisation, defaults={"size_class": size_class}
        )
    user = UserFactory(**({"username": email} if email else {}))
    EmailAddress.objects.create(
        user=user, email=user.email, verified=verified, primary=True
    )
    if two_factor:
        two_factor_enable(user)
    if status is not None:
        Membership.objects.create(
            user=user, organisation=organisation, role=role, status=status
        )
    return user


class PracticeFactory(DjangoModelFactory):
    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    summary = "Een korte samenvatting van de aanpak."
    organisation = factory.SubFactory(OrganisationFactory)
    publication = Practice.Publication.PUBLISHED

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.add(*extracted)


class MunicipalityPageFactory(DjangoModelFactory):
    class Meta:
        model = MunicipalityPage

    published = True
    intro = "Welkom bij de gemeente."
    front_door_name = "Sociaal loket"
    website = "https://www.example.org/"
