"""One event when public content changes (core/public_content.py), and every cache
of public content follows it: page cache, search hits, helplines, CDN purge."""

import datetime

import pytest
from django.apps import apps
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from content.helplines import helplines_with_status
from content.models import (
    Helpline,
    HelplineException,
    PublicHoliday,
    SafetySettings,
)
from core.models import Municipality
from core.page_cache import GENERATION_KEY, content_generation
from core.public_content import (
    public_content_changed,
    public_content_changed_send,
    public_model,
)
from gemeenten.models import LocalInitiative, LocalScheme
from lotgenoten.models import GroupRequest, TargetGroup
from lotgenoten.services import peer_group_stop
from professionals.models import ChecklistAnswer, Membership
from tests.factories.content import (
    GlossaryTermFactory,
    HelplineFactory,
    HelplineHoursFactory,
    HelplineIndexPageFactory,
    InfoPageFactory,
    OrganisationFactory,
    ThemeFactory,
    ThemePageFactory,
)
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory
from tests.factories.professionals import (
    MunicipalityPageFactory,
    PracticeFactory,
    member_create,
)
from tests.factories.regelingen import (
    LifeEventFactory,
    SchemeAmountFactory,
    SchemeCriterionFactory,
    SchemeFactory,
)
from tests.support import frontend_cache

pytestmark = pytest.mark.django_db

OUR_APPS = {"core", "eenouderpunt", "content", "regelingen", "lotgenoten"}
OUR_APPS |= {"gemeenten", "professionals", "feedback", "vragen", "plan", "opendata"}
PUBLIC = {
    "content.Theme",
    "content.Organisation",
    "content.PublicHoliday",
    "content.Helpline",
    "content.HelplineHours",
    "content.HelplineException",
    "content.GlossaryTerm",
    "content.HomePage",
    "content.ThemePage",
    "content.InfoPage",
    "content.StandardPage",
    "content.StepPlanIndexPage",
    "content.StepPlanPage",
    "content.HelplineIndexPage",
    "content.GlossaryPage",
    "content.SafetySettings",
    "regelingen.LifeEvent",
    "regelingen.Scheme",
    "regelingen.SchemeAmount",
    "regelingen.SchemeCriterion",
    "regelingen.SchemeChange",
    "content.SearchSynonym",  # changes search results: a new content generation
    "lotgenoten.TargetGroup",
    "lotgenoten.PeerGroup",
    "lotgenoten.Event",
    "gemeenten.MunicipalityPage",
    "gemeenten.LocalScheme",
    "gemeenten.LocalSchemeCriterion",
    "gemeenten.LocalInitiative",
    "core.Municipality",
    "core.PostcodeArea",
}
PRIVATE = {
    "content.StepPlanLink",  # rebuilt by its plan's save, which is the change
    "lotgenoten.SignUp",
    "lotgenoten.GroupRequest",
    "lotgenoten.OrganiserLinkUse",
    "professionals.ChecklistAnswer",
    "professionals.OrganisationProfile",
    "professionals.Membership",
    "professionals.MunicipalityInvitation",
    "professionals.Practice",
    "professionals.PracticeAttachment",
    "professionals.PracticeQuestion",
    "feedback.PageFeedbackMonth",  # counts for editors; the page never shows them
    "feedback.PageFeedbackComment",
    "feedback.ErrorReport",
    "core.DemandCount",  # numbers for editors and professionals only
    "vragen.Question",  # a parent's question: never on a public page
    "vragen.Answer",
    "vragen.RoutingOptIn",
}


@pytest.fixture
def events():
    """(model label, paths) of every public_content_changed sent."""
    seen = []

    def record(sender, paths, **kwargs):
        seen.append((sender._meta.label, paths))

    public_content_changed.connect(record, weak=False, dispatch_uid="test_events")
    yield seen
    public_content_changed.disconnect(dispatch_uid="test_events")


@pytest.fixture
def purged():
    frontend_cache.PURGED.clear()
    RECORDING = {"test": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=RECORDING):
        yield frontend_cache.PURGED


