"""The outbox (core.mail, core.outbox): mail is stored with the data it reports,
delivered by the worker with retries, shown to editors when it keeps failing, and
never written to the log."""

import datetime
import email
import io
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.mail import mail_queue, subject_clean
from core.outbox.models import OutboxMail
from core.outbox.tasks import mail_deliver, retry_delay
from lotgenoten.models import SignUp
from professionals.models import PracticeQuestion
from tests.conftest import _ensure_page_tree
from tests.factories.content import OrganisationFactory
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.professionals import PracticeFactory, member_create

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "outbox": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
SIGNUP = {
    "name": "Sam",
    "email": "sam@example.org",
    "phone": "0612345678",
    "message": "Mag mijn dochter mee?",
    "consent": "on",
    "website": "",
}


class Inbox:
    """aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


class SmtpServer:
    """A local SMTP server on a free port; not running until start()."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def received(self):
        return [
            email.message_from_bytes(envelope.content, policy=policy.default)
            for envelope in self.inbox.messages
        ]


@pytest.fixture
def smtp(settings):
    """Real SMTP delivery to a local server that refuses connections until started,
    and the database queue with its worker, as in production."""
    server = SmtpServer()
    settings.OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = DATABASE_TASKS
    yield server
    server.stop()


def worker_run():
    """`manage.py db_worker --backend outbox --batch`: run every task that is due."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in signals}
    try:
        call_command(
            "db_worker",
            "--backend=outbox",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--interval=0",
            stdout=io.StringIO(),
        )
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def retries_due():
    """Time passes: the planned retries are due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


@pytest.fixture
def page_tree(transactional_db):
    _ensure_page_tree()


@pytest.mark.django_db(transaction=True)
def test_mail_server_down_sign_up_and_question_answer_normally_mail_arrives_later(
    page_tree, home_page, postcode_areas, client, smtp, caplog
):
    group = PeerGroupFactory(name="Koffie in Oost", notify_email="oost@example.org")
    author = member_create(OrganisationFactory(name="Gemeente Zutphen"))
    # A line break in a title once made every question about it a 500.
    practice = PracticeFactory(author=author, title="Gastouders\r\nBcc: x@evil.example")
    asker = member_create(OrganisationFactory(name="Gemeente Almere"))

    with caplog.at_level(logging.DEBUG):
        signup = client.post(f"/lotgenoten/{group.slug}/meedoen/", SIGNUP)
        assert signup.status_code == 302
        done = client.get(signup["Location"])
        assert "Je aanmelding is verstuurd" in done.content.decode()
        client.force_login(asker)
        question = client.post(
            reverse("professionals:practice_question", args=[practice.pk]),
            {"body": "Hoe vonden jullie de gastouders?"},
        )
        assert question.status_code == 302
        assert client.get(question["Location"]).status_code == 200
        assert SignUp.objects.count() == 1
        assert PracticeQuestion.objects.count() == 1

        worker_run()  # the server refuses: all three wait for a retry
        waiting = list(OutboxMail.objects.all())
        # The organiser's mail, the parent's confirmation (#14) and the question.
        assert [(m.status, m.attempts) for m in waiting] == [("retrying", 1)] * 3
        assert {m.last_error for m in waiting} == {"ConnectionRefusedError"}
        assert smtp.inbox.messages == []

        # The parent tries again: still one sign-up, no new mail.
        again = client.post(f"/lotgenoten/{group.slug}/meedoen/", SIGNUP)
        assert again.status_code == 302
        assert SignUp.objects.count() == 1 and OutboxMail.objects.count() == 3

        smtp.start()
        retries_due()
        worker_run()

    assert not OutboxMail.objects.exists()
    received = smtp.received()
    assert sorted(m["To"] for m in received) == sorted(
        ["oost@example.org", author.email, "sam@example.org"]
    )
    by_to = {m["To"]: m for m in received}
    signup_mail = by_to["oost@example.org"]
    assert signup_mail["Subject"] == "Nieuwe aanmelding voor Koffie in Oost"
    assert "sam@example.org" in signup_mail.get_content()
    question_mail = by_to[author.email]
    assert question_mail["Subject"] == (
        "[Eenouderpunt] Nieuwe vraag bij 'Gastouders Bcc: x@evil.example'"
    )
    assert question_mail["Bcc"] is None
    assert "Hoe vonden jullie de gastouders?" in question_mail.get_content()
    # Nothing personal reached the portal's log: no address, phone or message
    # (the test SMTP server's own log, "mail.log", shows what it received).
    formatter = logging.Formatter("%(message)s %(exc_info)s")
    log = "\n".join(
        formatter.format(record)
        for record in caplog.records
        if not record.name.startswith("mail.log")
    )
    for secret in ["sam@example.org", "0612345678", "Mag mijn dochter", "gastouders?"]:
        assert secret not in log
    assert author.email not in log and "oost@example.org" not in log
    assert "not delivered" in log


