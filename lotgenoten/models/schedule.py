"""When a group meets: the day, the times and how often, and how to say that."""

import datetime

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# From this time on a meeting counts as "outside working hours" (evening).
EVENING_FROM = datetime.time(17, 0)


class MeetingSchedule(models.Model):
    """The 'Wanneer' part of a group, with the sentence parents read."""

    class Weekday(models.IntegerChoices):
        MONDAY = 1, _("maandag")
        TUESDAY = 2, _("dinsdag")
        WEDNESDAY = 3, _("woensdag")
        THURSDAY = 4, _("donderdag")
        FRIDAY = 5, _("vrijdag")
        SATURDAY = 6, _("zaterdag")
        SUNDAY = 7, _("zondag")

    class Frequency(models.TextChoices):
        WEEKLY = "wekelijks", _("elke week")
        FORTNIGHTLY = "tweewekelijks", _("om de week")
        MONTHLY = "maandelijks", _("1 keer per maand")
        OTHER = "anders", _("anders (zie de tekst)")

    weekday = models.PositiveSmallIntegerField(
        _("dag"), choices=Weekday.choices, null=True, blank=True
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    frequency = models.CharField(
        _("hoe vaak"), max_length=20, choices=Frequency.choices, blank=True
    )
    schedule_text = models.CharField(
        _("wanneer (tekst)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Bijvoorbeeld: elke eerste dinsdag van de maand, niet in de zomer."
        ),
    )
    outside_working_hours = models.BooleanField(
        _("'s avonds of in het weekend"),
        default=False,
        editable=False,
        db_index=True,
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.outside_working_hours = schedule_is_outside_working_hours(
            self.weekday, self.start_time
        )
        super().save(*args, **kwargs)

    @property
    def schedule_display(self) -> str:
        """'Elke week op dinsdag 9.30–11.00 uur', or the editor's own text."""
        if self.schedule_text:
            return self.schedule_text
        parts = []
        if self.frequency and self.frequency != self.Frequency.OTHER:
            parts.append(str(self.get_frequency_display()))
        if self.weekday:
            parts.append(gettext("op %(day)s") % {"day": self.get_weekday_display()})
        if self.start_time:
            times = _clock(self.start_time)
            if self.end_time:
                times += "–" + _clock(self.end_time)
            parts.append(gettext("%(times)s uur") % {"times": times})
        return capfirst(" ".join(parts)) or gettext("Vraag het de organisator")


def _clock(value: datetime.time) -> str:
    return f"{value.hour}.{value.minute:02d}"


def schedule_is_outside_working_hours(weekday, start_time) -> bool:
    """Evening (from 17:00) or weekend: the times working parents can come."""
    weekend = (MeetingSchedule.Weekday.SATURDAY, MeetingSchedule.Weekday.SUNDAY)
    if weekday in weekend:
        return True
    return start_time is not None and start_time >= EVENING_FROM
