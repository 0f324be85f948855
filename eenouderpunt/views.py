"""Project-level views: the health check."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def health(request):
    """200 when the database answers, 503 when it does not.

    JSON for load balancers and scripts; a small HTML page when a browser asks.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        healthy = True
    except DatabaseError:
        healthy = False
    data = {"status": "ok" if healthy else "error"}
    data["database"] = "ok" if healthy else "unavailable"
    status = 200 if healthy else 503
    if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return render(request, "health.html", {"health": data}, status=status)
    return JsonResponse(data, status=status)
