"""Routing, urgency, reminders, the queue order, retention and the monthly report."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from content.models import PublicHoliday
from core.models import Municipality, PostcodeArea
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import member_create
from tests.factories.vragen import AnswerFactory, QuestionFactory
from vragen import selectors, services
from vragen.models import Answer, Question, RoutingOptIn

pytestmark = pytest.mark.django_db

AMSTERDAM_TZ = timezone.get_default_timezone()


def _at(year, month, day, hour=10):
    return timezone.make_aware(datetime.datetime(year, month, day, hour), AMSTERDAM_TZ)


@pytest.fixture
def zutphen():
    municipality = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    PostcodeArea.objects.create(
        pc4="7201",
        place="Zutphen",
        municipality=municipality,
        latitude=52.14,
        longitude=6.19,
    )
    return municipality


@pytest.fixture
def zutphen_org(zutphen):
    return OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=zutphen
    )


def _data(**extra):
    return {
        "text": "Hoe vraag ik kinderbijslag aan?",
        "contact": "email",
        "email": "ouder@example.org",
        "phone": "",
        "call_times": "",
        "postcode": "",
        "name": "",
        **extra,
    }


def test_question_without_postcode_goes_to_the_national_team():
    question = services.question_create(data=_data())
    assert question.organisation is None
    assert question.municipality is None
    assert question.status == Question.Status.NEW
    assert question in selectors.questions_for_national_team()


def test_question_from_an_opted_in_gemeente_goes_to_that_organisation(
    zutphen, zutphen_org
):
    services.routing_optin_save(zutphen_org, active=True, municipalities=[zutphen])
    question = services.question_create(data=_data(postcode="7201"))
    assert question.organisation == zutphen_org
    assert question.municipality == zutphen
    assert question not in selectors.questions_for_national_team()
    assert question in selectors.questions_for_organisation(zutphen_org)
    assert question not in selectors.questions_for_organisation(OrganisationFactory())


def test_a_gemeente_that_did_not_opt_in_or_stopped_goes_to_the_national_team(
    zutphen, zutphen_org
):
    assert services.question_create(data=_data(postcode="7201")).organisation is None
    services.routing_optin_save(zutphen_org, active=False, municipalities=[zutphen])
    question = services.question_create(data=_data(postcode="7201"))
    assert question.organisation is None
    assert question.municipality == zutphen  # kept for the report, not the postcode


def test_the_gemeente_itself_goes_before_a_partner(zutphen, zutphen_org):
    partner = OrganisationFactory(name="Partner")
    services.routing_optin_save(partner, active=True, municipalities=[zutphen])
    services.routing_optin_save(zutphen_org, active=True, municipalities=[zutphen])
    assert selectors.routed_organisation(zutphen) == zutphen_org


def test_unknown_postcode_goes_to_the_national_team():
    question = services.question_create(data=_data(postcode="9999"))
    assert question.municipality is None and question.organisation is None


def test_the_postcode_is_not_stored(zutphen):
    question = services.question_create(data=_data(postcode="7201"))
    values = [
        str(v) for v in Question.objects.filter(pk=question.pk).values().get().values()
    ]
    assert not any("7201" in value for value in values)


def test_safety_words_mark_the_question_urgent():
    question = services.question_create(
        data=_data(text="Mijn ex bedreigt me. Ik ben bang.")
    )
    assert question.urgent
    assert question.safety_topics == "geweld"
    assert not services.question_create(data=_data()).urgent


def test_confirmation_mail_with_reference_only_when_an_address_was_given():
    question = services.question_create(data=_data())
    assert len(mail.outbox) == 1
    assert question.reference in mail.outbox[0].subject
    assert question.reference in mail.outbox[0].body
    assert "kinderbijslag" not in mail.outbox[0].body  # the question stays out
    services.question_create(
        data=_data(contact="telefoon", email="", phone="06 12345678")
    )
    assert len(mail.outbox) == 1


def test_a_phone_number_is_only_kept_when_the_parent_wants_a_call():
    question = services.question_create(data=_data(phone="06 12345678"))
    assert question.phone == ""


def test_references_are_random_and_unique():
    refs = {QuestionFactory().reference for _ in range(30)}
    assert len(refs) == 30
    assert all(len(ref) == 11 and ref.startswith("V-") for ref in refs)
    # Not sequential: consecutive questions do not share a prefix pattern.
    assert len({ref[2:6] for ref in refs}) > 20


def test_due_date_counts_working_days_and_holidays():
    PublicHoliday.objects.create(date=datetime.date(2026, 12, 25), name="Kerst")
    PublicHoliday.objects.create(date=datetime.date(2026, 12, 26), name="Kerst 2")
    question = services.question_create(data=_data(), now=_at(2026, 12, 24))
    assert question.due_date == datetime.date(2026, 12, 29)
    friday = services.question_create(data=_data(), now=_at(2026, 12, 4))
    assert friday.due_date == datetime.date(2026, 12, 8)


def test_queue_overdue_on_top_then_urgent_then_due_date():
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    later = QuestionFactory(due_date=today + 3 * day)
    soon = QuestionFactory(due_date=today + day)
    urgent = QuestionFactory(due_date=today + 2 * day, urgent=True)
    overdue = QuestionFactory(due_date=today - day)
    very_overdue = QuestionFactory(due_date=today - 3 * day)
    answered = QuestionFactory(due_date=today - 5 * day, status="beantwoord")
    closed = QuestionFactory(due_date=today - 9 * day, status="gesloten")
    queue = list(selectors.question_queue(Question.objects.all()))
    assert queue == [very_overdue, overdue, urgent, soon, later, answered, closed]
    counts = selectors.queue_counts(Question.objects.all())
    assert (counts.waiting, counts.overdue) == (5, 2)


def test_reminder_one_working_day_before_the_deadline_once():
    editor = member_create()
    editor.is_superuser = True
    editor.save()
    due_monday = QuestionFactory(due_date=datetime.date(2026, 12, 7))
    not_yet = QuestionFactory(due_date=datetime.date(2026, 12, 8))
    answered = QuestionFactory(due_date=datetime.date(2026, 12, 7), status="beantwoord")
    friday = _at(2026, 12, 4, 7)
    assert services.questions_remind(now=friday) == 1
    assert mail.outbox[-1].to == [editor.email]
    assert due_monday.reference in mail.outbox[-1].subject
    assert due_monday.text not in mail.outbox[-1].body
    due_monday.refresh_from_db()
    not_yet.refresh_from_db()
    answered.refresh_from_db()
    assert due_monday.reminder_sent_at is not None
    assert not_yet.reminder_sent_at is None and answered.reminder_sent_at is None
    assert services.questions_remind(now=friday) == 0  # once


def test_reminder_goes_to_the_assignee_or_the_organisation(zutphen_org):
    colleague = member_create(zutphen_org)
    assignee = member_create(zutphen_org)
    other = member_create()
    org_question = QuestionFactory(
        organisation=zutphen_org, due_date=datetime.date(2026, 12, 7)
    )
    services.questions_remind(now=_at(2026, 12, 4, 7))
    assert sorted(mail.outbox[-1].to) == sorted([colleague.email, assignee.email])
    assert other.email not in mail.outbox[-1].to
    taken = QuestionFactory(
        organisation=zutphen_org, due_date=datetime.date(2026, 12, 7)
    )
    services.question_take(taken, assignee)
    services.questions_remind(now=_at(2026, 12, 4, 7))
    assert mail.outbox[-1].to == [assignee.email]
    assert org_question.reference not in mail.outbox[-1].subject


def test_answer_by_email_sends_it_and_marks_answered():
    user = member_create()
    question = QuestionFactory(email="ouder@example.org")
    answer = services.answer_create(
        question, text="Dit is ons antwoord.", via=Answer.Via.EMAIL, by=user
    )
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.first_answered_at is not None
    assert question.assignee == user
    assert mail.outbox[-1].to == ["ouder@example.org"]
    assert "Dit is ons antwoord." in mail.outbox[-1].body
    assert answer.via == Answer.Via.EMAIL


def test_a_phone_answer_is_logged_without_mail():
    question = QuestionFactory(email="", contact="telefoon", phone="0612345678")
    services.answer_create(question, text="Gebeld.", via=Answer.Via.EMAIL, by=None)
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.answers.get().via == Answer.Via.PHONE
    assert mail.outbox == []


def test_retention_deletes_questions_and_answers_180_days_after_closing(settings):
    settings.QUESTION_RETENTION_DAYS = 180
    now = timezone.now()
    old = QuestionFactory(
        status="gesloten", closed_at=now - datetime.timedelta(days=181)
    )
    AnswerFactory(question=old)
    recent = QuestionFactory(
        status="gesloten", closed_at=now - datetime.timedelta(days=179)
    )
    open_question = QuestionFactory(created_at=now - datetime.timedelta(days=200))
    forgotten = QuestionFactory(
        status="beantwoord", created_at=now - datetime.timedelta(days=400)
    )
    assert services.questions_delete_expired(now=now) == 2
    remaining = set(Question.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, open_question.pk}
    assert not Answer.objects.filter(question_id=old.pk).exists()
    assert forgotten.pk not in remaining


def test_retention_command(settings):
    from django.core.management import call_command

    QuestionFactory(
        status="gesloten", closed_at=timezone.now() - datetime.timedelta(days=200)
    )
    call_command("vragen_delete_expired", verbosity=0)
    assert not Question.objects.exists()


def test_monthly_report_numbers():
    today = datetime.date(2026, 11, 30)
    nov = _at(2026, 11, 2)
    QuestionFactory(
        created_at=nov,
        due_date=datetime.date(2026, 11, 4),
        first_answered_at=nov + datetime.timedelta(hours=10),
    )
    QuestionFactory(
        created_at=nov,
        due_date=datetime.date(2026, 11, 4),
        first_answered_at=nov + datetime.timedelta(hours=30),
    )
    QuestionFactory(  # answered late
        created_at=nov,
        due_date=datetime.date(2026, 11, 4),
        first_answered_at=nov + datetime.timedelta(days=5),
    )
    QuestionFactory(created_at=nov, due_date=datetime.date(2026, 11, 4))  # open
    QuestionFactory(
        created_at=_at(2026, 10, 15),
        due_date=datetime.date(2026, 10, 19),
        first_answered_at=_at(2026, 10, 15, 14),
    )
    reports = selectors.month_reports(Question.objects.all(), months=3, today=today)
    assert [r.month for r in reports] == [
        datetime.date(2026, 11, 1),
        datetime.date(2026, 10, 1),
        datetime.date(2026, 9, 1),
    ]
    november, october, september = reports
    assert (november.questions, november.answered, november.within_target) == (4, 3, 2)
    assert november.median_hours == 30.0
    assert november.within_target_percent == 50
    assert (october.questions, october.median_hours) == (1, 4.0)
    assert october.within_target_percent == 100
    assert september.questions == 0 and september.within_target_percent is None


def test_routing_optin_save_keeps_one_per_organisation(zutphen, zutphen_org):
    services.routing_optin_save(zutphen_org, active=True, municipalities=[zutphen])
    services.routing_optin_save(zutphen_org, active=False, municipalities=[])
    optin = RoutingOptIn.objects.get()
    assert not optin.active and not optin.municipalities.exists()


def test_demo_seed_loads_examples_once(postcode_areas):
    from django.core.management import call_command

    OrganisationFactory(
        name="Gemeente Zutphen",
        kind="gemeente",
        municipality=Municipality.objects.get(name="Zutphen"),
    )
    call_command("load_demo_vragen", verbosity=0)
    count = Question.objects.count()
    assert count >= 4
    assert not Question.objects.filter(is_example=False).exists()
    assert Question.objects.filter(organisation__name="Gemeente Zutphen").exists()
    assert Question.objects.filter(organisation__isnull=True).exists()
    call_command("load_demo_vragen", verbosity=0)
    assert Question.objects.count() == count


def test_remind_command_runs(settings):
    from django.core.management import call_command

    QuestionFactory(due_date=timezone.localdate() - datetime.timedelta(days=1))
    call_command("vragen_remind", verbosity=0)
    assert Question.objects.get().reminder_sent_at is not None
