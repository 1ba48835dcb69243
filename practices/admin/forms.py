"""Forms of the curation admin: the practice form with its edit lock, moves, scores."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from practices import permissions
from practices.accounts.roles import person_label
from practices.curation import workflow
from practices.models import Assignment, Practice, Stage

NO_BASE_VERSION = _(
    "This page did not say which version of the practice it was opened from, so your changes "
    "were not saved: they could have overwritten someone else's. What you typed is still "
    "below: copy what you need, then reload the page and apply your edits again."
)


NOTE_WITHOUT_MOVE = _(
    "This note goes with a move to another stage: press the stage button it is for, or empty "
    "the note to save without moving."
)


class PracticeAdminForm(forms.ModelForm):
    """Refuses a save made from an older version than the one stored, or from no stated
    version (optimistic locking)."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # Sent with a stage button, which saves the form and moves the practice in one step.
    move_note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 60})
    )
    # The refusal of that move, set by the admin when it shows the form again as it was sent.
    move_refused = None
    # Whether a stage button sent the form (set by the admin).
    moving = False

    class Meta:
        model = Practice
        fields = []  # the admin adds the fields of its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["base_version"].initial = self.instance.version
        if self.instance.pk is None:
            del self.fields["move_note"]  # a new candidate is entered, not moved

    def clean(self):
        cleaned = super().clean()
        base = cleaned.get("base_version")
        if self.instance.pk and base is None:
            # Without it a stale page would overwrite whatever was saved since it was opened.
            raise forms.ValidationError(NO_BASE_VERSION, code="no_base_version")
        if self.instance.pk and not workflow.is_current(self.instance, base):
            raise forms.ValidationError(self.conflict_message(base), code="edit_conflict")
        if self.move_refused is not None:
            raise forms.ValidationError(str(self.move_refused), code="move_refused")
        if cleaned.get("move_note", "").strip() and not self.moving:
            # Saved without a move, the note would be dropped: say so rather than lose it.
            self.add_error("move_note", NOTE_WITHOUT_MOVE)
        return cleaned

    def conflict_message(self, base):
        record = self.instance.history.filter(version=base).first()
        url = reverse("admin:practices_practice_history", args=[self.instance.pk])
        if record is not None:
            url = reverse("admin:practices_practice_revision", args=[self.instance.pk, record.pk])
        return format_html(
            '{} <a href="{}" target="_blank">{}</a>',
            _(
                "Someone else saved this practice while you were editing it, so your changes "
                "were not saved. What you typed is still below: see what they changed, copy "
                "what you need, then reload the page and apply your edits again."
            ),
            url,
            _("See what changed"),
        )


class MoveForm(forms.Form):
    to = forms.ChoiceField(choices=Stage.choices)
    current = forms.ChoiceField(choices=Stage.choices)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AssignmentInlineForm(forms.ModelForm):
    class Meta:
        model = Assignment
        fields = ["user", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "user" in self.fields:
            self.fields["user"].label_from_instance = person_label

    def clean(self):
        cleaned = super().clean()
        user, role = cleaned.get("user"), cleaned.get("role")
        if user and role and not permissions.may_take_role(user, role):
            raise forms.ValidationError(
                _("%(user)s does not have the permissions of a %(role)s.")
                % {"user": person_label(user), "role": Assignment.Role(role).label.lower()}
            )
        return cleaned


SCORE_CHOICES = [("", "—"), *((str(n), str(n)) for n in range(1, 6))]


class ScoringForm(forms.Form):
    """One 1–5 score and a comment per active criterion, and an overall comment."""

    comment = forms.CharField(label=_("Overall comment"), required=False, widget=forms.Textarea)

    def __init__(self, *args, criteria, scoring=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        existing = {s.criterion_id: s for s in scoring.scores.all()} if scoring else {}
        for criterion in criteria:
            score = existing.get(criterion.pk)
            self.fields[f"value_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                choices=SCORE_CHOICES,
                coerce=int,
                required=False,
                empty_value=None,
                help_text=criterion.guidance,
                initial=score.value if score else "",
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=score.comment if score else "",
            )
        if scoring:
            self.fields["comment"].initial = scoring.comment

    def rows(self):
        return [(c, self[f"value_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]

    def values(self):
        """{criterion: (value, comment)} for the criteria given a score."""
        data = self.cleaned_data
        return {
            c: (data[f"value_{c.pk}"], data[f"comment_{c.pk}"])
            for c in self.criteria
            if data.get(f"value_{c.pk}") is not None
        }
