from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content.quick_exit import quick_exit
from eenouderpunt import nearby, search, seo, views

urlpatterns = [
    path("health/", views.health, name="health"),
    path("weg/", quick_exit, name="quick_exit"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("zoeken/", search.search, name="search"),
    path("in-de-buurt/", nearby.nearby, name="nearby"),
    path("api/", include("opendata.urls")),
    path("embed/", include("opendata.embed_urls")),
    path("regelingen/", include("regelingen.urls")),
    path("professionals/", include("professionals.urls")),
    path("gemeente/", include("gemeenten.urls")),
    path("nuttig/", include("feedback.urls")),
    path("jouw-plan/", include("plan.urls")),
    path("", include("lotgenoten.urls")),
    path("", include("vragen.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree last: /<thema>/… and the standard pages; the English and
# Arabic pages under /en/ and /ar/ (minimal; i18nweb owns the language routing).
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=False
)
