"""Admin change forms: their address, and the POST data built from the page the admin rendered."""

from django import forms


def change_url(obj):
    meta = obj._meta
    return f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"


def _value(bound):
    value = bound.value()
    if isinstance(bound.field.widget, forms.NullBooleanSelect):
        # Sent as the select's option values; a checkbox's "on" would read as unknown.
        return {True: "true", False: "false"}.get(value)
    if value is None or value is False:
        return None
    if value is True:
        return "on"
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value)


def _form_fields(form, data):
    for name in form.fields:
        value = _value(form[name])
        if value is not None:
            data[form.add_prefix(name)] = value


def change_form_data(response, **changes):
    """What the browser would send back unchanged, with `changes` applied."""
    data = {}
    _form_fields(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = _value(management[name]) or "0"
        for form in formset.initial_forms:
            _form_fields(form, data)
    data.update(changes)
    return data
