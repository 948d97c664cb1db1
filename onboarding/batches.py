"""What every import shares: the dry run's report, the batch record, choices matched in either language."""

import json
from dataclasses import dataclass, field

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import insert

from onboarding.models import ImportBatch, ImportBatchItem
from onboarding.reader import Formula, as_text
from registry.extensions import db
from registry.text import fold

#: The errors kept with a batch (and shown, page by page); the Excel copy of the upload carries them all.
MAX_STORED_ERRORS = 2000


@dataclass
class RowError:
    """One problem of one row: the sheet's row number, the column's heading ("" for the row) and the message."""

    row: int
    column: str
    message: str


@dataclass
class Report:
    """What a dry run found: rows read, rows that would be created, rows already there, and errors."""

    kind: str
    total: int = 0
    new: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def failed_rows(self) -> int:
        """Return how many rows have at least one error."""
        return len({error.row for error in self.errors})

    @property
    def ok(self) -> bool:
        """Tell whether the file may be imported: at least one row and no error."""
        return self.total > 0 and not self.errors

    def errors_by_row(self) -> dict[int, list[str]]:
        """Return the messages of each row that has errors ("Heading: message")."""
        found: dict[int, list[str]] = {}
        for error in self.errors:
            found.setdefault(error.row, []).append(f"{error.column}: {error.message}" if error.column
                                                   else error.message)
        return found


class RowProblems:
    """Collects the errors of the row being checked, with the column heading each one names."""

    def __init__(self, report: Report, number: int):
        self.report, self.number, self.count = report, number, 0

    def add(self, column, message: str) -> None:
        """Record `message` for this row, beside the column (a Column or "" for the whole row)."""
        self.report.errors.append(RowError(self.number, getattr(column, "header", column or ""), message))
        self.count += 1


def cell_text(values: dict, column, problems: RowProblems, max_length: int = 255) -> str:
    """Return a cell as text; a formula, a missing required value or an overlong one is an error."""
    value = values.get(column.key)
    if isinstance(value, Formula):
        problems.add(column, _("A formula (%(formula)s) where a value is expected: please paste the value.",
                               formula=value.text[:40]))
        return ""
    text = as_text(value)
    if column.required and not text:
        problems.add(column, _("This value is required."))
    elif len(text) > max_length:
        problems.add(column, _("At most %(max)d characters.", max=max_length))
    return text


def choice_matcher(labels: dict) -> dict[str, str]:
    """Return folded text → key for a labels table: its keys and its labels in Vietnamese and English."""
    matcher = {fold(key): key for key in labels}
    for locale in ("vi", "en"):
        with force_locale(locale):
            matcher.update({fold(str(label)): key for key, label in labels.items()})
    return matcher


def vietnamese_labels(labels: dict) -> list[str]:
    """Return the labels of a table in Vietnamese (what the template's lists offer)."""
    with force_locale("vi"):
        return [str(label) for label in labels.values()]


def save_batch(batch: ImportBatch, report: Report) -> None:
    """Copy a report's counts and first errors onto its batch record and flush."""
    batch.rows_total, batch.rows_new, batch.rows_unchanged = report.total, report.new, report.unchanged
    batch.rows_failed = report.failed_rows
    report.errors.sort(key=lambda error: error.row)  # stable: a row's errors keep their column order
    batch.errors_json = json.dumps([[e.row, e.column, e.message] for e in report.errors[:MAX_STORED_ERRORS]],
                                   ensure_ascii=False)
    db.session.add(batch)
    db.session.flush()


def stored_errors(batch: ImportBatch) -> list[RowError]:
    """Return the errors kept with a batch."""
    return [RowError(*item) for item in json.loads(batch.errors_json or "[]")]


def remember_created(batch: ImportBatch, entity: str, row_ids: list[int]) -> None:
    """Record the rows a batch created (to undo it), in one bulk INSERT."""
    if row_ids:
        db.session.execute(insert(ImportBatchItem), [{"batch_id": batch.id, "entity": entity, "row_id": row_id}
                                                     for row_id in row_ids])


def created_ids(batch: ImportBatch, entity: str) -> list[int]:
    """Return the ids of the rows of `entity` the batch created."""
    return list(db.session.scalars(db.select(ImportBatchItem.row_id).where(
        ImportBatchItem.batch_id == batch.id, ImportBatchItem.entity == entity)))
