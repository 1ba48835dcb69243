"""The desk: each curation role's work waiting for them, and the coordinator's tools.

`inbox` holds the reads (one query per list, whatever its length), `views` the pages,
`pipeline` the coordinator's figures and their workbook.
"""

from practices.admin.desk.pipeline import pipeline, pipeline_workbook
from practices.admin.desk.views import dashboard, import_template, ranking

__all__ = ["dashboard", "import_template", "pipeline", "pipeline_workbook", "ranking"]
