"""The visitor's IP address, also behind our own reverse proxies."""

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or the address our trusted proxies put in X-Forwarded-For.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right is the one the
    outermost trusted proxy saw; addresses further left can be forged by the client.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR", "")