def test_every_model_of_ours_says_whether_parents_see_it():
    ours = {
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS
    }
    public = {label for label in ours if public_model(apps.get_model(label))}
    assert public == PUBLIC
    assert ours - public == PRIVATE, "a new model: is it shown on public pages?"


def _municipality():
    return Municipality.objects.get_or_create(
        cbs_code="0999", defaults={"name": "Voorbeeldstad", "slug": "voorbeeldstad"}
    )[0]


def _municipality_page():
    return MunicipalityPageFactory(
        municipality=_municipality(), organisation=OrganisationFactory()
    )


BUILDERS = {
    "content.Theme": lambda home: ThemeFactory(),
    "content.Organisation": lambda home: OrganisationFactory(),
    "content.PublicHoliday": lambda home: PublicHoliday.objects.create(
        date=datetime.date(2030, 12, 25), name="Eerste Kerstdag"
    ),
    "content.Helpline": lambda home: HelplineFactory(),
    "content.HelplineHours": lambda home: HelplineHoursFactory(),
    "content.HelplineException": lambda home: HelplineException.objects.create(
        helpline=HelplineFactory(), date=datetime.date(2030, 1, 1)
    ),
    "content.GlossaryTerm": lambda home: GlossaryTermFactory(),
    "content.ThemePage": lambda home: ThemePageFactory(parent=home),
    "content.SafetySettings": lambda home: SafetySettings.objects.create(
        site=Site.objects.get(is_default_site=True)
    ),
    "regelingen.LifeEvent": lambda home: LifeEventFactory(),
    "regelingen.Scheme": lambda home: SchemeFactory(),
    "regelingen.SchemeAmount": lambda home: SchemeAmountFactory(),
    "regelingen.SchemeCriterion": lambda home: SchemeCriterionFactory(),
    "lotgenoten.TargetGroup": lambda home: TargetGroup.objects.create(
        name="Testgroep", slug="testgroep"
    ),
    "lotgenoten.PeerGroup": lambda home: PeerGroupFactory(is_online=True),
    "gemeenten.MunicipalityPage": lambda home: _municipality_page(),
    "gemeenten.LocalScheme": lambda home: LocalScheme.objects.create(
        page=_municipality_page(),
        kind=LocalScheme.Kind.CITY_PASS,
        name="Stadspas",
        summary="Korting op sport.",
        url="https://www.example.org/",
    ),
    "gemeenten.LocalInitiative": lambda home: LocalInitiative.objects.create(
        page=_municipality_page(), name="Inloop", summary="Koffie."
    ),
    "core.Municipality": lambda home: _municipality(),
}


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_saving_and_deleting_public_content_sends_the_event(label, home_page, events):
    row = BUILDERS[label](home_page)
    assert label in [sent for sent, _ in events]
    events.clear()
    row.delete()
    assert label in [sent for sent, _ in events]


def test_saving_public_content_starts_a_new_generation(home_page):
    before = content_generation()
    SchemeFactory()
    assert content_generation() != before


def test_saving_private_data_keeps_the_generation(home_page, events):
    """Professionals' data, sign-ups, search counts and drafts are not public."""
    from wagtail.contrib.search_promotions.models import Query

    group = PeerGroupFactory(is_online=True)
    helpline = HelplineFactory()
    organisation = OrganisationFactory()
    before = content_generation()
    events.clear()

    member = member_create(organisation)
    Membership.objects.get(user=member).save()
    PracticeFactory(organisation=organisation).save()
    ChecklistAnswer.objects.create(
        organisation=organisation, item_key="loket", answer="ja"
    ).save()
    SignUpFactory(group=group).save()
    GroupRequest.objects.create(
        role="ouder",
        name="Sam",
        email="sam@example.org",
        place="Utrecht",
        message="Een groep voor vaders?",
        consent_at=timezone.now(),
    )
    Query.get("kinderopvang").add_hit()  # search statistics
    helpline.name = "Nieuwe naam (concept)"
    helpline.save_revision()  # a draft and its revision

    assert events == []
    assert content_generation() == before


