"""Shapes of the Excel import operations."""

from typing import Literal

from pydantic import BaseModel

from api.schemas.base import Answer, UtcDateTime
from onboarding.models import BATCH_STATES, IMPORT_KINDS


class ImportError(BaseModel):  # noqa: A001  (the name the OpenAPI document shows)
    """One problem of one row of the uploaded sheet."""

    row: int
    column: str
    message: str


class ImportAnswer(Answer):
    """An import batch: what its dry run found, and its state (checked, applied, undone)."""

    id: int
    kind: Literal[tuple(IMPORT_KINDS)]
    state: Literal[tuple(BATCH_STATES)]
    file_name: str
    created_at: UtcDateTime
    rows_total: int
    rows_new: int
    rows_unchanged: int
    rows_failed: int
    #: the first errors (the whole list is on the batch's page and in its Excel copy)
    errors: list[ImportError]
