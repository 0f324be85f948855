"""Django's EMAIL_BACKEND: queue every message in the outbox instead of sending it.

The backend that really sends is OUTBOX_EMAIL_BACKEND, used by the worker.
"""

from django.core.mail.backends.base import BaseEmailBackend


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from core.mail import mail_queue_message

        return sum(
            1 for message in email_messages if mail_queue_message(message) is not None
        )
