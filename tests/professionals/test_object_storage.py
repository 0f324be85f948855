"""With several app servers, attachments live in a private S3-compatible bucket
(django-storages), configured from the environment; moto stands in for S3 here."""

import importlib
import os

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto import mock_aws

from professionals.models import Practice, PracticeAttachment
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import member_create

from .test_practices import PDF, _form_data

pytestmark = pytest.mark.django_db

BUCKET_ENV = {
    "MEDIA_S3_BUCKET": "eenouderpunt-media",
    "PRIVATE_MEDIA_S3_BUCKET": "eenouderpunt-private",
    "MEDIA_S3_REGION": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


@pytest.fixture
def object_storage(settings, monkeypatch):
    for name, value in BUCKET_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DJANGO_DEBUG", "true")
    from eenouderpunt import settings as production_settings

    configured = importlib.reload(production_settings).STORAGES
    for name in BUCKET_ENV:
        monkeypatch.delenv(name)
    importlib.reload(production_settings)  # back to the settings without buckets
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-1")
        for bucket in ("eenouderpunt-media", "eenouderpunt-private"):
            s3.create_bucket(
                Bucket=bucket,
                CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
            )
        settings.STORAGES = {**settings.STORAGES, **configured}
        # The file field took its storage when the model was imported; in production
        # the environment is set before that.
        field = PracticeAttachment._meta.get_field("file")
        monkeypatch.setattr(field, "storage", field._storage_callable())
        yield s3


def test_settings_choose_buckets_from_the_environment(object_storage, settings):
    private = settings.STORAGES["private"]
    assert private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private["OPTIONS"]["bucket_name"] == "eenouderpunt-private"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert settings.STORAGES["default"]["OPTIONS"]["bucket_name"] == (
        "eenouderpunt-media"
    )


def test_attachment_goes_to_the_private_bucket_and_back(client, object_storage):
    client.force_login(member_create(OrganisationFactory(name="Gemeente Zutphen")))
    upload = SimpleUploadedFile("Plan van aanpak.pdf", PDF, "application/pdf")
    response = client.post(
        reverse("professionals:practice_create"),
        _form_data(attachment=upload, attachment_title="Ons plan"),
    )
    assert response.status_code == 302
    attachment = Practice.objects.get().attachments.get()
    stored = object_storage.get_object(
        Bucket="eenouderpunt-private", Key=attachment.file.name
    )
    assert stored["Body"].read() == PDF
    acl = object_storage.get_object_acl(
        Bucket="eenouderpunt-private", Key=attachment.file.name
    )
    assert not [g for g in acl["Grants"] if "AllUsers" in str(g["Grantee"])]
    listed = object_storage.list_objects_v2(Bucket="eenouderpunt-media")
    assert listed["KeyCount"] == 0

    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    client.logout()
    assert client.get(attachment.get_absolute_url()).status_code != 200


def test_environment_is_left_as_it_was(object_storage):
    assert "MEDIA_S3_BUCKET" not in os.environ
