"""CSV cells that a spreadsheet shows as text and never runs as a formula.

Excel, LibreOffice and Google Sheets run a cell that starts with = + - or @ (also
after spaces), a TAB or a CR as a formula, which can fetch data or start a program
("CSV injection"). Every CSV the portal writes goes through this module: `writer`
and `DictWriter` are drop-in replacements for the `csv` ones, and Wagtail's own
spreadsheet exports are guarded by `wagtail_exports_guard` (called once at start).
A guarded cell gets a leading apostrophe, which spreadsheets hide; `csv_unguard`
takes it off again when one of our exports is imported back.
"""

import csv
from numbers import Number

GUARD = "'"
_TRIGGERS = frozenset("=+-@\t\r")


def csv_cell(value):
    """The value as a safe cell: text that could start a formula gets a guard.

    Numbers and None stay as they are (the csv module writes them itself); any
    other value is written as its text, like the csv module does.
    """
    if value is None or isinstance(value, Number):
        return value
    text = str(value)
    if text.lstrip(" ")[:1] in _TRIGGERS:
        return GUARD + text
    return text


def csv_unguard(text: str) -> str:
    """Undo `csv_cell` for a cell read back from one of our own exports."""
    if text.startswith(GUARD) and text[1:].lstrip(" ")[:1] in _TRIGGERS:
        return text[1:]
    return text


class _GuardedWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    @property
    def dialect(self):
        return self._writer.dialect


def writer(stream, *args, **kwargs):
    """`csv.writer` that guards every cell."""
    return _GuardedWriter(csv.writer(stream, *args, **kwargs))


class DictWriter(csv.DictWriter):
    """`csv.DictWriter` that guards every cell (joined list values included)."""

    def writerow(self, rowdict):
        return super().writerow({key: csv_cell(v) for key, v in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


def wagtail_exports_guard() -> None:
    """Guard the CSV exports of every Wagtail report and listing (ours and Wagtail's
    own, such as form submissions). Wagtail already keeps formulas out of XLSX."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.write_csv_row, "guarded", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: csv_cell(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )

    write_csv_row.guarded = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
