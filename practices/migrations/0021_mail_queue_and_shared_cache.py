"""Mail given up on after every retry, kept for the coordinator's desk; and the table of the
database cache, the shared cache of production servers without Redis (settings' ## CACHE).

The cache table is made here rather than only by `createcachetable`, so that every migrated
database has it, whatever CACHES says in the process that migrates it (the tests' own is in
memory, while the servers they start use the database's)."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations, models

CACHE_TABLE = "glgp_cache"


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, CACHE_TABLE, dry_run=False)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(CACHE_TABLE)}")


class Migration(migrations.Migration):

    dependencies = [
        ('practices', '0020_search_words'),
    ]

    operations = [
        migrations.CreateModel(
            name='UndeliveredMail',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('subject', models.CharField(max_length=300, verbose_name='subject')),
                ('recipients', models.TextField(verbose_name='recipients')),
                ('body', models.TextField(verbose_name='message')),
                ('attempts', models.PositiveSmallIntegerField(verbose_name='attempts')),
                ('error', models.TextField(verbose_name='last error')),
                ('failed_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='given up')),
            ],
            options={
                'verbose_name': 'undelivered mail',
                'verbose_name_plural': 'undelivered mail',
                'ordering': ['-failed_at'],
            },
        ),
        migrations.RunPython(create_cache_table, drop_cache_table),
    ]
