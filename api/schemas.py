"""The shapes of the API's requests and answers (pydantic); api.openapi documents them from here."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from registry.initiatives.forms import MAX_INDICATORS
from registry.models.base import as_utc
from registry.models.initiatives import REGISTRATION_KINDS, SUBJECT_TYPES
from registry.models.units import UNIT_LEVELS
from registry.pagination import MAX_DB_ID
from workflows.machine import STATES
from workflows.scoring.models import RECOMMENDATIONS, SHEET_DRAFT, SHEET_SUBMITTED

UtcDateTime = Annotated[datetime, AfterValidator(as_utc)]
Id = Annotated[int, Field(ge=1, le=MAX_DB_ID)]
Status = Literal[tuple(STATES)]
SubjectType = Literal[tuple(SUBJECT_TYPES)]
UnitLevel = Literal[tuple(UNIT_LEVELS)]
MAX_COMMENT = 5000


class Body(BaseModel):
    """A request body: strict JSON types, unknown names refused."""

    model_config = ConfigDict(strict=True, extra="forbid")


class Query(BaseModel):
    """A query string: text converted to the declared types, unknown names refused (a typo is no filter)."""

    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    """An answer, built from the models' attributes."""

    model_config = ConfigDict(from_attributes=True)


# --- problems -----------------------------------------------------------------------------------

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


# --- tokens and the caller ----------------------------------------------------------------------

class TokenRequest(Body):
    """E-mail and password of the account the token is for."""

    email: Annotated[str, Field(min_length=1, max_length=255)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


class TokenAnswer(BaseModel):
    """A new token: keep the secret, it is not shown again."""

    token: str
    expires_at: UtcDateTime


class RoleAnswer(Answer):
    """One role of the caller over a unit and everything under it."""

    role: str
    unit_id: int


class MeAnswer(Answer):
    """The caller's account."""

    id: int
    email: str
    full_name: str
    locale: str
    roles: list[RoleAnswer]


# --- initiatives --------------------------------------------------------------------------------

class Pagination(Query):
    """Which page to read."""

    page: Annotated[int, Field(ge=1, le=100_000)] = 1
    per_page: Annotated[int, Field(ge=1, le=100)] = 25


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


# --- workflow -----------------------------------------------------------------------------------

class TriggerAnswer(BaseModel):
    """An action the caller may take now, and what it asks for."""

    name: str
    label: str
    to_status: str
    needs_comment: bool
    needs_decision: bool
    needs_commendation: bool


class AllowedTransitions(BaseModel):
    """The actions the caller may take on the initiative now."""

    allowed: list[str]
    triggers: list[TriggerAnswer]


class TransitionInput(Body):
    """One action, with what it asks for (a reason, a decision, a commendation)."""

    trigger: Annotated[str, Field(min_length=1, max_length=64)]
    #: the version read; when given, a newer change gives 409
    version: Annotated[int, Field(ge=1, le=MAX_DB_ID)] | None = None
    comment: Annotated[str, Field(max_length=MAX_COMMENT)] = ""
    reason: Annotated[str, Field(max_length=MAX_COMMENT)] = ""  # the same as comment
    decision_number: Annotated[str, Field(max_length=64)] = ""
    decision_date: date | None = None
    issuer: Annotated[str, Field(max_length=255)] = ""
    form: Id | None = None  # the commendation form's id
    recipient_kind: Literal["collective", "individual"] = "collective"
    recipient_name: Annotated[str, Field(max_length=255)] = ""


class HistoryEntry(Answer):
    """One step of the initiative's history."""

    id: int
    trigger: str
    from_status: str
    to_status: str
    actor_id: int | None
    actor_name: str
    comment: str
    decision_number: str | None
    decision_date: date | None
    decision_issuer: str | None
    created_at: UtcDateTime


class History(BaseModel):
    """Every step, oldest first."""

    items: list[HistoryEntry]


class AttachmentAnswer(Answer):
    """An evidence file."""

    id: int
    name: str
    kind: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: UtcDateTime
    download_url: str


class AttachmentList(BaseModel):
    """The evidence files of an initiative."""

    items: list[AttachmentAnswer]


# --- score sheets -------------------------------------------------------------------------------

class ScoreSheetInput(Body):
    """The caller's points per criterion code, recommendation and comment; `submit` locks the sheet."""

    scores: Annotated[dict[Annotated[str, Field(max_length=32)], Annotated[float, Field(allow_inf_nan=False)]],
                      Field(max_length=100)] = Field(default_factory=dict)
    recommendation: Literal[("", *RECOMMENDATIONS)] = ""
    comment: Annotated[str, Field(max_length=MAX_COMMENT)] = ""
    submit: bool = False


class CriterionAnswer(Answer):
    """One criterion of the rubric."""

    code: str
    name: str
    max_points: int


class ScoreSheetAnswer(BaseModel):
    """The caller's sheet for the current round (status "new" before anything is saved)."""

    initiative_id: int
    round: int
    status: Literal["new", SHEET_DRAFT, SHEET_SUBMITTED]
    may_score: bool
    scores: dict[str, float]
    total: float
    recommendation: str
    comment: str
    submitted_at: UtcDateTime | None
    criteria: list[CriterionAnswer]


# --- statistics ---------------------------------------------------------------------------------

class StatsQuery(Query):
    """The dashboard's filters, and what to group the counts by."""

    group_by: Annotated[str, Field(max_length=200)] = ""  # comma-separated DIMENSIONS of api.stats
    campaign_id: Id | None = None
    unit_id: Id | None = None
    field_id: Id | None = None
    level: UnitLevel | None = None
    subject_type: SubjectType | None = None


class StatsAnswer(BaseModel):
    """Counts of initiatives per group."""

    rows: list[dict[str, str | int | None]]
    total: int


# --- catalogue ----------------------------------------------------------------------------------

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
