"""The one form layer: PostcodeField, and every form of ours rendering through the
one field template with its aria wiring (core/forms.py)."""

import inspect
import re
from pathlib import Path

import pytest
from django import forms
from django.conf import settings

import content.forms
import lotgenoten.forms
import professionals.forms
import regelingen.forms
from core.forms import POSTCODE_ERROR, FormRenderer, PostcodeField, PostcodeForm

FIELD_TEMPLATE = "core/forms/field.html"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1012 AB", "1012"), ("1012ab", "1012"), (" 9999 ", "9999"), ("1012", "1012")],
)
def test_postcode_field_reduces_pc6_to_pc4(raw, expected):
    assert PostcodeField().clean(raw) == expected


@pytest.mark.parametrize(
    "raw", ["12AB", "0123 AB", "1012 SS", "postcode", "1012 AB" + "x" * 200]
)
def test_postcode_field_refuses_bad_input_with_the_one_dutch_text(raw):
    with pytest.raises(forms.ValidationError) as caught:
        PostcodeField().clean(raw)
    assert caught.value.messages == [str(POSTCODE_ERROR)]
    assert str(POSTCODE_ERROR).startswith("Dit is geen Nederlandse postcode.")


def test_postcode_field_optional_and_required():
    assert PostcodeField(required=False).clean("  ") == ""
    with pytest.raises(forms.ValidationError) as caught:
        PostcodeField().clean("")
    assert caught.value.code == "required"


def test_every_postcode_field_is_the_one_postcode_field():
    for form_class in (
        PostcodeForm,
        lotgenoten.forms.GroupSearchForm,
        regelingen.forms.SituationForm,
    ):
        assert isinstance(form_class.base_fields["postcode"], PostcodeField)


def test_form_renderer_is_set_once_in_settings():
    assert settings.FORM_RENDERER == "core.forms.FormRenderer"
    assert FormRenderer.field_template_name == FIELD_TEMPLATE


def _our_form_classes():
    for module in (
        content.forms,
        lotgenoten.forms,
        regelingen.forms,
        professionals.forms,
    ):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                yield cls
    yield PostcodeForm


EXTRA_KWARGS = {
    "SchemeFilterForm": {"themes": [], "life_events": [], "providers": []},
    "AgesForm": {"children_count": 2},
}


def test_the_walk_finds_the_forms_of_every_app():
    names = {cls.__name__ for cls in _our_form_classes()}
    assert {
        "SearchForm",
        "SignUpForm",
        "HouseholdForm",
        "PracticeForm",
        "PostcodeForm",
    } <= names


@pytest.mark.django_db
@pytest.mark.parametrize(
    "form_class", list(_our_form_classes()), ids=lambda c: c.__name__
)
def test_every_form_renders_its_errors_through_the_one_field_template(form_class):
    # Every field gets a value it refuses (or none), so each invalid field must
    # show its error linked to the input.
    data = {"website": "", "postcode": "12AB"}
    form = form_class(data, **EXTRA_KWARGS.get(form_class.__name__, {}))
    form.is_valid()
    html = str(form)
    assert form.renderer.__class__ is FormRenderer
    for bound in form.visible_fields():
        assert bound.template_name == FIELD_TEMPLATE
        group = str(bound.as_field_group())
        assert re.search(r'class="[^"]*\bform-field(set)?\b', group), bound.name
        if not bound.errors:
            continue
        error_id = f"{bound.auto_id}_error"
        assert f'id="{error_id}"' in html
        if bound.use_fieldset:
            # A radio or checkbox group: a fieldset with a legend carries the link.
            group = re.search(rf'<fieldset[^>]*id="{bound.auto_id}"[^>]*>', html)
            assert group and error_id in group.group(0)
            assert "<legend" in html
            assert 'aria-invalid="true"' in html
        else:
            tag = re.search(
                rf'<(input|select|textarea)[^>]*id="{bound.id_for_label}"[^>]*>', html
            )
            assert tag, bound.name
            assert 'aria-invalid="true"' in tag.group(0)
            assert error_id in re.search(
                r'aria-describedby="([^"]*)"', tag.group(0)
            ).group(1)
        if bound.help_text and not bound.use_fieldset:
            assert f'id="{bound.auto_id}_helptext"' in html


def test_help_text_is_linked_before_any_error():
    html = str(PostcodeForm(auto_id="home-%s")["postcode"].as_field_group())
    assert 'aria-describedby="home-postcode_helptext"' in html
    assert 'id="home-postcode_helptext"' in html
    assert "aria-invalid" not in html


@pytest.mark.django_db
def test_required_fields_are_marked_unless_the_form_marks_optional_ones():
    marked = professionals.forms.MembershipRequestForm()
    assert "(verplicht)" in str(marked["kind"].as_field_group())
    parent = lotgenoten.forms.SignUpForm()
    assert "(verplicht)" not in str(parent)


@pytest.mark.django_db
def test_allauth_login_errors_use_the_one_field_template_and_summary(client):
    html = client.post("/accounts/login/", {"login": "x", "password": ""}).content
    html = html.decode()
    assert 'id="foutmeldingen"' in html
    assert 'id="id_password_error"' in html
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_password"', html)


ROOT = Path(settings.BASE_DIR)


def _template_files():
    dirs = [Path(d) for d in settings.TEMPLATES[0]["DIRS"]]
    dirs += [
        ROOT / app / "templates"
        for app in (
            "core",
            "content",
            "eenouderpunt",
            "lotgenoten",
            "regelingen",
            "professionals",
        )
    ]
    for directory in dirs:
        if directory.is_dir():
            for path in directory.rglob("*.html"):
                yield path, path.relative_to(directory).as_posix()


def test_there_is_one_field_template_and_one_error_summary():
    fields = sorted(
        name for _, name in _template_files() if name.endswith("field.html")
    )
    summaries = sorted(
        name
        for _, name in _template_files()
        if re.search(r"error[_-]?(summary|items)", name)
    )
    # allauth looks up its own element templates; they delegate to ours.
    assert fields == ["allauth/elements/field.html", FIELD_TEMPLATE]
    assert summaries == ["core/forms/error_summary.html"]


def test_no_template_writes_its_own_field_error_or_error_summary():
    delegating = {
        "allauth/elements/field.html": "field_from_attrs",
        "allauth/elements/fields.html": "{{ attrs.form }}",
        "allauth/elements/form.html": "core/forms/error_summary.html",
    }
    for path, name in _template_files():
        text = path.read_text()
        if name in delegating:
            assert delegating[name] in text, name
        if name.startswith("core/forms/"):
            continue
        assert "utrecht-form-field-error-message" not in text, name
        assert "data-error-summary" not in text, name


def test_allauth_hand_built_fields_go_through_the_one_field_template():
    from django.template import Context, Template, engines
    from django.template.base import Origin

    template = Template(
        "{% load allauth %}"
        '{% element field id="recovery_codes" type="textarea" readonly=True %}'
        "{% slot label %}Ongebruikte codes{% endslot %}"
        "{% slot value %}123456{% endslot %}{% endelement %}"
        '{% element field type="checkbox" id="codes_saved" %}'
        "{% slot label %}Ik heb de codes bewaard{% endslot %}{% endelement %}",
        origin=Origin("test", template_name="test.html"),
        engine=engines["django"].engine,
    )
    html = template.render(Context({}))
    assert re.search(r'<label class="utrecht-form-label" for="recovery_codes">', html)
    assert re.search(r"<textarea[^>]*readonly[^>]*>\s*123456</textarea>", html)
    assert 'type="checkbox"' in html and 'for="codes_saved"' in html
    assert html.count("utrecht-form-field ") == 2
