"""Wagtail page types for what parents read."""

import hashlib
from dataclasses import dataclass

from django.db import models
from django.db.models import Q, Window
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index

from content import helplines, i18n, stepplans
from content.blocks import (
    BodyStreamBlock,
    StepsStreamBlock,
    body_shows_opening_status,
)
from content.helplines import helplines_open_now, helplines_with_status
from content.models.review import ReviewFields
from content.models.snippets import GlossaryTerm, Theme
from content.sections import theme_page_sections
from content.sources_line import sources_line
from core.page_cache import content_cached

# The home page's themes change only on publish (content_cached starts again then).
HOME_THEMES_CACHE_SECONDS = 60 * 60


# View restrictions are public content (core/apps.py): kept per content generation.
VIEW_RESTRICTIONS_CACHE_SECONDS = 60 * 60
# The page found at a URL path, the same (HomePage._page_at).
ROUTE_SECONDS = 60 * 60


def restricted_paths() -> list[str]:
    """The tree paths of the pages with a view restriction (login, password,
    groups): usually none. Kept per content generation, so no query when warm."""
    return content_cached(
        "view_restricted_paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        VIEW_RESTRICTIONS_CACHE_SECONDS,
    )


class ViewRestrictionsKept:
    """Wagtail asks on every page view which view restrictions apply to the page and
    its ancestors (two queries). While no page has one, the answer is none without
    a query; once one exists, Wagtail's own check runs for every page (aliases,
    ancestors and all)."""

    def get_view_restrictions(self):
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def public_filter():
    """Like Page.public(), but asks for the view restrictions once, not per call."""
    restricted = restricted_paths()

    def public(queryset):
        for path in restricted:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    return public


def page_types_routing_specially() -> list[type[Page]]:
    """Page types below the home page that route paths themselves (the shortcut in
    HomePage.route would skip them)."""
    return [
        model
        for model in get_page_models()
        if model is not HomePage and model.route is not Page.route
    ]


