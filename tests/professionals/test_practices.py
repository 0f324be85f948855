"""Praktijkvoorbeelden: create with attachment, search and filters, questions."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.models import Organisation
from professionals.models import Practice, PracticeAttachment, PracticeQuestion
from tests.factories.content import OrganisationFactory, ThemeFactory
from tests.factories.professionals import PracticeFactory, member_create

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def _form_data(**extra):
    data = {
        "title": "Koffie-uurtje voor ouders",
        "summary": "Elke week een inloop met het wijkteam.",
        "status": "loopt",
        "size_class": "20k-50k",
        "province": "Gelderland",
        "publication": "gepubliceerd",
        "tags": "koffie-uurtje, wijkteam",
    }
    data.update(extra)
    return data


@pytest.fixture
def member(client):
    user = member_create(OrganisationFactory(name="Gemeente Zutphen"))
    client.force_login(user)
    return user


def test_create_practice_with_attachment_stored_privately(
    client, member, private_media, settings
):
    upload = SimpleUploadedFile("Plan van aanpak.pdf", PDF, "application/pdf")
    response = client.post(
        reverse("professionals:practice_create"),
        _form_data(attachment=upload, attachment_title="Ons plan"),
    )
    assert response.status_code == 302
    practice = Practice.objects.get()
    assert practice.organisation.name == "Gemeente Zutphen"
    assert practice.author == member
    assert sorted(t.name for t in practice.tags.all()) == ["koffie-uurtje", "wijkteam"]
    attachment = practice.attachments.get()
    assert attachment.original_name == "Ons plan.pdf"
    stored = private_media / attachment.file.name
    assert stored.exists()
    assert "Plan" not in attachment.file.name, "the stored name is random"
    assert (
        not any(settings.MEDIA_ROOT.glob("**/*.pdf"))
        if settings.MEDIA_ROOT.exists()
        else True
    )
    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF


def test_attachment_url_does_not_work_for_anonymous(client, member):
    practice = PracticeFactory(organisation=member.membership.organisation)
    attachment = PracticeAttachment.objects.create(
        practice=practice,
        file=SimpleUploadedFile("a.pdf", PDF),
        original_name="a.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    client.logout()
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("virus.exe", EXE, "Dit soort bestand kun je niet toevoegen"),
        ("rapport.pdf", EXE, "De inhoud van het bestand past niet bij de naam"),
        ("script.html", b"<script>alert(1)</script>", "Dit soort bestand"),
    ],
)
def test_executable_or_disguised_upload_is_refused(
    client, member, name, content, message
):
    response = client.post(
        reverse("professionals:practice_create"),
        _form_data(attachment=SimpleUploadedFile(name, content)),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Practice.objects.exists()
    # What the user typed is kept.
    assert 'value="Koffie-uurtje voor ouders"' in response.content.decode()


def test_oversized_upload_is_refused(client, member, settings):
    settings.PROFESSIONALS_MAX_UPLOAD_BYTES = 1024
    big = SimpleUploadedFile("groot.pdf", PDF + b"0" * 2048)
    response = client.post(
        reverse("professionals:practice_create"), _form_data(attachment=big)
    )
    assert response.status_code == 400
    assert "Het bestand is te groot" in response.content.decode()
    assert not PracticeAttachment.objects.exists()


def test_validation_error_keeps_input_and_links_errors(client, member):
    response = client.post(
        reverse("professionals:practice_create"),
        _form_data(title="", status="gestopt", approach="Onze aanpak in stappen"),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_title"' in html
    assert 'href="#id_ended_reason"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_title_error"' in html
    assert "Onze aanpak in stappen" in html
    assert 'value="gestopt" id="id_status_1" checked' in html


def test_html_in_fields_is_escaped(client, member):
    client.post(
        reverse("professionals:practice_create"),
        _form_data(
            title="<script>alert('x')</script>",
            summary="<img src=x onerror=alert(1)>",
            tags="<b>vet</b>",
        ),
    )
    practice = Practice.objects.get()
    for url in [practice.get_absolute_url(), reverse("professionals:practice_list")]:
        html = client.get(url).content.decode()
        assert "<script>alert(" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;" in html
    client.post(
        reverse("professionals:practice_question", args=[practice.pk]),
        {"body": "<script>evil()</script>"},
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<script>evil()" not in html
    assert "&lt;script&gt;evil()" in html


def test_other_organisation_finds_practice_by_search_and_asks_a_question(
    client, member
):
    author = member
    client.post(
        reverse("professionals:practice_create"),
        _form_data(summary="Een gastoudercursus voor ouders in de bijstand."),
    )
    practice = Practice.objects.get()
    asker = member_create(OrganisationFactory(name="Gemeente Almere"))
    client.force_login(asker)
    found = client.get(reverse("professionals:practice_list"), {"q": "gastouder"})
    assert practice.title in found.content.decode()
    not_found = client.get(reverse("professionals:practice_list"), {"q": "zzzzz"})
    assert practice.title not in not_found.content.decode()
    response = client.post(
        reverse("professionals:practice_question", args=[practice.pk]),
        {"body": "Hoe vonden jullie de gastouders?"},
    )
    assert response.status_code == 302
    assert PracticeQuestion.objects.get().author == asker
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [author.email]
    assert "Hoe vonden jullie de gastouders?" in mail.outbox[0].body
    detail = client.get(practice.get_absolute_url()).content.decode()
    assert "Hoe vonden jullie de gastouders?" in detail
    assert "Gemeente Almere" in detail


def test_empty_question_is_refused_with_message(client, member):
    practice = PracticeFactory()
    response = client.post(
        reverse("professionals:practice_question", args=[practice.pk]), {"body": ""}
    )
    assert response.status_code == 400
    assert 'href="#id_body"' in response.content.decode()
    assert not PracticeQuestion.objects.exists()


def test_drafts_are_only_seen_by_own_organisation(client, member):
    PracticeFactory(
        title="Ons concept",
        organisation=member.membership.organisation,
        publication=Practice.Publication.DRAFT,
    )
    PracticeFactory(title="Hun concept", publication=Practice.Publication.DRAFT)
    PracticeFactory(title="Iets openbaars")
    html = client.get(reverse("professionals:practice_list")).content.decode()
    assert "Ons concept" in html
    assert "Iets openbaars" in html
    assert "Hun concept" not in html


def test_filters(client, member):
    work = ThemeFactory(slug="werk-en-opleiding", name="Werk en opleiding")
    municipality_org = OrganisationFactory(
        name="Gemeente Een", kind=Organisation.Kind.MUNICIPALITY
    )
    PracticeFactory(
        title="Alpha",
        organisation=municipality_org,
        size_class="100k-plus",
        province="Flevoland",
        status="loopt",
        themes=[work],
        tags=["werkcoach"],
    )
    PracticeFactory(
        title="Beta", size_class="tot-20k", province="Zeeland", status="gestopt"
    )
    url = reverse("professionals:practice_list")

    def titles(**params):
        html = client.get(url, params).content.decode()
        return {t for t in ["Alpha", "Beta"] if f">{t}</a>" in html}

    assert titles() == {"Alpha", "Beta"}
    assert titles(theme="werk-en-opleiding") == {"Alpha"}
    assert titles(tag="werkcoach") == {"Alpha"}
    assert titles(size_class="tot-20k") == {"Beta"}
    assert titles(organisation_kind="gemeente") == {"Alpha"}
    assert titles(province="Zeeland") == {"Beta"}
    assert titles(status="gestopt") == {"Beta"}
    assert titles(q="alpha", province="Zeeland") == set()
    # Tampered values never give a 500; the filter is ignored.
    response = client.get(url, {"province": "<script>", "pagina": "x", "q": "%" * 300})
    assert response.status_code == 200


def _list_queries(client, count):
    themes = [ThemeFactory() for _ in range(2)]
    for i in range(count):
        PracticeFactory(themes=themes, tags=[f"tag{i}", "gedeeld"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("professionals:practice_list"))
    assert response.status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow_with_data(client, member):
    small = _list_queries(client, 2)
    large = _list_queries(client, 18)
    assert large == small, (small, large)
    assert large <= 20


def test_edit_keeps_moderator_decision(client, member):
    practice = PracticeFactory(
        organisation=member.membership.organisation,
        publication=Practice.Publication.UNPUBLISHED,
    )
    response = client.post(
        reverse("professionals:practice_edit", args=[practice.pk]),
        _form_data(publication="gepubliceerd"),
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.publication == Practice.Publication.UNPUBLISHED