def test_failed_delivery_retries_with_exponential_backoff_then_gives_up(
    db, smtp, settings, caplog
):
    settings.OUTBOX_MAX_ATTEMPTS = 4
    mail = mail_queue(["ouder@voorbeeld.nl"], "Onderwerp", "Geheim bericht van Sam")
    planned = []
    with caplog.at_level(logging.DEBUG):
        for _ in range(4):
            task = DBTaskResult.objects.ready().get()
            task.delete()  # what the worker does: take the task and run it
            before = timezone.now()
            mail_deliver.call(mail.pk)
            mail.refresh_from_db()
            if mail.status == OutboxMail.Status.RETRYING:
                retry = DBTaskResult.objects.get(status="READY")
                assert retry.run_after == mail.next_attempt_at
                planned.append(round((mail.next_attempt_at - before).total_seconds()))
                retries_due()
    assert planned == [60, 120, 240]
    assert mail.status == OutboxMail.Status.FAILED and mail.attempts == 4
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert "given up" in caplog.text
    assert "ouder@voorbeeld.nl" not in caplog.text and "Geheim" not in caplog.text

    # The server is fixed; `outbox_retry` sends what was given up.
    smtp.start()
    call_command("outbox_retry", stdout=io.StringIO())
    mail_deliver.call(DBTaskResult.objects.get(status="READY").args_kwargs["args"][0])
    assert not OutboxMail.objects.exists()
    assert [m["To"] for m in smtp.received()] == ["ouder@voorbeeld.nl"]


def test_backoff_is_capped(settings):
    settings.OUTBOX_RETRY_BASE_SECONDS = 60
    settings.OUTBOX_RETRY_MAX_SECONDS = 7200
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 7, 8, 20)] == [
        60,
        120,
        240,
        3840,
        7200,
        7200,
    ]


def test_mail_is_stored_with_its_data_or_not_at_all(db, settings):
    settings.TASKS = DATABASE_TASKS
    with pytest.raises(RuntimeError), transaction.atomic():
        mail_queue(["ouder@voorbeeld.nl"], "Onderwerp", "Tekst")
        assert OutboxMail.objects.count() == 1 and DBTaskResult.objects.count() == 1
        raise RuntimeError("the sign-up could not be saved")
    assert not OutboxMail.objects.exists() and not DBTaskResult.objects.exists()
    # The task carries the id only: no address or text in the queue table.
    mail_queue(["ouder@voorbeeld.nl"], "Onderwerp", "Tekst")
    task = DBTaskResult.objects.get()
    assert task.args_kwargs == {"args": [OutboxMail.objects.get().pk], "kwargs": {}}


def test_a_task_run_twice_sends_once(db, mailoutbox):
    mail_queue(["ouder@voorbeeld.nl"], "Onderwerp", "Tekst")
    assert len(mailoutbox) == 1 and not OutboxMail.objects.exists()
    assert mail_deliver.call(1) == "gone"
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("Gastouders\r\nBcc: x@evil.example", "Gastouders Bcc: x@evil.example"),
        ("Een\ttitel\x00met\x1bstuurtekens", "Een titel met stuurtekens"),
        ("Regel\u2028scheiding\u2029en\x85NEL", "Regel scheiding en NEL"),
        ("  spaties   rondom  ", "spaties rondom"),
    ],
)
def test_subject_is_one_clean_line(typed, subject):
    assert subject_clean(typed) == subject


