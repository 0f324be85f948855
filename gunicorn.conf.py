"""gunicorn settings read from the project directory (command-line options win).

Access log lines carry no personal data: no client address, no user agent, no referrer
and no query string (a postcode or a search can be in it); method, path, status, size
and duration are enough to run the service.
"""

accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
