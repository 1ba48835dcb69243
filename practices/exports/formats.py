"""CSV, JSON and XLSX writers of export rows, each streamed as it is written (an XLSX file is
a zip archive of XML, written row by row by practices/exports/xlsx.py)."""

import csv
import json
import tempfile

from openpyxl import Workbook

from practices.exports import xlsx
from practices.exports.columns import names


class Echo:
    def write(self, value):
        return value


def csv_chunks(rows, languages):
    writer = csv.DictWriter(Echo(), fieldnames=names(languages))
    yield "\ufeff"  # a byte-order mark, so that spreadsheet programs read the Khmer as UTF-8
    yield writer.writeheader()
    lines = []
    for row in rows:
        lines.append(writer.writerow(row))
        if len(lines) == 200:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def json_chunks(rows, languages, meta):
    columns = names(languages)
    yield '{"meta": ' + json.dumps(meta, ensure_ascii=False) + ', "practices": ['
    separator = ""
    for row in rows:
        yield separator + json.dumps({c: row[c] for c in columns}, ensure_ascii=False)
        separator = ",\n"
    yield "]}\n"


def xlsx_chunks(rows, languages, title):
    columns = names(languages)
    return xlsx.chunks(columns, ([row[c] for c in columns] for row in rows), title)


def _cell(value):
    return "" if value is None else value


def workbook_file(sheets):
    """A temporary file holding a workbook of (title, header, rows) sheets, at its start."""
    workbook = Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(_sheet_title(title))
        sheet.append([str(h) for h in header])
        for row in rows:
            sheet.append([_cell(value) for value in row])
    handle = tempfile.TemporaryFile()  # noqa: SIM115 -- FileResponse closes it once sent
    workbook.save(handle)
    handle.seek(0)
    return handle


def _sheet_title(title):
    """Spreadsheet programs allow 31 characters and none of []:*?/\\ in a sheet's name."""
    return "".join(" " if c in "[]:*?/\\" else c for c in str(title))[:31]
