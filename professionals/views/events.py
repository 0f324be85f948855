"""Agenda: a member adds and changes their organisation's workshops, meetings and
webinars. An editor approves each one (and each change) before parents see it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lotgenoten.forms import EventForm
from lotgenoten.models import Event
from lotgenoten.selectors import events_for_organisation
from lotgenoten.services import event_submit
from professionals.permissions import event_editable_by, member_required


@member_required
def event_list(request):
    events = events_for_organisation(request.membership.organisation)
    return render(
        request,
        "professionals/event_list.html",
        {"events": events, "nav": "events"},
    )


@member_required
def event_create(request):
    return _event_form(request, Event())


@member_required
def event_edit(request, pk):
    event = Event.objects.filter(pk=pk).first()
    if event is None:
        raise Http404
    if not event_editable_by(event, request.membership):
        return render(request, "professionals/forbidden.html", status=403)
    return _event_form(request, event)


def _event_form(request, event):
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        event = form.save(commit=False)
        event_submit(
            event, organisation=request.membership.organisation, user=request.user
        )
        form.instance = event
        form.save_m2m()
        messages.success(
            request,
            _(
                "De activiteit is opgeslagen. De redactie kijkt ernaar; daarna "
                "staat hij in de agenda."
            ),
        )
        return redirect("professionals:event_list")
    return render(
        request,
        "professionals/event_form.html",
        {"form": form, "event": event, "nav": "events"},
        status=400 if form.errors else 200,
    )
