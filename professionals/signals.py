"""Approve a membership automatically once an address with a listed domain is verified."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from professionals.services import membership_auto_approve


@receiver(email_confirmed)
def approve_on_email_confirmed(sender, request, email_address, **kwargs):
    membership_auto_approve(email_address.user)
