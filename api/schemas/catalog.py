"""The shapes of statistics and the catalogue: units, fields, campaigns, councils and assignments."""

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from api.schemas.base import (
    Answer,
    Body,
    Id,
    Pagination,
    Query,
    SubjectType,
    UnitLevel,
)


class StatsQuery(Query):
    """The dashboard's filters, and what to group the counts by."""

    group_by: Annotated[str, Field(max_length=200)] = ""  # comma-separated DIMENSIONS of api.stats
    campaign_id: Id | None = None
    unit_id: Id | None = None
    field_id: Id | None = None
    level: UnitLevel | None = None
    subject_type: SubjectType | None = None
    #: "recorded" (under the unit as it was) or "rebased" (onto today's units); default: as the dashboard
    basis: Literal["recorded", "rebased"] | None = None


class StatsAnswer(BaseModel):
    """Counts of initiatives per group, and the way they were counted."""

    rows: list[dict[str, str | int | None]]
    total: int
    #: "recorded" or "rebased"
    basis: str
    #: what the basis means, in the caller's language
    basis_statement: str



class UnitQuery(Pagination):
    """Which units to list."""

    parent_id: Id | None = None


class UnitAnswer(Answer):
    """A unit of the tree."""

    id: int
    name: str
    parent_id: int | None
    level: str
    group: str
    is_active: bool


class UnitPage(BaseModel):
    """One page of units."""

    items: list[UnitAnswer]
    total: int
    page: int
    per_page: int


class FieldAnswer(Answer):
    """A field (lĩnh vực)."""

    id: int
    name: str
    code: str
    is_active: bool
    #: the unit whose staff may change it (None: the top of the tree); the API only reads it
    owner_unit_id: int | None = None


class FieldList(BaseModel):
    """Every field."""

    items: list[FieldAnswer]


class CampaignAnswer(Answer):
    """A yearly campaign."""

    id: int
    name: str
    year: int
    is_open: bool
    registration_deadline: date | None
    evaluation_deadline: date | None
    #: the unit whose staff may change it, its rubric and decision rules (None: the top of the tree)
    owner_unit_id: int | None = None


class CampaignList(BaseModel):
    """Every campaign, latest first."""

    items: list[CampaignAnswer]


class MemberAnswer(BaseModel):
    """A seat on a council."""

    user_id: int
    full_name: str
    role: str


class CouncilAnswer(BaseModel):
    """An evaluation council and its members."""

    id: int
    name: str
    campaign_id: int
    unit_id: int
    is_active: bool
    field_ids: list[int]
    members: list[MemberAnswer]


class CouncilList(BaseModel):
    """The councils the caller manages or sits on."""

    items: list[CouncilAnswer]


class AssignmentInput(Body):
    """Initiatives to give to the council."""

    initiative_ids: Annotated[list[Id], Field(min_length=1, max_length=500)]


class SkippedAnswer(BaseModel):
    """An initiative not assigned, and why."""

    initiative_id: int
    reason: str


class AssignmentAnswer(BaseModel):
    """What the assignment did."""

    assigned: list[int]
    skipped: list[SkippedAnswer]