def test_subject_is_capped(db, mailoutbox):
    subject = subject_clean("woord " * 100)
    assert len(subject) == 150 and subject.endswith("…")
    mail_queue(["ouder@voorbeeld.nl"], "Titel\n" + "x" * 300, "Tekst")
    assert len(mailoutbox[0].subject) == 150 and "\n" not in mailoutbox[0].subject


def test_password_reset_from_allauth_goes_through_the_outbox(
    db, client, smtp, settings
):
    # The test runner swaps EMAIL_BACKEND for its own; production uses the outbox.
    settings.EMAIL_BACKEND = "core.outbox.backends.OutboxEmailBackend"
    user = member_create(email="lid@gemeente.example")
    response = client.post(reverse("account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    mail = OutboxMail.objects.get()
    assert mail.to == [user.email] and "/accounts/password/reset/key/" in mail.body
    mail_deliver.call(mail.pk)  # the mail server is down
    mail.refresh_from_db()
    assert mail.status == OutboxMail.Status.RETRYING
    smtp.start()
    mail_deliver.call(mail.pk)
    assert [m["To"] for m in smtp.received()] == [user.email]


def test_editors_see_failing_mail_by_domain_only(client, home_page):
    OutboxMail.objects.create(
        subject="Nieuwe aanmelding voor Koffie in Oost",
        body="Sam wil meedoen, bel 0612345678",
        to=["sam.jansen@voorbeeld.nl"],
        status=OutboxMail.Status.FAILED,
        attempts=12,
        last_error="SMTPServerDisconnected",
    )
    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    assert client.get("/admin/rapporten/e-mail/").status_code == 302
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert 'id="outbox-failing-section"' in dashboard
    assert "1 e-mail is opgegeven" in dashboard
    assert "/admin/rapporten/e-mail/" in dashboard
    report = client.get("/admin/rapporten/e-mail/").content.decode()
    assert "voorbeeld.nl" in report and "SMTPServerDisconnected" in report
    for secret in ["sam.jansen", "0612345678", "Sam wil", "Koffie in Oost"]:
        assert secret not in report and secret not in dashboard


def test_editors_see_mail_waiting_for_a_worker_that_does_not_run(
    client, home_page, settings
):
    settings.TASKS = DATABASE_TASKS  # queued, and no worker takes it
    mail_queue(["ouder@voorbeeld.nl"], "Onderwerp", "Tekst")
    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    assert 'id="outbox-failing-section"' not in client.get("/admin/").content.decode()
    OutboxMail.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    dashboard = client.get("/admin/").content.decode()
    assert "1 e-mail wacht al meer dan een kwartier" in dashboard
    report = client.get("/admin/rapporten/e-mail/").content.decode()
    assert "voorbeeld.nl" in report and "In de wachtrij" in report


def test_dashboard_is_quiet_when_all_mail_arrives(client, home_page):
    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    assert 'id="outbox-failing-section"' not in client.get("/admin/").content.decode()


def _settings_load(**environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"EMAIL_BACKEND", "DJANGO_DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="eenouderpunt.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        **environment,
    )
    return subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; settings.TASKS"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "backend", [None, "", "django.core.mail.backends.console.EmailBackend"]
)
def test_production_refuses_to_start_without_a_real_mail_backend(backend):
    environment = {"DJANGO_DEBUG": "false"}
    if backend is not None:
        environment["EMAIL_BACKEND"] = backend
    result = _settings_load(**environment)
    assert result.returncode != 0
    assert "Set EMAIL_BACKEND to a real e-mail backend" in result.stderr


def test_production_starts_with_a_mail_backend_and_development_without():
    smtp = "django.core.mail.backends.smtp.EmailBackend"
    assert _settings_load(DJANGO_DEBUG="false", EMAIL_BACKEND=smtp).returncode == 0
    assert _settings_load(DJANGO_DEBUG="true").returncode == 0


def test_retention_prunes_failed_mail_and_old_task_rows(db, settings):
    settings.TASKS = DATABASE_TASKS
    old = OutboxMail.objects.create(
        subject="x", body="x", to=["a@voorbeeld.nl"], status="failed"
    )
    OutboxMail.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    recent = OutboxMail.objects.create(
        subject="x", body="x", to=["a@voorbeeld.nl"], status="failed"
    )
    call_command("outbox_prune", stdout=io.StringIO())
    assert list(OutboxMail.objects.all()) == [recent]
