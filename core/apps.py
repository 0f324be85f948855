from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor (DESIGN.md §3): reference data, client address, caching,
    shared middleware and the one form layer. Imports no other app of ours."""

    name = "core"
    verbose_name = "Referentiegegevens"

    def ready(self):
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site

        from core.frontend_cache import frontend_cache_purge
        from core.page_cache import page_cache_invalidate
        from core.public_content import (
            page_public_paths,
            public_content_changed,
            public_content_connect_signals,
            public_model_register,
        )

        # Wagtail's models that parents see; our own models inherit PublicContent.
        public_model_register(Page, page_public_paths)
        for model in (
            Site,
            get_image_model(),
            get_document_model(),
            Redirect,
            SearchPromotion,
        ):
            public_model_register(model)
        # A view restriction added or lifted changes who may see a page: cached copies
        # of it and the kept list of restricted pages (content.models.pages) go.
        public_model_register(PageViewRestriction, _restricted_page_paths)
        public_content_connect_signals()
        public_content_changed.connect(
            page_cache_invalidate, dispatch_uid="page_cache_invalidate"
        )
        public_content_changed.connect(
            frontend_cache_purge, dispatch_uid="frontend_cache_purge"
        )
        from django.db.models.signals import post_delete, post_save

        from core.middleware import SiteCacheMiddleware

        for signal in (post_save, post_delete):
            signal.connect(
                SiteCacheMiddleware.clear, sender=Site, dispatch_uid="site_cache_clear"
            )

        from core.csv_safe import wagtail_exports_guard

        wagtail_exports_guard()


def _restricted_page_paths(restriction) -> list[str]:
    from django.core.exceptions import ObjectDoesNotExist

    try:
        url = restriction.page.get_url()
    except ObjectDoesNotExist:  # deleted with its page
        return []
    return [url] if url else []