def test_publishing_and_unpublishing_a_page_send_the_event(home_page, events):
    page = ThemePageFactory(parent=home_page, title="Geld")
    events.clear()
    page.title = "Geld en toeslagen"
    revision = page.save_revision()
    assert events == []  # a draft: parents see nothing new
    revision.publish()
    assert "content.ThemePage" in [label for label, _ in events]
    events.clear()
    page.refresh_from_db()
    page.unpublish()
    assert "content.ThemePage" in [label for label, _ in events]


def test_bulk_changes_send_the_event_themselves(home_page, events):
    group = PeerGroupFactory(is_online=True)
    events.clear()
    peer_group_stop(group)  # QuerySet.update: no model signals
    assert [label for label, _ in events] == ["lotgenoten.PeerGroup"]


def test_helplines_follow_the_event(home_page):
    helpline = HelplineFactory(name="Oude naam", always_open=True)
    assert [s.helpline.name for s in helplines_with_status()] == ["Oude naam"]
    Helpline.objects.filter(pk=helpline.pk).update(name="Nieuwe naam")  # no signal
    assert [s.helpline.name for s in helplines_with_status()] == ["Oude naam"]
    public_content_changed_send(model=Helpline)
    assert [s.helpline.name for s in helplines_with_status()] == ["Nieuwe naam"]


def test_helplines_follow_a_change_of_any_public_content(home_page):
    """E.g. an hour slot or a holiday: one generation, not eleven hook-ups."""
    helpline = HelplineFactory(name="Lijn", always_open=True)
    helplines_with_status()
    Helpline.objects.filter(pk=helpline.pk).update(name="Lijn met nieuwe naam")
    PublicHoliday.objects.create(date=datetime.date(2030, 4, 27), name="Koningsdag")
    assert [s.helpline.name for s in helplines_with_status()] == [
        "Lijn met nieuwe naam"
    ]


def test_search_hits_follow_the_event(client, home_page, settings):
    from wagtail.models import Page

    settings.PAGE_CACHE_SECONDS = 60
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    page = InfoPageFactory(parent=theme, title="Toeslagen aanvragen", slug="aan")
    assert "</mark> aanvragen" in client.get("/zoeken/?q=toeslagen").text
    Page.objects.filter(pk=page.pk).update(title="Toeslagen regelen")  # no signal
    assert "</mark> aanvragen" in client.get("/zoeken/?q=toeslagen").text
    public_content_changed_send(page)
    assert "</mark> regelen" in client.get("/zoeken/?q=toeslagen").text


def test_the_page_cache_follows_the_event(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 60
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    public_content_changed_send(model=TargetGroup)
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_lost_generation_never_revives_old_copies(client, home_page, settings):
    """If the generation key is evicted, copies stored under it stay stale."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 60
    client.get("/")
    cache.delete(GENERATION_KEY)
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_the_cdn_purge_gets_the_paths_the_model_names(home_page, purged):
    index = HelplineIndexPageFactory(parent=home_page, slug="hulp")
    purged.clear()
    HelplineHoursFactory()
    assert "http://localhost/hulp/" in purged  # the hours of a line: the lines' page
    assert index.url == "/hulp/"
    purged.clear()
    local = BUILDERS["gemeenten.LocalScheme"](home_page)
    assert f"http://localhost{local.page.get_absolute_url()}" in purged


def test_rows_that_name_no_paths_are_not_purged(home_page, purged):
    purged.clear()
    ThemeFactory()
    assert purged == []


def test_moving_a_page_purges_its_old_and_new_place(home_page, purged, events):
    old = ThemePageFactory(parent=home_page, slug="oud")
    new = ThemePageFactory(parent=home_page, slug="nieuw")
    page = InfoPageFactory(parent=old, slug="toeslagen")
    purged.clear()
    events.clear()
    page.move(new, pos="last-child")
    assert events
    assert "http://localhost/oud/" in purged
    assert "http://localhost/nieuw/" in purged
    assert "http://localhost/nieuw/toeslagen/" in purged
