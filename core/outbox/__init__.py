"""The outbox: every e-mail of the portal is stored here first and delivered by a
worker, so a mail server that is down never costs a parent their sign-up.

Senders call `core.mail.mail_queue`; Django's EMAIL_BACKEND points at
`core.outbox.backends.OutboxEmailBackend`, so allauth, Wagtail and `mail_admins`
go the same way. The worker is django-tasks' database worker:
`manage.py db_worker --backend outbox` (docs/deployment.md, "E-mail").
"""
