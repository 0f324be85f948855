"""Site search at /zoeken/."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
# Search engines give query syntax to quotes and operators; parents mean words.
_NOT_A_WORD = re.compile(r"[^\w\s-]+")


def search_terms(raw: str) -> str:
    """Words to search for: punctuation and query syntax removed, length capped."""
    return " ".join(_NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split())


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    # An odd query that has no words left still gets the "nothing found" help.
    terms = search_terms(query)
    if terms:
        found = Page.objects.live().public().specific().search(terms)
        paginator = Paginator(found, 10)
        try:
            results = paginator.page(request.GET.get("pagina", 1))
        except (EmptyPage, PageNotAnInteger):
            results = paginator.page(1)
    return render(request, "content/search.html", {"query": query, "results": results})
