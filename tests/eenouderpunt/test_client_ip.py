from django.test import RequestFactory

from core.client_ip import client_ip


def _request(**meta):
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", **meta)


def test_without_proxies_the_socket_address_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(HTTP_X_FORWARDED_FOR="1.2.3.4")) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    forged_then_real = "6.6.6.6, 198.51.100.7"
    assert client_ip(_request(HTTP_X_FORWARDED_FOR=forged_then_real)) == "198.51.100.7"


def test_missing_header_falls_back_to_socket_address(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(HTTP_X_FORWARDED_FOR="198.51.100.7")) == "10.0.0.1"
