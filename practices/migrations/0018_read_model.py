"""The read model named as it is: the counts per audience become its overview, and the facet
tables that migrations 0010, 0013 and 0014 created on PostgreSQL get (unmanaged) models, so
that code names them instead of spelling their tables out."""

import django.contrib.postgres.fields
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0017_enquiry_answered"),
    ]

    operations = [
        migrations.RenameModel("PublicCounts", "AudienceOverview"),
        migrations.RenameField("AudienceOverview", "counts", "content"),
        migrations.AlterModelOptions(
            name="audienceoverview",
            options={
                "verbose_name": "audience overview",
                "verbose_name_plural": "audience overviews",
            },
        ),
        migrations.CreateModel(
            name="FacetKeys",
            fields=[
                (
                    "practice",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="practices.practice",
                    ),
                ),
                ("visibility", models.CharField(max_length=16)),
                (
                    "keys",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), size=None
                    ),
                ),
                ("start_year", models.IntegerField(null=True)),
                ("end_year", models.IntegerField(null=True)),
            ],
            options={"db_table": "practices_facetkeys", "managed": False},
        ),
        migrations.CreateModel(
            name="FacetYears",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "visibility",
                        "start_year",
                        "end_year",
                        "key",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("visibility", models.CharField(max_length=16)),
                ("start_year", models.IntegerField()),
                ("end_year", models.IntegerField()),
                ("key", models.TextField()),
                ("n", models.IntegerField()),
            ],
            options={"db_table": "practices_facetyears", "managed": False},
        ),
    ]