class HomePage(ViewRestrictionsKept, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.ThemePage",
        "content.StandardPage",
        "content.StepPlanIndexPage",
        "content.HelplineIndexPage",
        "content.GlossaryPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    @property
    def localized(self):
        """This home page in the reader's language. Wagtail's routing asks for it on
        every request and reads the active locale from the database each time; when
        this page is in that language already, no query (the locale ids are cached)."""
        if i18n.locale_language(self.locale_id) == i18n.active_language():
            return self
        return super().localized

    def route(self, request, path_components):
        """Find a deeper page with one query on its URL path, not one per level.

        Wagtail walks the tree one level at a time (two queries a level). While no
        page type routes specially (its own route(), RoutablePageMixin), the page at
        the full path is the answer; its own route() still checks that it is live.
        Once one does, every path takes Wagtail's walk, so that type gets its turn.
        """
        try:
            return self._route(request, path_components)
        except Http404:
            # A page without a copy in this language: the Dutch page, with a notice
            # (content.i18n.translation_state), never a 404.
            source = i18n.source_of(self)
            if source is None or source.pk == self.pk:
                raise
            return source._route(request, path_components)

    def _route(self, request, path_components):
        if len(path_components) > 1 and not page_types_routing_specially():
            url_path = self.url_path + "/".join(path_components) + "/"
            page = self._page_at(url_path)
            if page is None:
                raise Http404
            return page.route(request, [])
        return super().route(request, path_components)

    def _page_at(self, url_path: str):
        """The specific page at a URL path below this page, or None. Kept until
        content changes (a publish, move or unpublish starts a new generation): two
        queries less on every deeper page. Only found pages are kept, so made-up
        paths fill no cache; each request gets its own copy of the page."""

        def find():
            page = Page.objects.filter(
                url_path=url_path, path__startswith=self.path
            ).first()
            return None if page is None else page.specific

        key = hashlib.sha256(f"{self.pk}:{url_path}".encode()).hexdigest()
        return content_cached(
            f"route:{key}", find, ROUTE_SECONDS, keep=lambda page: page is not None
        )

    def theme_overview(self, request) -> list[dict]:
        """The theme pages below this page with their first two information pages
        (top tasks), as plain data: title, link, the theme's description."""
        public = public_filter()
        theme_pages = list(
            public(ThemePage.objects.child_of(self).live()).select_related("theme")
        )
        # Top tasks: the first two information pages of each theme, in one query that
        # returns only those (a window per theme), however many pages a theme has.
        theme_path = Substr("path", 1, len(self.path) + Page.steplen)
        tasks = {}
        for info in (
            public(InfoPage.objects.live())
            .filter(path__startswith=self.path, depth=self.depth + 2)
            .annotate(
                rank=Window(RowNumber(), partition_by=[theme_path], order_by="path")
            )
            .filter(rank__lte=2)
            .only("title", "url_path", "path", "depth")
            .order_by("path")
        ):
            tasks.setdefault(info.path[: -Page.steplen], []).append(info)
        overview = []
        for theme_page in links_set(self, theme_pages, request):
            top_tasks = links_set(self, tasks.get(theme_page.path, [])[:2], request)
            overview.append(
                {
                    "title": theme_page.title,
                    "link": theme_page.link,
                    "theme": {"description": theme_page.theme.description},
                    "top_tasks": [
                        {"title": task.title, "link": task.link} for task in top_tasks
                    ],
                }
            )
        return overview

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Only a publish changes the themes and their top tasks: kept per content
        # generation (and language), so a warm home page reads no database for them.
        context["theme_pages"] = content_cached(
            f"home_themes:{self.pk}",
            lambda: self.theme_overview(request),
            HOME_THEMES_CACHE_SECONDS,
        )
        context["open_helplines"] = helplines_open_now()
        # The sources and checked date of the helplines the page shows (all of them
        # when none is open now: "nu open" is worked out from all their hours).
        shown = [
            s.helpline for s in context["open_helplines"] if not s.helpline.is_emergency
        ] or [s.helpline for s in helplines_with_status()]
        context["home_sources"] = sources_line(shown)
        return context


@dataclass
class PageLink:
    """A link to a page in a list: its title and address, no model instance."""

    title: str
    url_path: str
    path: str
    translation_key: object = None
    locale_id: int | None = None
    link: str = ""


def links_set(anchor: Page, items: list, request) -> list:
    """Give each of `items` (pages or PageLinks of the anchor's site) its address as
    `link`, as {% pageurl %} would write it: worked out from the anchor's own address,
    one reverse() for the whole list instead of one per link."""
    base = anchor.get_url(request) or ""
    parts = anchor.url_path.strip("/").split("/")
    prefix = root = None
    if base.startswith("/"):
        # base = prefix + the anchor's url_path below its site's root (root).
        for cut in range(len(parts) + 1):
            below = "".join(part + "/" for part in parts[cut:])
            if base.endswith(below):
                prefix = base[: len(base) - len(below)]
                root = "/" + "".join(part + "/" for part in parts[:cut])
                break
    for item in items:
        if root is not None and item.url_path.startswith(root):
            item.link = prefix + item.url_path[len(root) :]
        else:
            page = item if isinstance(item, Page) else Page(url_path=item.url_path)
            item.link = page.get_url(request)
    return items


class ThemePage(ViewRestrictionsKept, ReviewFields, Page):
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("onderwerp"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    intro = models.TextField(
        _("introductie"), help_text=_("Twee of drie korte zinnen.")
    )

    content_panels = Page.content_panels + [FieldPanel("theme"), FieldPanel("intro")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.InfoPage", "content.StandardPage"]

    class Meta:
        verbose_name = _("onderwerppagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The pages below this theme and the plans about it, in one query. Schemes,
        # groups and plans refer to the Dutch theme; a translated page may have the
        # translated one.
        theme = i18n.source_of(self.theme)
        plan_ids = StepPlanPage.themes.through.objects.filter(
            theme_id=theme.pk, stepplanpage__locale__language_code=i18n.SOURCE_LANGUAGE
        ).values("stepplanpage_id")
        pages = public_filter()(
            Page.objects.live().filter(
                Q(path__startswith=self.path, depth=self.depth + 1) | Q(id__in=plan_ids)
            )
        ).values_list("title", "url_path", "path", "translation_key", "locale_id")
        pages = [PageLink(*row) for row in pages]
        info_pages = [p for p in pages if p.path.startswith(self.path)]
        # The plans in the reader's language where they are translated (1 query).
        plans = i18n.localized_pages(
            [p for p in pages if not p.path.startswith(self.path)]
        )
        context["info_pages"] = links_set(self, info_pages, request)
        context["step_plans"] = links_set(self, plans, request)
        context["sections"] = theme_page_sections(theme)
        return context


class InfoPage(ViewRestrictionsKept, ReviewFields, Page):
    """An information page in B1 Dutch, under a theme."""

    # Readers answer "Was deze pagina nuttig?" on it (feedback app, by content type).
    page_feedback = True

    intro = models.TextField(
        _("introductie"), help_text=_("Eén of twee korte zinnen: wat lees je hier?")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"))
    glossary_terms = ParentalManyToManyField(
        GlossaryTerm,
        blank=True,
        verbose_name=_("moeilijke woorden die deze pagina uitlegt"),
        help_text=_(
            "Deze woorden worden in de tekst een link naar hun uitleg onderaan de pagina."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("glossary_terms"),
    ]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.ThemePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("informatiepagina")

    @cached_property
    def explained_terms(self) -> list[GlossaryTerm]:
        return list(self.glossary_terms.all())

    @property
    def render_seconds(self) -> int:
        """How long the rendered article may be kept ({% content_cached %}): until
        the next publish, or as long as a cached page where a helpline in the text
        says whether it is open now (a minute)."""
        if body_shows_opening_status(self.body.raw_data):
            return helplines.STATUS_SECONDS
        return 3600

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plan_links"] = (
            StepPlanLink.objects.filter(page_id=self.pk, plan__live=True)
            .select_related("plan")
            .order_by("plan__title", "step_number")
        )
        return context


class StandardPage(ViewRestrictionsKept, ReviewFields, Page):
    """A plain page: privacy statement, accessibility statement, colophon, and so on."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.HomePage", "content.ThemePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standaardpagina")


class StepPlanIndexPage(ViewRestrictionsKept, ReviewFields, Page):
    """/stappenplannen/: all step-by-step plans."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StepPlanPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht stappenplannen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plans"] = (
            StepPlanPage.objects.child_of(self)
            .live()
            .public()
            .only("title", "url_path", "intro")
        )
        return context


class StepPlanPage(ViewRestrictionsKept, ReviewFields, Page):
    """A step-by-step plan: numbered steps over normal pages (GOV.UK pattern)."""

    # Readers answer "Was deze pagina nuttig?" on it (feedback app, by content type).
    page_feedback = True

    intro = models.TextField(
        _("introductie"), help_text=_("Voor wie is dit plan, en wat regel je ermee?")
    )
    steps = StreamField(StepsStreamBlock(), verbose_name=_("stappen"))
    themes = ParentalManyToManyField(
        Theme, blank=True, verbose_name=_("onderwerpen"), related_name="step_plans"
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("themes"),
        FieldPanel("steps"),
    ]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("steps"),
    ]

    parent_page_types = ["content.StepPlanIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("stappenplan")

    def numbered_steps(self) -> list[dict]:
        values = [block.value for block in self.steps]
        labels = stepplans.step_labels([v.get("logic") or "" for v in values])
        numbers = stepplans.step_numbers([v.get("logic") or "" for v in values])
        return [
            {"value": v, "label": label, "number": number, "index": i + 1}
            for i, (v, label, number) in enumerate(
                zip(values, labels, numbers, strict=True)
            )
        ]

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Saving a draft revision only touches bookkeeping fields: keep the live links.
        if update_fields is None or "steps" in update_fields:
            self.links_rebuild()
        return result

    def links_rebuild(self):
        """Remember which pages each step links to, for 'Onderdeel van' on those pages."""
        rows = []
        for step in self.numbered_steps():
            for link in step["value"].get("links") or []:
                page = link.get("page")
                if page is not None:
                    rows.append(
                        StepPlanLink(
                            plan=self,
                            page_id=page.pk,
                            step_number=step["number"],
                            step_title=step["value"]["title"][:255],
                        )
                    )
        StepPlanLink.objects.filter(plan=self).delete()
        StepPlanLink.objects.bulk_create(rows)


class StepPlanLink(models.Model):
    """A page that a step of a plan links to (derived from the plan's steps)."""

    plan = models.ForeignKey(StepPlanPage, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    step_number = models.PositiveSmallIntegerField()
    step_title = models.CharField(max_length=255)

    class Meta:
        indexes = [models.Index(fields=["page"])]


class HelplineIndexPage(ViewRestrictionsKept, ReviewFields, Page):
    """/hulp/: every helpline, with 'nu open'."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("hulplijnenpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["helplines"] = helplines_with_status()
        return context


class GlossaryPage(ViewRestrictionsKept, ReviewFields, Page):
    """/begrippen/: every difficult word with its B1 explanation."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("pagina moeilijke woorden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = i18n.overlay(
            i18n.in_source_locale(GlossaryTerm.objects.all()),
            ["term", "explanation", "alternatives"],
        )
        return context
