"""Enquiries record who answered them, when and how, instead of a bare "answered" flag.

Enquiries flagged as answered before keep that: answered as of their arrival (the earliest
the answer can have been), by nobody known, with a note saying so.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

EARLIER = "Marked as answered before answers were recorded."


def keep_answered(apps, schema_editor):
    Enquiry = apps.get_model("practices", "Enquiry")
    for enquiry in Enquiry.objects.filter(is_answered=True):
        enquiry.answered_at, enquiry.answer_note = enquiry.created_at, EARLIER
        enquiry.save(update_fields=["answered_at", "answer_note"])


def flag_answered(apps, schema_editor):
    Enquiry = apps.get_model("practices", "Enquiry")
    Enquiry.objects.filter(answered_at__isnull=False).update(is_answered=True)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0016_accounts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="enquiry",
            name="answer_note",
            field=models.TextField(
                blank=True,
                help_text="How the enquiry was answered, for the record.",
                verbose_name="answer",
            ),
        ),
        migrations.AddField(
            model_name="enquiry",
            name="answered_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="answered"
            ),
        ),
        migrations.AddField(
            model_name="enquiry",
            name="answered_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="answered by",
            ),
        ),
        migrations.RunPython(keep_answered, flag_answered),
        migrations.RemoveField(model_name="enquiry", name="is_answered"),
    ]
