"""What parents see on public pages, and the one event when it changes.

A model whose rows appear on public pages inherits `PublicContent` and may name the
site paths that show a row (`public_paths()`); Wagtail's own public models (pages,
sites, images, documents, redirects, search promotions) are registered the same way
in core/apps.py. Nothing else is public: practices, checklist answers, memberships,
sign-ups, search statistics and revisions never touch the public caches.

Saving or deleting such a row, changing its many-to-many relations, publishing,
unpublishing or moving a page sends `public_content_changed` once, with the paths.
What follows it (docs/caching.md):

- a new content generation (core/page_cache.py): cached pages and everything kept
  with `content_cached()` (search hits, helplines) are stale at once;
- the CDN purge of the paths (core/frontend_cache.py).

Code that changes public rows without model signals (`QuerySet.update`,
`bulk_create`) calls `public_content_changed_send()` itself.
"""

import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Receivers get `sender` (the model), `instance` (or None) and `paths` (a frozenset
# of site paths such as "/regelingen/", possibly empty).
public_content_changed = Signal()

# Saves that touch only these fields store a draft: parents see nothing new.
DRAFT_ONLY_FIELDS = frozenset(
    {
        getattr(settings, "WAGTAIL_COMMENTS_RELATION_NAME", "wagtail_admin_comments"),
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)


class PublicContent:
    """Mixin for models shown on public pages: a change empties the public caches."""

    def public_paths(self) -> Iterable[str]:
        """The site paths that show this row, purged from a CDN when it changes.

        Default: none; other pages that show the row expire within
        PAGE_CACHE_SECONDS at the CDN (our own page cache is emptied at once).
        """
        return ()


_REGISTERED: dict[type, Callable] = {}


def public_model_register(model: type, paths: Callable | None = None) -> None:
    """Mark a model we cannot give the mixin (a library's) as public content;
    `paths(instance)` names the site paths that show a row."""
    _REGISTERED[model] = paths or (lambda instance: ())


def page_public_paths(page) -> list[str]:
    """A Wagtail page is shown at its own URL, in its parent's list and on the home
    page (full URLs when the site has several hosts)."""
    parent = page.get_parent()
    pages = [page] if parent is None or parent.depth <= 1 else [page, parent]
    return ["/", *(url for p in pages if (url := p.get_url()))]


def _paths_function(model: type) -> Callable | None:
    if issubclass(model, PublicContent):
        return model.public_paths
    for base in model.__mro__:
        if base in _REGISTERED:
            return _REGISTERED[base]
    return None


def public_model(model: type) -> bool:
    """True when rows of `model` appear on public pages."""
    return _paths_function(model) is not None


def public_content_changed_send(instance=None, *, model=None, paths=()) -> None:
    """Announce that public content changed: a row (`instance`), or rows of `model`
    changed in bulk. Extra `paths` are purged besides the row's own."""
    model = model or type(instance)
    paths = set(paths)
    if instance is not None:
        try:
            paths.update(_paths_function(model)(instance))
        except ObjectDoesNotExist:  # a row deleted with what its paths come from
            pass
    public_content_changed.send(
        sender=model, instance=instance, paths=frozenset(p for p in paths if p)
    )


def _on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if not public_model(sender):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if raw:  # loaddata: related rows may not exist yet, so no paths
        public_content_changed_send(model=sender)
    else:
        public_content_changed_send(instance)


def _on_delete(sender, instance, **kwargs):
    if public_model(sender):
        public_content_changed_send(instance)


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and public_model(type(instance)):
        public_content_changed_send(instance)


def _on_page_move(sender, instance, parent_page_before, **kwargs):
    """A move updates the tree without a save: the new place and the old parent."""
    old_parent = parent_page_before.get_url() if parent_page_before else None
    public_content_changed_send(instance, paths=[old_parent] if old_parent else ())


def public_content_connect_signals() -> None:
    from wagtail.signals import post_page_move

    post_save.connect(_on_save, dispatch_uid="public_content_save")
    post_delete.connect(_on_delete, dispatch_uid="public_content_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="public_content_m2m")
    post_page_move.connect(_on_page_move, dispatch_uid="public_content_page_move")
