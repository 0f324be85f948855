from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    """The search box of /zoeken/. Never validated: the view reads and trims `q`
    itself, so any query gets an answer, never an error."""

    mark_required = False

    q = forms.CharField(
        label=_("Waar zoek je naar?"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": "200"}),
    )
