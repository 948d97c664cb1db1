"""The shapes of initiatives: the list's filters, the dossier sent and the initiative answered."""

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from api.schemas.base import Answer, Body, Id, Pagination, Status, SubjectType, UtcDateTime
from registry.dossier import MAX_INDICATORS
from registry.models.initiatives import REGISTRATION_KINDS
from registry.pagination import MAX_DB_ID


class InitiativeQuery(Pagination):
    """The filters of the list of initiatives (as on the page)."""

    campaign_id: Id | None = None
    field_id: Id | None = None
    status: Status | None = None
    unit_id: Id | None = None  # with its subtree
    subject_type: SubjectType | None = None
    q: Annotated[str, Field(max_length=200)] | None = None


class IndicatorInput(Body):
    """One planned indicator."""

    name: Annotated[str, Field(max_length=255)]
    unit_of_measure: Annotated[str, Field(max_length=64)] = ""
    target: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    actual: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None


Text = Annotated[str, Field(max_length=20000)] | None


class DossierInput(Body):
    """The dossier's values (the canonical field names); on PATCH, only those given change."""

    title: Text = None
    subject_type: SubjectType | None = None
    individual_name: Text = None
    individual_position: Text = None
    individual_gender: Literal["", "male", "female", "other"] | None = None
    individual_birth_year: Annotated[int, Field(ge=0, le=9999)] | None = None
    individual_ethnicity: Text = None
    field_id: Id | None = None
    campaign_id: Id | None = None
    unit_id: Id | None = None
    partner_units: Text = None
    political_task: Text = None
    situation: Text = None
    objectives: Text = None
    content: Text = None
    area_and_target: Text = None
    forces: Text = None
    resources_and_timeline: Text = None
    outputs: Text = None
    sustainability: Text = None
    registration_kind: Literal[tuple(REGISTRATION_KINDS)] | None = None
    target_level: Literal["commune", "province", "national"] | None = None
    contact_name: Text = None
    contact_phone: Text = None
    indicators: Annotated[list[IndicatorInput], Field(max_length=MAX_INDICATORS)] | None = None


class DossierPatch(DossierInput):
    """Changes to a draft or returned dossier, with the version read (optimistic locking)."""

    version: Annotated[int, Field(ge=1, le=MAX_DB_ID)]  # the version read


class IndicatorAnswer(Answer):
    """One planned indicator."""

    name: str
    unit_of_measure: str
    target: float | None
    actual: float | None


class InitiativeSummary(Answer):
    """An initiative as listed."""

    id: int
    code: str
    title: str
    status: Status
    version: int
    unit_id: int
    field_id: int
    campaign_id: int
    subject_type: SubjectType
    registration_kind: str
    target_level: str
    submitted_at: UtcDateTime | None
    updated_at: UtcDateTime


class InitiativeAnswer(InitiativeSummary):
    """The whole dossier of an initiative."""

    evaluation_round: int
    individual_name: str
    individual_position: str
    individual_gender: str
    individual_birth_year: int | None
    individual_ethnicity: str
    partner_units: str
    political_task: str
    situation: str
    objectives: str
    content: str
    area_and_target: str
    forces: str
    resources_and_timeline: str
    outputs: str
    sustainability: str
    renewed_from_id: int | None
    contact_name: str
    contact_phone: str
    indicators: list[IndicatorAnswer]
    created_at: UtcDateTime


class InitiativePage(BaseModel):
    """One page of the list."""

    items: list[InitiativeSummary]
    total: int
    page: int
    per_page: int
