"""A one-sheet XLSX workbook written as a stream: the sheet's XML is written row by row into a
zip archive whose bytes are handed on as they come, so that memory does not grow with the
rows and the first bytes leave at once.

A workbook of one sheet of text and whole numbers needs only five small parts besides the
sheet; writing them here costs a fraction of what a general spreadsheet library spends on
each cell (every cell a Python object), which is most of an export's time.
"""

import re
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        f'ContentType="{OFFICE}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{OFFICE}.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{RELATIONSHIPS}">'
        f'<Relationship Id="rId1" Type="{DOCUMENT}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{RELATIONSHIPS}">'
        f'<Relationship Id="rId1" Type="{DOCUMENT}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{DOCUMENT}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    ),
}

# Characters XML 1.0 does not allow, whatever the escaping.
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Rows are sent to the archive in batches, so that compressing costs few calls.
BATCH = 50


class _Pipe:
    """Where the archive writes; what it wrote is taken away after each batch of rows. It
    cannot seek, so the archive writes each file's sizes after its data."""

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def take(self):
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def column_letters(n):
    letters = []
    for index in range(n):
        name, index = "", index + 1
        while index:
            index, rest = divmod(index - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _text(value):
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ILLEGAL.sub("", value) if ILLEGAL.search(value) else value


def _row(number, letters, values):
    cells = []
    for letter, value in zip(letters, values, strict=True):
        if value is None or value == "":
            cells.append(f'<c r="{letter}{number}"/>')
        elif isinstance(value, int) and not isinstance(value, bool):
            cells.append(f'<c r="{letter}{number}"><v>{value}</v></c>')
        else:
            text = _text(str(value))
            cells.append(
                f'<c r="{letter}{number}" t="inlineStr"><is><t xml:space="preserve">'
                f"{text}</t></is></c>"
            )
    return f'<row r="{number}">{"".join(cells)}</row>'


def chunks(header, rows, title):
    """The bytes of a workbook whose one sheet, `title`, holds `header` and then `rows`
    (sequences of text, whole numbers or None), as they are written."""
    pipe = _Pipe()
    letters = column_letters(len(header))
    with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
        for name, body in PARTS.items():
            archive.writestr(name, HEAD + body)
        workbook = (
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOCUMENT}"><sheets>'
            f'<sheet name="{_text(title[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        )
        archive.writestr("xl/workbook.xml", HEAD + workbook)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'{HEAD}<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            batch = [_row(1, letters, header)]
            for number, values in enumerate(rows, start=2):
                batch.append(_row(number, letters, values))
                if len(batch) == BATCH:
                    sheet.write("".join(batch).encode())
                    batch = []
                    yield from _taken(pipe)
            sheet.write(("".join(batch) + "</sheetData></worksheet>").encode())
    yield from _taken(pipe)


def _taken(pipe):
    data = pipe.take()
    if data:
        yield data
