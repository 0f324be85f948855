"""Django's EMAIL_BACKEND: queue every message in the outbox instead of sending it.

The backend that really sends is OUTBOX_EMAIL_BACKEND, used by the worker.
"""

from django.core.mail.backends.base import BaseEmailBackend

from core.mail import mail_queue_message


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            try:
                queued += mail_queue_message(message) is not None
            except Exception:
                # mail_admins sends with fail_silently, from inside error handling.
                if not self.fail_silently:
                    raise
        return queued
