"""The admin report "Vertalingen": per language, which pages are missing a
translation (an alias or no page), outdated (the Dutch page changed after the
translation) or up to date. Three queries, however many pages."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from content.i18n import SOURCE_LANGUAGE

MISSING, OUTDATED, CURRENT = "missing", "outdated", "current"
STATUS_LABELS = {
    MISSING: _("Niet vertaald"),
    OUTDATED: _("Ouder dan de Nederlandse tekst"),
    CURRENT: _("Bijgewerkt"),
}
STATUS_ORDER = {MISSING: 1, OUTDATED: 0, CURRENT: 2}
# Strings the seed loader stored (content.translation_seed): the team's translations,
# to be reviewed by a professional translator before launch.
TEAM_TOOL_NAME = "seed files"


@dataclass
class TranslationItem:
    language: str
    language_name: str
    title: str
    state: str
    source_changed: object
    edit_url: str
    source_edit_url: str
    team: bool

    @property
    def status(self) -> str:
        return str(STATUS_LABELS[self.state])


def translation_report_items() -> list[TranslationItem]:
    languages = [
        (code, name)
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != SOURCE_LANGUAGE
    ]
    pages = Page.objects.filter(depth__gt=1).values(
        "pk",
        "title",
        "translation_key",
        "locale__language_code",
        "alias_of_id",
        "last_published_at",
        "live",
    )
    sources, copies = {}, {}
    for row in pages:
        if row["locale__language_code"] == SOURCE_LANGUAGE:
            if row["live"]:
                sources[row["translation_key"]] = row
        else:
            copies[(row["translation_key"], row["locale__language_code"])] = row
    team = set(
        StringTranslation.objects.filter(tool_name=TEAM_TOOL_NAME)
        .values_list("context__object_id", "locale__language_code")
        .distinct()
    )
    items = []
    for code, name in languages:
        for key, source in sources.items():
            copy = copies.get((key, code))
            if copy is None or copy["alias_of_id"]:
                state = MISSING
            elif (
                source["last_published_at"]
                and copy["last_published_at"]
                and source["last_published_at"] > copy["last_published_at"]
            ):
                state = OUTDATED
            else:
                state = CURRENT
            items.append(
                TranslationItem(
                    language=code,
                    language_name=name,
                    title=source["title"],
                    state=state,
                    source_changed=source["last_published_at"],
                    edit_url=reverse("wagtailadmin_pages:edit", args=[copy["pk"]])
                    if copy
                    else "",
                    source_edit_url=reverse(
                        "wagtailadmin_pages:edit", args=[source["pk"]]
                    ),
                    team=state != MISSING and (key, code) in team,
                )
            )
    items.sort(key=lambda i: (i.language, STATUS_ORDER[i.state], i.title))
    return items


def translation_report_summary(items) -> list[dict]:
    """Per language the counts of missing, outdated and up-to-date pages."""
    summary = {}
    for item in items:
        row = summary.setdefault(
            item.language,
            {"language": item.language_name, MISSING: 0, OUTDATED: 0, CURRENT: 0},
        )
        row[item.state] += 1
    return list(summary.values())
