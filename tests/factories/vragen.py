"""Factories for parents' questions and answers (Dutch fake data, @example.org)."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from vragen.models import Answer, Question


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    text = "Hoe vraag ik kinderbijslag aan nu ik alleen ben?"
    contact = Question.Contact.EMAIL
    email = factory.Sequence(lambda n: f"ouder{n}@example.org")
    consent_at = factory.LazyFunction(timezone.now)
    created_at = factory.LazyFunction(timezone.now)
    due_date = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=2)
    )


class AnswerFactory(DjangoModelFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    text = "Je vraagt kinderbijslag aan bij de SVB."
    via = Answer.Via.EMAIL
