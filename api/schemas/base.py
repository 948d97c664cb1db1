"""The building blocks of the API's shapes: value types, request and answer bases, problems, pages."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from registry.models.base import as_utc
from registry.models.initiatives import SUBJECT_TYPES
from registry.models.units import UNIT_LEVELS
from registry.pagination import MAX_DB_ID
from workflows.machine import STATES

UtcDateTime = Annotated[datetime, AfterValidator(as_utc)]
Id = Annotated[int, Field(ge=1, le=MAX_DB_ID)]
Status = Literal[tuple(STATES)]
SubjectType = Literal[tuple(SUBJECT_TYPES)]
UnitLevel = Literal[tuple(UNIT_LEVELS)]


class Body(BaseModel):
    """A request body: strict JSON types, unknown names refused."""

    model_config = ConfigDict(strict=True, extra="forbid")


class Query(BaseModel):
    """A query string: text converted to the declared types, unknown names refused (a typo is no filter)."""

    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    """An answer, built from the models' attributes."""

    model_config = ConfigDict(from_attributes=True)



class ProblemField(BaseModel):
    """One bad value: where it is in the request (a JSON pointer) and what is wrong with it."""

    pointer: str
    detail: str


class Problem(BaseModel):
    """An error (RFC 9457 problem details)."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    reason: str | None = None  # state, right, rule, data or stale for a refused action
    errors: list[ProblemField] | None = None



class Pagination(Query):
    """Which page to read."""

    page: Annotated[int, Field(ge=1, le=100_000)] = 1
    per_page: Annotated[int, Field(ge=1, le=100)] = 25
