"""The contact person and a photo's credit get a Khmer and an English column; what they held
goes to the column of its script (Khmer letters to Khmer, anything else to English). The screening
criteria seeded by 0003 get their guidance in Khmer, and Transferability the glossary's name, where
nobody has edited them."""

import re

from django.db import migrations, models

KHMER = re.compile("[\u1780-\u17ff]")
TEXTS = {
    "Practice": ("contact_name", "contact_role", "contact_organisation"),
    "HistoricalPractice": ("contact_name", "contact_role", "contact_organisation"),
    "Photo": ("credit",),
}
# A copy of practices/reference_data.py's CRITERIA as this migration applies it.
CRITERIA_KM = {
    "Impact on people's living conditions": (
        "ផលប៉ះពាល់លើជីវភាពរស់នៅរបស់ប្រជាពលរដ្ឋ",
        "តើមានភស្តុតាងដែលបង្ហាញថា ប្រជាពលរដ្ឋរស់នៅប្រសើរជាងមុនដោយសារការអនុវត្តនេះដែរឬទេ "
        "ដូចជា តួលេខ សក្ខីកម្ម ឬកំណត់ត្រា?",
    ),
    "Transferability": (
        "លទ្ធភាពយកគំរូទៅអនុវត្តនៅកន្លែងផ្សេង",
        "តើឃុំ សង្កាត់ផ្សេងទៀតអាចយកគំរូនេះទៅអនុវត្ត ដោយប្រើមធ្យោបាយដែលក្រុមប្រឹក្សាតែងមានដែរឬទេ?",
    ),
    "Sustainability and viability": (
        "និរន្តរភាព និងលទ្ធភាពអនុវត្តបាន",
        "តើវាអាចបន្តដោយគ្មានថវិកាពីខាងក្រៅដែរឬទេ៖ តើវាស្ថិតក្នុងផែនការ ថវិកា និងការងារប្រចាំរបស់ក្រុមប្រឹក្សាហើយឬនៅ?",
    ),
    "Participation and inclusion": (
        "ការចូលរួម និងបរិយាប័ន្ន",
        "តើប្រជាពលរដ្ឋ ស្ត្រី និងក្រុមងាយរងគ្រោះបានចូលរួមក្នុងការសម្រេចចិត្ត និងក្នុងការអនុវត្តដែរឬទេ?",
    ),
    "Innovation": (
        "នវានុវត្តន៍",
        "តើវាជារឿងថ្មីសម្រាប់ទីកន្លែងនោះ ឬជាគំនិតដែលគេស្គាល់រួចហើយ តែយកមកអនុវត្តតាមរបៀបថ្មី និងប៉ិនប្រសប់?",
    ),
    "Good governance and gender": (
        "អភិបាលកិច្ចល្អ និងសមភាពយេនឌ័រ",
        "តើវាមានតម្លាភាព និងគណនេយ្យភាពដែរឬទេ ហើយតើវាប្រព្រឹត្តចំពោះស្ត្រី និងបុរសដោយយុត្តិធម៌ដែរឬទេ?",
    ),
    "Cost-efficiency": (
        "ប្រសិទ្ធភាពនៃការចំណាយ",
        "តើលទ្ធផលសមនឹងចំណាយដែរឬទេ បើប្រៀបធៀបនឹងមធ្យោបាយផ្សេងទៀតដើម្បីសម្រេចលទ្ធផលដូចគ្នា?",
    ),
}
FORMER_TRANSFERABILITY = "លទ្ធភាពផ្ទេរទៅអនុវត្តនៅកន្លែងផ្សេង"


def split_by_script(apps, schema_editor):
    for model_name, fields in TEXTS.items():
        model = apps.get_model("practices", model_name)
        for row in model.objects.all().iterator():
            changed = []
            for field in fields:
                value = getattr(row, field) or ""
                if value.strip():
                    column = f"{field}_km" if KHMER.search(value) else f"{field}_en"
                    setattr(row, column, value)
                    changed.append(column)
            if changed:
                row.save(update_fields=changed)


def criteria_in_khmer(apps, schema_editor):
    Criterion = apps.get_model("practices", "Criterion")
    for criterion in Criterion.objects.filter(name_en__in=CRITERIA_KM):
        name_km, guidance_km = CRITERIA_KM[criterion.name_en]
        if criterion.name_km in ("", None, FORMER_TRANSFERABILITY):
            criterion.name_km = name_km
        if not criterion.guidance_km:
            criterion.guidance_km = guidance_km
        criterion.save(update_fields=["name_km", "guidance_km"])


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0018_read_model"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_name_en",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact person"
            ),
        ),
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_name_km",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact person"
            ),
        ),
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_organisation_en",
            field=models.CharField(
                blank=True,
                max_length=200,
                null=True,
                verbose_name="contact's council or organisation",
            ),
        ),
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_organisation_km",
            field=models.CharField(
                blank=True,
                max_length=200,
                null=True,
                verbose_name="contact's council or organisation",
            ),
        ),
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_role_en",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact's position"
            ),
        ),
        migrations.AddField(
            model_name="historicalpractice",
            name="contact_role_km",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact's position"
            ),
        ),
        migrations.AddField(
            model_name="photo",
            name="credit_en",
            field=models.CharField(blank=True, max_length=150, null=True, verbose_name="credit"),
        ),
        migrations.AddField(
            model_name="photo",
            name="credit_km",
            field=models.CharField(blank=True, max_length=150, null=True, verbose_name="credit"),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_name_en",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact person"
            ),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_name_km",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact person"
            ),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_organisation_en",
            field=models.CharField(
                blank=True,
                max_length=200,
                null=True,
                verbose_name="contact's council or organisation",
            ),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_organisation_km",
            field=models.CharField(
                blank=True,
                max_length=200,
                null=True,
                verbose_name="contact's council or organisation",
            ),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_role_en",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact's position"
            ),
        ),
        migrations.AddField(
            model_name="practice",
            name="contact_role_km",
            field=models.CharField(
                blank=True, max_length=150, null=True, verbose_name="contact's position"
            ),
        ),
        migrations.RunPython(split_by_script, migrations.RunPython.noop),
        migrations.RunPython(criteria_in_khmer, migrations.RunPython.noop),
    ]
